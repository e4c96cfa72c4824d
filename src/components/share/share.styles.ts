import { css } from '../../shared/css.js';

/** The total of share counts (the per-button counts are styled with the bar, shared with smm-follow). */
export const countStyles = css`
  [part~=total] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_s);
    block-size: var(--_s);
    line-height: 1;
  }
`;
