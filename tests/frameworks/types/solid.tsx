// Type test for smm-kit/solid: checked by tsc (tsconfig.solid.json), never run. Each expected
// error below is a claim that the types refuse a mistake: tsc fails if they don't.
import type {} from 'smm-kit/solid';
import type { SmmErrorEvent, SmmShareEvent } from 'smm-kit';

export const Good = () => (
  <>
    <smm-share networks="x,bluesky,copy" layout="vertical" share-title="A post" utm on:smm-share={(e: SmmShareEvent) => e.detail.network} on:smm-error={(e) => e.detail.message} />
    <smm-follow mode="prompt" instagram="@trattoria" on:smm-follow={(e) => e.preventDefault()} />
  </>
);

export const Bad = () => (
  <>
    {/* @ts-expect-error not a layout */}
    <smm-share layout="sideways" />
    {/* @ts-expect-error a share handler does not get an error event */}
    <smm-share on:smm-share={(e: SmmErrorEvent) => e.detail.source} />
  </>
);
