import { css } from '../../shared/css.js';

/** The total of share counts, before the buttons: the number over its word (each count is styled by shared/count.ts). */
export const totalStyles = css`
  [part~=total] {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_s);
    block-size: var(--_s);
    line-height: 1;
  }
  [part~=total-label] {
    font-size: 0.7em;
    font-weight: 400;
  }
`;
