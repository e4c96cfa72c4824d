// Strings of the walls (comments, testimonials) in other languages: a pack per wall and locale,
// beside the bars' locale files rather than in them. Their elements wait for their pack as they
// wait for their locale. Packs of one locale add up: a page with both walls has both.
import { addLocaleCodes, packs } from './localize.js';
import type { CommentStrings } from './comments/en.js';
import type { TestimonialStrings } from './testimonials/en.js';

type PackStrings = CommentStrings & TestimonialStrings;
interface Loader {
  codes: Set<string>;
  load: (code: string) => Promise<Partial<PackStrings>>;
}
const loaders = new Map<string, Loader>();
/** By `${pack} ${code}`: true once the strings are in, the promise of them while they are fetched. */
const got = new Map<string, true | Promise<void>>();

/** Adds the strings of a pack (`comments` by default) for a locale (`code` as in registerLocale()). */
export function registerPack(code: string, strings: Partial<PackStrings>, pack = 'comments'): void {
  const c = code.toLowerCase();
  packs.set(c, { ...packs.get(c), ...strings });
  got.set(`${pack} ${c}`, true);
}

/** Lets a wall's elements fetch the pack of one of `codes` the first time they need it. */
export function setPackLoader(codes: readonly string[], load: (code: string) => Promise<Partial<PackStrings>>, pack = 'comments'): void {
  loaders.set(pack, { codes: new Set(codes.map((c) => c.toLowerCase())), load });
  addLocaleCodes(codes);
}

/**
 * True when the pack of `lang` is there, or cannot be had (English then); otherwise starts
 * fetching it and calls `then` once it has arrived (or failed).
 */
export function packReady(lang: string, then: () => void, pack = 'comments'): boolean {
  const l = loaders.get(pack);
  let p = got.get(`${pack} ${lang}`);
  if (p === true || !l?.codes.has(lang)) return true;
  // Unreachable file (offline, blocked): stay in English rather than blank.
  if (!p) got.set(`${pack} ${lang}`, (p = l.load(lang).then((s) => registerPack(lang, s, pack), () => void l.codes.delete(lang))));
  p.then(then);
  return false;
}
