import { css } from '../../shared/css.js';

/**
 * The wall's look. Public tokens (`--smm-*`, the comment wall's names where they mean the same)
 * feed private ones; a host page styles the rest through ::part(). Unset, colours come from the
 * page, so the wall sits in any theme, light or dark.
 */
export const testimonialsStyles = css`
  :host {
    --_fg: var(--smm-fg, currentColor);
    --_bg: var(--smm-bg, transparent);
    --_acc: var(--smm-accent, #b26b00);
    --_bd: var(--smm-border, #8886);
    --_focus: var(--smm-focus, #0b57d0);
    --_r: var(--smm-radius, 8px);
    --_g: var(--smm-gap, 16px);
    --_w: var(--smm-card-width, 260px);
    display: block;
    min-block-size: var(--smm-min-height, 160px);
    color: var(--_fg);
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
  :host(:not([layout])) [part~=list],
  :host([layout=grid]) [part~=list] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_w)), 1fr));
  }
  :host([layout=masonry]) [part~=list] {
    display: block;
    columns: var(--_w);
    column-gap: var(--_g);
  }
  :host([layout=masonry]) li {
    break-inside: avoid;
    margin-block-end: var(--_g);
  }
  [part~=card] {
    margin: 0;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: 16px;
    background: var(--_bg);
    border: 1px solid var(--_bd);
    border-radius: var(--_r);
  }
  [part~=quote] {
    margin: 0;
    flex: 1;
    white-space: pre-line;
  }
  :host([layout=quote]) [part~=card] {
    border: 0;
    text-align: center;
    align-items: center;
  }
  :host([layout=quote]) [part~=quote] {
    font-size: 1.4em;
    line-height: 1.4;
  }
  [part~=quote]::before {
    content: '“';
  }
  [part~=quote]::after {
    content: '”';
  }
  [part~=rating] {
    display: inline-block;
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
  [part~=slides] {
    display: grid;
    touch-action: pan-y;
  }
  .slide {
    grid-area: 1 / 1;
    visibility: hidden;
  }
  .on {
    visibility: visible;
  }
  [part~=controls] {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    margin-block-end: 8px;
  }
  [part~=button] {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_bd);
    border-radius: var(--_r);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 4px 12px;
    cursor: pointer;
  }
  [part~=previous],
  [part~=next] {
    font-size: 1.5em;
    line-height: 1;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .slide {
      transition: opacity 0.3s;
      opacity: 0;
    }
    .on {
      opacity: 1;
    }
  }
`;
