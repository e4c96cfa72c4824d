import { adoptStyles, type CSSResult, type ReactiveElement } from '@lit/reactive-element';

const added = new WeakMap<ReactiveElement, CSSResult[]>();

/**
 * Adds styles to one element's shadow root after the fact, the way Lit adopts its static styles
 * (constructed sheets, so CSP-safe): modules registered at run time (the Mastodon picker, share
 * counts) bring their CSS only into the bundles that include them.
 */
export function addStyles(host: ReactiveElement, styles: CSSResult): void {
  const list = added.get(host) ?? [];
  if (list.includes(styles)) return;
  list.push(styles);
  added.set(host, list);
  adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof ReactiveElement).elementStyles, ...list]);
}
