import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { SmmShareEvent } from '../../events.js';
import { enShare } from '../../i18n/en/share.js';
import { addEnglish, LocalizeController } from '../../i18n/localize.js';
import { APPEARANCE, type Labels, type Shape, type Side, type Size, type Theme, type Variant } from '../../shared/appearance.js';
import { barStyles } from '../../shared/bar.styles.js';
import { attrs, clicks, glyph, h, keyed, place } from '../../shared/dom.js';
import { RETIRED_NETWORKS } from '../../shared/network-ids.js';
import { applyPageDefaults, checkChoice, parseList } from '../../shared/options.js';
import { httpUrl, readPage } from '../../shared/page.js';
import { warnOnce } from '../../shared/warn.js';
import type { nativeAction } from './actions/native.js';
import type { ShareAction } from './actions/types.js';
import type { shareCounts } from './counts.js';
import type { mastodonPicker } from './networks/mastodon-picker.js';
import type { Network, ShareData } from './networks/types.js';
import { getNetwork, known, loaded, registered } from './registry.js';
import { rowStyles } from './row.styles.js';

export type Layout = 'inline' | 'vertical' | 'floating' | 'bar' | 'native-first';
export type { Side, Variant, Size, Shape, Labels, Theme } from '../../shared/appearance.js';

const CHOICES = { layout: ['inline', 'vertical', 'floating', 'bar', 'native-first'], overflow: ['menu', 'wrap'], ...APPEARANCE } as const;

const DEFAULT_NETWORKS = 'facebook,x,linkedin,whatsapp,telegram,bluesky,email,copy';
/** Attributes a page cannot set for every bar with `<meta name="smm:NAME">`: they are per post. */
const PER_POST = ['url', 'share-title', 'title', 'text', 'image'];
const isWeb = (href: string) => /^https?:/.test(href);
// The "more" button's glyph: three dots.
const moreIcon = 'M6 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4m6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4m6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4';

/**
 * Share buttons for the current page: plain links to each network, plus copy, print and the
 * system share sheet. No request leaves the page before the reader clicks.
 *
 * `smm-kit/share` registers every network, action and extra; with `SmmShare` from `smm-kit`,
 * pass the ones wanted to `useNetworks()`: networks from `smm-kit/networks/<id>`, and
 * `copyAction`, `printAction`, `nativeAction`, `shareCounts` (for `counts`) and `mastodonPicker`
 * (for `mastodon-picker`) from `smm-kit`.
 *
 * @tag smm-share
 * @fires smm-share - before a share opens; cancelable. `detail: {network, url, title}`.
 * @fires smm-error - when copying the link failed.
 * @csspart bar - the group of buttons.
 * @csspart button - one target (also a part named after the network, e.g. `facebook`).
 * @csspart icon - the glyph in a button.
 * @csspart label - the visible name in a button.
 * @csspart count - a share count (per button, and the total with part `total`).
 * @csspart more - the button that opens the menu of targets that do not fit in the row.
 * @csspart menu - that menu.
 * @csspart total-label - the word under the total ("shares").
 * @csspart dialog - the Mastodon server picker.
 * @cssproperty --smm-size - button height (default 36px; 28px with size="s", 44px with size="l").
 * @cssproperty --smm-gap - space between buttons.
 * @cssproperty --smm-radius - corner radius of buttons.
 * @cssproperty --smm-fg - text colour for the minimal variant and the dialog.
 * @cssproperty --smm-bg - background of the fixed bar and the dialog.
 * @cssproperty --smm-mono - button colour in the mono variant.
 * @cssproperty --smm-focus - focus ring colour.
 * @cssproperty --smm-font - font family.
 * @cssproperty --smm-z - z-index of the floating and bar layouts.
 * @cssproperty --smm-floating-offset - distance of the floating bar from the screen edge.
 */
export class SmmShare extends ReactiveElement {
  static override styles = [barStyles, rowStyles];

