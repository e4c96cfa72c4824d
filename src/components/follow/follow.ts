import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { SmmFollowEvent } from '../../events.js';
import { enFollow } from '../../i18n/en/follow.js';
import { enShare } from '../../i18n/en/share.js';
import { addEnglish, LocalizeController } from '../../i18n/localize.js';
import { barStyles } from '../../shared/bar.styles.js';
import { count, countStyles, paired } from '../../shared/count.js';
import { css } from '../../shared/css.js';
import { clicks, glyph, keyed, place } from '../../shared/dom.js';
import { FOLLOW_NETWORKS, type FollowNetworkId } from '../../shared/network-ids.js';
import { applyPageDefaults, checkChoice, parseList } from '../../shared/options.js';
import { warnOnce } from '../../shared/warn.js';
import { APPEARANCE, type Labels, type Shape, type Side, type Size, type Theme, type Variant } from '../../shared/appearance.js';
import { remember } from './memory.js';
import { profile, type Profile } from './profiles.js';
import type { Prompt } from './prompt.js';

export type FollowLayout = 'inline' | 'vertical' | 'floating' | 'bar';
export type FollowMode = 'buttons' | 'prompt';

const CHOICES = { mode: ['buttons', 'prompt'], layout: ['inline', 'vertical', 'floating', 'bar'], ...APPEARANCE } as const;

/**
 * Attributes a page can set once with `<meta name="smm:NAME" content="…">`. The appearance names
 * are the ones `<smm-share>` reads, so one set of tags styles both bars; `profiles` and
 * `followers` are the site's accounts, which a theme knows once for every page.
 */
const PAGE_DEFAULTS = ['profiles', 'followers', 'layout', ...Object.keys(APPEARANCE)];

interface Entry {
  p: Profile;
  href: string;
}

/**
 * Follow buttons for the site's own profiles, as plain links (no widget script, no request to any
 * network), and an optional prompt that invites the reader to follow at the right moment. The
 * prompt's code and styles are fetched on first use (`mode="prompt"`), as a chunk beside the
 * script; the button bar needs nothing more.
 *
 * @tag smm-follow
 * @fires smm-follow - before a profile opens; cancelable. `detail: {network, url}`.
 * @slot message - the prompt's text (default: "Enjoying this? Follow us for more.").
 * @csspart bar - the group of buttons.
 * @csspart button - one profile (also a part named after the network, e.g. `instagram`).
 * @csspart icon - the glyph in a button.   @csspart label - the visible name in a button.
 * @csspart count - a follower count given by the site.
 * @csspart prompt - the prompt panel.   @csspart heading - its title.   @csspart message - its text.
 * @csspart close - the prompt's close button.
 * @cssproperty --smm-size - button height (default 36px; 28px with size="s", 44px with size="l").
 * @cssproperty --smm-gap - space between buttons.
 * @cssproperty --smm-radius - corner radius of buttons.
 * @cssproperty --smm-fg - text colour (minimal variant, prompt).
 * @cssproperty --smm-bg - background of the fixed bar and the prompt.
 * @cssproperty --smm-mono - button colour in the mono variant.
 * @cssproperty --smm-focus - focus ring colour.
 * @cssproperty --smm-font - font family.
 * @cssproperty --smm-z - z-index of the floating, bar and prompt layouts.
 * @cssproperty --smm-floating-offset - distance of the floating bar and the prompt from the edge.
 * @cssproperty --smm-prompt-lift - on narrow screens, how far the bottom sheet sits above the
 *   screen's bottom edge (to clear a fixed bottom bar such as `<smm-share layout="bar">`).
 */
export class SmmFollow extends ReactiveElement {
  // In prompt mode the host takes no room, also before the prompt's own styles have arrived.
  static override styles = [barStyles, countStyles, css`:host([mode=prompt]){min-block-size:0}`];

