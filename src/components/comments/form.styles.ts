import { css } from '../../shared/css.js';

/** The comment form's look, brought by the form's chunk. */
export const formStyles = css`
  [part~=post] {
    margin-block: 8px;
    border-color: var(--_acc);
    color: var(--_acc);
  }
  [part~=pending] {
    padding: 8px;
    border: 1px dashed var(--_mut);
    border-radius: var(--_r);
  }
  [part~=preview] > * {
    margin: 6px 0;
  }
  input,
  textarea {
    border: 1px solid var(--_mut);
    border-radius: var(--_r);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  [part~=form] {
    display: grid;
    gap: 8px;
    margin-block: 8px;
  }
  .f {
    display: grid;
    align-content: start;
    gap: 2px;
  }
  [part~=preview-toggle] {
    justify-self: start;
  }
  .who {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: 8px;
  }
  [part~=field] {
    inline-size: 100%;
    padding: 6px 8px;
    font-size: 1em;
  }
  textarea {
    resize: vertical;
    min-block-size: 6em;
  }
  [part~=label] {
    font-weight: 600;
  }
  [part~=hint],
  [part~=error] {
    font-size: 0.875em;
  }
  [part~=error],
  .over {
    font-weight: 700;
    color: var(--smm-error, #b3261e);
  }
  [aria-invalid=true] {
    border: 2px solid var(--smm-error, #b3261e);
  }
  [part~=preview] {
    padding: 8px;
    border: 1px dashed var(--_bd);
    border-radius: var(--_r);
  }
  [part~=form] [part~=actions] {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  [aria-disabled=true] {
    opacity: 0.6;
    cursor: progress;
  }
  .hp {
    position: absolute;
    inset-inline-start: -9999px;
    inline-size: 1px;
    overflow: hidden;
  }
`;
