// <smm-testimonial-form> is a chunk of its own: only pages that ask customers for a testimonial
// fetch it, when the first form element appears (now or added later).
let asked = false;

/** Loads and defines <smm-testimonial-form> once the document has one. */
export function whenPresent(): void {
  if (!globalThis.document || asked) return;
  const look = () => {
    if (!asked && document.querySelector('smm-testimonial-form')) {
      asked = true;
      observer.disconnect();
      void import('./smm-testimonial-form.js');
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
  look();
}