  static override properties = {
    /** Profiles in one list, comma or space separated: `instagram:@trattoria, rss:https://example.org/feed`. */
    profiles: {},
    /** Follower counts given by the site (never fetched): `instagram:12400, youtube:3100`. */
    followers: {},
    facebook: {},
    instagram: {},
    x: {},
    youtube: {},
    linkedin: {},
    tiktok: {},
    pinterest: {},
    threads: {},
    bluesky: {},
    /** `@user@server` or a profile URL. */
    mastodon: {},
    flickr: {},
    behance: {},
    slideshare: {},
    tumblr: {},
    telegram: {},
    /** A WhatsApp channel URL or id. */
    whatsapp: {},
    github: {},
    twitch: {},
    /** The feed URL (may be relative to the page). */
    rss: {},
    /** A sign-up page URL, or `mailto:`. */
    newsletter: {},
    layout: { reflect: true },
    side: { reflect: true },
    variant: { reflect: true },
    size: { reflect: true },
    shape: { reflect: true },
    /** `none`: icons only (names stay accessible); `short`: brand names; `full`: "Follow on …". */
    labels: { reflect: true },
    theme: { reflect: true },
    /** `buttons`: a bar in the page; `prompt`: a slide-in shown once a trigger fires. */
    mode: { reflect: true },
    /** Prompt trigger: scroll depth, `60%` of the page or `800px`. Default when no trigger is set: `60%`. */
    afterScroll: { attribute: 'after-scroll' },
    /** Prompt trigger: seconds on the page. */
    afterSeconds: { attribute: 'after-seconds', type: Number },
    /** Prompt trigger: CSS selector of an element (end of the article) scrolled into view. */
    at: {},
    /** Prompt trigger: the pointer leaves through the top of the window (desktop only). */
    exitIntent: { attribute: 'exit-intent', type: Boolean },
    /** At most N prompts per period, `1/7d` (m, h, d, w), or `none`; a dismissal waits one period. */
    cap: {},
    /** localStorage entry remembering shows, dismissal and follows. */
    storageKey: { attribute: 'storage-key' },
  };

  profiles = '';
  followers = '';
  facebook = '';
  instagram = '';
  x = '';
  youtube = '';
  linkedin = '';
  tiktok = '';
  pinterest = '';
  threads = '';
  bluesky = '';
  mastodon = '';
  flickr = '';
  behance = '';
  slideshare = '';
  tumblr = '';
  telegram = '';
  whatsapp = '';
  github = '';
  twitch = '';
  rss = '';
  newsletter = '';

  layout: FollowLayout = 'inline';
  side: Side = 'left';
  variant: Variant = 'brand';
  size: Size = 'm';
  shape: Shape = 'rounded';
  labels: Labels = 'short';
  theme: Theme = 'auto';

  mode: FollowMode = 'buttons';
  afterScroll = '';
  afterSeconds: number | null = null;
  at = '';
  exitIntent = false;
  cap = '1/7d';
  storageKey = 'smm:follow-prompt';

  /** True while the prompt is on screen (read-only: `show()` and `hide()` change it). */
  get open(): boolean {
    return !!this.#prompt?.open;
  }

  #t = new LocalizeController(this);
  #entries: Entry[] = [];
  #counts = new Map<string, number>();
  #prompt?: Prompt;
  #loading?: Promise<Prompt | void>;
  /** The bar, the live region, and each profile's link, label and pair: made once, updated in place. */
  #node = keyed();
  /** Each network's glyph, made with its link, so updates leave the inside of a focused link alone. */
  #glyphs = new Map<string, Element>();
  /** What a click on each link does, as of the last update. */
  #clicks!: WeakMap<Element, (e: MouseEvent) => void>;

