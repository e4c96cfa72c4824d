// The follow prompt of `<smm-follow mode="prompt">`: when it may show (triggers, cap, memory), the
// panel, its styles, Escape and focus. A chunk of its own, loaded the first time an element is in
// prompt mode, so that pages with only the button bar never fetch it.
import type { ReactiveController } from '@lit/reactive-element';
import type { LocalizeController } from '../../i18n/localize.js';
import { attrs, glyph, h, place } from '../../shared/dom.js';
import { addStyles } from '../../shared/styles.js';
import { warnOnce } from '../../shared/warn.js';
import type { SmmFollow } from './follow.js';
import { remember, stored, type Memory } from './memory.js';
import { promptStyles } from './prompt.styles.js';
import { armTriggers } from './triggers.js';

// The prompt's close glyph (24×24): only the prompt, a chunk of its own, shows it.
const closeIcon =
  'M6.4 5l5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4';

export interface Cap {
  /** How many times the prompt may show within `period` ms (Infinity: no cap). */
  count: number;
  period: number;
}

const UNIT: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `1/7d` → once a week; also `m`, `h`, `w`; `none` → no cap. null when it is neither. */
export function parseCap(value: string): Cap | null {
  const v = value.trim().toLowerCase();
  if (v === 'none') return { count: Infinity, period: 0 };
  const m = /^(\d{1,3})\s*\/\s*(\d{1,4})\s*([mhdw])$/.exec(v);
  return m && Number(m[1]) > 0 ? { count: Number(m[1]), period: Number(m[2]) * UNIT[m[3]] } : null;
}

/** What `key` remembers, with only numbers in `shown`. */
function read(key: string): Memory {
  const m = stored(key);
  return { ...m, shown: Array.isArray(m.shown) ? m.shown.filter((t) => typeof t === 'number') : [] };
}

// Keys that have shown a prompt in this page view: never twice, even if the element is re-created.
const shownThisView = new Set<string>();

/** True when the prompt stored under `key` may show now under `cap`. */
export function mayShow(key: string, cap: Cap, now: number): boolean {
  if (shownThisView.has(key)) return false;
  const m = read(key);
  if (m.followed) return false;
  if (m.dismissed !== undefined && now - m.dismissed < cap.period) return false;
  return m.shown.filter((t) => now - t < cap.period).length < cap.count;
}

/** The panel's nodes: made once per element, on first open, then updated in place. */
interface Panel {
  aside: HTMLElement;
  heading: HTMLElement;
  message: HTMLElement;
  slot: HTMLElement;
  close: HTMLElement;
}

/**
 * The prompt of one element: arms its triggers while it is connected and in prompt mode (again
 * whenever a trigger attribute changes), keeps `open` and the polite status text that the element
 * shows, and makes the panel around the element's button bar.
 */
export class Prompt implements ReactiveController {
  open = false;
  /** What the element's live region says: the heading and the message while the prompt is open. */
  status = '';

  #host: SmmFollow;
  #t: LocalizeController;
  #stop?: () => void;
  #armed = '';
  #returnTo: HTMLElement | null = null;
  #panel?: Panel;

  constructor(host: SmmFollow, t: LocalizeController) {
    this.#host = host;
    this.#t = t;
    host.addController(this);
  }

