/**
 * Defines a custom element unless the tag is taken: a CMS page may load the same script twice
 * (theme + plugin), and a second `customElements.define` would throw and break the page.
 *
 * Only where there is a DOM: under Node (server rendering) Lit's server build lets the classes
 * exist by extending a stand-in HTMLElement and puts a stand-in `customElements` on globalThis,
 * but there is no global `HTMLElement`, and nothing should be registered there.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (globalThis.HTMLElement && !customElements.get(tag)) customElements.define(tag, ctor);
}