  constructor() {
    super();
    // Its English lives with it (see i18n/en/): pages with only the share bar never ship it. The
    // bars' common strings (newWindow) come with the share bar's.
    addEnglish(enShare);
    addEnglish(enFollow);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The links come and go with the profiles: one listener serves them all.
    this.#clicks = clicks(root, 'a');
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) applyPageDefaults(this, PAGE_DEFAULTS);
  }

  // Wait for the strings of the reader's language, so labels never flash in English.
  override shouldUpdate(changed: PropertyValues<this>): boolean {
    return this.#t.ready && super.shouldUpdate(changed);
  }

  override willUpdate(): void {
    for (const [name, allowed] of Object.entries(CHOICES)) checkChoice(this, 'smm-follow', name, allowed);
    this.#entries = this.#parseProfiles();
    this.#counts = this.#parseFollowers();
  }

  override updated(): void {
    this.#withPrompt();
  }

  // Also waits, in prompt mode, for the prompt's code and the render that follows its arrival.
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#loading;
    return super.getUpdateComplete();
  }

  /**
   * Shows the prompt now, unless the cap, a dismissal, a follow or this page view forbid it.
   * In prompt mode only. The prompt's code is fetched on first use: called before it has arrived,
   * the prompt shows as soon as it has (`await el.updateComplete` waits for that).
   */
  show(): void {
    this.#withPrompt((p) => p.show());
  }

  /** Hides the prompt; `dismissed` (close button, Escape) keeps it away for one cap period. */
  hide(dismissed = true): void {
    this.#prompt?.hide(dismissed);
  }

  // The prompt (triggers, cap, memory, panel and styles) is loaded the first time this element is
  // in prompt mode; it arms itself then, and again whenever a trigger attribute changes. A failed
  // load leaves the prompt off: the browser already reports the missing file.
  #withPrompt(then?: (p: Prompt) => void): void {
    if (this.mode !== 'prompt') return;
    if (this.#prompt) then?.(this.#prompt);
    else {
      this.#loading ??= import('./prompt.js').then((m) => (this.#prompt = new m.Prompt(this, this.#t)), () => {});
      if (then) this.#loading.then((p) => p && then(p));
    }
  }

  #parseProfiles(): Entry[] {
    const given = new Map<string, string>();
    // Comma or space separated, like `networks` on <smm-share>; "instagram: @a" is one item.
    for (const item of parseList(this.profiles.replace(/([\w-]+)\s*:\s+/g, '$1:'))) {
      const m = /^([\w-]+):(.+)$/.exec(item);
      if (m) given.set(m[1].toLowerCase(), m[2]);
      else warnOnce(`smm-follow: profiles item "${item}" is not NETWORK:HANDLE-OR-URL; ignored.`);
    }
    const host = this as unknown as Record<FollowNetworkId, string>;
    // Author order: the attributes as written, then the rest of the list.
    const order = [...this.getAttributeNames(), ...given.keys(), ...FOLLOW_NETWORKS];
    const entries: Entry[] = [];
    for (const id of new Set(order)) {
      const p = profile(id);
      const value = (p && host[p.id].trim()) || given.get(id);
      if (!value) continue;
      if (!p) {
        warnOnce(`smm-follow: unknown network "${id}"; known: ${FOLLOW_NETWORKS.join(', ')}.`);
        continue;
      }
      const href = p.url(value, document.baseURI);
      if (href) entries.push({ p, href });
      else warnOnce(`smm-follow: ${id} "${value}" is not a ${p.label} profile; expected ${p.expected}. Ignored.`);
    }
    return entries;
  }

  #parseFollowers(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const item of parseList(this.followers)) {
      const m = /^([\w-]+):(\d{1,12})$/.exec(item);
      if (m) counts.set(m[1].toLowerCase(), Number(m[2]));
      else warnOnce(`smm-follow: followers item "${item}" is not NETWORK:NUMBER such as instagram:12400; ignored.`);
    }
    return counts;
  }

  // Builds the shadow DOM from the properties Lit has just settled (and reflected). The nodes a
  // reader may be on (links, the prompt's panel and close button) are the same ones every time,
  // moved only when their place changes, so focus survives a change of language or labels.
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const t = this.#t;
    const node = this.#node;
    const bar = node('bar', 'div', { part: 'bar', role: 'group', 'aria-label': t.term('followUs'), dir: t.dir === 'rtl' && 'rtl' },
      ...this.#entries.map((e) => this.#item(e)));
    // The live region is there from the first update, before the prompt's code, to announce the
    // prompt when it appears. It comes first, so the panel coming and going after it never moves
    // it: a live region taken out and put back may miss what it should say next.
    place(this.renderRoot as ShadowRoot, this.mode !== 'prompt' ? [bar] : [
      node('status', 'span', { class: 'sr', role: 'status' }, this.#prompt?.status),
      this.#prompt?.panel(bar),
    ]);
  }

  #item(entry: Entry): HTMLElement {
    const { p, href } = entry;
    const t = this.#t;
    const node = this.#node;
    const feed = p.id === 'rss' || p.id === 'newsletter';
    const name = feed ? t.term(p.id as 'rss' | 'newsletter') : p.label;
    const long = feed ? t.term('subscribeTo', name) : t.term('followOn', name);
    const tab = /^https?:/.test(href);
    const n = this.#counts.get(p.id);
    let icon = this.#glyphs.get(p.id);
    if (!icon) this.#glyphs.set(p.id, (icon = glyph(p.icon)));
    const link = node(`a:${p.id}`, 'a', {
      part: `button ${p.id}`, href, target: tab && '_blank', rel: 'noopener noreferrer',
      'aria-label': tab ? `${long}, ${t.term('newWindow')}` : long,
    }, icon, this.labels !== 'none' && node(`l:${p.id}`, 'span', { part: 'label' }, this.labels === 'full' ? long : name));
    // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
    link.style.setProperty('--_brand', p.color);
    this.#clicks.set(link, (e) => this.#follow(e, entry));
    // The count sits beside the link, so the link's name stays what it visibly says.
    return paired(node, `p:${p.id}`, link, n === undefined ? null : count(t, n, 'followersCount'));
  }

  #follow(e: MouseEvent, { p, href }: Entry): void {
    if (!this.dispatchEvent(new SmmFollowEvent({ network: p.id, url: href }))) {
      e.preventDefault();
      return;
    }
    // A reader who follows is never asked again, on any prompt using this storage key.
    remember(this.storageKey, { followed: Date.now() });
    this.hide(false);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smm-follow': SmmFollow;
  }
}
