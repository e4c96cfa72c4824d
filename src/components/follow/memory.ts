// What the follow prompt remembers on this device: when it was shown, when it was dismissed, and
// whether the reader already followed. One localStorage entry (JSON) per storage key; when storage
// is blocked nothing is remembered and the page-view rule alone keeps the prompt polite. The button
// bar writes `followed` too, so this part stays out of the prompt's on-demand chunk.

export interface Memory {
  shown: number[];
  dismissed?: number;
  followed?: number;
}

/** What `key` remembers, as stored: fields may be missing or of any type; `{}` when unreadable. */
export function stored(key: string): Partial<Memory> {
  try {
    return Object(JSON.parse(localStorage.getItem(key) ?? '{}'));
  } catch {
    return {};
  }
}

/** Merges `patch` into what `key` remembers. */
export function remember(key: string, patch: Partial<Memory>): void {
  try {
    localStorage.setItem(key, JSON.stringify({ ...stored(key), ...patch }));
  } catch {
    // Storage blocked or full: nothing is remembered beyond this page view.
  }
}
