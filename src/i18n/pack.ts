// Strings of the walls (comments, testimonials) in other languages: a pack per wall and locale,
// beside the bars' locale files rather than in them. Their elements wait for their pack as they
// wait for their locale. Packs of one locale add up: a page with both walls has both.
import { packs } from './localize.js';
import type { CommentStrings } from './comments/en.js';
import type { TestimonialStrings } from './testimonials/en.js';

type PackStrings = CommentStrings & TestimonialStrings;
interface Loader {
  codes: Set<string>;
  loading: Map<string, Promise<void>>;
  load: (code: string) => Promise<Partial<PackStrings>>;
}
const loaders = new Map<string, Loader>();
const have = new Set<string>();

/** Adds the strings of a pack (`comments` by default) for a locale (`code` as in registerLocale()). */
export function registerPack(code: string, strings: Partial<PackStrings>, pack = 'comments'): void {
  const c = code.toLowerCase();
  packs.set(c, { ...packs.get(c), ...strings });
  have.add(`${pack} ${c}`);
}

/** Lets a wall's elements fetch the pack of one of `codes` the first time they need it. */
export function setPackLoader(codes: readonly string[], load: (code: string) => Promise<Partial<PackStrings>>, pack = 'comments'): void {
  loaders.set(pack, { codes: new Set(codes.map((c) => c.toLowerCase())), loading: new Map(), load });
}

/**
 * True when the pack of `lang` is there, or cannot be had (English then); otherwise starts
 * fetching it and calls `then` once it has arrived (or failed).
 */
export function packReady(lang: string, then: () => void, pack = 'comments'): boolean {
  const l = loaders.get(pack);
  if (have.has(`${pack} ${lang}`) || !l || !l.codes.has(lang)) return true;
  let p = l.loading.get(lang);
  if (!p) {
    l.loading.set(lang, (p = l.load(lang).then(
      (s) => registerPack(lang, s, pack),
      // Unreachable file (offline, blocked): stay in English rather than blank.
      () => void l.codes.delete(lang),
    )));
  }
  p.then(then);
  return false;
}
