import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { enTestimonials } from '../../i18n/en/testimonials.js';
import { addEnglish, LocalizeController } from '../../i18n/localize.js';
import { packReady } from '../../i18n/pack.js';
import { plural } from '../../i18n/plural.js';
import { clicks, h, keyed, place, type Child } from '../../shared/dom.js';
import { applyPageDefaults, checkChoice } from '../../shared/options.js';
import { httpUrl, readPage } from '../../shared/page.js';
import { timeNode } from '../../shared/time.js';
import { needEndpoint } from '../comments/api.js';
import { fetchWall, type Testimonial, type WallPage } from './api.js';
import { reviewData, scriptJson } from './jsonld.js';
import { testimonialsStyles } from './testimonials.styles.js';

export type { Testimonial, Summary } from './api.js';

export const LAYOUTS = ['grid', 'masonry', 'carousel', 'list', 'quote'] as const;
export type TestimonialsLayout = (typeof LAYOUTS)[number];

/** Two letters for the avatar: first letters of the first and last words of the name. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  const first = (w?: string) => (w ? [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '' : '');
  return (first(words[0]) + (words.length > 1 ? first(words.at(-1)) : '')).toLocaleUpperCase();
}

/** A hue from the name, so a customer keeps their colour on every page. */
const hue = (name: string) => [...name].reduce((a, c) => (a * 31 + c.codePointAt(0)!) % 360, 7);

/**
 * A wall of testimonials from the site's own smm-kit server: cards with the quote, the rating, the
 * customer's name, role and company, an initials avatar and the date; a summary of the ratings;
 * and Schema.org data (JSON-LD) in the light DOM for search engines. One request, no images, no
 * third party.
 *
 * @tag smm-testimonials
 * @fires smm-testimonial - from `<smm-testimonial-form>` after a testimonial was sent. `detail: {wall, id, status}`.
 * @csspart wall - the whole wall.   @csspart summary - average, count and distribution.
 * @csspart average - the average rating.   @csspart count - "based on N reviews".
 * @csspart distribution - the list of ratings.   @csspart bar - one rating's bar.
 * @csspart list - the cards.   @csspart card - one testimonial (also `featured`).
 * @csspart rating - the stars of a card or of the average.   @csspart quote - the testimonial's words.
 * @csspart author - name, role, company, avatar and date.   @csspart avatar - the initials.
 * @csspart name - the customer's name.   @csspart role - role and company.   @csspart date - when it was written.
 * @csspart controls - the carousel's buttons.   @csspart button - every button (also `previous`, `next`, `rotation`, `retry`).
 * @csspart notice - loading, empty and error messages.
 * @cssproperty --smm-fg - text colour.
 * @cssproperty --smm-bg - background of the cards.
 * @cssproperty --smm-muted - secondary text (role, date).
 * @cssproperty --smm-accent - stars and buttons.
 * @cssproperty --smm-border - lines around the cards.
 * @cssproperty --smm-focus - focus ring colour.
 * @cssproperty --smm-font - font family.
 * @cssproperty --smm-radius - corner radius of cards and buttons.
 * @cssproperty --smm-gap - space between cards.
 * @cssproperty --smm-card-width - smallest width of a card in the grid and masonry layouts.
 * @cssproperty --smm-min-height - room kept while the testimonials load (less layout shift).
 */
export class SmmTestimonials extends ReactiveElement {
  static override styles = testimonialsStyles;

  static override properties = {
    /** The wall's name on the server. */
    wall: {},
    /** The smm-kit server, e.g. `https://example.org/smm`; default: `<meta name="smm:endpoint">`. */
    endpoint: {},
    /** `grid`, `masonry`, `carousel`, `list` or `quote` (the first one, large). */
    layout: { reflect: true },
    /** Only testimonials rated at least this (1–5). */
    minRating: { attribute: 'min-rating', type: Number },
    /** Only testimonials with this tag. */
    tag: {},
    /** Only featured testimonials. */
    featured: { type: Boolean },
    /** How many testimonials (1–100). */
    limit: { type: Number },
    /** The carousel moves on by itself (never when the reader prefers reduced motion). */
    autoplay: { type: Boolean },
    /** Seconds per slide when `autoplay` is set. */
    interval: { type: Number },
    /** Schema.org type of what the testimonials are about (`Product`, `Course`, `Book`…). */
    itemType: { attribute: 'item-type' },
    /** Its name; default the page's og:title or title. */
    itemName: { attribute: 'item-name' },
    /** No JSON-LD. */
    noJsonld: { attribute: 'no-jsonld', type: Boolean },
    /** No summary of the ratings above the cards. */
    noSummary: { attribute: 'no-summary', type: Boolean },
  };

