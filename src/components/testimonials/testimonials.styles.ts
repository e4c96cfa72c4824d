import { css } from '../../shared/css.js';

/**
 * The wall's look. Public tokens (`--smm-*`, the comment wall's names where they mean the same)
 * feed private ones where they are used more than once; a host page styles the rest through
 * ::part(). Unset, colours come from the page (an unset `--smm-fg` or `--smm-bg` leaves `color`
 * inherited and backgrounds transparent), so the wall sits in any theme, light or dark. The
 * layouts' and the distribution's own rules are in their chunks (carousel.ts, masonry.ts,
 * quote.ts, distribution.ts).
 */
export const testimonialsStyles = css`
  :host {
    --_acc: var(--smm-accent, #b26b00);
    --_bd: var(--smm-border, #8886);
    --_r: var(--smm-radius, 8px);
    --_g: var(--smm-gap, 16px);
    --_w: var(--smm-card-width, 260px);
    display: block;
    min-block-size: var(--smm-min-height, 160px);
    color: var(--smm-fg);
    font: 16px/1.5 var(--smm-font, inherit);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [part~=list] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_g);
  }
  :host([layout=grid]) [part~=list] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_w)), 1fr));
  }
  [part~=card] {
    margin: 0;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: 16px;
    background: var(--smm-bg);
    border: 1px solid var(--_bd);
    border-radius: var(--_r);
  }
  [part~=quote] {
    margin: 0;
    flex: 1;
    white-space: pre-line;
  }
  [part~=quote]::before {
    content: '“';
  }
  [part~=quote]::after {
    content: '”';
  }
  [part~=rating] {
    display: inline-block;
    /* As wide as its stars, not the card's width (a flex item stretches): the fill is a share of it. */
    inline-size: max-content;
    position: relative;
    color: #8888;
    letter-spacing: 2px;
    line-height: 1;
  }
  [part~=rating]::after {
    content: '★★★★★';
    position: absolute;
    inset: 0;
    inline-size: var(--_fill);
    overflow: hidden;
    color: var(--_acc);
  }
  [part~=author] {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  [part~=avatar] {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    border-radius: 50%;
    color: #fff;
    background: hsl(var(--_h) 45% 32%);
    font-weight: 600;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  [part~=name] {
    font-weight: 600;
  }
  [part~=role],
  [part~=date] {
    font-size: 0.875em;
    opacity: 0.85;
  }
  [part~=button] {
    font: inherit;
    color: inherit;
    background: var(--smm-bg);
    border: 1px solid var(--_bd);
    border-radius: var(--_r);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 4px 12px;
    cursor: pointer;
  }
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
  [part~=more] {
    margin-block-start: var(--_g);
  }
  :focus-visible {
    outline: 2px solid var(--smm-focus, #0b57d0);
    outline-offset: 2px;
  }
`;
