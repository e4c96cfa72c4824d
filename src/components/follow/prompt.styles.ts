import { css } from '../../shared/css.js';

/**
 * The follow prompt: a panel fixed to a bottom corner on wide screens and a bottom sheet (at most
 * a quarter of the viewport) on narrow ones. Fixed, so it never moves the page. Added to the
 * element with the prompt's code, on first use; the rule that keeps the host itself from taking
 * room in prompt mode is in the element's own styles, so it holds before this arrives.
 */
export const promptStyles = css`
  [part~='prompt'] {
    position: fixed;
    z-index: var(--smm-z, 100);
    inset-block-end: var(--smm-floating-offset, 16px);
    inset-inline-start: var(--smm-floating-offset, 16px);
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 6px 12px;
    inline-size: min(24rem, calc(100vw - 32px));
    max-block-size: calc(100vh - 32px);
    overflow: auto;
    padding: 14px 16px 16px;
    border: 1px solid color-mix(in srgb, var(--_fg) 20%, transparent);
    border-radius: 12px;
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 6px 24px #0003;
    animation: smm-in 0.3s ease-out;
  }
  :host([side='right']) [part~='prompt'] {
    inset-inline-start: auto;
    inset-inline-end: var(--smm-floating-offset, 16px);
  }
  [part~='heading'] {
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  [part~='message'] {
    grid-column: 1 / -1;
    margin: 0;
    line-height: 1.4;
  }
  [part~='prompt'] [part~='bar'] {
    grid-column: 1 / -1;
  }
  [part~='close'] {
    all: unset;
    grid-row: 1;
    grid-column: 2;
    display: inline-grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    margin: -6px -8px 0 0;
    border-radius: 50%;
    color: var(--_fg);
    cursor: pointer;
  }
  [part~='close']:hover {
    background: color-mix(in srgb, var(--_fg) 12%, transparent);
  }
  [part~='close']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='close'] [part~='icon'] {
    inline-size: 20px;
    block-size: 20px;
  }
  @keyframes smm-in {
    from {
      transform: translateY(calc(100% + 24px));
    }
  }
  @media (max-width: 767.98px) {
    :host([side]) [part~='prompt'],
    [part~='prompt'] {
      inset-inline: 0;
      /* Lifted above a site's own fixed bottom bar (e.g. <smm-share layout="bar">) when set. */
      inset-block-end: var(--smm-prompt-lift, 0px);
      inline-size: auto;
      max-block-size: 25vh;
      padding-block-end: calc(16px + env(safe-area-inset-bottom));
      border-radius: 12px 12px 0 0;
      border-block-end: 0;
    }
    /* One row that scrolls sideways keeps the sheet short; buttons keep their size, and the row
       runs to the screen's edges so a cut-off button shows there is more. */
    [part~='prompt'] [part~='bar'] {
      flex-wrap: nowrap;
      overflow-x: auto;
      margin-inline: -16px;
      padding: 4px 16px;
      scroll-padding-inline: 16px;
    }
    [part~='prompt'] [part~='bar'] > * {
      flex: none;
    }
  }
  @media (forced-colors: active) {
    [part~='prompt'] {
      border: 1px solid CanvasText;
    }
  }
`;
