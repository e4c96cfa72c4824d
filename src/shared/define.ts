/**
 * Defines a custom element unless the tag is taken: a CMS page may load the same script twice
 * (theme + plugin), and a second `customElements.define` would throw and break the page.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
