// How many testimonials have each rating, a bar each, under the average: a chunk fetched only by
// walls with the `distribution` attribute (while they fetch their testimonials). Review widgets
// head a wall with the average and the count; the bars are the detail a product page adds.
import type { LocalizeController } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';
import { css } from '../../shared/css.js';
import type { keyed } from '../../shared/dom.js';
import type { Summary } from './api.js';

export const styles = css`
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

/** A list of the ratings 5 to 1: "5 stars", a bar as long as its share of the largest, the count. */
export function distribution(s: Summary, node: ReturnType<typeof keyed>, t: LocalizeController): HTMLElement {
  const max = Math.max(1, ...Object.values(s.distribution));
  return node('dist', 'ul', { part: 'distribution', 'aria-label': t.term('ratingSummary'), role: 'list' },
    ...(['5', '4', '3', '2', '1'] as const).map((r) => node(`d:${r}`, 'li', {},
      node(`dl:${r}`, 'span', { class: 'dl' }, plural(t, 'stars', +r)),
      node(`db:${r}`, 'span', { part: 'bar', 'aria-hidden': 'true' }, node(`dbf:${r}`, 'span', { style: `inline-size:${(100 * s.distribution[r]) / max}%` })),
      node(`dn:${r}`, 'span', { class: 'dn' }, String(s.distribution[r])))));
}
