import { css } from '../../shared/css.js';

/**
 * The share bar's one row (the default, `overflow="menu"`) and its more menu. `.i` marks a row
 * short of room (labels hidden, or `labels="none"`); `.m` the hidden copy that is measured.
 */
export const rowStyles = css`
  :host(:not([overflow=wrap])) [part~=bar] {
    flex-wrap: nowrap;
  }
  .i [part~=label] {
    display: none;
  }
  .i [part~=button] {
    padding: 0;
  }
  .m {
    position: absolute;
    visibility: hidden;
  }
  .m * {
    flex: none;
  }
  [part~=menu] {
    inline-size: max-content;
    inset: auto;
    margin: 0;
    padding: 6px;
    border: 1px solid;
    border-radius: 8px;
    background: var(--_bg);
    color: var(--_fg);
  }
  :popover-open {
    display: grid;
    gap: 6px;
  }
  :host [part~=menu] [part~=button] {
    justify-content: start;
    padding-inline: 8px;
  }
`;
