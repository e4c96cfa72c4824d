import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SmmErrorEvent, SmmShareEvent } from '../../events.js';
import { LocalizeController } from '../../i18n/localize.js';
import { barStyles } from '../../shared/bar.styles.js';
import { checkIcon, copyIcon, printIcon, shareIcon } from '../../shared/icons.js';
import { RETIRED_NETWORKS, SHARE_ACTIONS, SHARE_NETWORKS } from '../../shared/network-ids.js';
import { applyPageDefaults, checkChoice, icon, parseList } from '../../shared/options.js';
import { httpUrl, readPage } from '../../shared/page.js';
import { warnOnce } from '../../shared/warn.js';
import { fetchCounts, type Counts } from './counts.js';
import type { MastodonNetwork } from './networks/mastodon.js';
import type { Network, ShareData } from './networks/types.js';
import { getNetwork } from './registry.js';
import { shareStyles } from './share.styles.js';

export type Layout = 'inline' | 'vertical' | 'floating' | 'bar' | 'native-first';
export type Variant = 'brand' | 'outline' | 'mono' | 'minimal';
export type Size = 's' | 'm' | 'l';
export type Shape = 'rounded' | 'square' | 'circle' | 'pill';
export type Labels = 'none' | 'short' | 'full';
export type Theme = 'auto' | 'light' | 'dark';

const CHOICES = {
  layout: ['inline', 'vertical', 'floating', 'bar', 'native-first'],
  side: ['left', 'right'],
  variant: ['brand', 'outline', 'mono', 'minimal'],
  size: ['s', 'm', 'l'],
  shape: ['rounded', 'square', 'circle', 'pill'],
  labels: ['none', 'short', 'full'],
  theme: ['auto', 'light', 'dark'],
} as const;

/** Attributes a page can set once for every bar with `<meta name="smm:NAME" content="…">`. */
const PAGE_DEFAULTS = [
  'networks', 'layout', 'side', 'variant', 'size', 'shape', 'labels', 'theme', 'popup', 'utm',
  'utm-campaign', 'mastodon-instance', 'mastodon-picker', 'counts', 'endpoint', 'via', 'hashtags',
];
const INSTANCE_KEY = 'smm:mastodon-instance';
const KNOWN = [...SHARE_NETWORKS, ...SHARE_ACTIONS] as string[];

