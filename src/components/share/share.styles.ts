import { css } from 'lit';

export const shareStyles = css`
  [part~='total'] {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_size);
    block-size: var(--_size);
    line-height: 1;
    font-weight: 700;
  }
  [part~='total'] small {
    font-size: 0.7em;
    font-weight: 500;
  }
  .copied {
    position: relative;
  }
  dialog {
    max-inline-size: min(26rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 1px solid color-mix(in srgb, var(--_fg) 30%, transparent);
    border-radius: 10px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog form {
    display: grid;
    gap: 0.6rem;
  }
  dialog input {
    font: inherit;
    font-size: 16px;
    padding: 0.5rem;
    min-block-size: 44px;
    border: 1px solid var(--_fg);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog input:focus-visible,
  dialog button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  dialog [role='alert'] {
    color: var(--smm-error, #b3261e);
    min-block-size: 1.2em;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  .actions button {
    font: inherit;
    min-block-size: 44px;
    padding-inline: 1rem;
    border-radius: 6px;
    border: 1px solid var(--_fg);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  .actions button[type='submit'] {
    background: #563acc;
    border-color: #563acc;
    color: #fff;
  }
`;