  hostConnected(): void {
    addStyles(this.#host, promptStyles);
    document.addEventListener('keydown', this.#onKey);
    this.#arm();
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKey);
    this.#stop?.();
    this.#free();
  }

  hostUpdated(): void {
    if (this.#settings() !== this.#armed) this.#arm();
  }

  #settings(): string {
    const h = this.#host;
    return JSON.stringify([h.mode, h.afterScroll, h.afterSeconds, h.at, h.exitIntent, h.cap, h.storageKey]);
  }

  get #cap(): Cap {
    const cap = parseCap(this.#host.cap);
    if (!cap) warnOnce(`smm-follow: cap="${this.#host.cap}" is not a cap such as 1/7d (N per m, h, d or w) or none; using 1/7d.`);
    return cap ?? { count: 1, period: UNIT.w };
  }

  #arm(): void {
    const h = this.#host;
    this.#stop?.();
    this.#stop = undefined;
    this.#armed = this.#settings();
    if (h.mode !== 'prompt' || this.open || !h.isConnected || !mayShow(h.storageKey, this.#cap, Date.now())) return;
    let seconds = h.afterSeconds;
    if (seconds !== null && !(seconds >= 0)) {
      warnOnce(`smm-follow: after-seconds="${h.getAttribute('after-seconds') ?? seconds}" is not a number of seconds; ignored.`);
      seconds = null;
    }
    const none = !h.afterScroll && seconds === null && !h.at && !h.exitIntent;
    this.#stop = armTriggers(
      {
        afterScroll: none ? '60%' : h.afterScroll,
        afterSeconds: seconds,
        at: h.at,
        exitIntent: h.exitIntent,
        coarse: matchMedia('(pointer: coarse)').matches,
      },
      () => this.show(),
    );
  }

  /** See `SmmFollow.show()`. */
  show(): void {
    const h = this.#host;
    const key = h.storageKey;
    const cap = this.#cap;
    const now = Date.now();
    if (this.open || !mayShow(key, cap, now)) return;
    shownThisView.add(key);
    // Only what the cap still counts is kept, so the entry never grows.
    remember(key, { shown: [...read(key).shown.filter((t) => now - t < cap.period), now] });
    // Shown once per page view: the triggers have nothing left to do.
    this.#stop?.();
    this.open = true;
    const message = h.querySelector('[slot="message"]')?.textContent?.trim() || this.#t.term('followPrompt');
    this.status = `${this.#t.term('followUs')}. ${message}`;
    h.requestUpdate();
    this.#makeRoom();
  }

  // The sheet of a narrow screen covers nothing: the page gains its height at the bottom and
  // scrolls by as much (a scroll, not a layout shift), so what the reader was looking at stays in
  // view above it; the reader scrolling back up puts it away.
  #room?: CSSStyleSheet;

  async #makeRoom(): Promise<void> {
    await this.#host.updateComplete;
    const aside = this.#panel?.aside;
    if (!this.open || !aside || this.#room || !matchMedia('(max-width: 767.98px)').matches) return;
    const height = aside.getBoundingClientRect().height;
    // A constructed sheet: allowed under a strict Content-Security-Policy, removed as a whole.
    const room = (this.#room = new CSSStyleSheet());
    room.replaceSync(`:root{padding-block-end:${height}px!important}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, room];
    const from = scrollY;
    scrollBy({ top: height, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
    // Back up by more than the sheet's height from where it appeared: the reader is reading again.
    this.#away = () => scrollY < from - height && this.hide(false);
    addEventListener('scroll', this.#away, { passive: true });
  }

  #away = (): unknown => 0;

  #free(): void {
    if (!this.#room) return;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== this.#room);
    removeEventListener('scroll', this.#away);
    this.#room = undefined;
  }

  /** See `SmmFollow.hide()`. */
  hide(dismissed: boolean): void {
    const h = this.#host;
    if (!this.open) return;
    if (dismissed) remember(h.storageKey, { dismissed: Date.now() });
    // Focus inside the panel would fall to <body>: give it back to where the reader came from.
    const hadFocus = !!h.shadowRoot?.activeElement;
    this.open = false;
    this.status = '';
    this.#free();
    h.requestUpdate();
    if (hadFocus) this.#returnTo?.focus();
  }

  #onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && !e.defaultPrevented) this.hide(true);
  };

  /**
   * The panel around the element's button bar while open, null while closed. The same nodes every
   * time, updated in place: the close button and the links keep focus through re-renders.
   */
  panel(bar: HTMLElement): HTMLElement | null {
    if (!this.open) return null;
    const t = this.#t;
    const { aside, heading, message, slot, close } = (this.#panel ??= this.#make());
    attrs(aside, { dir: t.dir });
    attrs(close, { 'aria-label': t.term('close') });
    place(heading, [t.term('followUs')]);
    // A real slot: the page's own message replaces this default text.
    place(slot, [t.term('followPrompt')]);
    place(aside, [heading, message, bar, close]);
    return aside;
  }

  // The nodes and their listeners, once: what changes with the language is set by panel().
  #make(): Panel {
    const slot = h('slot', { name: 'message' });
    const close = h('button', { part: 'close', type: 'button' }, glyph(closeIcon));
    close.addEventListener('click', () => this.hide(true));
    const aside = h('aside', { part: 'prompt', 'aria-labelledby': 'h' });
    aside.addEventListener('focusin', this.#noteReturn);
    return { aside, heading: h('p', { part: 'heading', id: 'h' }), message: h('p', { part: 'message' }, slot), slot, close };
  }

  // Where focus came from when it entered the panel, to give it back on close. An arrow: listeners
  // are called with the element as `this`.
  #noteReturn = (e: FocusEvent): void => {
    const from = e.relatedTarget as HTMLElement | null;
    if (from && !this.#host.shadowRoot!.contains(from)) this.#returnTo = from;
  };
}
