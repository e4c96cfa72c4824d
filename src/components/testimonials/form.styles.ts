import { css } from '../../shared/css.js';

/** The testimonial form's look; the same public tokens as the walls. */
export const formStyles = css`
  :host {
    --_fg: var(--smm-fg, currentColor);
    --_bg: var(--smm-bg, transparent);
    --_acc: var(--smm-accent, currentColor);
    --_bd: var(--smm-border, #8888);
    --_focus: var(--smm-focus, #0b57d0);
    --_err: var(--smm-error, #b3261e);
    --_r: var(--smm-radius, 6px);
    display: block;
    color: var(--_fg);
    font: 16px/1.5 var(--smm-font, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [part~=form] {
    display: grid;
    gap: 12px;
  }
  [part~=title] {
    margin: 0;
    font-size: 1.25em;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: 12px;
  }
  .f {
    display: grid;
    align-content: start;
    gap: 2px;
  }
  [part~=field] {
    inline-size: 100%;
    padding: 8px;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_bd);
    border-radius: var(--_r);
  }
  textarea {
    resize: vertical;
    min-block-size: 8em;
  }
  [part~=rating] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    border: 1px solid var(--_bd);
    border-radius: var(--_r);
  }
  .r {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-block-size: 44px;
    cursor: pointer;
  }
  .r input {
    inline-size: 20px;
    block-size: 20px;
  }
  [part~=consent] {
    display: flex;
    gap: 8px;
    align-items: start;
  }
  [part~=consent] input {
    inline-size: 20px;
    block-size: 20px;
    margin-block-start: 2px;
    flex: none;
  }
  [part~=hint] {
    font-size: 0.875em;
    opacity: 0.85;
  }
  [part~=error] {
    color: var(--_err);
    font-size: 0.875em;
    margin: 0;
  }
  [aria-invalid=true] {
    border-color: var(--_err);
  }
  [part~=button] {
    justify-self: start;
    min-block-size: 44px;
    padding: 8px 20px;
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: var(--_bg);
    border: 2px solid var(--_acc);
    border-radius: var(--_r);
    cursor: pointer;
  }
  [part~=status]:empty {
    display: none;
  }
  [part~=status] {
    margin: 0 0 12px;
    font-weight: 600;
  }
  .sr,
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .hp {
    inset-inline-start: -9999px;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
