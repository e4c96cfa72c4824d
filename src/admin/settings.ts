/**
 * What the owner sets rather than moderates: a comment thread's moderation mode and whether it is
 * closed, the list of bans (who, by what, since when) with a way to lift each, and each
 * testimonial wall's texts and moderation. Each section says what it did in its own live region.
 * @fires smm-admin-unauthorized - the token was refused.
 */
import { LitElement, html, nothing } from 'lit';
import { api, ApiError } from './api.js';
import { fill, type Locale, type Strings } from './i18n.js';
import { settingsStyles } from './settings.styles.js';
import { base } from './styles.js';

type Mode = 'pre' | 'first' | 'post';
interface Thread { key: string; closed: boolean; moderation: Mode | null; total: number }
interface Ban { id: string; ip: boolean; email: boolean; comment: string | null; createdAt: string; name?: string | null; thread?: string | null }
interface Wall { name: string; title: string | null; intro: string | null; thanks: string | null; consent: string | null; moderation: 'pre' | 'post' | null }

const MODES: Mode[] = ['pre', 'first', 'post'];
/** A sentence's first letter in lower case, to follow "As the server:". */
const lower = (s: string, locale: string) => s.charAt(0).toLocaleLowerCase(locale) + s.slice(1);
const WALL_TEXTS = ['title', 'intro', 'thanks', 'consent'] as const;

export class SmmAdminSettings extends LitElement {
  static override styles = [base, settingsStyles];
  static override properties = {
    t: { attribute: false },
    locale: { attribute: false },
    features: { attribute: false },
    thread: { state: true },
    serverMode: { state: true },
    bans: { state: true },
    wall: { state: true },
    said: { state: true },
  };

