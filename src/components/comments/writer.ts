// What a reader who writes needs, and no one else: the comment form (with its preview, drafts and
// errors), edit and delete of one's own comments, likes, and the comments of this device that
// await moderation. A chunk of its own, loaded by <smm-comments> the first time a reader starts
// to write, replies or likes, or when this device has written in the thread before.
import { SmmCommentEvent } from '../../events.js';
import { enCommentForm } from '../../i18n/en/comment-form.js';
import { addEnglish } from '../../i18n/localize.js';
import { keyed, place, type Child } from '../../shared/dom.js';
import { markup } from '../../shared/markup.js';
import { load, save } from '../../shared/storage.js';
import { addStyles } from '../../shared/styles.js';
import { api, fetchPage, type Comment } from './api.js';
import { LIKES_KEY, MINE_KEY, type Host } from './comments.js';
import { formStyles } from './form.styles.js';
import { checkFields, identityName, MAX_BODY, type Fields } from './validate.js';

addEnglish(enCommentForm);

/** A comment written on this device: the secret proves it is ours (edit, delete, status). */
export interface Mine {
  id: string;
  secret: string;
  /** The thread's page key, as the server gave it. */
  thread: string;
  status: string;
  /** When it was written (ms), for the edit window. */
  at: number;
  /**
   * When the server's edit window ends, on this device's clock (ms): its `editableUntil` minus the
   * comment's `createdAt`, counted from when the answer came, so a device whose clock is off still
   * counts the server's window. Absent in what older versions kept: `at` + 15 minutes then.
   */
  until?: number;
}

const DRAFTS_KEY = 'smm:comments-drafts';
const AUTHOR_KEY = 'smm:comments-author';
const READER_KEY = 'smm:comments-reader';
/** The server's default edit window, for a server that does not say its own. */
const WINDOW = 900_000;

type Field = keyof Fields;

/** The state of one form: the top one (key `top`) or a reply (key: the parent's id). */
interface Form {
  errors: Partial<Record<Field, string>>;
  message?: string;
  sending?: boolean;
  failed?: boolean;
  preview?: boolean;
}

export class CommentWriter {
  #h: Host;
  #node = keyed();
  #forms = new Map<string, Form>();
  #editing?: string;
  #confirm?: string;
  /** The next end of an edit window on screen, and the timer that renders the wall then. */
  #due = Infinity;
  #timer?: ReturnType<typeof setTimeout>;
  /** Settles once this device's held comments in the thread have been checked. */
  ready: Promise<unknown>;

  constructor(host: Host) {
    this.#h = host;
    addStyles(host.el, formStyles);
    this.ready = this.#refresh();
  }

  // ── the wall's comments, as this chunk changes them ─────────────────────────────────────────

  #all(): Comment[] {
    return [...this.#h.top(), ...[...this.#h.replies.values()].flat()];
  }

