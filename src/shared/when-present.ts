// Code that only some pages need, fetched when the page first has one of its elements (now or
// added later: a placeholder upgraded by mount(), a page that renders client-side).

/**
 * Calls `load` once, as soon as the document holds an element matching `selector`.
 * @param selector e.g. `'smm-comments, smm-comment-count'`.
 * @param load usually `() => import('…')`: a chunk beside the bundle.
 */
export function whenPresent(selector: string, load: () => Promise<unknown>): void {
  if (!globalThis.document) return;
  let done = false;
  const look = () => {
    if (done || !document.querySelector(selector)) return;
    done = true;
    observer.disconnect();
    void load();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
  look();
}
