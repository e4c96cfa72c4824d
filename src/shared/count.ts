import { css } from './css.js';
import { h } from './dom.js';
import { compactNumber, type LocalizeController } from '../i18n/localize.js';

/**
 * A count as readers see it, compact in their language (1.2K, 1,2 mila), and as screen readers
 * hear it ("Shares: 1.2K"); shared by share counts and follower counts.
 */
export function count(t: LocalizeController, n: number, key: 'sharesCount' | 'totalShares' | 'followersCount', part = 'count'): HTMLElement {
  const shown = compactNumber(t.lang, n);
  return h('span', { part }, h('span', { 'aria-hidden': 'true' }, shown), h('span', { class: 'sr' }, t.term(key, shown)));
}

/** A count beside its link (`.pair`), in the bar's text colour. */
export const countStyles = css`
  [part~=count] {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--_fg);
  }
  .pair {
    display: flex;
    align-items: center;
    gap: 4px;
  }
`;
