import type { ShareAction } from './actions/types.js';
import type { shareCounts } from './counts.js';
import type { mastodonPicker } from './networks/mastodon-picker.js';
import type { Network } from './networks/types.js';

/** What `useNetworks()` takes: networks, actions (copy, print, native) and the two extras. */
export type ShareTarget = Network | ShareAction | typeof shareCounts | typeof mastodonPicker;

const targets = new Map<string, ShareTarget>();

/**
 * Makes networks, actions and extras available to `<smm-share>`. `smm-kit/share` registers all
 * of them; a bundle that wants only a few imports `SmmShare` from `smm-kit` and registers just
 * those, so the others' code, icons and styles never reach the reader.
 */
export function useNetworks(...list: ShareTarget[]): void {
  for (const n of list) targets.set(n.id, n);
}

export function getNetwork(id: string): ShareTarget | undefined {
  return targets.get(id);
}

/** Ids of the registered networks and actions, in registration order. */
export function registered(): string[] {
  return [...targets.values()].filter((n) => 'icon' in n).map((n) => n.id);
}
