// The few nodes a bar is made of, built with DOM calls. The elements extend Lit's
// ReactiveElement (properties, attributes, update batching, controllers, adopted styles) and
// build their shadow DOM here: a bar is a group of links and buttons whose shape never changes,
// and lit-html's template engine would cost more bytes (2.7 KB gzip) than all of our DOM code.
// Text only ever becomes Text nodes or attribute values: nothing here parses HTML.

/** An attribute value: a string sets it, null, undefined or false removes it. */
export type AttrValue = string | null | undefined | false;
/** A child: a node, a string (a Text node), or nothing. */
export type Child = Node | string | null | undefined | false;

const SVG = 'http://www.w3.org/2000/svg';

/** Sets and removes attributes of `el`; only the ones that change are touched. */
export function attrs(el: Element, list: Record<string, AttrValue>): void {
  for (const [name, value] of Object.entries(list)) {
    if (value == null || value === false) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}

/**
 * Makes `parent`'s children exactly `kids`, in order. Nodes already in place stay untouched, so a
 * focused control keeps its focus and a Text node with the same words is kept rather than
 * replaced (a live region is not re-announced).
 */
export function place(parent: Element | ShadowRoot, kids: Child[]): void {
  // What is no longer wanted goes first: a node that stays then never has to move past it (a move blurs).
  for (const c of [...parent.childNodes]) if (c.nodeType != 3 && !kids.includes(c)) c.remove();
  let at = parent.firstChild;
  for (const kid of kids) {
    if (kid == null || kid === false) continue;
    let node = kid as Node;
    if (typeof kid == 'string') node = at?.nodeType == 3 && at.nodeValue == kid ? at : new Text(kid);
    if (node !== at) parent.insertBefore(node, at);
    at = node.nextSibling;
  }
  while (at) {
    const next = at.nextSibling;
    at.remove();
    at = next;
  }
}

/** A new HTML element with attributes and children. */
export function h(tag: string, list: Record<string, AttrValue> = {}, ...kids: Child[]): HTMLElement {
  const el = document.createElement(tag);
  attrs(el, list);
  place(el, kids);
  return el;
}

/** A new SVG element, as h() makes HTML ones: only glyphs need it, so walls do without. */
function svg(tag: string, list: Record<string, AttrValue>, ...kids: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  attrs(el, list);
  place(el, kids);
  return el;
}

/**
 * Elements that live across updates, one per key: made on first use, then updated in place
 * (attributes and children), so the nodes a reader may be focused on survive a re-render.
 */
export function keyed(): (key: string, tag: string, list?: Record<string, AttrValue>, ...kids: Child[]) => HTMLElement {
  const made = new Map<string, HTMLElement>();
  return (key, tag, list = {}, ...kids) => {
    let el = made.get(key);
    if (!el) made.set(key, (el = h(tag)));
    attrs(el, list);
    place(el, kids);
    return el;
  };
}

/**
 * One click listener on `root` for all its controls: a handler set in the returned map for a
 * control (found with `selector`) runs for a click anywhere inside it (glyph, label), and controls
 * made later need no listener of their own.
 */
export function clicks(root: Node, selector: string): WeakMap<Element, (e: MouseEvent) => void> {
  const handlers = new WeakMap<Element, (e: MouseEvent) => void>();
  root.addEventListener('click', (e) => handlers.get((e.target as Element).closest(selector)!)?.(e as MouseEvent));
  return handlers;
}

/** A 24×24 glyph; decorative, the control around it carries the name. */
export const glyph = (d: string): Element => svg('svg', { part: 'icon', viewBox: '0 0 24 24', 'aria-hidden': 'true' }, svg('path', { d }));
