import type { ReactiveElement } from '@lit/reactive-element';
import { pageDefault } from './page.js';
import { warnOnce } from './warn.js';

/** Splits `a, b c` into `['a', 'b', 'c']`. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * Fills attributes the author left out from the page's `<meta name="smm:NAME">` defaults, through
 * the element's own attribute converters, without writing attributes into the author's markup.
 */
export function applyPageDefaults(el: ReactiveElement, names: readonly string[]): void {
  for (const name of names) {
    const value = el.hasAttribute(name) ? null : pageDefault(name);
    if (value !== null) el.attributeChangedCallback(name, null, value === 'false' ? null : value);
  }
}

/** Puts an enumerated property back to its default, with one warning, when its value is not allowed. */
export function checkChoice(el: ReactiveElement, tag: string, name: string, allowed: readonly string[]): void {
  const host = el as unknown as Record<string, unknown>;
  if (allowed.includes(host[name] as string)) return;
  warnOnce(`${tag}: ${name}="${String(host[name])}" is not one of ${allowed.join(', ')}; using "${allowed[0]}".`);
  host[name] = allowed[0];
}
