import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

/**
 * The `css` tag for smm-kit's own style sheets. They are static text without interpolations, so
 * none of Lit's `css` checks apply, and a bundle that uses only this tag leaves Lit's out.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
