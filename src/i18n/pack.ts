// The comment wall's strings in other languages: a pack per locale, beside the bars' locale files
// rather than in them. Its elements wait for their pack as they wait for their locale.
import { packs } from './localize.js';
import type { CommentStrings } from './comments/en.js';

const loadable = new Set<string>();
const loading = new Map<string, Promise<void>>();
let loader: ((code: string) => Promise<CommentStrings>) | undefined;

/** Adds the comment strings of a locale (`code` as in registerLocale()). */
export function registerPack(code: string, strings: Partial<CommentStrings>): void {
  packs.set(code.toLowerCase(), strings);
}

/** Lets comment elements fetch the pack of one of `codes` the first time they need it. */
export function setPackLoader(codes: readonly string[], load: (code: string) => Promise<CommentStrings>): void {
  for (const c of codes) loadable.add(c.toLowerCase());
  loader = load;
}

/**
 * True when the pack of `lang` is there, or cannot be had (English then); otherwise starts
 * fetching it and calls `then` once it has arrived (or failed).
 */
export function packReady(lang: string, then: () => void): boolean {
  if (packs.has(lang) || !loader || !loadable.has(lang)) return true;
  let p = loading.get(lang);
  if (!p) {
    loading.set(lang, (p = loader(lang).then(
      (s) => registerPack(lang, s),
      // Unreachable file (offline, blocked): stay in English rather than blank.
      () => void loadable.delete(lang),
    )));
  }
  p.then(then);
  return false;
}
