import { intl } from '../shared/intl.js';
import type { LocalizeController } from './localize.js';
import type { CommentKey } from './comments/en.js';
import type { TestimonialKey } from './testimonials/en.js';

/**
 * The form of a `one:…|few:…|other:…` string that fits `n` in the element's language (by
 * Intl.PluralRules), with {0} replaced by `n` as the language writes numbers.
 */
export function plural(t: LocalizeController, key: CommentKey | TestimonialKey, n: number): string {
  const forms = t.term(key, intl(`number ${t.lang}`, () => new Intl.NumberFormat(t.lang)).format(n)).split('|');
  const form = (c: string) => forms.find((f) => f.startsWith(`${c}:`));
  return (form(intl(`plural ${t.lang}`, () => new Intl.PluralRules(t.lang)).select(n)) ?? form('other') ?? forms[0]).replace(/^\w+:/, '');
}
