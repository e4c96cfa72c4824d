import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';
import type { StringKey, Strings } from './locales/en.js';
import type { CommentKey, CommentStrings } from './comments/en.js';
import type { TestimonialKey, TestimonialStrings } from './testimonials/en.js';

/** Every string an element may ask for: the bars' and those of the comment wall's pack. */
type AnyStrings = Strings & CommentStrings & TestimonialStrings;

// English, the fallback of every string: each element and each module loaded later (the bars,
// the Mastodon picker, the comment wall and its form) adds its own with addEnglish(), so pages
// without them never ship them.
const english: Partial<AnyStrings> = {};
const locales = new Map<string, Partial<AnyStrings>>([['en', english]]);
/**
 * Strings of a pack (the comment wall's, see ./pack.ts) by locale code, looked up after the
 * locale's own: they live in files of their own, so the bars' locale files do not grow.
 */
export const packs = new Map<string, Partial<AnyStrings>>();

/** Adds the English strings of an element or of a module loaded on demand to the fallback. */
export function addEnglish(strings: Partial<AnyStrings>): void {
  Object.assign(english, strings);
}
// Locales that can be fetched on demand (CDN bundles ship en and load the rest from
// ./locales/<code>.js beside themselves, or only a wall's pack, see ./pack.ts), those asked for
// already, and the function that loads one.
const loadable = new Set<string>();
const asked = new Set<string>();
let loader: ((code: string) => Promise<Strings>) | undefined;
const RTL = new Set(['ar', 'he', 'fa', 'ur']);
// Elements currently connected, so a late registerLocale() or a `lang` change re-renders them.
const live = new Set<LocalizeController>();
const refreshAll = (force?: boolean) => live.forEach((c) => c.refresh(force));
// One observer for <html lang> and every host's own `lang` (`attributeFilter` implies
// `attributes: true`). A change anywhere re-reads them all; only hosts whose language changed
// render again.
let observer: MutationObserver | undefined;
const watch = (node: Node) => (observer ??= new MutationObserver(() => refreshAll())).observe(node, { attributeFilter: ['lang'] });

/** Adds (or replaces) the strings of a locale; `code` is a BCP 47 primary tag such as `it`. */
export function registerLocale(code: string, strings: Partial<Strings>): void {
  locales.set(code.toLowerCase(), strings);
  refreshAll(true);
}

/**
 * Lets elements use locales that are not registered yet: `load(code)` is called the first time an
 * element needs one of `codes`, and the element renders once the strings are there.
 */
export function setLocaleLoader(codes: readonly string[], load: (code: string) => Promise<Strings>): void {
  addLocaleCodes(codes);
  loader = load;
}

/**
 * Makes `codes` locales an element may speak although no locale file of theirs is loaded: those of
 * a wall's pack (./pack.ts). A page with only the testimonial wall fetches its pack and nothing else.
 */
export function addLocaleCodes(codes: readonly string[]): void {
  for (const c of codes) loadable.add(c.toLowerCase());
}

function ensureLoaded(code: string): void {
  if (!locales.has(code) && loader && !asked.has(code)) {
    asked.add(code);
    loader(code).then(
      (strings) => registerLocale(code, strings),
      () => {
        // Unreachable file (offline, blocked): stay in English rather than blank.
        loadable.delete(code);
        refreshAll();
      },
    );
  }
}

/** Locale codes with strings available now. */
export function registeredLocales(): string[] {
  return [...locales.keys()];
}

// Tags that name a registered locale by another code: Bokmål and Nynorsk share `no`'s strings;
// iw, in, ji, mo are deprecated codes old browsers, CMSs and Java-based servers still emit.
const ALIASES: Readonly<Record<string, string>> = { nb: 'no', nn: 'no', iw: 'he', in: 'id', ji: 'yi', mo: 'ro' };

/** Picks the best registered locale for a BCP 47 tag: exact, then primary subtag, then `en`. */
export function matchLocale(tag: string | null | undefined): string {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const [first, ...rest] = t.split('-');
  const primary = ALIASES[first] ?? first;
  return [t, [primary, ...rest].join('-'), primary].find((c) => locales.has(c) || loadable.has(c)) ?? 'en';
}

/** The nearest `lang` at or above `el`, crossing shadow-root boundaries; then `<html lang>`. */
export function nearestLang(el: Element): string {
  for (let e: Element | undefined = el; e; e = (e.getRootNode() as ShadowRoot).host) {
    const hit = e.closest('[lang]');
    if (hit) return hit.getAttribute('lang')!;
  }
  return document.documentElement.lang;
}

/**
 * Strings for the element's language: its own `lang`, else the nearest `[lang]` ancestor, else
 * `<html lang>`, else English. Re-renders the host when any of those change.
 */
export class LocalizeController implements ReactiveController {
  #host: ReactiveElement;
  #lang = 'en';

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Resolved locale code, one that has strings. */
  get lang(): string {
    return this.#lang;
  }

  /**
   * False while the strings of the element's language are being fetched: hosts wait to render.
   * With no locale loader (a bundle of a wall's pack only) there is nothing to wait for.
   */
  get ready(): boolean {
    return locales.has(this.#lang) || !loader;
  }

  /** Writing direction of the resolved locale. */
  get dir(): 'ltr' | 'rtl' {
    return RTL.has(this.#lang) ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    live.add(this);
    watch(this.#host);
    watch(document.documentElement);
    this.refresh();
  }

  hostDisconnected(): void {
    live.delete(this);
  }

  /** Re-reads the language and re-renders the host if it changed. */
  refresh(force = false): void {
    const lang = matchLocale(nearestLang(this.#host));
    if (force || lang !== this.#lang || !this.#host.hasUpdated) {
      this.#lang = lang;
      ensureLoaded(lang);
      this.#host.requestUpdate();
    }
  }

  /** The string for `key`, with `{0}`, `{1}`… replaced by `args`. */
  term(key: StringKey | CommentKey | TestimonialKey, ...args: Array<string | number>): string {
    const s = locales.get(this.#lang)?.[key] ?? packs.get(this.#lang)?.[key] ?? english[key] ?? key;
    return args.length ? s.replace(/\{(\d)\}/g, (_, i: string) => `${args[+i] ?? ''}`) : s;
  }
}
