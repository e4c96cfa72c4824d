/**
 * The owner's room at /admin: sign-in with a token (kept in sessionStorage for this tab only),
 * then the moderation queue, the insights, the audit log and the settings (threads, bans, walls).
 * Theme and language are remembered on the device; the token never is.
 */
import { LitElement, html, nothing } from 'lit';
import { api, ApiError, token } from './api.js';
import { LOCALES, fill, pickLocale, type Locale, type Strings } from './i18n.js';
import { base, tokens } from './styles.js';
import { appStyles } from './admin-app.styles.js';
import { SmmAdminAudit } from './audit.js';
import { SmmAdminInsights } from './insights.js';
import { SmmAdminQueue } from './queue.js';
import { SmmAdminSettings } from './settings.js';

type View = 'queue' | 'insights' | 'audit' | 'settings';
type Theme = 'auto' | 'light' | 'dark';
interface Me { id: string | null; name: string; role: 'owner' | 'moderator' }

const VIEWS: View[] = ['queue', 'insights', 'audit', 'settings'];
const POLL_MS = 15_000;

export class SmmAdminApp extends LitElement {
  static override styles = [tokens, base, appStyles];
  static override properties = {
    theme: { reflect: true },
    locale: { state: true },
    me: { state: true },
    features: { state: true },
    view: { state: true },
    waiting: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  theme: Theme = 'auto';
  locale: Locale = 'en';
  me: Me | null = null;
  features: string[] = [];
  view: View = 'queue';
  waiting: string | null = null;
  error = '';
  busy = false;
  /** The thread the settings open with (the queue's "Thread settings"). */
  #thread = '';
  #timer: ReturnType<typeof setInterval> | undefined;

  get t(): Strings {
    return LOCALES[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.theme = (localStorage.getItem('smm-admin-theme') as Theme | null) ?? 'auto';
    this.locale = pickLocale(localStorage.getItem('smm-admin-lang'), navigator.languages);
    this.#fromHash();
    addEventListener('hashchange', this.#fromHash);
    document.documentElement.lang = this.locale;
    if (token.get()) void this.#check(token.get()!);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#fromHash);
    clearInterval(this.#timer);
  }

  override updated(): void {
    document.documentElement.lang = this.locale;
    document.title = `${this.t[this.view === 'queue' ? 'queue' : this.view]} · ${this.t.title}`;
    const dark = this.theme === 'dark' || (this.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    document.body.style.background = dark ? '#0d1117' : '#ffffff';
    document.body.style.margin = '0';
  }

  #fromHash = () => {
    const v = location.hash.slice(1) as View;
    if (VIEWS.includes(v)) this.view = v;
  };

  async #check(t: string) {
    this.busy = true;
    try {
      const { moderator, features } = await api<{ moderator: Me; features: string[] }>('/admin/me', { token: t });
      token.set(t);
      this.me = moderator;
      this.features = features;
      this.error = '';
      void this.#poll();
      clearInterval(this.#timer);
      this.#timer = setInterval(() => void this.#poll(), POLL_MS);
    } catch (err) {
      token.clear();
      this.me = null;
      this.error = err instanceof ApiError
        ? err.status === 429 ? fill(this.t.limited, err.retryAfter ?? 60) : err.status === 401 || err.status === 403 ? this.t.badToken : err.message
        : this.t.networkError;
    } finally {
      this.busy = false;
    }
  }

  /** The waiting count in the header (comments and testimonials); a refused token signs out at once. */
  async #poll() {
    try {
      const lists = await Promise.all(['comments', 'testimonials'].filter((k) => this.features.includes(k)).map((k) =>
        api<Record<string, unknown[] | string | null>>(`/admin/${k}?status=pending&limit=100`).then((r) => ({ n: (r[k] as unknown[]).length, more: !!r.next }))));
      this.waiting = `${lists.reduce((a, l) => a + l.n, 0)}${lists.some((l) => l.more) ? '+' : ''}`;
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) this.signOut(this.t.badToken);
    }
  }

  signOut(message = '') {
    token.clear();
    clearInterval(this.#timer);
    this.me = null;
    this.waiting = null;
    this.#thread = '';
    this.error = message;
  }

  #submit(e: SubmitEvent) {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    const t = input.value.trim();
    input.value = '';
    if (t) void this.#check(t);
  }

  #go(v: View) {
    this.view = v;
    history.replaceState(null, '', `#${v}`);
  }

  #threadSettings(e: CustomEvent<string>) {
    this.#thread = e.detail;
    this.#go('settings');
  }

