import { css } from 'lit';

export const shareStyles = css`
  [part~=total] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_size);
    block-size: var(--_size);
    line-height: 1;
    font-weight: 700;
  }
`;