  #find(id: string): Comment | undefined {
    return this.#all().find((c) => c.id == id);
  }

  /** The top-level comment above `id`. */
  #root(id: string): string {
    for (let c = this.#find(id); c; c = this.#find(c.parent!)) if (!c.parent) return c.id;
    return id;
  }

  /** Adds a comment (or replaces the one with its id) and renders. */
  #put(c: Comment): void {
    const h = this.#h;
    const list = c.parent ? h.replies.get(this.#root(c.parent)) : h.top();
    if (!list) return;
    const at = list.findIndex((x) => x.id == c.id);
    if (at >= 0) list[at] = { ...list[at], ...c };
    else {
      // A new comment: on top of its list (where its author looks), and in the count once published.
      if (c.parent) list.push(c);
      else {
        list.unshift(c);
        h.replies.set(c.id, []);
      }
      if (c.status != 'pending') h.page()!.total++;
    }
    h.el.requestUpdate();
  }

  /** Takes a comment out (deleted, rejected) and renders. */
  #drop(id: string): void {
    const h = this.#h;
    const c = this.#find(id);
    if (c && c.status != 'pending') h.page()!.total--;
    const top = h.top();
    const at = top.findIndex((x) => x.id == id);
    if (at >= 0) top.splice(at, 1);
    for (const [k, list] of h.replies) h.replies.set(k, list.filter((x) => x.id != id));
    h.el.requestUpdate();
  }

  /** This device's comments (every thread), newest last. */
  #mine(): Mine[] {
    return load<Mine[]>(MINE_KEY, []).filter((m) => m && typeof m.id == 'string' && typeof m.secret == 'string');
  }

  #remember(m: Mine | null, forget?: string): void {
    // The 100 latest are enough for the edit window and for `proof`.
    save(MINE_KEY, [...this.#mine().filter((x) => x.id != (m?.id ?? forget)), ...(m ? [m] : [])].slice(-100));
  }

  #own(id: string): Mine | undefined {
    return this.#mine().find((m) => m.id == id);
  }

  /** Asks the server about this device's comments in the thread that were awaiting moderation. */
  #refresh(): Promise<unknown> {
    const key = this.#h.page()?.thread.key;
    return Promise.all(this.#mine().filter((m) => m.thread == key && m.status == 'pending').map((m) =>
      this.#call('GET', `v1/comments/${m.id}`, m.secret).then(async (r) => {
        if (r.status == 403 || r.status == 404) return this.#forget(m.id);
        if (!r.ok) return;
        const c = ((await r.json()) as { comment: Comment }).comment;
        if (c.status == 'pending' || (c.status == 'published' && this.#find(c.id))) this.#put(c);
        if (c.status == 'pending' || c.status == 'published') this.#remember({ ...m, status: c.status });
        else this.#forget(m.id);
      }, () => {})));
  }

  #forget(id: string): void {
    this.#remember(null, id);
    this.#drop(id);
  }

  #call(method: string, path: string, secret?: string | null, body?: unknown): Promise<Response> {
    return fetch(api(this.#h.endpoint, path), {
      method, credentials: 'omit',
      // text/plain: a simple request, no CORS preflight (the server reads it as JSON).
      headers: { ...(body ? { 'Content-Type': 'text/plain' } : {}), ...(secret ? { Authorization: `Bearer ${secret}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  }

  #fire(id: string, status: string): void {
    this.#h.el.dispatchEvent(new SmmCommentEvent({ thread: this.#h.page()?.thread.key ?? this.#h.thread, id, status }));
  }

  // ── the form ──────────────────────────────────────────────────────────────────────────────

  /** Puts focus in the form of `parent` (null: the top one). */
  focus(parent: string | null): void {
    this.#h.el.renderRoot.querySelector<HTMLElement>(`#b-${parent ?? 'top'}`)?.focus();
  }

  /** The form that writes in the thread (parent null) or answers `parent`, made once and kept. */
  compose(parent: string | null): HTMLElement {
    const t = this.#h.t;
    const k = parent ?? 'top';
    const node = this.#node;
    const form = this.#forms.get(k) ?? { errors: {} };
    this.#forms.set(k, form);
    const who = identityName(this.#h.el.identity);
    const draftKey = `${this.#h.thread} ${k}`;
    const author = load<Partial<Fields>>(AUTHOR_KEY, {});
    const target = parent ? this.#find(parent) : null;
    const field = (f: Field, type: string, label: string, hint?: string) => {
      const input = node(`${k}:${f}`, f == 'body' ? 'textarea' : 'input', {
        part: 'field', id: `${f[0]}-${k}`, name: f, type: f == 'body' ? null : type,
        autocomplete: f == 'body' ? 'off' : f, required: f == 'name' || f == 'body' ? '' : null,
        'aria-invalid': form.errors[f] ? 'true' : null,
        'aria-describedby': [hint && `${f[0]}h-${k}`, f == 'body' && `n-${k}`, form.errors[f] && `${f[0]}e-${k}`].filter(Boolean).join(' ') || null,
        rows: f == 'body' ? '4' : null,
      }) as HTMLInputElement;
      if (!input.dataset.v) {
        // First render: what this device remembers (the author) or kept (the draft).
        input.dataset.v = '1';
        input.value = f == 'body' ? load<Record<string, string>>(DRAFTS_KEY, {})[draftKey] ?? '' : author[f] ?? '';
      }
      input.oninput = () => {
        if (f == 'body') {
          const drafts = load<Record<string, string>>(DRAFTS_KEY, {});
          if (input.value) drafts[draftKey] = input.value;
          else delete drafts[draftKey];
          save(DRAFTS_KEY, drafts);
        } else save(AUTHOR_KEY, { ...load<Partial<Fields>>(AUTHOR_KEY, {}), [f]: input.value.trim() });
        this.#h.el.requestUpdate();
      };
      return node(`${k}:${f}:box`, 'div', { class: 'f' },
        node(`${k}:${f}:l`, 'label', { part: 'label', for: `${f[0]}-${k}` }, label),
        input,
        hint ? node(`${k}:${f}:h`, 'span', { part: 'hint', id: `${f[0]}h-${k}` }, hint) : null,
        form.errors[f] ? node(`${k}:${f}:e`, 'span', { part: 'error', id: `${f[0]}e-${k}` }, form.errors[f]) : null);
    };
    const body = field('body', '', parent ? t.term('replyTo', target?.author.name || t.term('deleted')) : t.term('yourComment'), t.term('syntaxHint'));
    const text = (body.querySelector('textarea') as HTMLTextAreaElement).value;
    const previewButton = node(`${k}:pv`, 'button', { type: 'button', part: 'button preview-toggle', 'aria-expanded': String(!!form.preview), 'aria-controls': `p-${k}` }, t.term('preview'));
    previewButton.onclick = () => {
      form.preview = !form.preview;
      this.#h.el.requestUpdate();
    };
    const preview = node(`${k}:p`, 'div', { part: 'preview', id: `p-${k}`, hidden: !form.preview && '' });
    if (form.preview && preview.dataset.v != text) {
      preview.dataset.v = text;
      place(preview, markup(text));
    }
    const submit = node(`${k}:s`, 'button', { type: 'submit', part: 'button post', 'aria-disabled': form.sending ? 'true' : null },
      form.sending ? t.term('posting') : form.failed ? t.term('retry') : t.term('post'));
    const cancel = node(`${k}:c`, 'button', { type: 'button', part: 'button cancel' }, t.term('cancelForm'));
    cancel.onclick = () => this.#h.close(parent);
    const el = node(`${k}:form`, 'form', { part: 'form', novalidate: '', 'aria-label': parent ? null : t.term('write') },
      who ? node(`${k}:who`, 'p', { part: 'hint' }, t.term('commentingAs', who)) : null,
      body,
      node(`${k}:n`, 'span', { part: 'hint count', id: `n-${k}`, class: text.length > MAX_BODY ? 'over' : null }, t.term('charCount', text.length, MAX_BODY)),
      previewButton,
      preview,
      who ? null : node(`${k}:who-fields`, 'div', { class: 'who' },
        field('name', 'text', t.term('name')),
        field('email', 'email', t.term('emailLabel'), t.term('emailHint')),
        field('url', 'url', t.term('website'))),
      // A field people never see nor hear, that form-filling robots fill in.
      node(`${k}:hp`, 'div', { class: 'hp', 'aria-hidden': 'true' },
        node(`${k}:hpi`, 'input', { name: 'hp', tabindex: '-1', autocomplete: 'off', 'aria-label': 'hp' })),
      // Shown here, said once by the wall's live region (an alert role here would say it twice).
      form.message ? node(`${k}:m`, 'p', { part: 'error' }, form.message) : null,
      node(`${k}:a`, 'div', { part: 'actions' }, submit, cancel));
    el.onsubmit = (e) => {
      e.preventDefault();
      this.#send(parent, el);
    };
    // Escape closes it, as Cancel does (the draft stays). void: a handler property that returns false
    // cancels the key, and every other key (Tab, letters) would be lost.
    el.onkeydown = (e) => void (e.key == 'Escape' && cancel.click());
    return el;
  }

  async #send(parent: string | null, el: HTMLElement): Promise<void> {
    const h = this.#h;
    const t = h.t;
    const k = parent ?? 'top';
    const form = this.#forms.get(k)!;
    if (form.sending) return;
    const value = (f: string) => (el.querySelector(`[name=${f}]`) as HTMLInputElement | null)?.value ?? '';
    const identity = h.el.identity;
    const fields: Fields = { name: value('name').trim(), email: value('email').trim(), url: value('url').trim(), body: value('body') };
    form.errors = checkFields(fields, !!identityName(identity), t);
    form.message = undefined;
    const bad = (Object.keys(form.errors) as Field[])[0];
    if (bad) {
      h.el.requestUpdate();
      await h.el.updateComplete;
      el.querySelector<HTMLElement>(`[name=${bad}]`)?.focus();
      return;
    }
    form.sending = true;
    h.el.requestUpdate();
    const proof = this.#mine().reverse().find((m) => m.status == 'published')?.secret;
    const payload = {
      thread: h.thread, ...(parent ? { parent } : {}), body: fields.body, form: h.page()?.form, hp: value('hp') || undefined,
      ...(identityName(identity) ? { identity } : { name: fields.name, email: fields.email || undefined, url: fields.url || undefined }),
      ...(proof ? { proof } : {}),
    };
    let r: Response | undefined;
    try {
      r = await this.#call('POST', 'v1/comments', null, payload);
      const e = ((await r.clone().json().catch(() => ({}))) as { error?: { code?: string; issues?: Array<{ path: string }> } }).error;
      const wait = Number(r.headers.get('Retry-After'));
      // Sent faster than the server's minimum fill time: wait as long as it asks, once.
      if (e?.code == 'too_fast' && wait <= 10) {
        await new Promise((ok) => setTimeout(ok, wait * 1000));
        r = await this.#call('POST', 'v1/comments', null, payload);
      } else if (e?.issues?.some((i) => i.path == 'form')) {
        // The page stayed open past the token's life (a day): a fresh one, and once more.
        payload.form = h.page()!.form = (await fetchPage(h.endpoint, { thread: h.thread, sort: 'newest', limit: 1 })).form;
        r = await this.#call('POST', 'v1/comments', null, payload);
      }
    } catch {
      r = undefined;
    }
    form.sending = false;
    form.failed = !r?.ok;
    if (r?.ok) {
      const { comment, secret, editableUntil } = (await r.json()) as { comment: Comment; secret: string; editableUntil?: string };
      const status = comment.status ?? (r.status == 202 ? 'pending' : 'published');
      // Both times are the server's: their difference is the window left, whatever this clock says.
      const left = Date.parse(editableUntil!) - Date.parse(comment.createdAt);
      const at = Date.now();
      this.#remember({ id: comment.id, secret, thread: h.page()?.thread.key ?? h.thread, status, at, until: at + (left >= 0 ? left : WINDOW) });
      const drafts = load<Record<string, string>>(DRAFTS_KEY, {});
      delete drafts[`${h.thread} ${k}`];
      save(DRAFTS_KEY, drafts);
      (el.querySelector('[name=body]') as HTMLTextAreaElement).value = '';
      form.preview = false;
      this.#put({ ...comment, status: status as Comment['status'] });
      h.say(t.term(status == 'pending' ? 'held' : 'posted'));
      this.#fire(comment.id, status);
      if (parent) h.close(parent);
      else h.el.requestUpdate();
      await h.el.updateComplete;
      h.el.renderRoot.querySelector<HTMLElement>(`#c-${comment.id}`)?.focus();
      return;
    }
    form.message = await this.#why(r, k);
    h.say(form.message);
    h.el.requestUpdate();
  }

  /** What to tell the reader about a refused or failed request; field errors go to their fields. */
  async #why(r: Response | undefined, k = ''): Promise<string> {
    const t = this.#h.t;
    if (!r) return t.term('sendFailed');
    const e = ((await r.json().catch(() => ({}))) as { error?: { code?: string; issues?: Array<{ path: string }> } }).error;
    const form = this.#forms.get(k);
    if (form && e?.issues) {
      for (const i of e.issues) {
        const f = i.path.split('.')[0] as Field;
        if (f in { name: 1, email: 1, url: 1, body: 1 }) form.errors[f] = t.term(f == 'body' ? 'tooLong' : f == 'name' ? 'nameMissing' : f == 'url' ? 'badUrl' : 'badEmail', MAX_BODY);
      }
    }
    const code = e?.code;
    // Closed while the page was open: the wall shows it so from now on (the caller renders).
    if (code == 'thread_closed') this.#h.page()!.thread.closed = true;
    return t.term(r.status == 429 ? 'tooSoon' : code == 'duplicate' ? 'duplicate' : code == 'thread_closed' ? 'closed' : r.status >= 500 ? 'sendFailed' : 'refused');
  }

  // ── one's own comments ────────────────────────────────────────────────────────────────────

  /** Edit and Delete for a comment of this device, within the edit window (and not a second longer). */
  actions(c: Comment): Child[] {
    const m = this.#own(c.id);
    const end = m ? m.until ?? m.at + WINDOW : 0;
    if (!m || c.deleted || Date.now() >= end) return [];
    this.#wake(end);
    const t = this.#h.t;
    const edit = this.#node(`ed:${c.id}`, 'button', { type: 'button', part: 'button edit', 'aria-expanded': String(this.#editing == c.id) }, t.term('edit'));
    edit.onclick = () => {
      this.#editing = this.#editing == c.id ? undefined : c.id;
      this.#h.el.requestUpdate();
      this.#h.el.updateComplete.then(() => this.#h.el.renderRoot.querySelector<HTMLElement>(`#x-${c.id}`)?.focus());
    };
    const del = this.#node(`dl:${c.id}`, 'button', { type: 'button', part: 'button delete' }, t.term(this.#confirm == c.id ? 'confirmRemove' : 'remove'));
    del.onclick = () => {
      if (this.#confirm != c.id) {
        this.#confirm = c.id;
        this.#h.el.requestUpdate();
      } else this.#delete(c, m);
    };
    del.onblur = () => {
      if (this.#confirm == c.id) {
        this.#confirm = undefined;
        this.#h.el.requestUpdate();
      }
    };
    return [edit, del];
  }

  /** Renders the wall when the first window on screen ends, so its buttons go then, unasked. */
  #wake(end: number): void {
    if (end >= this.#due) return;
    clearTimeout(this.#timer);
    this.#due = end;
    // A timer waits at most 2^31 − 1 ms (24 days); a longer window is waited for in steps.
    this.#timer = setTimeout(async () => {
      const h = this.#h;
      this.#due = Infinity;
      // A reader on Edit or Delete as they go is told why, and put on the comment, not lost on the page.
      const on = (h.el.renderRoot as ShadowRoot).activeElement;
      const comment = on?.closest('article');
      h.el.requestUpdate();
      await h.el.updateComplete;
      if (on && !on.isConnected) {
        h.say(h.t.term('locked'));
        comment?.focus();
      }
    }, Math.min(end - Date.now(), 2 ** 31 - 1));
  }

  /** The form that edits `id` in place of its text, while it is open. */
  editor(id: string): HTMLElement | null {
    if (this.#editing != id) return null;
    const t = this.#h.t;
    const c = this.#find(id);
    const area = this.#node(`x:${id}`, 'textarea', { part: 'field', id: `x-${id}`, name: 'body', rows: '4', 'aria-label': t.term('yourComment') }) as HTMLTextAreaElement;
    if (!area.dataset.v) {
      area.dataset.v = '1';
      area.value = c?.body ?? '';
    }
    const form = this.#forms.get(id + ':edit');
    const save = this.#node(`xs:${id}`, 'button', { type: 'submit', part: 'button post' }, t.term('save'));
    const cancel = this.#node(`xc:${id}`, 'button', { type: 'button', part: 'button cancel' }, t.term('cancelForm'));
    cancel.onclick = () => this.#stopEditing(id);
    const el = this.#node(`xf:${id}`, 'form', { part: 'form', novalidate: '' }, area,
      form?.message ? this.#node(`xm:${id}`, 'p', { part: 'error' }, form.message) : null,
      this.#node(`xa:${id}`, 'div', { part: 'actions' }, save, cancel));
    el.onsubmit = (e) => {
      e.preventDefault();
      this.#edit(id, area.value);
    };
    el.onkeydown = (e) => void (e.key == 'Escape' && cancel.click());
    return el;
  }

  async #stopEditing(id: string): Promise<void> {
    this.#editing = undefined;
    (this.#node(`x:${id}`, 'textarea') as HTMLTextAreaElement).dataset.v = '';
    this.#h.el.requestUpdate();
    await this.#h.el.updateComplete;
    this.#h.el.renderRoot.querySelector<HTMLElement>(`#c-${id}`)?.focus();
  }

  async #edit(id: string, body: string): Promise<void> {
    const h = this.#h;
    const m = this.#own(id);
    const form: Form = { errors: {} };
    this.#forms.set(id + ':edit', form);
    if (!body.trim() || body.length > MAX_BODY) form.message = h.t.term(body.trim() ? 'tooLong' : 'bodyMissing', MAX_BODY);
    else {
      const r = await this.#call('PATCH', `v1/comments/${id}`, m?.secret, { body }).catch(() => undefined);
      if (r?.ok) {
        this.#put((await r.json() as { comment: Comment }).comment);
        h.say(h.t.term('saved'));
        return this.#stopEditing(id);
      }
      form.message = r?.status == 403 ? h.t.term('locked') : await this.#why(r);
    }
    h.say(form.message);
    h.el.requestUpdate();
  }

  async #delete(c: Comment, m: Mine): Promise<void> {
    const h = this.#h;
    const r = await this.#call('DELETE', `v1/comments/${c.id}`, m.secret).catch(() => undefined);
    this.#confirm = undefined;
    if (!r?.ok) {
      h.say(r?.status == 403 ? h.t.term('locked') : await this.#why(r));
      return h.el.requestUpdate();
    }
    this.#remember(null, c.id);
    if (r.status == 204) this.#drop(c.id);
    else this.#put((await r.json() as { comment: Comment }).comment);
    h.say(h.t.term('removed'));
    await h.el.updateComplete;
    (h.el.renderRoot.querySelector<HTMLElement>(`#c-${c.id}`) ?? h.el.renderRoot.querySelector<HTMLElement>('[part~=write],#b-top'))?.focus();
  }

  // ── likes ─────────────────────────────────────────────────────────────────────────────────

  /** Likes `c`, or takes the like back: one per reader (a random id kept on this device). */
  async like(c: Comment): Promise<void> {
    const h = this.#h;
    let reader = load<string>(READER_KEY, '');
    if (!/^[\w-]{16,64}$/.test(reader)) {
      reader = [...crypto.getRandomValues(new Uint8Array(18))].map((b) => b.toString(36).padStart(2, '0')).join('');
      save(READER_KEY, reader);
    }
    const liked = h.liked.has(c.id);
    const r = await this.#call(liked ? 'DELETE' : 'POST', `v1/comments/${c.id}/like`, null, { reader }).catch(() => undefined);
    if (!r?.ok) {
      h.say(r?.status == 403 ? await this.#why(r) : h.t.term('likeFailed'));
      return h.el.requestUpdate();
    }
    const b = (await r.json()) as { likes: number; liked: boolean };
    if (b.liked) h.liked.add(c.id);
    else h.liked.delete(c.id);
    save(LIKES_KEY, [...h.liked].slice(-500));
    this.#put({ ...c, likes: b.likes });
  }
}

/** The form's chunk, as <smm-comments> sees it. */
export type Writer = CommentWriter;