  static override properties = {
    /** Targets in order, comma or space separated: networks, then `copy`, `print`, `native`. */
    networks: {},
    /** URL to share; default: canonical link, og:url, then the page's address without hash. */
    url: {},
    /** Title to share (the `title` attribute works too, without its tooltip); default: og:title, document.title. */
    shareTitle: { attribute: 'share-title' },
    /** Same as `share-title`, the attribute Shariff and shareon users know (no tooltip shows over the bar). */
    title: {},
    /** Description to share; default: og:description or the meta description. */
    text: {},
    /** Image for Pinterest and VK; default: og:image. */
    image: {},
    /** Hashtags without `#`, comma separated (used by X). */
    hashtags: {},
    /** Account to credit on X, with or without `@`. */
    via: {},
    /** `inline`, `vertical`, `floating` (fixed to a screen side), `bar` (fixed to the bottom on phones) or `native-first`. */
    layout: { reflect: true },
    /**
     * `menu`: one row always; when the targets do not fit, labels go first, then the last targets
     * move into a "more" menu. `wrap`: the row wraps onto more lines. (Vertical and floating: a column.)
     */
    overflow: { reflect: true },
    /** Screen side of the floating layout. */
    side: { reflect: true },
    /** `brand`, `outline`, `mono` or `minimal`. */
    variant: { reflect: true },
    /** `s`, `m` or `l`. */
    size: { reflect: true },
    /** `rounded`, `square`, `circle` or `pill`. */
    shape: { reflect: true },
    /** `none`: icons only (names stay accessible); `short`: brand names; `full`: "Share on …". */
    labels: { reflect: true },
    /** `auto` follows the system; `light` or `dark`. */
    theme: { reflect: true },
    /** Opens networks in a centred window on desktop instead of a new tab. */
    popup: { type: Boolean },
    /** Adds utm_source=<network>&utm_medium=social&utm_campaign=… to the shared URL. */
    utm: { type: Boolean },
    /** The utm_campaign value. */
    utmCampaign: { attribute: 'utm-campaign' },
    /** Shares to Mastodon straight through this server, e.g. `mastodon.social`. */
    mastodonInstance: { attribute: 'mastodon-instance' },
    /** Asks the reader for their Mastodon server once, and remembers it on this device. */
    mastodonPicker: { type: Boolean, attribute: 'mastodon-picker' },
    /** Shows share counts from the endpoint's `GET /v1/counts`. */
    counts: { type: Boolean },
    /** The smm-kit server, e.g. `https://example.org/smm`; default: `<meta name="smm:endpoint">`. */
    endpoint: {},
  };

  networks = DEFAULT_NETWORKS;
  url = '';
  shareTitle = '';
  text = '';
  image = '';
  hashtags = '';
  via = '';
  layout: Layout = 'inline';
  overflow: 'menu' | 'wrap' = 'menu';
  side: Side = 'left';
  variant: Variant = 'brand';
  size: Size = 'm';
  shape: Shape = 'rounded';
  labels: Labels = 'short';
  theme: Theme = 'auto';
  popup = false;
  utm = false;
  utmCampaign = 'share';
  mastodonInstance = '';
  mastodonPicker = false;
  counts = false;
  endpoint = '';

  /** The action that just succeeded (its "done" look shows for 3 s), and what was announced. */
  #done = '';
  #status = '';
  /** What is shared, as of the last update. */
  #shared!: ShareData;

  #t = new LocalizeController(this);
  #ids: string[] = [];
  #coarse = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** The bar's buttons and links, made once each and updated in place (focus survives updates). */
  #node = keyed();
  #bar!: HTMLElement;
  #live!: HTMLElement;
  /** The "more" button and its menu (a popover), for the targets that do not fit in one row. */
  #more!: HTMLElement;
  #menu!: HTMLElement;
  #menuCode?: Promise<void>;
  /** The total, and the targets in the owner's order, as of the last update. */
  #lead: HTMLElement | null = null;
  #items: HTMLElement[] = [];
  /** Where the total, the targets and the more button end in a row, with labels and without; measured once per update. */
  #w?: number[][];
  #ro?: ResizeObserver;
  /** What a click on each button or link does, as of the last update. */
  #clicks!: WeakMap<Element, (e: MouseEvent) => void>;

