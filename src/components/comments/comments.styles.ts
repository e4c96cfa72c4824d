import { css } from '../../shared/css.js';

/**
 * The wall's look (what only writers see, the form's and their own held comments', comes with the
 * form's chunk: form.styles.ts). Public tokens (`--smm-*`, the bars' names where they mean the same) feed
 * private ones; a host page styles the rest through ::part(). Unset, colours come from the page,
 * so the wall sits in any theme, light or dark.
 */
export const commentsStyles = css`
  :host {
    /* Unset, colours come from the page: the wall sits in any theme. */
    --_fg: var(--smm-fg, currentColor);
    --_bg: var(--smm-bg, transparent);
    --_mut: var(--smm-muted, currentColor);
    --_acc: var(--smm-accent, currentColor);
    --_bd: var(--smm-border, #8886);
    --_focus: var(--smm-focus, #0b57d0);
    --_r: var(--smm-radius, 6px);
    --_g: var(--smm-gap, 16px);
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
  [part~=header] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 8px;
  }
  [part~=heading] {
    margin: 0 0 8px;
    font-size: 1.25em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~=replies] {
    margin-block-start: var(--_g);
    padding-inline-start: var(--smm-indent, 24px);
    border-inline-start: 2px solid var(--_bd);
  }
  li + li {
    margin-block-start: var(--_g);
  }
  [part~=list] > li + li {
    padding-block-start: var(--_g);
    border-block-start: 1px solid var(--_bd);
  }
  [part~=meta] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 10px;
    margin: 0;
    color: var(--_mut);
    font-size: 0.875em;
  }
  [part~=author] {
    color: var(--_fg);
    font-weight: 700;
  }
  a {
    color: var(--_acc);
  }
  [part~=badge] {
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 99px;
    font-size: 0.8em;
  }
  [part~=body] p,
  [part~=body] pre,
  [part~=body] blockquote {
    margin: 6px 0;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--_bd);
    color: var(--_mut);
  }
  pre {
    overflow: auto;
    padding: 8px;
    border-radius: var(--_r);
    background: #8881;
  }
  [part~=actions] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  [part~=button] {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-block-size: 32px;
    padding: 2px 10px;
    border: 1px solid var(--_bd);
    border-radius: var(--_r);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  /* The likes of a closed thread: shown, not changed. */
  :disabled {
    opacity: 0.6;
    cursor: default;
  }
  [part~=write] {
    margin-block: 8px;
    border-color: var(--_acc);
    color: var(--_acc);
  }
  [aria-pressed=true] {
    color: var(--_acc);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: 2px solid var(--_focus);
  }
  select {
    border: 1px solid var(--_mut);
    border-radius: var(--_r);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
