// The summary of a wall's ratings (average, count, distribution) and its JSON-LD, a chunk of
// their own: walls that show neither (no-summary no-jsonld, a quote) never load them; the others
// fetch it while they fetch their testimonials, and render once both are here.
import type { LocalizeController } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';
import { css } from '../../shared/css.js';
import { intl } from '../../shared/intl.js';
import type { keyed } from '../../shared/dom.js';
import type { Summary } from './api.js';

export { writeJsonld } from './jsonld.js';

export const styles = css`
  [part~=summary] {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 32px;
    align-items: center;
    margin-block-end: var(--_g);
  }
  [part~=average] {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 8px;
  }
  [part~=average] strong {
    font-size: 2em;
    line-height: 1;
  }
  [part~=distribution] {
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.875em;
    min-inline-size: 220px;
  }
  [part~=distribution] li {
    display: grid;
    grid-template-columns: 5em 1fr 3ch;
    gap: 8px;
    align-items: center;
  }
  .dn {
    text-align: end;
  }
  [part~=bar] {
    block-size: 8px;
    border-radius: 4px;
    background: #8884;
    overflow: hidden;
  }
  [part~=bar] span {
    display: block;
    block-size: 100%;
    background: var(--_acc);
  }
`;

/** Average (with its stars, made by `stars`), count of rated testimonials, and a bar per rating. */
export function summary(s: Summary, node: ReturnType<typeof keyed>, t: LocalizeController, stars: (key: string, value: number, label: string) => HTMLElement): HTMLElement {
  const avg = intl(`average ${t.lang}`, () => new Intl.NumberFormat(t.lang, { maximumFractionDigits: 1 })).format(s.average!);
  const rated = Object.values(s.distribution).reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...Object.values(s.distribution));
  return node('summary', 'div', { part: 'summary' },
    node('avg', 'p', { part: 'average' },
      node('avg-n', 'strong', {}, avg), ' ',
      stars('avg', s.average!, t.term('outOf', avg, 5)), ' ',
      node('count', 'span', { part: 'count' }, plural(t, 'reviewCount', rated))),
    node('dist', 'ul', { part: 'distribution', 'aria-label': t.term('ratingSummary'), role: 'list' },
      ...(['5', '4', '3', '2', '1'] as const).map((r) => node(`d:${r}`, 'li', {},
        node(`dl:${r}`, 'span', { class: 'dl' }, plural(t, 'stars', +r)),
        node(`db:${r}`, 'span', { part: 'bar', 'aria-hidden': 'true' }, node(`dbf:${r}`, 'span', { style: `inline-size:${(100 * s.distribution[r]) / max}%` })),
        node(`dn:${r}`, 'span', { class: 'dn' }, String(s.distribution[r]))))));
}
