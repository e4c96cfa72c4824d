import { css } from '../../shared/css.js';

/**
 * The share bar's one row (the default, `overflow="menu"`); the more menu brings its own look
 * (./menu.ts). `.i` marks a row short of room (labels hidden, or `labels="none"`); `.m` the
 * hidden copy that is measured.
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
`;
