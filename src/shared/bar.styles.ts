import { css } from './css.js';

/**
 * The look shared by `<smm-share>` and `<smm-follow>`: layouts, variants, sizes, shapes, themes.
 * Public tokens (`--smm-*`) feed private ones (`--_*`); host pages only ever set the public ones.
 * `--_brand` (set per button), `--_fg`, `--_bg` and `--_focus` are read by other modules too.
 * Sizes are in px on purpose: themes that shrink the root font (62.5 %) must not shrink targets
 * below 24 px.
 */
export const barStyles = css`
  :host {
    /* Private tokens: size, gap, radius and mono get one-letter names (they recur throughout). */
    --_s: var(--smm-size, 36px);
    --_g: var(--smm-gap, 8px);
    --_r: var(--smm-radius, 6px);
    --_fg: var(--smm-fg, #1d1d1f);
    --_bg: var(--smm-bg, #fff);
    --_m: var(--smm-mono, #2f3338);
    --_focus: var(--smm-focus, #0b57d0);
    /* Brand-coloured text (outline, minimal icons) on the page's background: unset, a darkened
       brand; set by the dark themes to their text colour. Reset here so that no outer token leaks in. */
    --_ink: initial;
    display: block;
    min-block-size: var(--_s);
    font: 500 14px/1.2 var(--smm-font, system-ui, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    color: var(--_fg);
  }
  :host([hidden]) {
    display: none;
  }
  :host([size=s]) {
    --_s: var(--smm-size, 28px);
    font-size: 13px;
  }
  :host([size=l]) {
    --_s: var(--smm-size, 44px);
    font-size: 16px;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme=light])) {
      --_fg: var(--smm-fg, #f2f2f4);
      --_bg: var(--smm-bg, #1c1c1e);
      --_m: var(--smm-mono, #e4e6ea);
      --_focus: var(--smm-focus, #8ab4f8);
      --_ink: var(--_fg);
    }
  }
  :host([theme=dark]) {
    --_fg: var(--smm-fg, #f2f2f4);
    --_bg: var(--smm-bg, #1c1c1e);
    --_m: var(--smm-mono, #e4e6ea);
    --_focus: var(--smm-focus, #8ab4f8);
    --_ink: var(--_fg);
  }
  * {
    box-sizing: border-box;
  }
  [part~=bar] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_g);
  }
  :host([layout=vertical]) [part~=bar],
  :host([layout=floating]) [part~=bar] {
    flex-flow: column;
    align-items: stretch;
    inline-size: max-content;
  }
  :host([layout=floating]) {
    position: fixed;
    inset-block-start: 50%;
    inset-inline: var(--smm-floating-offset, 8px) auto;
    translate: 0 -50%;
    z-index: var(--smm-z, 100);
    min-block-size: 0;
  }
  :host([layout=floating][side=right]) {
    inset-inline: auto var(--smm-floating-offset, 8px);
  }
  @media (max-width: 767.98px) {
    :host([layout=floating]) {
      display: none;
    }
    :host([layout=bar]) {
      position: fixed;
      inset: auto 0 0;
      z-index: var(--smm-z, 100);
      padding: 6px calc(6px + env(safe-area-inset-right)) calc(6px + env(safe-area-inset-bottom)) calc(6px + env(safe-area-inset-left));
      background: var(--_bg);
      box-shadow: 0 -1px 6px #0003;
    }
    :host([layout=bar]) [part~=bar] {
      flex-wrap: nowrap;
    }
    :host([layout=bar]) [part~=button] {
      flex: 1;
      padding-inline: 0;
    }
  }
  [part~=button] {
    --_c: var(--_brand, var(--_m));
    all: unset;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    box-sizing: border-box;
    min-inline-size: var(--_s);
    block-size: var(--_s);
    padding-inline: calc(var(--_s) / 4);
    border: 2px solid var(--_c);
    border-radius: var(--_r);
    background: var(--_c);
    color: #fff;
    white-space: nowrap;
    cursor: pointer;
    transition: filter 0.15s;
  }
  /* Actions have no brand: they take the neutral colour, whose ink flips with the theme. */
  button[part~=button] {
    color: var(--_bg);
  }
  [part~=button]:hover {
    filter: brightness(0.9);
  }
  [part~=button]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  :host([labels=none]) [part~=button] {
    padding: 0;
  }
  :host([shape=square]) [part~=button] {
    border-radius: 0;
  }
  :host([shape=pill]) [part~=button],
  :host([shape=circle]) [part~=button] {
    border-radius: calc(var(--_s) / 2);
  }
  /* Brand text on the page's own background, which is rarely pure white: a darker shade of the
     brand keeps 4.5:1 on tinted and cream themes too. */
  :host([variant=outline]) [part~=button] {
    background: #0000;
    color: var(--_ink, color-mix(in srgb, var(--_c) 78%, #000));
  }
  :host([variant=mono]) [part~=button] {
    --_c: var(--_m);
    color: var(--_bg);
  }
  :host([variant=minimal]) [part~=button] {
    background: #0000;
    border-color: #0000;
    color: var(--_fg);
  }
  :host([variant=minimal]) [part~=icon] {
    color: var(--_ink, color-mix(in srgb, var(--_c) 78%, #000));
  }
  [part~=icon] {
    flex: none;
    inline-size: calc(var(--_s) * 0.55);
    block-size: calc(var(--_s) * 0.55);
    fill: currentColor;
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [part~=button] {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    [part~=button]:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
