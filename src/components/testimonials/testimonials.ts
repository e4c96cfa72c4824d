import { ReactiveElement, type CSSResult, type PropertyValues } from '@lit/reactive-element';
import { enTestimonials } from '../../i18n/en/testimonials.js';
import { addEnglish, LocalizeController } from '../../i18n/localize.js';
import { packReady } from '../../i18n/pack.js';
import { clicks, keyed, place, type Child } from '../../shared/dom.js';
import { applyPageDefaults, checkChoice } from '../../shared/options.js';
import { httpUrl } from '../../shared/page.js';
import { dateNode } from '../../shared/time.js';
import { needEndpoint } from '../comments/api.js';
import { fetchWall, type Testimonial, type WallPage, type WallQuery } from './api.js';
import type { Carousel } from './carousel.js';
import type { distribution } from './distribution.js';
import { writeJsonld } from './jsonld.js';
import { summary } from './summary.js';
import { testimonialsStyles } from './testimonials.styles.js';

export type { Testimonial, Summary } from './api.js';

export const LAYOUTS = ['grid', 'masonry', 'carousel', 'list', 'quote'] as const;
export type TestimonialsLayout = (typeof LAYOUTS)[number];

/** What a chunk of the wall brings: a look of its own, and code. */
interface Chunk {
  styles?: CSSResult;
  Carousel?: typeof Carousel;
  distribution?: typeof distribution;
}

/**
 * Parts only some walls use, in chunks fetched while the testimonials are: the look (and, for the
 * carousel, the behaviour) of the layouts other than grid and list, and the distribution of the
 * ratings. A wall waits for those it shows, then renders once. (The summary's average and count
 * and the JSON-LD, on by default, are in the wall itself: as a chunk of their own they cost a
 * default wall 400 B gzip more than inline.)
 */
const CHUNKS: Readonly<Record<string, () => Promise<Chunk>>> = {
  carousel: () => import('./carousel.js'),
  masonry: () => import('./masonry.js'),
  quote: () => import('./quote.js'),
  distribution: () => import('./distribution.js'),
};

/** Two letters for the avatar: first letters of the first and last words of the name. */
export function initials(name: string): string {
  // A word starts at a letter or digit: quotes, brackets and dashes before it are not initials.
  const words = name.match(/[\p{L}\p{N}]\S*/gu) ?? [];
  const first = (w?: string) => (w ? String.fromCodePoint(w.codePointAt(0)!) : '');
  return (first(words[0]) + (words.length > 1 ? first(words.at(-1)) : '')).toLocaleUpperCase();
}

/** A hue from the name, so a customer keeps their colour on every page. */
const hue = (name: string) => [...name].reduce((a, c) => (a * 31 + c.codePointAt(0)!) % 360, 7);

