import type { ShareAction } from './actions/types.js';
import type { shareCounts } from './counts.js';
import type { mastodonPicker } from './networks/mastodon-picker.js';
import type { Network } from './networks/types.js';

/** What `useNetworks()` takes: networks, actions (copy, print, native) and the two extras. */
export type ShareTarget = Network | ShareAction | typeof shareCounts | typeof mastodonPicker;

const targets = new Map<string, ShareTarget>();
// Extras fetched the first time a bar asks for one (counts, the Mastodon picker): most pages
// never use them, so their code is a chunk of its own rather than part of every page load.
const lazy = new Map<string, Promise<unknown> | (() => Promise<ShareTarget>)>();

/**
 * Makes networks, actions and extras available to `<smm-share>`. `smm-kit/share` registers all
 * of them; a bundle that wants only a few imports `SmmShare` from `smm-kit` and registers just
 * those, so the others' code, icons and styles never reach the reader.
 */
export function useNetworks(...list: ShareTarget[]): void {
  for (const n of list) targets.set(n.id, n);
}

/** Registers an extra that is loaded on first use: `useLazy('counts', () => import('…').then(…))`. */
export function useLazy(id: string, load: () => Promise<ShareTarget>): void {
  lazy.set(id, load);
}

/**
 * The target named `id`. When it is a lazy extra not loaded yet, `host` asks for it: the load
 * starts, and `host` renders again once it is there (`undefined` until then).
 */
export function getNetwork(id: string, host?: { requestUpdate(): void }): ShareTarget | undefined {
  const hit = targets.get(id);
  if (!hit && host && lazy.has(id)) loaded(id).then(() => host.requestUpdate(), () => {});
  return hit;
}

/** Resolves once the lazy extra `id` is registered (at once for one registered eagerly), starting its load. */
export function loaded(id: string): Promise<unknown> {
  let load = lazy.get(id);
  if (typeof load == 'function') lazy.set(id, (load = load().then((n) => useNetworks(n))));
  return Promise.resolve(load);
}

/** True when `id` is registered, or will be on first use. */
export const known = (id: string): boolean => targets.has(id) || lazy.has(id);

/** Ids of the registered networks and actions, in registration order. */
export function registered(): string[] {
  return [...targets.values()].filter((n) => 'icon' in n).map((n) => n.id);
}