  wall = 'main';
  endpoint = '';
  layout: TestimonialsLayout = 'grid';
  minRating = 0;
  tag = '';
  featured = false;
  limit = 24;
  autoplay = false;
  interval = 7;
  itemType = 'Product';
  itemName = '';
  noJsonld = false;
  noSummary = false;

  #t = new LocalizeController(this);
  #node = keyed();
  #clicks!: WeakMap<Element, (e: MouseEvent) => void>;
  #state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  #asked = '';
  #page?: WallPage;
  #loading?: Promise<void>;
  #script?: HTMLScriptElement;
  /** Carousel: the slide shown, whether it rotates, and why it is paused (hover, focus). */
  #at = 0;
  #rotating = true;
  #hold = new Set<string>();
  #timer?: ReturnType<typeof setInterval>;
  #x?: number;

  constructor() {
    super();
    addEnglish(enTestimonials);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#clicks = clicks(root, 'button');
    const hold = (why: string, on: boolean) => (e: Event) => {
      if (!(e.target as Element).closest?.('[part~=carousel]')) return;
      if (on) this.#hold.add(why);
      else this.#hold.delete(why);
      this.#tick();
    };
    root.addEventListener('pointerover', hold('hover', true));
    root.addEventListener('pointerout', (e) => {
      if (!(e as PointerEvent).relatedTarget || !this.renderRoot.querySelector('[part~=carousel]')?.contains((e as PointerEvent).relatedTarget as Node)) hold('hover', false)(e);
    });
    root.addEventListener('focusin', hold('focus', true));
    root.addEventListener('focusout', (e) => {
      if (!this.renderRoot.querySelector('[part~=carousel]')?.contains((e as FocusEvent).relatedTarget as Node)) hold('focus', false)(e);
    });
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) applyPageDefaults(this, ['endpoint']);
    this.#tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#script?.remove();
  }

  // Wait for the strings of the reader's language (and the testimonial pack's): nothing flashes in English.
  override shouldUpdate(changed: PropertyValues<this>): boolean {
    return packReady(this.#t.lang, () => this.requestUpdate(), 'testimonials') && this.#t.ready && super.shouldUpdate(changed);
  }

  override willUpdate(): void {
    checkChoice(this, 'smm-testimonials', 'layout', LAYOUTS);
    const endpoint = needEndpoint(this);
    const q = this.#query();
    const asked = endpoint ? `${endpoint} ${JSON.stringify(q)}` : '';
    if (asked != this.#asked) {
      this.#asked = asked;
      if (asked) this.#load();
      else this.#state = 'idle';
    }
  }

  /** Resolves once the testimonials on screen are the ones asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done: boolean;
    do {
      done = await super.getUpdateComplete();
      await this.#loading;
    } while (this.isUpdatePending);
    return done;
  }

  /** The testimonials shown now (all of the page; the first one in the quote layout). */
  get testimonials(): Testimonial[] {
    const all = this.#page?.testimonials ?? [];
    return this.layout == 'quote' ? all.slice(0, 1) : all;
  }

  #query() {
    const n = (x: number, lo: number, hi: number) => (x >= lo && x <= hi ? Math.trunc(x) : undefined);
    return {
      wall: this.wall || 'main', minRating: n(this.minRating, 1, 5), tag: this.tag || undefined,
      featured: this.featured || undefined, limit: n(this.limit, 1, 100),
    };
  }

  #load(): void {
    const asked = this.#asked;
    this.#state = 'loading';
    this.#loading = fetchWall(httpUrl(this.endpoint)!, this.#query()).then(
      (page) => {
        if (asked != this.#asked) return;
        this.#page = page;
        this.#at = 0;
        this.#state = 'ready';
      },
      () => {
        if (asked == this.#asked) this.#state = 'error';
      },
    ).finally(() => this.requestUpdate());
  }

  /** Reloads the wall (after an approval, say). */
  refresh(): Promise<boolean> {
    this.#asked = '';
    this.requestUpdate();
    return this.updateComplete;
  }

  // ── carousel ──────────────────────────────────────────────────────────────────────────────

  #reduced(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Starts or stops the timer: it runs only for an autoplaying carousel nobody is pointing at or focused in. */
  #tick(): void {
    const run = this.isConnected && this.#rotates() && this.#rotating && !this.#hold.size;
    if (run && !this.#timer) this.#timer = setInterval(() => this.#go(1), Math.max(2, this.interval || 7) * 1000);
    if (!run && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  /** An autoplaying carousel of more than one slide, for a reader who does not prefer reduced motion. */
  #rotates(): boolean {
    return this.autoplay && this.layout == 'carousel' && !this.#reduced() && this.testimonials.length > 1;
  }

  #go(by: number): void {
    const n = this.testimonials.length;
    if (n) this.#at = (this.#at + by + n) % n;
    this.requestUpdate();
  }

  /** Moves by the buttons or keys: a reader who moves the carousel stops its rotation. */
  #move(by: number): void {
    this.#rotating = false;
    this.#go(by);
  }

  // ── render ────────────────────────────────────────────────────────────────────────────────

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const t = this.#t;
    const node = this.#node;
    const state = this.#state;
    const page = this.#page;
    const shown = state == 'ready' ? this.testimonials : [];
    const notice = state == 'loading' ? t.term('tLoading') : state == 'error' ? t.term('tLoadFailed')
      : state == 'ready' && !shown.length ? t.term('noTestimonials') : null;
    const carousel = this.layout == 'carousel' && shown.length > 0;
    if (this.#at >= shown.length) this.#at = 0;
    place(this.renderRoot as ShadowRoot, [
      node('wall', 'div', { part: 'wall', dir: t.dir == 'rtl' && 'rtl' },
        !this.noSummary && page && state == 'ready' && page.summary.average != null && this.layout != 'quote' ? this.#summary() : null,
        notice && node('notice', 'p', { part: 'notice', role: state == 'error' ? 'alert' : null }, notice),
        state == 'error' && this.#button('retry', 'retry', t.term('tRetry'), () => this.#load()),
        carousel ? this.#carousel(shown)
          : node('list', 'ul', { part: 'list', role: 'list' }, ...shown.map((x) => node(`li:${x.id}`, 'li', {}, this.#card(x))))),
    ]);
    this.#jsonld(shown);
    this.#tick();
  }

  #summary(): HTMLElement {
    const t = this.#t;
    const node = this.#node;
    const s = this.#page!.summary;
    const avg = new Intl.NumberFormat(t.lang, { maximumFractionDigits: 1 }).format(s.average!);
    const rated = Object.values(s.distribution).reduce((a, b) => a + b, 0);
    const max = Math.max(1, ...Object.values(s.distribution));
    return node('summary', 'div', { part: 'summary' },
      node('avg', 'p', { part: 'average' },
        node('avg-n', 'strong', {}, avg), ' ',
        this.#stars('avg', s.average!, t.term('outOf', avg, 5)), ' ',
        node('count', 'span', { part: 'count' }, plural(t, 'reviewCount', rated))),
      node('dist', 'ul', { part: 'distribution', 'aria-label': t.term('ratingSummary'), role: 'list' },
        ...(['5', '4', '3', '2', '1'] as const).map((r) => node(`d:${r}`, 'li', {},
          node(`dl:${r}`, 'span', { class: 'dl' }, plural(t, 'stars', +r)),
          node(`db:${r}`, 'span', { part: 'bar', 'aria-hidden': 'true' }, node(`dbf:${r}`, 'span', { style: `inline-size:${(100 * s.distribution[r]) / max}%` })),
          node(`dn:${r}`, 'span', { class: 'dn' }, String(s.distribution[r]))))));
  }

  /** Five stars, `value` of them full (rounded to a half), named "4 out of 5" for assistive technology. */
  #stars(key: string, value: number, label: string): HTMLElement {
    const full = Math.round(value * 2) / 2;
    return this.#node(`st:${key}`, 'span', { part: 'rating', role: 'img', 'aria-label': label, style: `--_fill:${(full / 5) * 100}%` },
      this.#node(`sg:${key}`, 'span', { 'aria-hidden': 'true' }, '★★★★★'));
  }

  #card(x: Testimonial): HTMLElement {
    const t = this.#t;
    const node = this.#node;
    const id = x.id;
    const who = [x.role, x.company].filter(Boolean).join(', ');
    return node(`c:${id}`, 'figure', { part: `card${x.featured ? ' featured' : ''}`, id: `t-${id}` },
      x.rating ? this.#stars(id, x.rating, t.term('outOf', x.rating, 5)) : null,
      node(`q:${id}`, 'blockquote', { part: 'quote' }, x.text),
      node(`a:${id}`, 'figcaption', { part: 'author' },
        node(`av:${id}`, 'span', { part: 'avatar', 'aria-hidden': 'true', style: `--_h:${hue(x.name)}` }, initials(x.name)),
        node(`w:${id}`, 'span', { class: 'who' },
          node(`n:${id}`, 'span', { part: 'name' }, x.name),
          who ? node(`r:${id}`, 'span', { part: 'role' }, who) : null,
          timeNode(t.lang, x.createdAt, 'date'))));
  }

  #carousel(shown: Testimonial[]): HTMLElement {
    const t = this.#t;
    const node = this.#node;
    const n = shown.length;
    const auto = this.#rotates();
    // Announced when the reader moves it, not while it turns by itself.
    const slides = node('slides', 'div', { part: 'slides', 'aria-live': auto && this.#rotating ? 'off' : 'polite' },
      ...shown.map((x, i) => node(`s:${x.id}`, 'div', {
        class: i == this.#at ? 'slide on' : 'slide', role: 'group', 'aria-roledescription': t.term('slide'),
        'aria-label': t.term('slideOf', i + 1, n), inert: i != this.#at && '',
      }, this.#card(x))));
    slides.onpointerdown = (e) => {
      this.#x = e.clientX;
    };
    slides.onpointerup = (e) => {
      const dx = e.clientX - (this.#x ?? e.clientX);
      this.#x = undefined;
      if (Math.abs(dx) > 40) this.#move((dx < 0) != (t.dir == 'rtl') ? 1 : -1);
    };
    slides.onpointercancel = () => (this.#x = undefined);
    const box = node('carousel', 'div', { part: 'carousel', role: 'region', 'aria-roledescription': t.term('carousel'), 'aria-label': t.term('testimonials') },
      node('controls', 'div', { part: 'controls' },
        auto && this.#button('rotation', 'rotation', t.term(this.#rotating ? 'stopRotation' : 'startRotation'), () => {
          this.#rotating = !this.#rotating;
          this.requestUpdate();
        }),
        n > 1 && this.#button('prev', 'previous', t.term('previous'), () => this.#move(-1), '‹'),
        n > 1 && this.#button('next', 'next', t.term('next'), () => this.#move(1), '›')),
      slides);
    box.onkeydown = (e) => {
      const k = { ArrowLeft: -1, ArrowRight: 1 }[e.key];
      if (k && n > 1 && !(e.target as Element).matches('input,textarea')) {
        e.preventDefault();
        this.#move(t.dir == 'rtl' ? -k : k);
      }
    };
    return box;
  }

  #button(key: string, part: string, label: string, run: () => void, glyph?: string): HTMLElement {
    const b = this.#node(key, 'button', { type: 'button', part: `button ${part}`, 'aria-label': glyph ? label : null },
      ...[glyph ? this.#node(`g:${key}`, 'span', { 'aria-hidden': 'true' }, glyph) : label] as Child[]);
    this.#clicks.set(b, run);
    return b;
  }

  /** The Schema.org data of what is shown, in the light DOM (search engines read it there). */
  #jsonld(shown: Testimonial[]): void {
    const page = this.#page;
    if (this.noJsonld || !page || !shown.length) {
      this.#script?.remove();
      return;
    }
    const json = scriptJson(reviewData(this.itemType || 'Product', this.itemName || readPage().title || this.wall, shown, page.summary));
    this.#script ??= h('script', { type: 'application/ld+json' }) as HTMLScriptElement;
    if (this.#script.textContent != json) this.#script.textContent = json;
    if (this.#script.parentNode != this) this.append(this.#script);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smm-testimonials': SmmTestimonials;
  }
}
