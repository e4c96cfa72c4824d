// The summary of a wall's ratings above its cards: the average with its stars and the count of
// rated testimonials, as review widgets head a wall; how many of each rating, as bars, comes with
// the `distribution` attribute from a chunk of its own (distribution.ts). Its look is in
// testimonials.styles.ts.
import type { LocalizeController } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';
import { intl } from '../../shared/intl.js';
import type { keyed } from '../../shared/dom.js';
import { rated, type Summary } from './api.js';

/** Average (with its stars, made by `stars`), count of rated testimonials, then `more` (the distribution). */
export function summary(s: Summary, node: ReturnType<typeof keyed>, t: LocalizeController, stars: (key: string, value: number, label: string) => HTMLElement, more?: HTMLElement): HTMLElement {
  const avg = intl(`average ${t.lang}`, () => new Intl.NumberFormat(t.lang, { maximumFractionDigits: 1 })).format(s.average!);
  return node('summary', 'div', { part: 'summary' },
    node('avg', 'p', { part: 'average' },
      node('avg-n', 'strong', {}, avg), ' ',
      stars('avg', s.average!, t.term('outOf', avg, 5)), ' ',
      node('count', 'span', { part: 'count' }, plural(t, 'reviewCount', rated(s)))),
    more);
}
