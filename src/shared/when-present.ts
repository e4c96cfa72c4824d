// Code that only some pages need, fetched when the page first has one of its elements (now or
// added later: a placeholder upgraded by mount(), a page that renders client-side).

/**
 * Calls each loader once, as soon as the document holds an element matching its selector; one
 * observer for them all, gone once every loader has been called.
 * @param chunks selector → loader, e.g. `{ 'smm-comments, smm-comment-count': () => import('…') }`.
 */
export function whenPresent(chunks: Record<string, () => Promise<unknown>>): void {
  if (!globalThis.document) return;
  const left = new Map(Object.entries(chunks));
  const look = () => {
    for (const [selector, load] of left) {
      if (!document.querySelector(selector)) continue;
      left.delete(selector);
      void load();
    }
    if (!left.size) observer.disconnect();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
  look();
}
