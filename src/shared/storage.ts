// What an element remembers on the reader's device: one JSON value per localStorage key. Read and
// written only from connectedCallback or later (never at import or in a constructor), and
// forgiving: blocked or full storage, or a value some other script wrote, reads as the fallback.

/** The value stored under `key`, or `fallback` when there is none or it is unreadable. */
export function load<T>(key: string, fallback: T): T {
  try {
    const v = localStorage.getItem(key);
    return v == null ? fallback : (JSON.parse(v) as T) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Stores `value` under `key` as JSON; `undefined` removes it. False when storage refused. */
export function save(key: string, value: unknown): boolean {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
