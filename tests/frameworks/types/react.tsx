// Type test for smm-kit/react: checked by tsc (tsconfig.react.json), never run. Each expected
// error below is a claim that the types refuse a mistake: tsc fails if they don't.
import type {} from 'smm-kit/react';
import { SmmShareEvent, type SmmErrorEvent, type SmmFollowEvent } from 'smm-kit';

export function Good() {
  const onShare = (e: SmmShareEvent) => console.log(e.detail.network, e.detail.url, e.detail.title);
  return (
    <>
      <smm-share
        networks="x,bluesky,copy"
        layout="vertical"
        share-title="A post"
        utm
        counts={false}
        mastodon-instance="mastodon.social"
        onsmm-share={onShare}
        onsmm-error={(e) => console.warn(e.detail.message)}
        class="bar"
        style={{ marginTop: 8 }}
      />
      <smm-follow mode="prompt" after-seconds={20} instagram="@trattoria" onsmm-follow={(e: SmmFollowEvent) => e.preventDefault()} />
    </>
  );
}

export function Bad() {
  return (
    <>
      {/* @ts-expect-error not a layout */}
      <smm-share layout="sideways" />
      {/* @ts-expect-error a share handler does not get an error event */}
      <smm-share onsmm-share={(e: SmmErrorEvent) => e.detail.source} />
      {/* @ts-expect-error nor a mouse event */}
      <smm-share onsmm-share={(e: MouseEvent) => e.clientX} />
      {/* @ts-expect-error React 19 would listen for "SmmShare", an event nobody fires */}
      <smm-share onSmmShare={() => {}} />
      {/* @ts-expect-error follow's modes are buttons and prompt */}
      <smm-follow mode="popup" />
      {/* @ts-expect-error unknown element attributes are refused too */}
      <smm-share netwroks="x" />
    </>
  );
}