  #prefs() {
    const t = this.t;
    return html`<div class="settings">
      <label>${t.theme}
        <select @change=${(e: Event) => { this.theme = (e.target as HTMLSelectElement).value as Theme; localStorage.setItem('smm-admin-theme', this.theme); }}>
          ${(['auto', 'light', 'dark'] as const).map((v) => html`<option value=${v} ?selected=${this.theme === v}>${t[v === 'auto' ? 'themeAuto' : v === 'light' ? 'themeLight' : 'themeDark']}</option>`)}
        </select>
      </label>
      <label>${t.language}
        <select @change=${(e: Event) => { this.locale = (e.target as HTMLSelectElement).value as Locale; localStorage.setItem('smm-admin-lang', this.locale); }}>
          <option value="en" lang="en" ?selected=${this.locale === 'en'}>English</option>
          <option value="it" lang="it" ?selected=${this.locale === 'it'}>Italiano</option>
        </select>
      </label>
    </div>`;
  }

  override render() {
    const t = this.t;
    if (!this.me) {
      return html`<main class="signin">
        <h1>${t.title}</h1>
        <form @submit=${this.#submit} class="panel">
          <h2>${t.signInTitle}</h2>
          <p class="muted" id="help">${t.signInHelp}</p>
          <label>${t.token}
            <input name="token" type="password" autocomplete="off" spellcheck="false" required aria-describedby="help ${this.error ? 'err' : ''}">
          </label>
          <button class="primary" ?disabled=${this.busy}>${t.signIn}</button>
          <p id="err" class="error" role="alert">${this.error}</p>
        </form>
        ${this.#prefs()}
      </main>`;
    }
    return html`<header>
        <div class="brand"><h1>${t.title}</h1>
          <span class="muted who">${fill(t.signedInAs, this.me.name)}${this.me.role === 'owner' ? html` <span class="badge">${t.owner}</span>` : nothing}</span>
        </div>
        <nav aria-label=${t.title}>
          ${VIEWS.map((v) => html`<button class="tab" aria-current=${this.view === v ? 'page' : 'false'} @click=${() => this.#go(v)}>
            ${t[v]}${v === 'queue' && this.waiting !== null ? html` <span class="badge count" aria-label=${fill(t.waiting, this.waiting)}>${this.waiting}</span>` : nothing}
          </button>`)}
        </nav>
        <div class="tools">${this.#prefs()}<button @click=${() => this.signOut()}>${t.signOut}</button></div>
      </header>
      <main>
        ${this.view === 'queue' ? html`<smm-admin-queue .t=${t} .locale=${this.locale} .features=${this.features} @smm-admin-changed=${() => void this.#poll()}
              @smm-admin-thread=${this.#threadSettings} @smm-admin-unauthorized=${() => this.signOut(t.badToken)}></smm-admin-queue>`
          : this.view === 'insights' ? html`<smm-admin-insights .t=${t} .locale=${this.locale} @smm-admin-unauthorized=${() => this.signOut(t.badToken)}></smm-admin-insights>`
          : this.view === 'settings' ? html`<smm-admin-settings .t=${t} .locale=${this.locale} .features=${this.features} .threadUrl=${this.#thread}
              @smm-admin-unauthorized=${() => this.signOut(t.badToken)}></smm-admin-settings>`
          : html`<smm-admin-audit .t=${t} .locale=${this.locale} @smm-admin-unauthorized=${() => this.signOut(t.badToken)}></smm-admin-audit>`}
      </main>`;
  }
}

// This module is the page's entry: it registers every element of the room.
for (const [tag, cls] of [
  ['smm-admin', SmmAdminApp], ['smm-admin-queue', SmmAdminQueue], ['smm-admin-insights', SmmAdminInsights], ['smm-admin-audit', SmmAdminAudit],
  ['smm-admin-settings', SmmAdminSettings],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, cls);
}

declare global {
  interface HTMLElementTagNameMap { 'smm-admin': SmmAdminApp }
}