  constructor() {
    super();
    addEnglish(enShare);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Made here, not in the constructor, which must not touch the document (server rendering).
    // title="": the host's title attribute (a title to share) shows no tooltip over the bar.
    // The menu is a popover the more button opens by itself; how it looks and where it goes
    // come with ./menu.js, loaded the first time the row needs the button.
    this.#menu = h('div', { part: 'menu', id: 'm', role: 'group', popover: '', title: '' });
    this.#more = h('button', { part: 'button more', type: 'button', popovertarget: 'm' }, glyph(moreIcon));
    root.append((this.#bar = h('div', { part: 'bar', role: 'group', title: '' })), this.#menu, (this.#live = h('span', { class: 'sr', role: 'status' })));
    this.#clicks = clicks(root, '[part~=button]');
    return root;
  }

  /**
   * One row: when the targets do not fit in `width`, labels go first, then the last targets move
   * into the more menu. Measured once per update on copies of the nodes (the live ones keep focus
   * and place): where each one ends in a row, with labels and without, the more button last. A
   * resize only compares, then moves what must move.
   */
  #fit(width = this.#bar.clientWidth): void {
    const lead = this.#lead;
    const items = this.#items;
    const n = items.length;
    let icons = this.labels == 'none';
    let k = n;
    if (this.overflow == 'menu' && !/vertical|floating/.test(this.layout) && width) {
      let w = this.#w;
      if (!w) {
        // Left to right whatever the language: only lengths are read.
        const row = h('div', { part: 'bar', class: 'm', dir: 'ltr' }, ...[lead, ...items, this.#more].map((e) => e?.cloneNode(true)));
        this.renderRoot.append(row);
        const read = () => [...row.children].map((c) => c.getBoundingClientRect().right - row.getBoundingClientRect().left);
        w = [read(), (row.classList.add('i'), read())];
        row.remove();
        // Not laid out (hidden): measured again at the next resize.
        if (w[0][0]) this.#w = w;
      }
      const [full, narrow] = w;
      // The more button is node m; the first k targets end at node m - n + k - 1.
      const m = full.length - 1;
      if (full[m - 1] > width) {
        icons = true;
        while (k && narrow[m - n + k - 1] + (k < n ? narrow[m] - narrow[m - 1] : 0) > width) k--;
      }
    }
    this.#bar.classList.toggle('i', icons);
    place(this.#bar, [lead, ...items.slice(0, k), k < n && this.#more]);
    place(this.#menu, items.slice(k));
    if (k == n) this.#menu.hidePopover();
    else this.#menuCode ??= import('./menu.js').then((m) => m.menu(this, this.#more, this.#menu), () => {});
  }

  // Also waits for the more menu's code once the row has asked for it.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#menuCode;
    return done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) {
      const own = (this.constructor as typeof ReactiveElement).observedAttributes;
      applyPageDefaults(this, own.filter((a) => !PER_POST.includes(a)));
    }
    this.#coarse = matchMedia('(pointer: coarse)').matches;
    // A new width refits the row from the widths measured at the last update: no layout is read.
    (this.#ro ??= new ResizeObserver(([e]) => this.hasUpdated && this.#fit(e.contentRect.width))).observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#ro!.disconnect();
  }

  // Wait for the strings of the reader's language (fetched on demand by the CDN bundles), so
  // labels never flash in English; the host keeps its reserved size meanwhile.
  override shouldUpdate(changed: PropertyValues<this>): boolean {
    return this.#t.ready && super.shouldUpdate(changed);
  }

  override willUpdate(): void {
    // Every time, not only on change: updates skipped while a locale loads forget what changed.
    for (const [name, allowed] of Object.entries(CHOICES)) checkChoice(this, 'smm-share', name, allowed);
    this.#ids = this.#parseNetworks();
    // Read the page once per update: render, counts and clicks all share what was rendered.
    this.#shared = this.#data();
  }

  override updated(): void {
    // Counts (a chunk of their own where registered lazily) load once a bar asks for them.
    (getNetwork('counts', this.counts ? this : undefined) as typeof shareCounts | undefined)?.update(this, this.#shared.url);
    if (this.counts && !known('counts')) warnOnce(missing('counts', 'shareCounts'));
    if (this.mastodonPicker && !known('mastodon-picker')) warnOnce(missing('mastodon-picker', 'mastodonPicker'));
  }

  #parseNetworks(): string[] {
    const ids = new Set<string>();
    const all = registered();
    for (const id of parseList(this.networks.toLowerCase())) {
      const closed = RETIRED_NETWORKS[id];
      if (closed) warnOnce(`smm-share: "${id}" closed in ${closed}; no button.`);
      else if (all.includes(id)) ids.add(id);
      // (The default list names copy: a lean bundle without it just shows the networks it has.)
      else if (this.networks != DEFAULT_NETWORKS) warnOnce(`smm-share: unknown network "${id}"; known: ${all.join(', ')}; pass it (smm-kit/networks/<id>, or copyAction, printAction, nativeAction from smm-kit) to useNetworks().`);
    }
    return [...ids];
  }

  /** What is shared: attributes first, then `<meta name="smm:…">`, then the page's own metadata. */
  #data(): ShareData {
    const page = readPage();
    return {
      url: checkedUrl('url', this.url) ?? page.url,
      title: this.shareTitle.trim() || this.title?.trim() || page.title,
      text: this.text.trim() || page.text,
      image: checkedUrl('image', this.image) ?? page.image,
      hashtags: parseList(this.hashtags).map((h) => h.replace(/^#/, '')).filter((h) => /^[\p{L}\p{N}_]+$/u.test(h)),
      via: this.via.trim().replace(/^@/, ''),
    };
  }

  #tagged(url: string, source: string): string {
    if (!this.utm) return url;
    const u = new URL(url);
    const q = u.searchParams;
    q.set('utm_source', source);
    q.set('utm_medium', 'social');
    q.set('utm_campaign', this.utmCampaign.trim() || 'share');
    return u.href;
  }

  override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const t = this.#t;
    const data = this.#shared;
    const native = getNetwork('native') as typeof nativeAction | undefined;
    const counts = getNetwork('counts') as typeof shareCounts | undefined;
    const picker = this.mastodonPicker ? (getNetwork('mastodon-picker', this) as typeof mastodonPicker | undefined) : undefined;
    const ids = this.layout === 'native-first' && this.#coarse && native?.solo(this) ? ['native'] : this.#ids;
    const dir = t.dir === 'rtl' && 'rtl';
    attrs(this.#bar, { 'aria-label': t.term('share'), dir });
    attrs(this.#menu, { 'aria-label': t.term('more'), dir });
    attrs(this.#more, { 'aria-label': t.term('more') });
    this.#lead = counts?.total(this, t) ?? null;
    this.#items = ids.map((id) => this.#item(id, data, counts, picker)).filter((e) => e) as HTMLElement[];
    this.#w = undefined;
    this.#fit();
    place(this.#live, [this.#status]);
    picker?.render(this, t);
  }

  #item(id: string, data: ShareData, counts?: typeof shareCounts, picker?: typeof mastodonPicker): HTMLElement | null {
    const t = this.#t;
    const n = getNetwork(id) as Network | ShareAction;
    if ('run' in n) {
      if (n.when && !n.when(this)) return null;
      const [icon, key] = this.#done === id ? n.done! : [n.icon, n.label];
      const text = t.term(key);
      // Named by aria-label: its label is hidden when the row is short of room.
      const button = this.#node(id, 'button', { part: `button ${id}`, type: 'button', 'aria-label': text }, glyph(icon), this.#label(text));
      this.#clicks.set(button, () => this.#run(n));
      return counts ? counts.beside(this, t, id, button) : button;
    }
    if (n.mobile && !this.#coarse) return null;
    const shared = { ...data, url: this.#tagged(data.url, id) };
    const href = n.href(shared, this);
    const tab = isWeb(href);
    const message = id === 'email' || id === 'sms';
    const label = message ? t.term(id) : n.label;
    const verb = message ? 'sendBy' : 'shareOn';
    const name = t.term(verb, label);
    const link = this.#node(id, 'a', {
      part: `button ${id}`, href, target: tab && '_blank', rel: 'noopener noreferrer',
      'aria-label': tab ? `${name}, ${t.term('newWindow')}` : name,
    }, glyph(n.icon), this.#label(label, name));
    // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
    link.style.setProperty('--_brand', n.color);
    this.#clicks.set(link, (e) => this.#open(e, n, href, shared, picker));
    return counts ? counts.beside(this, t, id, link) : link;
  }

  // Made with labels="none" too: hidden in the row, shown in the more menu.
  #label(text: string, long = text): HTMLElement {
    return h('span', { part: 'label' }, this.labels === 'full' ? long : text);
  }

  async #run(a: ShareAction): Promise<void> {
    const data = this.#shared;
    const url = this.#tagged(data.url, a.id);
    if (!this.#announce(a.id, url)) return;
    const ok = await a.run(this, url, data);
    if (typeof ok == 'boolean') {
      // Shown and said for 3 s: "Link copied" / "Could not copy the link".
      this.#flash(ok ? a.id : '', this.#t.term(ok ? a.done![1] : a.failed!));
      this.#timer = setTimeout(() => this.#flash(), 3000);
    }
  }

  #flash(done = '', status = ''): void {
    clearTimeout(this.#timer);
    this.#done = done;
    this.#status = status;
    this.requestUpdate();
  }

  /**
   * Dispatches the cancelable `smm-share`; false when the host page vetoed the share. A share that
   * goes ahead shows at once in the bar's counts.
   */
  #announce(network: string, url: string): boolean {
    const ok = this.dispatchEvent(new SmmShareEvent({ network, url, title: this.#shared.title }));
    if (ok) (getNetwork('counts') as typeof shareCounts | undefined)?.add(this, network);
    return ok;
  }

  /**
   * Asks for the reader's Mastodon server; a click that came before the picker (a chunk of its own)
   * waits for it. The share is announced when a server is chosen: a cancelled picker shares nothing.
   */
  async #ask(href: string, data: ShareData): Promise<void> {
    const go = () => this.#announce('mastodon', data.url);
    try {
      await loaded('mastodon-picker');
      await this.updateComplete;
      (getNetwork('mastodon-picker') as typeof mastodonPicker).ask(this, data, go);
    } catch {
      if (go()) open(href, '_blank', 'noopener,noreferrer'); // Could not load it: Mastodon's own server picker.
    }
  }

  #open(e: MouseEvent, n: Network, href: string, data: ShareData, picker?: typeof mastodonPicker): void {
    if (n.id == 'mastodon' && this.mastodonPicker && !this.mastodonInstance && known('mastodon-picker') && !picker?.saved(this)) {
      e.preventDefault();
      this.#ask(href, data);
    } else if (!this.#announce(n.id, data.url)) {
      e.preventDefault();
    } else if (this.popup && !this.#coarse && innerWidth > 767 && isWeb(href) && !(e.ctrlKey || e.metaKey || e.shiftKey || e.button)) {
      // A centred 600 px window on desktop; if the browser blocks it, the link opens a tab as usual.
      const win = open(href, '_blank', `popup,width=600,height=600,left=${screenX + outerWidth / 2 - 300},top=${screenY + outerHeight / 2 - 300}`);
      if (win) {
        win.opener = null;
        e.preventDefault();
      }
    }
  }
}

/** An http(s) attribute value made absolute; null, with a warning, for anything else (the page's own value is used). */
function checkedUrl(name: string, value: string): string | null {
  const url = value ? httpUrl(value) : null;
  if (value && !url) warnOnce(`smm-share: ${name} "${value}" is not an http(s) URL; ignored.`);
  return url;
}

/** The warning for a target or feature asked for but not registered (lean bundles register a few). */
const missing = (id: string, name: string) => `smm-share: ${id} is not registered; pass ${name} from smm-kit to useNetworks().`;

declare global {
  interface HTMLElementTagNameMap {
    'smm-share': SmmShare;
  }
}