/**
 * A wall of testimonials from the site's own smm-kit server: cards with the quote, the rating, the
 * customer's name, role and company, an initials avatar and the date; a summary of the ratings;
 * and Schema.org data (JSON-LD) in the light DOM for search engines. No images, no third party;
 * "Show more" appends the server's next page.
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
 * @csspart controls - the carousel's buttons.   @csspart button - every button (also `previous`, `next`, `rotation`, `retry`, `more`).
 * @csspart more - "Show more testimonials", under the cards while the server has another page.
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
    /** The summary also shows how many testimonials have each rating, as bars. */
    distribution: { type: Boolean },
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
  distribution = false;

  #t = new LocalizeController(this);
  #node = keyed();
  #clicks!: WeakMap<Element, (e: MouseEvent) => void>;
  #state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  #asked = '';
  #page?: WallPage;
  #loading?: Promise<void>;
  /** The next page, while "show more" fetches it; and whether that failed. */
  #more?: Promise<void>;
  #moreFailed = false;
  /** The card that takes the focus after "show more". */
  #focus?: string;
  /** The JSON-LD's script element. */
  #script?: HTMLScriptElement;
  /** The chunks asked for (see CHUNKS), those arrived (empty when unreachable), and whether the wall waits for one. */
  #chunks = new Map<string, Promise<void>>();
  #mods: Record<string, Chunk> = {};
  #waiting = false;
  /** The carousel, once its chunk has arrived. */
  #deck?: Carousel;

  constructor() {
    super();
    addEnglish(enTestimonials);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#clicks = clicks(root, 'button');
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) applyPageDefaults(this, ['endpoint']);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#script?.remove();
  }

  // Wait for the strings of the reader's language (and the testimonial pack's): nothing flashes in English.
  override shouldUpdate(changed: PropertyValues<this>): boolean {
    return packReady(this.#t.lang, () => this.requestUpdate(), 'testimonials') && this.#t.ready && super.shouldUpdate(changed);
  }

  override willUpdate(): void {
    checkChoice(this, 'smm-testimonials', 'layout', LAYOUTS);
    const layout = this.layout;
    // Both asked for at once (no short circuit): the layout's chunk and the distribution's.
    const waits = [layout in CHUNKS && !this.#want(layout), this.#summarised && this.distribution && !this.#want('distribution')];
    this.#waiting = waits.includes(true);
    const endpoint = needEndpoint(this);
    const q = this.#query();
    const asked = endpoint ? `${endpoint} ${JSON.stringify(q)}` : '';
    if (asked != this.#asked) {
      this.#asked = asked;
      if (asked) this.#load();
      else this.#state = 'idle';
    }
  }

  /** Fetches the chunk `key` (once); true once it has arrived. */
  #want(key: string): boolean {
    if (!this.#chunks.has(key)) {
      this.#chunks.set(key, CHUNKS[key]().then((m) => {
        const root = this.renderRoot as ShadowRoot;
        // Beside the wall's own sheet (browsers without constructable sheets have none of either).
        if (m.styles?.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, m.styles.styleSheet];
        if (m.Carousel) this.#deck = new m.Carousel({ host: this, node: this.#node, t: this.#t, card: (x) => this.#card(x), button: (...a) => this.#button(...a) });
        return m;
      // Unreachable (offline, blocked): the cards without it (a carousel as a list) rather than nothing.
      }, () => ({})).then((m) => {
        this.#mods[key] = m;
        this.requestUpdate();
      }));
    }
    return key in this.#mods;
  }

  /** Resolves once the testimonials on screen are the ones asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done: boolean;
    do {
      done = await super.getUpdateComplete();
      await Promise.all([this.#loading, this.#more, ...this.#chunks.values()]);
    } while (this.isUpdatePending);
    return done;
  }

  /** Whether the wall has a summary of its ratings above the cards (not in the quote layout). */
  get #summarised(): boolean {
    return !this.noSummary && this.layout != 'quote';
  }

  /** The testimonials shown now (all of the page; the first one in the quote layout). */
  get testimonials(): Testimonial[] {
    const all = this.#page?.testimonials ?? [];
    return this.layout == 'quote' ? all.slice(0, 1) : all;
  }

  /** The wall's query, filters out of range left out (fetchWall() sends none that is empty). */
  #query(): WallQuery {
    const n = (x: number, lo: number, hi: number) => (x >= lo && x <= hi ? Math.trunc(x) : undefined);
    return { wall: this.wall || 'main', 'min-rating': n(this.minRating, 1, 5), tag: this.tag, featured: this.featured, limit: n(this.limit, 1, 100) };
  }

  #load(): void {
    const asked = this.#asked;
    this.#state = 'loading';
    this.#moreFailed = false;
    this.#loading = fetchWall(httpUrl(this.endpoint)!, this.#query()).then(
      (page) => {
        if (asked != this.#asked) return;
        this.#page = page;
        if (this.#deck) this.#deck.at = 0;
        this.#state = 'ready';
      },
      () => {
        if (asked == this.#asked) this.#state = 'error';
      },
    ).finally(() => this.requestUpdate());
  }

  /**
   * Appends the next page (the server's `next` cursor) to the testimonials shown; the first new card
   * takes the focus (in the carousel, as the slide shown), so a keyboard reader reads on from it.
   */
  #showMore(): void {
    const page = this.#page;
    const asked = this.#asked;
    if (!page?.next || this.#more) return;
    this.#more = fetchWall(httpUrl(this.endpoint)!, { ...this.#query(), cursor: page.next }).then(
      (more) => {
        if (asked != this.#asked) return;
        const had = page.testimonials;
        const added = more.testimonials.filter((x) => !had.some((y) => y.id == x.id));
        this.#page = { ...page, testimonials: [...had, ...added], next: more.next };
        this.#moreFailed = false;
        this.#focus = added[0]?.id;
        if (this.#deck && this.#focus) this.#deck.at = had.length;
      },
      () => {
        this.#moreFailed = true;
      },
    ).finally(() => {
      this.#more = undefined;
      this.requestUpdate();
    });
  }

  /** Reloads the wall (after an approval, say). */
  refresh(): Promise<boolean> {
    this.#asked = '';
    this.requestUpdate();
    return this.updateComplete;
  }

  // ── render ────────────────────────────────────────────────────────────────────────────────

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const t = this.#t;
    const node = this.#node;
    const page = this.#page;
    // A wall waits for the chunks it shows as it waits for its testimonials: one render, no shift.
    const state = this.#waiting && this.#state == 'ready' ? 'loading' : this.#state;
    const shown = state == 'ready' ? this.testimonials : [];
    const failed = state == 'error' || this.#moreFailed;
    const notice = state == 'loading' ? t.term('tLoading') : failed ? t.term('tLoadFailed')
      : state == 'ready' && !shown.length ? t.term('noTestimonials') : null;
    place(this.renderRoot as ShadowRoot, [
      node('wall', 'div', { part: 'wall', dir: t.dir == 'rtl' && 'rtl' },
        this.#summarised && page && state == 'ready' && page.summary.average != null
          ? summary(page.summary, node, t, (...a) => this.#stars(...a), this.distribution ? this.#mods.distribution?.distribution?.(page.summary, node, t) : undefined) : null,
        this.layout == 'carousel' && this.#deck && shown.length ? this.#deck.render(shown)
          : node('list', 'ul', { part: 'list', role: 'list' }, ...shown.map((x) => node(`li:${x.id}`, 'li', {}, this.#card(x)))),
        notice && node('notice', 'p', { part: 'notice', role: failed ? 'alert' : null }, notice),
        state == 'error' && this.#button('retry', 'retry', t.term('tRetry'), () => this.#load()),
        state == 'ready' && page?.next && this.layout != 'quote' && this.#button('more', 'more', t.term('showMore'), () => this.#showMore())),
    ]);
    // The Schema.org data of what is shown, in the light DOM (search engines read it there).
    if (this.noJsonld || !page || !shown.length) this.#script?.remove();
    else this.#script = writeJsonld(this, shown, page.summary, this.#script);
    const first = this.#focus && (this.renderRoot as ShadowRoot).getElementById(`t-${this.#focus}`);
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
    this.#focus = undefined;
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
          dateNode(t.lang, x.createdAt))));
  }

  #button(key: string, part: string, label: string, run: () => void, glyph?: string): HTMLElement {
    const b = this.#node(key, 'button', { type: 'button', part: `button ${part}`, 'aria-label': glyph ? label : null },
      ...[glyph ? this.#node(`g:${key}`, 'span', { 'aria-hidden': 'true' }, glyph) : label] as Child[]);
    this.#clicks.set(b, run);
    return b;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smm-testimonials': SmmTestimonials;
  }
}