  declare t: Strings;
  declare locale: Locale;
  features: string[] = [];
  /** A thread to open with, e.g. from the queue's "Thread settings". */
  threadUrl = '';
  thread: Thread | null = null;
  serverMode: Mode = 'first';
  bans: Ban[] | null = null;
  wall: Wall | null = null;
  /** What each section last said, in its live region. */
  said: Record<'thread' | 'bans' | 'wall', string> = { thread: '', bans: '', wall: '' };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.features.includes('comments')) {
      void this.#loadBans();
      if (this.threadUrl) void this.#loadThread(this.threadUrl);
    }
    if (this.features.includes('testimonials')) void this.#loadWall('main');
  }

  #say(section: keyof SmmAdminSettings['said'], text: string) {
    this.said = { ...this.said, [section]: text };
  }

  /** Runs a request; a refused token signs the page out, other errors are said in the section. */
  async #try<T>(section: keyof SmmAdminSettings['said'], fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        this.dispatchEvent(new Event('smm-admin-unauthorized', { bubbles: true, composed: true }));
      } else this.#say(section, fill(this.t.failed, err instanceof Error ? err.message : String(err)));
      return undefined;
    }
  }

  // ── comment threads ──────────────────────────────────────────────────────────────────────

  async #loadThread(url: string) {
    const r = await this.#try('thread', () => api<{ thread: Thread; serverModeration: Mode }>(`/admin/threads?thread=${encodeURIComponent(url)}`));
    if (!r) return;
    this.thread = r.thread;
    this.serverMode = r.serverModeration;
    this.#say('thread', '');
  }

  async #saveThread(e: SubmitEvent) {
    e.preventDefault();
    const f = e.target as HTMLFormElement;
    const mode = (f.elements.namedItem('moderation') as RadioNodeList).value;
    const closed = (f.elements.namedItem('closed') as HTMLInputElement).checked;
    const r = await this.#try('thread', () => api<{ thread: Thread }>('/admin/threads', {
      method: 'PUT', body: { thread: this.thread!.key, closed, moderation: mode === 'server' ? null : mode },
    }));
    if (!r) return;
    this.thread = r.thread;
    this.#say('thread', fill(this.t.threadSaved, r.thread.key));
  }

  #threadSection() {
    const t = this.t;
    const th = this.thread;
    return html`<section aria-labelledby="threads-h" data-section="thread">
      <h3 id="threads-h">${t.threadsTitle}</h3>
      <p class="muted help">${t.threadsHelp}</p>
      <form class="row" @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.#loadThread(((e.target as HTMLFormElement).elements.namedItem('thread') as HTMLInputElement).value.trim()); }}>
        <label class="grow">${t.thread}<input type="url" name="thread" required .value=${th?.key ?? this.threadUrl}></label>
        <button>${t.showSettings}</button>
      </form>
      ${th ? html`<form class="panel stack" data-form="thread" @submit=${this.#saveThread}>
          <p class="key"><a href=${th.key} target="_blank" rel="noopener noreferrer">${th.key}</a> · ${fill(t.visibleComments, th.total)}</p>
          <fieldset>
            <legend>${t.moderation}</legend>
            ${(['server', ...MODES] as const).map((m) => html`<label class="choice">
              <input type="radio" name="moderation" value=${m} .checked=${(th.moderation ?? 'server') === m}>
              ${m === 'server' ? fill(t.modeServer, lower(t.modes[this.serverMode] ?? this.serverMode, this.locale)) : t.modes[m]}
            </label>`)}
          </fieldset>
          <label class="choice"><input type="checkbox" name="closed" .checked=${th.closed}>${t.closedLabel}</label>
          <div><button class="primary">${t.save}</button></div>
        </form>` : nothing}
      <p class="said" role="status">${this.said.thread}</p>
    </section>`;
  }

  // ── bans ─────────────────────────────────────────────────────────────────────────────────

  async #loadBans() {
    const r = await this.#try('bans', () => api<{ bans: Ban[] }>('/admin/bans'));
    if (r) this.bans = r.bans;
  }

  async #lift(b: Ban) {
    const who = b.name ?? this.t.goneAuthor;
    const done = await this.#try('bans', async () => { await api(`/admin/bans/${encodeURIComponent(b.id)}`, { method: 'DELETE' }); return true; });
    if (!done) return;
    this.bans = (this.bans ?? []).filter((x) => x.id !== b.id);
    this.#say('bans', fill(this.t.banLifted, who));
    // The lifted row's button is gone: focus the table's next one, or the section's heading.
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('[data-table="bans"] tbody button') ?? this.renderRoot.querySelector<HTMLElement>('#bans-h'))?.focus();
  }

  #bansSection() {
    const t = this.t;
    const fmt = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
    const by = (b: Ban) => [b.ip && t.banIp, b.email && t.banEmail].filter(Boolean).join(' + ');
    return html`<section aria-labelledby="bans-h" data-section="bans">
      <h3 id="bans-h" tabindex="-1">${t.bansTitle}</h3>
      <p class="muted help">${t.bansHelp}</p>
      <div class="table">
        <table data-table="bans">
          <caption class="visually-hidden">${t.bansTitle}</caption>
          <thead><tr><th scope="col">${t.who}</th><th scope="col">${t.bannedBy}</th><th scope="col">${t.since}</th><th scope="col"><span class="visually-hidden">${t.liftBan}</span></th></tr></thead>
          <tbody>${this.bans?.length ? this.bans.map((b) => html`<tr data-ban=${b.id}>
              <th scope="row" class="who">${b.name ?? html`<span class="muted">${t.goneAuthor}</span>`}${b.thread
                ? html`<br><a class="muted" href=${b.thread} target="_blank" rel="noopener noreferrer">${b.thread}</a>` : nothing}</th>
              <td>${by(b)}</td>
              <td><time datetime=${b.createdAt}>${fmt.format(new Date(b.createdAt))}</time></td>
              <td><button class="danger" aria-label=${fill(t.liftBanOf, b.name ?? t.goneAuthor)} @click=${() => this.#lift(b)}>${t.liftBan}</button></td>
            </tr>`)
            : html`<tr><td colspan="4" class="muted">${this.bans ? t.bansEmpty : '…'}</td></tr>`}</tbody>
        </table>
      </div>
      <div class="row"><button @click=${() => this.#loadBans()}>${t.refresh}</button></div>
      <p class="said" role="status">${this.said.bans}</p>
    </section>`;
  }

  // ── testimonial walls ────────────────────────────────────────────────────────────────────

  async #loadWall(name: string) {
    const r = await this.#try('wall', () => api<{ wall: Wall }>(`/admin/walls/${encodeURIComponent(name)}`));
    if (!r) return;
    this.wall = r.wall;
    this.#say('wall', '');
  }

  async #saveWall(e: SubmitEvent) {
    e.preventDefault();
    const f = e.target as HTMLFormElement;
    const text = (k: string) => (f.elements.namedItem(k) as HTMLInputElement | HTMLTextAreaElement).value.trim();
    const mode = (f.elements.namedItem('moderation') as RadioNodeList).value;
    const name = this.wall!.name;
    const r = await this.#try('wall', () => api<{ wall: Wall }>('/admin/walls', {
      method: 'PUT',
      body: { wall: name, ...Object.fromEntries(WALL_TEXTS.map((k) => [k, text(k) || null])), moderation: mode === 'server' ? null : mode },
    }));
    if (!r) return;
    this.wall = r.wall;
    this.#say('wall', fill(this.t.wallSaved, name));
  }

  #wallSection() {
    const t = this.t;
    const w = this.wall;
    const labels = { title: t.wallTitle, intro: t.wallIntro, thanks: t.wallThanks, consent: t.wallConsent };
    return html`<section aria-labelledby="walls-h" data-section="wall">
      <h3 id="walls-h">${t.wallsTitle}</h3>
      <p class="muted help">${t.wallsHelp}</p>
      <form class="row" @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.#loadWall(((e.target as HTMLFormElement).elements.namedItem('wall') as HTMLInputElement).value.trim()); }}>
        <label>${t.wallName}<input name="wall" required pattern="[a-z0-9][a-z0-9_\\-]{0,39}" maxlength="40" .value=${w?.name ?? 'main'}></label>
        <button>${t.showSettings}</button>
      </form>
      ${w ? html`<form class="panel stack" data-form="wall" @submit=${this.#saveWall}>
          <label>${labels.title}<input name="title" maxlength="120" .value=${w.title ?? ''}></label>
          ${(['intro', 'thanks', 'consent'] as const).map((k) => html`<label>${labels[k]}<textarea name=${k} maxlength=${k === 'intro' ? 1000 : 500} .value=${w[k] ?? ''}></textarea></label>`)}
          <fieldset>
            <legend>${t.wallModeration}</legend>
            ${(['server', 'pre', 'post'] as const).map((m) => html`<label class="choice">
              <input type="radio" name="moderation" value=${m} .checked=${(w.moderation ?? 'server') === m}>${m === 'server' ? t.wallModeServer : t.wallModes[m]}
            </label>`)}
          </fieldset>
          <div><button class="primary">${t.save}</button></div>
        </form>` : nothing}
      <p class="said" role="status">${this.said.wall}</p>
    </section>`;
  }

  override render() {
    return html`<h2>${this.t.settings}</h2>
      ${this.features.includes('comments') ? html`${this.#threadSection()}${this.#bansSection()}` : nothing}
      ${this.features.includes('testimonials') ? this.#wallSection() : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'smm-admin-settings': SmmAdminSettings }
}
