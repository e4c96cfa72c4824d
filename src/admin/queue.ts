/**
 * One moderation queue for comments and testimonials, newest first. Every action waits a few
 * seconds before it is sent, so Undo simply cancels it (the wait holds while the pointer or the
 * focus is on the Undo bar, and the live region says how to undo); the list polls for new items.
 * Testimonials can be featured and tagged from here too.
 * @fires smm-admin-changed - after actions were sent (the header's waiting count refreshes).
 * @fires smm-admin-unauthorized - the token was refused (revoked).
 * @fires smm-admin-thread - "Thread settings" of a comment; detail: the thread's URL.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { api, ApiError, type Item } from './api.js';
import { fill, type Locale, type Strings } from './i18n.js';
import { base } from './styles.js';
import { queueStyles } from './queue.styles.js';
import { tagsForm, testimonialMarks } from './queue-testimonial.js';

type Action = 'approve' | 'reject' | 'spam' | 'delete' | 'ban';
type Kind = 'all' | 'comment' | 'testimonial';
interface Deferred { ids: string[]; action: Action; timer: ReturnType<typeof setTimeout>; items: Item[] }

export const UNDO_MS = 5000;
const POLL_MS = 15_000;
const STATUSES = ['pending', 'published', 'spam', 'rejected', 'deleted'] as const;

const path = (it: Item) => `/admin/${it.kind === 'comment' ? 'comments' : 'testimonials'}/${encodeURIComponent(it.id)}`;

export class SmmAdminQueue extends LitElement {
  static override styles = [base, queueStyles];
  static override properties = {
    t: { attribute: false },
    locale: { attribute: false },
    features: { attribute: false },
    items: { state: true },
    selected: { state: true },
    active: { state: true },
    toast: { state: true },
    editing: { state: true },
    replying: { state: true },
    tagging: { state: true },
    help: { state: true },
    noTestimonials: { state: true },
    loading: { state: true },
  };

  declare t: Strings;
  declare locale: Locale;
  features: string[] = ['comments'];
  items: Item[] = [];
  selected = new Set<string>();
  active = 0;
  toast = '';
  editing: string | null = null;
  replying: string | null = null;
  tagging: string | null = null;
  help = false;
  noTestimonials = false;
  loading = false;
  status: (typeof STATUSES)[number] = 'pending';
  kind: Kind = 'all';
  thread = '';
  #next: Record<'comment' | 'testimonial', string | null> = { comment: null, testimonial: null };
  #deferred: Deferred[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.#timer = setInterval(() => { if (!this.#busy()) void this.load(); }, POLL_MS);
    addEventListener('keydown', this.#key);
    addEventListener('pagehide', this.#flushAll);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    removeEventListener('keydown', this.#key);
    removeEventListener('pagehide', this.#flushAll);
    this.#flushAll();
  }

  #busy() {
    return this.#deferred.length > 0 || this.editing !== null || this.replying !== null || this.tagging !== null || this.selected.size > 0;
  }

  /** Items not waiting on a deferred action (those look gone until Undo). */
  get shown(): Item[] {
    const hidden = new Set(this.#deferred.flatMap((d) => d.ids));
    return this.items.filter((i) => !hidden.has(`${i.kind}:${i.id}`));
  }

  async #fetch(kind: 'comment' | 'testimonial', cursor?: string): Promise<Item[]> {
    const q = new URLSearchParams({ status: this.status, limit: '50' });
    if (this.thread && kind === 'comment') q.set('thread', this.thread);
    if (cursor) q.set('cursor', cursor);
    try {
      const key = kind === 'comment' ? 'comments' : 'testimonials';
      const r = await api<Record<string, unknown>>(`/admin/${key}?${q}`);
      this.#next[kind] = (r.next as string | null) ?? null;
      if (kind === 'comment') return ((r.comments as Omit<Item, 'kind'>[]) ?? []).map((x) => ({ ...x, kind }));
      // A testimonial in the queue's terms: its wall is where it is shown, its text the body.
      type T = { id: string; status: string; wall: string; name: string; role?: string; company?: string; rating?: number; text: string; createdAt: string; editedAt?: string | null; featured: boolean; tags: string[] };
      return ((r.testimonials as T[]) ?? []).map((x) => ({
        kind, id: x.id, status: x.status, thread: x.wall, parent: null, body: x.text, createdAt: x.createdAt, rating: x.rating, featured: x.featured, tags: x.tags,
        author: { name: [x.name, x.role, x.company].filter(Boolean).join(' · ') }, ...(x.editedAt ? { editedAt: x.editedAt } : {}),
      }));
    } catch (err) {
      if (kind === 'testimonial' && err instanceof ApiError && err.status === 404) {
        this.noTestimonials = true;
        return [];
      }
      throw err;
    }
  }

  async load(more = false) {
    this.loading = true;
    try {
      this.noTestimonials = !this.features.includes('testimonials');
      const kinds = (this.kind === 'all' ? (['comment', 'testimonial'] as const) : [this.kind])
        .filter((k) => this.features.includes(`${k}s`));
      const lists = await Promise.all(kinds.map((k) => (more && !this.#next[k] ? [] : this.#fetch(k, more ? this.#next[k]! : undefined))));
      const got = lists.flat();
      const all = more ? [...this.items, ...got] : got;
      const seen = new Set<string>();
      this.items = all.filter((i) => !seen.has(`${i.kind}:${i.id}`) && seen.add(`${i.kind}:${i.id}`))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      this.active = Math.min(this.active, Math.max(0, this.shown.length - 1));
    } catch (err) {
      this.#fail(err);
    } finally {
      this.loading = false;
    }
  }

  #fail(err: unknown) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      this.dispatchEvent(new Event('smm-admin-unauthorized', { bubbles: true, composed: true }));
      return;
    }
    this.toast = fill(this.t.failed, err instanceof Error ? err.message : String(err));
  }

  // ── actions, deferred so they can be undone ────────────────────────────────────────────

  act(action: Action, targets: Item[]) {
    if (!targets.length) return;
    const ids = targets.map((i) => `${i.kind}:${i.id}`);
    const d: Deferred = { ids, action, items: targets, timer: setTimeout(() => void this.#send(d), UNDO_MS) };
    this.#deferred.push(d);
    this.selected = new Set([...this.selected].filter((k) => !ids.includes(k)));
    const word = this.t.done[action] ?? action;
    this.toast = `${targets.length > 1 ? fill(this.t.doneN, word, targets.length) : `${word}.`} ${fill(this.t.undoHint, UNDO_MS / 1000)}`;
    this.active = Math.min(this.active, Math.max(0, this.shown.length - 1));
    this.requestUpdate();
    void this.updateComplete.then(() => this.#focusActive());
  }

  undo() {
    const d = this.#deferred.pop();
    if (!d) return;
    clearTimeout(d.timer);
    this.toast = this.t.undone;
    // The item is back: focus it (the Undo button that may have had the focus is gone).
    const back = d.items[0]!;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const i = this.shown.findIndex((x) => x.kind === back.kind && x.id === back.id);
      if (i >= 0) this.active = i;
      return this.updateComplete;
    }).then(() => this.#focusActive());
  }

  /** Holds every pending action while the Undo bar has the pointer or the focus: time to reach it. */
  #hold = () => {
    for (const d of this.#deferred) clearTimeout(d.timer);
  };

  /** Gives pending actions their whole wait again once the Undo bar is left. */
  #release = (e: Event) => {
    const bar = e.currentTarget as HTMLElement;
    const focus = e.type === 'focusout' ? (e as FocusEvent).relatedTarget : (this.renderRoot as ShadowRoot).activeElement;
    if ((e.type === 'focusout' && bar.matches(':hover')) || bar.contains(focus as Node | null)) return;
    for (const d of this.#deferred) {
      clearTimeout(d.timer);
      d.timer = setTimeout(() => void this.#send(d), UNDO_MS);
    }
  };

  async #send(d: Deferred, keepalive = false) {
    this.#deferred = this.#deferred.filter((x) => x !== d);
    try {
      for (const it of d.items) {
        if (d.action === 'delete') await api(path(it), { method: 'DELETE', keepalive });
        else if (d.action === 'ban') await api(`${path(it)}/ban`, { method: 'POST', body: { ip: !!it.ipHash, email: !!it.emailHash }, keepalive });
        else await api(`${path(it)}/${d.action}`, { method: 'POST', keepalive });
      }
    } catch (err) {
      this.#fail(err);
    }
    if (keepalive) return;
    if (this.toast && !this.#deferred.length) {
      // The bar goes away: if it held the focus, give it back to the list.
      const hadFocus = this.renderRoot.querySelector('.toast')?.contains((this.renderRoot as ShadowRoot).activeElement);
      this.toast = '';
      if (hadFocus) void this.updateComplete.then(() => this.#focusActive());
    }
    this.dispatchEvent(new Event('smm-admin-changed', { bubbles: true, composed: true }));
    await this.load();
  }

  #flushAll = () => {
    for (const d of [...this.#deferred]) {
      clearTimeout(d.timer);
      void this.#send(d, true);
    }
  };

  /** Features a testimonial on its wall, or stops: sent at once (pressing again takes it back). */
  async feature(it: Item) {
    try {
      await api(path(it), { method: 'PATCH', body: { featured: !it.featured } });
      this.toast = it.featured ? this.t.featuredOff : this.t.featuredOn;
      await this.load();
    } catch (err) {
      this.#fail(err);
    }
  }

  async #saveTags(it: Item, tags: string[]) {
    try {
      await api(path(it), { method: 'PATCH', body: { tags } });
      this.tagging = null;
      this.toast = this.t.tagsSaved;
      await this.load();
      await this.updateComplete;
      this.#focusActive();
    } catch (err) {
      this.#fail(err);
    }
  }

  async #reply(e: SubmitEvent, it: Item) {
    e.preventDefault();
    const f = e.target as HTMLFormElement;
    const name = (f.elements.namedItem('name') as HTMLInputElement).value.trim();
    const body = (f.elements.namedItem('body') as HTMLTextAreaElement).value;
    try {
      await api('/comments', { method: 'POST', body: { thread: it.thread, parent: it.id, name, body } });
      this.replying = null;
      this.toast = this.t.replied;
      await this.load();
    } catch (err) {
      this.#fail(err);
    }
  }

  async #edit(e: SubmitEvent, it: Item) {
    e.preventDefault();
    const body = ((e.target as HTMLFormElement).elements.namedItem('body') as HTMLTextAreaElement).value;
    try {
      await api(path(it), { method: 'PATCH', body: it.kind === 'comment' ? { body } : { text: body } });
      this.editing = null;
      this.toast = this.t.saved;
      await this.load();
    } catch (err) {
      this.#fail(err);
    }
  }

  // ── keyboard ─────────────────────────────────────────────────────────────────────────────

  #key = (e: KeyboardEvent) => {
    const target = e.composedPath()[0] as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const list = this.shown;
    const it = list[this.active];
    const targets = () => (this.selected.size ? list.filter((i) => this.selected.has(`${i.kind}:${i.id}`)) : it ? [it] : []);
    const map: Record<string, () => void> = {
      '?': () => { this.help = !this.help; },
      j: () => { this.active = Math.min(list.length - 1, this.active + 1); void this.updateComplete.then(() => this.#focusActive()); },
      k: () => { this.active = Math.max(0, this.active - 1); void this.updateComplete.then(() => this.#focusActive()); },
      x: () => { if (it) this.#toggle(it); },
      a: () => this.act('approve', targets()),
      r: () => this.act('reject', targets()),
      s: () => this.act('spam', targets()),
      '#': () => this.act('delete', targets()),
      b: () => this.act('ban', targets().filter((i) => i.kind === 'comment' && (i.ipHash || i.emailHash))),
      u: () => this.undo(),
      e: () => { if (it) this.editing = it.id; },
      f: () => { if (it?.kind === 'testimonial') void this.feature(it); },
      t: () => { if (it?.kind === 'testimonial') this.tagging = it.id; },
      R: () => { if (it?.kind === 'comment') this.replying = it.id; },
      Escape: () => { this.help = false; this.editing = null; this.replying = null; this.tagging = null; },
    };
    const fn = map[e.key];
    if (!fn) return;
    e.preventDefault();
    fn();
  };

  #focusActive() {
    this.renderRoot.querySelector<HTMLElement>(`article[data-index="${this.active}"]`)?.focus();
  }

  #toggle(it: Item) {
    const k = `${it.kind}:${it.id}`;
    const s = new Set(this.selected);
    if (s.has(k)) s.delete(k);
    else s.add(k);
    this.selected = s;
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('tagging') && this.tagging) this.renderRoot.querySelector<HTMLInputElement>('form[data-form="tags"] input')?.focus();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.help && !dialog.open) dialog.showModal();
    if (dialog && !this.help && dialog.open) dialog.close();
  }

  // ── rendering ────────────────────────────────────────────────────────────────────────────

  #when(iso: string) {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  #item(it: Item, i: number) {
    const t = this.t;
    const key = `${it.kind}:${it.id}`;
    const labelId = `h-${it.kind}-${it.id}`;
    const actions: [Action, string, string][] = [
      ['approve', t.approve, 'primary'], ['reject', t.reject, ''], ['spam', t.markSpam, ''], ['delete', t.delete, 'danger'],
      ...(it.kind === 'comment' && (it.ipHash || it.emailHash) ? [['ban', t.ban, 'danger'] as [Action, string, string]] : []),
    ];
    return html`<article tabindex="-1" data-index=${i} data-id=${it.id} data-kind=${it.kind} aria-labelledby=${labelId}
        class=${i === this.active ? 'active' : ''} @focus=${() => { this.active = i; }}>
      <div class="head">
        <input type="checkbox" .checked=${this.selected.has(key)} @change=${() => this.#toggle(it)} aria-label=${`${t.select}: ${it.author.name}`}>
        <h3 id=${labelId}>${it.author.name || '—'}</h3>
        ${it.author.badge === 'moderator' ? html`<span class="badge">${t.moderatorBadge}</span>` : nothing}
        <span class="badge kind">${it.kind === 'comment' ? t.comments : t.testimonials}</span>
        <span class="status ${it.status}">${t[it.status as 'pending'] ?? it.status}</span>
        <time datetime=${it.createdAt} class="muted">${this.#when(it.createdAt)}</time>
      </div>
      ${it.kind === 'comment'
        ? html`<p class="where muted">${it.parent ? `${t.inReplyTo} · ` : ''}${fill(t.onPage, '')}<a href=${it.thread} target="_blank" rel="noopener noreferrer">${it.thread}</a></p>`
        : html`<p class="where muted">${fill(t.wall, it.thread)}${it.rating ? ` · ${fill(t.rating, it.rating)}` : ''}</p>${testimonialMarks(it, t)}`}
      ${this.editing === it.id
        ? html`<form class="inline" @submit=${(e: SubmitEvent) => this.#edit(e, it)}>
            <label>${t.editBody}<textarea name="body" .value=${it.body}></textarea></label>
            <div class="row"><button class="primary">${t.save}</button><button type="button" @click=${() => { this.editing = null; }}>${t.cancel}</button></div>
          </form>`
        : html`<p class="body">${it.body}</p>`}
      <div class="actions">
        ${actions.map(([a, label, cls]) => html`<button class=${cls} data-action=${a} @click=${() => this.act(a, [it])}>${label}</button>`)}
        <button data-action="edit" @click=${() => { this.editing = it.id; }}>${t.edit}</button>
        ${it.kind === 'comment' ? html`<button data-action="reply" @click=${() => { this.replying = it.id; }}>${t.reply}</button>
            <button data-action="thread" @click=${() => this.dispatchEvent(new CustomEvent('smm-admin-thread', { detail: it.thread, bubbles: true, composed: true }))}>${t.threadSettings}</button>`
          : html`<button data-action="feature" aria-pressed=${it.featured ? 'true' : 'false'} aria-keyshortcuts="f" @click=${() => this.feature(it)}>★ ${t.featured}</button>
            <button data-action="tags" aria-keyshortcuts="t" @click=${() => { this.tagging = it.id; }}>${t.editTags}</button>`}
      </div>
      ${this.tagging === it.id ? tagsForm(it, t, (tags) => void this.#saveTags(it, tags), () => { this.tagging = null; }) : nothing}
      ${this.replying === it.id ? html`<form class="inline" @submit=${(e: SubmitEvent) => this.#reply(e, it)}>
          <label>${t.replyAs}<input name="name" required maxlength="80" .value=${location.hostname}></label>
          <label>${t.replyBody}<textarea name="body" required maxlength="5000"></textarea></label>
          <div class="row"><button class="primary">${t.send}</button><button type="button" @click=${() => { this.replying = null; }}>${t.cancel}</button></div>
        </form>` : nothing}
    </article>`;
  }

  override render() {
    const t = this.t;
    const list = this.shown;
    const chosen = list.filter((i) => this.selected.has(`${i.kind}:${i.id}`));
    return html`
      <h2>${t.queue}</h2>
      <form class="filters row" @submit=${(e: Event) => { e.preventDefault(); this.selected = new Set(); void this.load(); }}>
        <label>${t.kind}<select @change=${(e: Event) => { this.kind = (e.target as HTMLSelectElement).value as Kind; }}>
          <option value="all" ?selected=${this.kind === 'all'}>${t.kindAll}</option>
          <option value="comment" ?selected=${this.kind === 'comment'}>${t.comments}</option>
          <option value="testimonial" ?selected=${this.kind === 'testimonial'}>${t.testimonials}</option>
        </select></label>
        <label>${t.status}<select name="status" @change=${(e: Event) => { this.status = (e.target as HTMLSelectElement).value as typeof this.status; }}>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${this.status === s}>${t[s]}</option>`)}
        </select></label>
        <label class="grow">${t.thread}<input type="url" name="thread" .value=${this.thread} @change=${(e: Event) => { this.thread = (e.target as HTMLInputElement).value.trim(); }}></label>
        <button class="primary">${t.apply}</button>
        <button type="button" aria-keyshortcuts="?" @click=${() => { this.help = true; }}>${t.shortcuts}</button>
      </form>
      ${this.noTestimonials && this.kind !== 'comment' ? html`<p class="muted note">${t.testimonialsMissing}</p>` : nothing}
      <div class="bulk row" role="toolbar" aria-label=${fill(t.selected, chosen.length)}>
        <label class="check"><input type="checkbox" .checked=${list.length > 0 && chosen.length === list.length}
          @change=${(e: Event) => { this.selected = new Set((e.target as HTMLInputElement).checked ? list.map((i) => `${i.kind}:${i.id}`) : []); }}>${t.selectAll}</label>
        <span class="muted">${fill(t.selected, chosen.length)}</span>
        ${(['approve', 'reject', 'spam', 'delete'] as const).map((a) => html`<button data-bulk=${a} ?disabled=${!chosen.length}
          class=${a === 'approve' ? 'primary' : a === 'delete' ? 'danger' : ''} @click=${() => this.act(a, chosen)}>${a === 'spam' ? t.markSpam : t[a]}</button>`)}
      </div>
      <div class="list" aria-busy=${this.loading ? 'true' : 'false'}>
        ${list.length ? list.map((it, i) => this.#item(it, i)) : html`<p class="empty muted">${this.loading ? '…' : t.empty}</p>`}
      </div>
      ${this.#next.comment || this.#next.testimonial ? html`<button @click=${() => this.load(true)}>${t.more}</button>` : nothing}
      <div class="toast" role="status" aria-live="polite" @focusin=${this.#hold} @pointerenter=${this.#hold}
        @focusout=${this.#release} @pointerleave=${this.#release}>${this.toast
        ? html`<span>${this.toast}</span>${this.#deferred.length ? html`<button class="primary" @click=${() => this.undo()} aria-keyshortcuts="u">${t.undo}</button>` : nothing}`
        : nothing}</div>
      <dialog aria-labelledby="keys-title" @close=${() => { this.help = false; }}>
        <h2 id="keys-title">${t.shortcuts}</h2>
        <p class="muted">${t.shortcutsHelp}</p>
        <table><tbody>${t.keys.map(([k, what]) => html`<tr><th scope="row"><kbd>${k}</kbd></th><td>${what}</td></tr>`)}</tbody></table>
        <button @click=${() => { this.help = false; }}>${t.close}</button>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'smm-admin-queue': SmmAdminQueue }
}
