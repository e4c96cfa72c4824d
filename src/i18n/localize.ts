import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';
import { enShare } from './en/share.js';
import type { StringKey, Strings } from './locales/en.js';
import type { CommentKey, CommentStrings } from './comments/en.js';

/** Every string an element may ask for: the bars' and those of the packs (comments). */
type AnyStrings = Strings & CommentStrings;
/** A pack: strings of one kind of element, kept out of the bars' locale files ('' is the bars'). */
export type Pack = '' | 'comments';
const key = (code: string, pack: Pack) => (pack ? `${pack}/${code}` : code);

// English, the fallback of every string: the share bar's and the common ones from the start; other
// elements and modules loaded later (smm-follow, the Mastodon picker) add theirs with addEnglish(),
// so pages without them never ship them.
const english: Partial<AnyStrings> = { ...enShare };
// By locale code for the bars' strings, by `pack/code` for a pack's.
const locales = new Map<string, Partial<AnyStrings>>([['en', english]]);

/** Adds the English strings of an element or of a module loaded on demand to the fallback. */
export function addEnglish(strings: Partial<AnyStrings>): void {
  Object.assign(english, strings);
}
// Locales that can be fetched on demand (CDN bundles ship en and it, and load the rest from
// ./locales/<code>.js beside themselves), those asked for already, and the function that loads one
// (per pack; keys as in `locales`).
const loadable = new Set<string>();
const asked = new Set<string>();
const loaders = new Map<Pack, (code: string) => Promise<Partial<AnyStrings>>>();
const RTL = new Set(['ar', 'he', 'fa', 'ur']);
// Elements currently connected, so a late registerLocale() or a `lang` change re-renders them.
const live = new Set<LocalizeController>();
const refreshAll = (force?: boolean) => live.forEach((c) => c.refresh(force));
// One observer for <html lang> and every host's own `lang` (`attributeFilter` implies
// `attributes: true`). A change anywhere re-reads them all; only hosts whose language changed
// render again.
let observer: MutationObserver | undefined;
const watch = (node: Node) => (observer ??= new MutationObserver(() => refreshAll())).observe(node, { attributeFilter: ['lang'] });

/**
 * Adds (or replaces) the strings of a locale; `code` is a BCP 47 primary tag such as `it`. With
 * `pack` (`'comments'`), the strings of that pack in that locale.
 */
export function registerLocale(code: string, strings: Partial<Strings> | Partial<CommentStrings>, pack: Pack = ''): void {
  locales.set(key(code.toLowerCase(), pack), strings);
  refreshAll(true);
}

/**
 * Lets elements use locales that are not registered yet: `load(code)` is called the first time an
 * element needs one of `codes`, and the element renders once the strings are there.
 */
export function setLocaleLoader(codes: readonly string[], load: (code: string) => Promise<Partial<AnyStrings>>, pack: Pack = ''): void {
  for (const c of codes) loadable.add(key(c.toLowerCase(), pack));
  loaders.set(pack, load);
}

function ensureLoaded(code: string, pack: Pack): void {
  const k = key(code, pack);
  const loader = loaders.get(pack);
  if (!locales.has(k) && loader && !asked.has(k)) {
    asked.add(k);
    loader(code).then(
      (strings) => registerLocale(code, strings, pack),
      () => {
        // Unreachable file (offline, blocked): stay in English rather than blank.
        loadable.delete(k);
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
  #pack: Pack;

  /** `pack`: the element's strings live in that pack too (fetched with the locale, waited for). */
  constructor(host: ReactiveElement, pack: Pack = '') {
    this.#host = host;
    this.#pack = pack;
    host.addController(this);
  }

  /** Resolved locale code, one that has strings. */
  get lang(): string {
    return this.#lang;
  }

  /** False while the strings of the element's language are being fetched: hosts wait to render. */
  get ready(): boolean {
    const p = key(this.#lang, this.#pack);
    return locales.has(this.#lang) && (locales.has(p) || !loadable.has(p));
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
      ensureLoaded(lang, '');
      if (this.#pack) ensureLoaded(lang, this.#pack);
      this.#host.requestUpdate();
    }
  }

  /** The string for `key`, with `{0}`, `{1}`… replaced by `args`. */
  term(id: StringKey | CommentKey, ...args: Array<string | number>): string {
    const s = locales.get(this.#lang)?.[id] ?? locales.get(key(this.#lang, this.#pack))?.[id] ?? english[id] ?? id;
    return args.length ? s.replace(/\{(\d)\}/g, (_, i: string) => `${args[+i] ?? ''}`) : s;
  }
}

/** A count in the language `lang`, compact: 1.2K, 1,2 Mln. */
export const compactNumber = (lang: string, n: number): string =>
  new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