/**
 * Share buttons for the current page: plain links to each network, plus copy, print and the
 * system share sheet. No request leaves the page before the reader clicks.
 *
 * @fires smm-share - before a share opens; cancelable. `detail: {network, url, title}`.
 * @fires smm-error - when copying the link failed.
 * @csspart bar - the group of buttons.
 * @csspart button - one target (also a part named after the network, e.g. `facebook`).
 * @csspart icon - the glyph in a button.
 * @csspart label - the visible name in a button.
 * @csspart count - a share count (per button, and the total with part `total`).
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
export class SmmShare extends LitElement {
  static override styles = [barStyles, shareStyles];

  /** Targets in order, comma or space separated: networks, then `copy`, `print`, `native`. */
  @property() networks = 'facebook,x,linkedin,whatsapp,telegram,bluesky,email,copy';
  /** URL to share; default: canonical link, og:url, then the page's address without hash. */
  @property() url = '';
  /** Title to share (not `title`, which would show a tooltip); default: og:title, document.title. */
  @property({ attribute: 'share-title' }) shareTitle = '';
  /** Description to share; default: og:description or the meta description. */
  @property() text = '';
  /** Image for Pinterest and VK; default: og:image. */
  @property() image = '';
  /** Hashtags without `#`, comma separated (used by X). */
  @property() hashtags = '';
  /** Account to credit on X, with or without `@`. */
  @property() via = '';
  @property({ reflect: true }) layout: Layout = 'inline';
  /** Screen side of the floating layout. */
  @property({ reflect: true }) side: 'left' | 'right' = 'left';
  @property({ reflect: true }) variant: Variant = 'brand';
  @property({ reflect: true }) size: Size = 'm';
  @property({ reflect: true }) shape: Shape = 'rounded';
  /** `none`: icons only (names stay accessible); `short`: brand names; `full`: "Share on …". */
  @property({ reflect: true }) labels: Labels = 'short';
  @property({ reflect: true }) theme: Theme = 'auto';
  /** Opens networks in a centred window on desktop instead of a new tab. */
  @property({ type: Boolean }) popup = false;
  /** Adds utm_source=<network>&utm_medium=social&utm_campaign=… to the shared URL. */
  @property({ type: Boolean }) utm = false;
  @property({ attribute: 'utm-campaign' }) utmCampaign = 'share';
  /** Shares to Mastodon straight through this server, e.g. `mastodon.social`. */
  @property({ attribute: 'mastodon-instance' }) mastodonInstance = '';
  /** Asks the reader for their Mastodon server once, and remembers it on this device. */
  @property({ type: Boolean, attribute: 'mastodon-picker' }) mastodonPicker = false;
  /** Shows share counts from the endpoint's `GET /v1/counts`. */
  @property({ type: Boolean }) counts = false;
  /** The smm-kit server, e.g. `https://example.org/smm`; default: `<meta name="smm:endpoint">`. */
  @property() endpoint = '';

  @state() private _copied = false;
  @state() private _status = '';
  @state() private _counts?: Counts;
  @state() private _instanceError = '';
  @state() private _nativeFailed = false;

  #t = new LocalizeController(this);
  #ids: string[] = [];
  #coarse = false;
  #savedInstance = '';
  #copiedTimer?: ReturnType<typeof setTimeout>;
  #pending?: ShareData;
  #countsKey: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) applyPageDefaults(this, PAGE_DEFAULTS);
    this.#coarse = matchMedia('(pointer: coarse)').matches;
    try {
      this.#savedInstance = localStorage.getItem(INSTANCE_KEY) ?? '';
    } catch {
      // Storage can be blocked (privacy settings, sandboxed iframes): the picker just asks again.
    }
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
  }

  override updated(): void {
    const endpoint = this.counts ? httpUrl(this.endpoint) : null;
    if (this.counts && !endpoint) warnOnce('smm-share: counts needs an http(s) endpoint attribute or <meta name="smm:endpoint">');
    const key = endpoint && `${endpoint} ${this.#data().url}`;
    if (key === this.#countsKey) return;
    this.#countsKey = key;
    this._counts = undefined;
    if (endpoint) {
      fetchCounts(endpoint, this.#data().url).then(
        (c) => { if (this.#countsKey === key) this._counts = c; },
        () => {}, // Counts are a garnish: on error the bar just shows none.
      );
    }
  }

  #parseNetworks(): string[] {
    const ids: string[] = [];
    for (const id of parseList(this.networks).map((s) => s.toLowerCase())) {
      if (RETIRED_NETWORKS[id]) warnOnce(`smm-share: "${id}" is not offered: ${RETIRED_NETWORKS[id]}.`);
      else if (!KNOWN.includes(id)) warnOnce(`smm-share: unknown network "${id}"; known: ${KNOWN.join(', ')}.`);
      else if (!SHARE_ACTIONS.includes(id as never) && !getNetwork(id)) {
        warnOnce(`smm-share: network "${id}" is not registered; import it from smm-kit/networks/${id} and pass it to useNetworks().`);
      } else if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** What is shared: attributes first, then `<meta name="smm:…">`, then the page's own metadata. */
  #data(): ShareData {
    const page = readPage();
    const url = this.url ? httpUrl(this.url) : null;
    if (this.url && !url) warnOnce(`smm-share: url "${this.url}" is not an http(s) URL; sharing ${page.url} instead.`);
    const image = this.image ? httpUrl(this.image) : null;
    if (this.image && !image) warnOnce(`smm-share: image "${this.image}" is not an http(s) URL; ignored.`);
    return {
      url: url ?? page.url,
      title: this.shareTitle.trim() || page.title,
      text: this.text.trim() || page.text,
      image: image ?? page.image,
      hashtags: parseList(this.hashtags).map((h) => h.replace(/^#/, '')).filter((h) => /^[\p{L}\p{N}_]+$/u.test(h)),
      via: this.via.trim().replace(/^@/, ''),
    };
  }

  #tagged(url: string, source: string): string {
    if (!this.utm) return url;
    const u = new URL(url);
    u.searchParams.set('utm_source', source);
    u.searchParams.set('utm_medium', 'social');
    u.searchParams.set('utm_campaign', this.utmCampaign.trim() || 'share');
    return u.href;
  }

  get #canNative(): boolean {
    return typeof navigator.share === 'function' && (navigator.canShare?.({ url: location.href }) ?? true);
  }

  override render() {
    const data = this.#data();
    let ids = this.#ids;
    if (this.layout === 'native-first' && this.#coarse && this.#canNative && !this._nativeFailed) ids = ['native'];
    const counts = this._counts;
    return html`<div part="bar" role="group" aria-label=${this.#t.term('share')} dir=${this.#t.dir === 'rtl' ? 'rtl' : nothing}>
        ${counts && counts.total > 0
          ? html`<span part="count total"><span aria-hidden="true">${this.#t.number(counts.total)}</span><span class="sr">${this.#t.term('totalShares', this.#t.number(counts.total))}</span></span>`
          : nothing}
        ${ids.map((id) => this.#item(id, data))}
      </div>
      <span class="sr" role="status">${this._status}</span>
      ${this.mastodonPicker ? this.#dialog() : nothing}`;
  }

  #item(id: string, data: ShareData) {
    const t = this.#t;
    switch (id) {
      case 'copy':
        return this.#button(id, this._copied ? checkIcon : copyIcon, t.term(this._copied ? 'copied' : 'copyLink'), () => this.#copy(data));
      case 'print':
        return this.#button(id, printIcon, t.term('print'), () => print());
      case 'native':
        return this.#canNative ? this.#button(id, shareIcon, t.term('shareVia'), () => this.#native(data)) : nothing;
    }
    const n = getNetwork(id)!;
    if (n.mobile && !this.#coarse) return nothing;
    const shared = { ...data, url: this.#tagged(data.url, id) };
    let href = n.href(shared);
    const instance = this.mastodonInstance || (this.mastodonPicker ? this.#savedInstance : '');
    if (id === 'mastodon' && instance) {
      const m = n as MastodonNetwork;
      if (m.isHost(instance)) href = m.instanceHref(instance, shared);
      else warnOnce(`smm-share: mastodon-instance "${instance}" is not a host name such as mastodon.social.`);
    }
    const tab = /^https?:/.test(href);
    const label = id === 'email' || id === 'sms' ? t.term(id) : n.label;
    const count = this._counts?.networks[id] ?? 0;
    const verb = id === 'email' || id === 'sms' ? 'sendBy' : 'shareOn';
    const name = tab ? `${t.term(verb, label)}, ${t.term('newWindow')}` : t.term(verb, label);
    const link = html`<a part="button ${id}" href=${href} target=${tab ? '_blank' : nothing} rel="noopener noreferrer"
      aria-label=${name} .style=${`--_brand:${n.color}`} @click=${(e: MouseEvent) => this.#open(e, n, href, shared)}
      >${icon(n.icon)}${this.#label(label, verb)}</a>`;
    // The count sits beside the link, not in it: the link's name stays what it visibly says.
    return count
      ? html`<span class="pair">${link}<span part="count"><span aria-hidden="true">${t.number(count)}</span><span class="sr">${t.term('sharesCount', t.number(count))}</span></span></span>`
      : link;
  }

  #label(text: string, long: 'shareOn' | 'sendBy' | null): TemplateResult | typeof nothing {
    if (this.labels === 'none') return nothing;
    return html`<span part="label">${this.labels === 'full' && long ? this.#t.term(long, text) : text}</span>`;
  }

  #button(id: string, glyph: string, text: string, act: () => void) {
    return html`<button part="button ${id}" type="button" aria-label=${this.labels === 'none' ? text : nothing}
      @click=${() => this.#announce(id, this.#tagged(this.#data().url, id)) && act()}>${icon(glyph)}${this.#label(text, null)}</button>`;
  }

  /** Dispatches the cancelable `smm-share`; false when the host page vetoed the share. */
  #announce(network: string, url: string): boolean {
    return this.dispatchEvent(new SmmShareEvent({ network, url, title: this.#data().title }));
  }

  #open(e: MouseEvent, n: Network, href: string, data: ShareData): void {
    if (!this.#announce(n.id, data.url)) {
      e.preventDefault();
      return;
    }
    if (n.id === 'mastodon' && this.mastodonPicker && !this.mastodonInstance && !this.#savedInstance) {
      e.preventDefault();
      this.#pending = data;
      this.renderRoot.querySelector('dialog')?.showModal();
      return;
    }
    // A centred window on desktop when asked; if the browser blocks it, the link opens a tab as usual.
    if (this.popup && !this.#coarse && innerWidth >= 768 && /^https?:/.test(href) && !(e.ctrlKey || e.metaKey || e.shiftKey || e.button)) {
      const w = 600, h = 600;
      const win = open(href, '_blank', `popup,width=${w},height=${h},left=${screenX + (outerWidth - w) / 2},top=${screenY + (outerHeight - h) / 2}`);
      if (win) {
        win.opener = null;
        e.preventDefault();
      }
    }
  }

  async #copy(data: ShareData): Promise<void> {
    const url = this.#tagged(data.url, 'copy');
    let ok: boolean;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      ok = this.#legacyCopy(url);
    }
    clearTimeout(this.#copiedTimer);
    this._copied = ok;
    this._status = this.#t.term(ok ? 'copied' : 'copyFailed');
    if (!ok) this.dispatchEvent(new SmmErrorEvent({ source: 'smm-share', message: 'clipboard refused the link' }));
    this.#copiedTimer = setTimeout(() => {
      this._copied = false;
      this._status = '';
    }, 3000);
  }

  // Older browsers and non-secure pages have no async clipboard: select a hidden field and copy.
  #legacyCopy(text: string): boolean {
    const field = document.createElement('textarea');
    field.value = text;
    field.readOnly = true;
    field.className = 'sr';
    this.renderRoot.appendChild(field);
    field.select();
    let ok: boolean;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    field.remove();
    return ok;
  }

  async #native(data: ShareData): Promise<void> {
    try {
      await navigator.share({ url: this.#tagged(data.url, 'native'), title: data.title, text: data.text });
    } catch (err) {
      if ((err as Error).name !== 'AbortError') this._nativeFailed = true;
    }
  }

  #dialog() {
    const t = this.#t;
    return html`<dialog part="dialog" aria-labelledby="mt" @close=${() => (this._instanceError = '')}>
      <form @submit=${this.#submitInstance} novalidate>
        <strong id="mt">${t.term('shareOn', 'Mastodon')}</strong>
        <label for="mi">${t.term('instanceLabel')}</label>
        <input id="mi" name="instance" autocomplete="off" autocapitalize="none" spellcheck="false" inputmode="url"
          aria-describedby="mh me" aria-invalid=${this._instanceError ? 'true' : 'false'} />
        <span id="mh">${t.term('instanceHint')}</span>
        <span id="me" role="alert">${this._instanceError}</span>
        <div class="actions">
          <button type="button" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>${t.term('cancel')}</button>
          <button type="submit">${t.term('share')}</button>
        </div>
      </form>
    </dialog>`;
  }

  #submitInstance(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = form.elements.namedItem('instance') as HTMLInputElement;
    // Readers paste whole addresses: keep only the host name.
    const host = input.value.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^@?[^@]*@/, '');
    // Only reachable from the Mastodon button, so the network is registered.
    const m = getNetwork('mastodon') as MastodonNetwork;
    if (!m.isHost(host)) {
      this._instanceError = this.#t.term('instanceInvalid');
      input.focus();
      return;
    }
    this.#savedInstance = host;
    try {
      localStorage.setItem(INSTANCE_KEY, host);
    } catch {
      // Not remembered on this device; sharing still works.
    }
    (form.closest('dialog') as HTMLDialogElement).close();
    if (this.#pending) open(m.instanceHref(host, this.#pending), '_blank', 'noopener,noreferrer');
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smm-share': SmmShare;
  }
}
