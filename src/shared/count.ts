import { css } from './css.js';
import { h, type keyed } from './dom.js';
import type { LocalizeController } from '../i18n/localize.js';
import { compactNumber } from '../i18n/number.js';

/**
 * A count as readers see it, compact in their language (1.2K, 1,2 mila), and as screen readers
 * hear it ("Shares: 1.2K"); shared by share counts and follower counts.
 */
export function count(t: LocalizeController, n: number, key: 'sharesCount' | 'totalShares' | 'followersCount', part = 'count'): HTMLElement {
  const shown = compactNumber(t.lang, n);
  return h('span', { part }, h('span', { 'aria-hidden': 'true' }, shown), h('span', { class: 'sr' }, t.term(key, shown)));
}

/**
 * `link`, with its count `n` beside it in a span made once per key when there is a count. Moving
 * a node blurs it: a focused link that goes into its pair (counts arrive after load) or out of
 * it is put back at once where it was and focused again, so a keyboard reader is not thrown out.
 */
export function paired(node: ReturnType<typeof keyed>, key: string, link: HTMLElement, n: HTMLElement | null): HTMLElement {
  const focused = link.matches(':focus');
  const was = link.parentElement?.matches('.pair') ? link.parentElement : link;
  const { parentNode: at, nextSibling: next } = was;
  const el = n ? node(key, 'span', { class: 'pair' }, link, n) : link;
  if (focused && el !== was) {
    at!.insertBefore(el, next);
    link.focus({ preventScroll: true });
  }
  return el;
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
