// Plain-HTML placement, for editors that strip custom elements (WordPress kses for Authors and
// Contributors, Joomla's input filter, TinyMCE): they keep a <div> and its data-* attributes.
//   <div data-smm="share" data-networks="x,facebook" data-layout="vertical"></div>
// becomes the same <div> holding <smm-share networks="x,facebook" layout="vertical">. Every data-*
// attribute but data-smm passes to the element under its name without `data-`, so the attributes
// and defaults are the element's own. Whatever the editor left inside (TinyMCE pads an empty div
// with &nbsp;) is replaced. Placeholders added later (infinite scroll, a page that renders
// client-side) are upgraded too.

/**
 * Upgrades `[data-smm]` placeholders now and whenever the document gains some.
 * @param tags the `data-smm` values this bundle knows and the elements they become, e.g.
 *   `{ share: 'smm-share' }`; each element's entry adds its own (comments, testimonials).
 */
export function mount(tags: Record<string, string>): void {
  const upgrade = () => {
    for (const host of document.querySelectorAll<HTMLElement>('[data-smm]')) {
      const name = host.dataset.smm!;
      // Removed first: the placeholder is upgraded once, and an unknown one warns once.
      host.removeAttribute('data-smm');
      const tag = tags[name];
      if (!tag) {
        console.warn(`smm-kit: unknown data-smm="${name}"; known: ${Object.keys(tags).join(', ')}`);
        continue;
      }
      const el = document.createElement(tag);
      for (const { name: attr, value } of host.attributes) {
        if (attr.startsWith('data-')) el.setAttribute(attr.slice(5), value);
      }
      host.replaceChildren(el);
    }
  };
  upgrade();
  new MutationObserver(upgrade).observe(document, { childList: true, subtree: true });
}
