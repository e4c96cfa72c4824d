// Intl formatters made once per language and kind: making one costs about a millisecond (more on
// a slow phone), using one a few microseconds, and a wall of 100 cards formats 200 dates while a
// summary of ratings asks for a dozen plural forms on every render.
const made = new Map<string, object>();

/** The formatter `key` (say `plural en`), made by `make` the first time it is asked for. */
export function intl<T extends object>(key: string, make: () => T): T {
  let f = made.get(key) as T | undefined;
  if (!f) made.set(key, (f = make()));
  return f;
}
