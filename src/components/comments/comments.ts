import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { enComments } from '../../i18n/en/comments.js';
import { addEnglish, LocalizeController } from '../../i18n/localize.js';
import { packReady } from '../../i18n/pack.js';
import { plural } from '../../i18n/plural.js';
import { clicks, h, keyed, place, type AttrValue, type Child } from '../../shared/dom.js';
import { markup, UGC_REL } from '../../shared/markup.js';
import { applyPageDefaults, checkChoice } from '../../shared/options.js';
import { httpUrl, pageUrl } from '../../shared/page.js';
import { load, save } from '../../shared/storage.js';
import { relativeTime, timeNode } from '../../shared/time.js';
import { warnOnce } from '../../shared/warn.js';
import { fetchPage, needEndpoint, type Comment, type Page, type Sort } from './api.js';
import { commentsStyles } from './comments.styles.js';
import type { Writer } from './writer.js';

export type { Comment, Sort } from './api.js';

const SORTS = ['newest', 'oldest', 'top'] as const;
/** Where the reader's sort order is remembered (one for every thread on this device). */
const SORT_KEY = 'smm:comments-sort';
/** Ids of the comments this device liked. */
export const LIKES_KEY = 'smm:comments-liked';
/** The comments written on this device: id, secret, thread key, and the comment as last seen. */
export const MINE_KEY = 'smm:comments-mine';

/** What the form chunk (writer.ts) may see and do of its element. */
export interface Host {
  el: SmmComments;
  t: LocalizeController;
  endpoint: string;
  /** The thread as sent to the server (an absolute URL). */
  thread: string;
  page: () => Page | undefined;
  liked: Set<string>;
  /** The top-level comments on screen, in order (a new array when the wall reloads). */
  top: () => Comment[];
  /** Replies under each top-level comment, flat, oldest first. */
  replies: Map<string, Comment[]>;
  /** Closes the form of `parent` (null: the top form) and puts focus back on what opened it. */
  close: (parent: string | null) => void;
  say: (message: string) => void;
}

/**
 * A comment wall for the page, from the site's own smm-kit server: readers read, reply, like,
 * and write with their name or the site's sign-in. Reading costs one request; the form's code
 * is fetched when a reader starts writing (or has comments of their own on the page).
 *
 * @tag smm-comments
 * @fires smm-comment - after a reader's comment was posted (the tracker counts it). `detail: {thread, id,
 *   status}`, status `published` or `pending` (held for moderation).
 * @csspart comments - the whole wall.   @csspart header - the count and the sort choice.
 * @csspart heading - "N comments".   @csspart sort - the sort choice.
 * @csspart list - the list of top-level comments.   @csspart replies - a nested list of replies.
 * @csspart comment - one comment (also `pending` while it awaits moderation, `deleted` for a placeholder).
 * @csspart meta - author, badge, time.   @csspart author - the author's name (a link to their website).
 * @csspart badge - "Moderator" or "Verified".   @csspart time - when it was written.
 * @csspart edited - the "edited" mark.   @csspart status - "Awaiting moderation".
 * @csspart reply-to - "in reply to …" beyond the nesting depth.
 * @csspart body - the text.   @csspart actions - the buttons under a comment.
 * @csspart icon - the heart in the like button.
 * @csspart button - every button (also `like`, `reply`, `more`, `retry`, `write`, `edit`, `delete`,
 *   `post`, `cancel`, `preview-toggle`).
 * @csspart form - a comment form.   @csspart field - a text field.   @csspart label - a field's label.
 * @csspart hint - help under a field (also `count`, the live character count).
 * @csspart error - a field's error, or why a send failed.   @csspart preview - the preview.
 * @csspart notice - loading, empty, closed and error messages.
 * Colours come from the page (text, links) unless the tokens below set them.
 * @cssproperty --smm-fg - text colour.
 * @cssproperty --smm-bg - background of fields and buttons.
 * @cssproperty --smm-muted - secondary text (times, hints).
 * @cssproperty --smm-accent - links, buttons and the like mark.
 * @cssproperty --smm-border - lines around fields and between comments.
 * @cssproperty --smm-focus - focus ring colour.
 * @cssproperty --smm-error - errors in the form.
 * @cssproperty --smm-font - font family.
 * @cssproperty --smm-radius - corner radius of fields and buttons.
 * @cssproperty --smm-gap - space between comments.
 * @cssproperty --smm-indent - indentation of nested replies.
 * @cssproperty --smm-min-height - room kept while the comments load (less layout shift).
 */
export class SmmComments extends ReactiveElement {
  static override styles = commentsStyles;

  static override properties = {
    /** The thread: a URL; default the page's canonical URL (the server keeps its page key). */
    thread: {},
    /** The smm-kit server, e.g. `https://example.org/smm`; default: `<meta name="smm:endpoint">`. */
    endpoint: {},
    /** Replies are indented this many levels (a top-level comment is level 1); deeper ones are listed flat. */
    depth: { type: Number },
    /** Order when the reader has not chosen one: `newest`, `oldest` or `top` (most liked). */
    sort: {},
    /** Top-level comments per request (1–100). */
    pageSize: { attribute: 'page-size', type: Number },
    /** A token signed by the site for a signed-in reader: the form then says "Commenting as …". */
    identity: {},
  };

  thread = '';
  endpoint = '';
  depth = 3;
  sort: Sort = 'newest';
  pageSize = 20;
  identity = '';

  #t = new LocalizeController(this);
  #node = keyed();
  #clicks!: WeakMap<Element, (e: MouseEvent) => void>;
  #status!: HTMLElement;
  /** The reader's choice of order, once made on this device. */
  #chosen?: Sort;
  #state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** What was asked for last (endpoint, thread, order), to reload when one of them changes. */
  #asked = '';
  #page?: Page;
  #top: Comment[] = [];
  /** Replies under each top-level comment, flat, oldest first. */
  #replies = new Map<string, Comment[]>();
  #liked = new Set<string>();
  /** Bodies as rendered, so an unchanged text keeps its nodes (and a reader's selection). */
  #bodies = new Map<string, [string, HTMLElement]>();
  #busy = new Set<string>();
  #writer?: Writer;
  #writing?: Promise<Writer | void>;
  /** Open forms: '' for the top one, else the id of the comment being answered. */
  #open = new Set<string>();
  /** The next refresh of the relative times; none while the page is hidden. */
  #timer?: ReturnType<typeof setTimeout>;
  #shown = () => (document.hidden ? clearTimeout(this.#timer) : this.refreshTimes());

  constructor() {
    super();
    addEnglish(enComments);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append((this.#status = h('span', { class: 'sr', role: 'status' })));
    this.#clicks = clicks(root, 'button');
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) applyPageDefaults(this, ['endpoint', 'depth']);
    const sort = load<string>(SORT_KEY, '');
    if ((SORTS as readonly string[]).includes(sort)) this.#chosen = sort as Sort;
    this.#liked = new Set(load<string[]>(LIKES_KEY, []));
    document.addEventListener('visibilitychange', this.#shown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#shown);
    clearTimeout(this.#timer);
  }

  /**
   * Brings the relative times ("5 minutes ago") up to date, and nothing else, then plans the next
   * time: every 15 s while the newest comment is young, less often as it ages (an hour at most),
   * never while the page is hidden. The wall calls it by itself; `now` (ms) is for tests.
   */
  refreshTimes(now = Date.now()): void {
    clearTimeout(this.#timer);
    let young = Infinity;
    for (const el of this.renderRoot.querySelectorAll('time')) {
      const date = new Date(el.dateTime);
      young = Math.min(young, now - +date);
      place(el, [relativeTime(this.#t.lang, date, now)]);
    }
    if (young < Infinity && !document.hidden) this.#timer = setTimeout(() => this.refreshTimes(), Math.min(Math.max(young / 16, 15e3), 36e5));
  }

  // Wait for the strings of the reader's language (and the comment pack's), so nothing flashes in English.
  override shouldUpdate(changed: PropertyValues<this>): boolean {
    return packReady(this.#t.lang, () => this.requestUpdate()) && this.#t.ready && super.shouldUpdate(changed);
  }

  override willUpdate(): void {
    checkChoice(this, 'smm-comments', 'sort', SORTS);
    const endpoint = needEndpoint(this);
    const asked = endpoint ? `${endpoint} ${this.#thread()} ${this.#sort()}` : '';
    if (asked != this.#asked) {
      this.#asked = asked;
      if (asked) this.#load();
      else this.#state = 'idle';
    }
  }

  /** Resolves once the comments on screen are the ones asked for (and the form, if it loads). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done: boolean;
    do {
      done = await super.getUpdateComplete();
      await this.#loading;
      await this.#writing;
    } while (this.isUpdatePending);
    return done;
  }

  #loading?: Promise<void>;

  #thread(): string {
    const own = this.thread && httpUrl(this.thread);
    if (this.thread && !own) warnOnce(`smm-comments: thread "${this.thread}" is not an http(s) URL; using the page's canonical URL.`);
    return own || pageUrl();
  }

  #sort(): Sort {
    return this.#chosen ?? this.sort;
  }

  #host(): Host {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      el, t: this.#t, page: () => this.#page, liked: this.#liked, top: () => this.#top, replies: this.#replies,
      get endpoint() {
        return httpUrl(el.endpoint)!;
      },
      get thread() {
        return el.#thread();
      },
      close: (parent) => {
        this.#open.delete(parent ?? '');
        this.requestUpdate();
        this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>(parent ? `#r-${parent}` : '[part~=write]'))?.focus());
      },
      say: (m) => this.#say(m),
    };
  }

  /** The first page of the thread, in the current order. */
  #load(): void {
    const asked = this.#asked;
    this.#state = 'loading';
    const done = this.#fetch().then(
      (page) => {
        if (asked != this.#asked) return;
        this.#page = page;
        this.#top = [];
        this.#replies.clear();
        this.#add(page);
        this.#state = 'ready';
        // The form's chunk comes with the comments when this device wrote some here: it shows
        // the ones awaiting moderation and the edit and delete buttons.
        if (load<Array<{ thread: string }>>(MINE_KEY, []).some((m) => m.thread == page.thread.key)) this.#write();
      },
      () => {
        if (asked == this.#asked) this.#state = 'error';
      },
    ).finally(() => this.requestUpdate());
    this.#loading = done;
  }

  #fetch(cursor?: string | null, parent?: string): Promise<Page> {
    return fetchPage(httpUrl(this.endpoint)!, { thread: this.#thread(), sort: this.#sort(), limit: Math.min(100, Math.max(1, this.pageSize | 0 || 20)), cursor, parent });
  }

  #add(page: Page): void {
    for (const c of page.comments) {
      this.#top.push(c);
      this.#replies.set(c.id, c.replies ?? []);
    }
    this.#page!.next = page.next;
  }

  /** Loads the next page (of top-level comments, or of the replies under `root`). */
  async #more(root?: Comment): Promise<void> {
    const key = root ? root.id : '';
    if (this.#busy.has(key)) return;
    this.#busy.add(key);
    const button = this.renderRoot.querySelector(`#m-${key}`);
    const focused = button?.matches(':focus');
    const before = root ? this.#replies.get(key)!.length : this.#top.length;
    try {
      if (root) {
        const page = await this.#fetch(root.repliesNext, root.id);
        this.#replies.get(key)!.push(...page.comments);
        root.repliesNext = page.next;
      } else this.#add(await this.#fetch(this.#page!.next));
    } catch {
      this.#say(this.#t.term('loadFailed'));
    }
    this.#busy.delete(key);
    this.requestUpdate();
    // (Not this.updateComplete, which waits for this very call.)
    await super.getUpdateComplete();
    // The button went with the last page: focus moves to the first comment it brought.
    const first = (root ? this.#replies.get(key)! : this.#top)[before];
    if (focused && !button!.isConnected && first) this.renderRoot.querySelector<HTMLElement>(`#c-${first.id}`)?.focus();
  }

  #say(message: string): void {
    // Emptied first, so the same message said twice is announced twice.
    place(this.#status, []);
    requestAnimationFrame(() => place(this.#status, [message]));
  }

  /** Loads the form's chunk once; `then` runs when it is there. */
  #write(then?: (w: Writer) => void): void {
    this.#writing ??= import('./writer.js').then(
      // Rendered at once; awaited (updateComplete) until this device's held comments are checked.
      (m) => (this.#writer = new m.CommentWriter(this.#host())).ready.then(() => this.#writer!),
      () => this.#say(this.#t.term('loadFailed')),
    ).finally(() => this.requestUpdate());
    this.#writing.then((w) => w && then?.(w));
  }

  #start(parent: string): void {
    this.#open.add(parent);
    this.#write((w) => {
      this.requestUpdate();
      this.updateComplete.then(() => w.focus(parent || null));
    });
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const t = this.#t;
    const node = this.#node;
    const page = this.#page;
    const state = this.#state;
    const open = page && !page.thread.closed;
    const select = node('sort', 'select', { part: 'sort', id: 'sort' },
      ...SORTS.map((s) => node(`o:${s}`, 'option', { value: s }, t.term(s))));
    (select as HTMLSelectElement).value = this.#sort();
    select.onchange = () => {
      save(SORT_KEY, (this.#chosen = (select as HTMLSelectElement).value as Sort));
      this.requestUpdate();
    };
    const notice = state == 'loading' ? t.term('loading') : state == 'error' ? t.term('loadFailed')
      : page && !this.#top.length ? t.term('noComments') : null;
    const retry = state == 'error' && this.#button('retry', 'retry', t.term('retry'), () => this.#load());
    const write = open && (this.#open.has('') && this.#writer ? this.#writer.compose(null) : this.#button('write', 'write', t.term('write'), () => this.#start('')));
    place(this.renderRoot as ShadowRoot, [this.#status,
      node('wall', 'section', { part: 'comments', 'aria-labelledby': 'heading', dir: t.dir == 'rtl' && 'rtl' },
        node('header', 'div', { part: 'header' },
          node('heading', 'h2', { part: 'heading', id: 'heading' }, page ? plural(t, 'commentCount', page.total) : t.term('comments')),
          page && page.total > 1 && node('sorting', 'label', { part: 'label' }, t.term('sortBy'), ' ', select)),
        write || null,
        notice && node('notice', 'p', { part: 'notice' }, notice),
        retry,
        page?.thread.closed ? node('closed', 'p', { part: 'notice' }, t.term('closed')) : null,
        node('list', 'ol', { part: 'list' }, ...(state == 'ready' ? this.#top.flatMap((c) => this.#items(c, 1, this.#children(c))) : [])),
        state == 'ready' && page!.next ? this.#button('m-', 'more', t.term('showMore'), () => (this.#loading = this.#more())) : null)]);
    this.refreshTimes();
  }

  /** Replies under a top-level comment, by parent id, in the order given (oldest first). */
  #children(top: Comment): Map<string, Comment[]> {
    const by = new Map<string, Comment[]>();
    for (const r of this.#replies.get(top.id) ?? []) by.set(r.parent!, [...(by.get(r.parent!) ?? []), r]);
    return by;
  }

  /** `c` as a list item at `level`, with its replies nested inside it, or after it when the list is as deep as allowed. */
  #items(c: Comment, level: number, by: Map<string, Comment[]>, replyTo?: string): HTMLElement[] {
    const node = this.#node;
    const kids = by.get(c.id) ?? [];
    const nested = level < this.depth;
    const under = kids.flatMap((k) => this.#items(k, nested ? level + 1 : level, by, nested ? undefined : c.author.name || this.#t.term('deleted')));
    const more = !c.parent && c.repliesNext ? this.#button(`m-${c.id}`, 'more', this.#t.term('showMoreReplies'), () => (this.#loading = this.#more(c))) : null;
    const form = this.#open.has(c.id) && this.#writer?.compose(c.id);
    const li = node(`li:${c.id}`, 'li', {}, this.#comment(c, replyTo), form || null,
      nested && (under.length || more) ? node(`ol:${c.id}`, 'ol', { part: 'replies' }, ...under, more) : null);
    return nested ? [li] : [li, ...under, ...(more ? [node(`mi:${c.id}`, 'li', {}, more)] : [])];
  }

  #comment(c: Comment, replyTo?: string): HTMLElement {
    const t = this.#t;
    const node = this.#node;
    const id = c.id;
    const a = c.author;
    const url = a.url && /^https?:\/\//i.test(a.url) ? httpUrl(a.url) : null;
    // A closed thread is kept as it was: its likes shown but not changed, no replies.
    const closed = this.#page!.thread.closed;
    const writable = !c.deleted && !closed && c.status != 'pending';
    const liked = this.#liked.has(id);
    let body = this.#bodies.get(id);
    if (body?.[0] != c.body) {
      const el = body?.[1] ?? h('div', { part: 'body' });
      place(el, markup(c.body));
      this.#bodies.set(id, (body = [c.body, el]));
    }
    const editor = this.#writer?.editor(id);
    return node(`c:${id}`, 'article', { part: `comment${c.status == 'pending' ? ' pending' : ''}${c.deleted ? ' deleted' : ''}`, id: `c-${id}`, tabindex: '-1' },
      node(`meta:${id}`, 'p', { part: 'meta' },
        c.deleted ? t.term('deleted') : url ? node(`a:${id}`, 'a', { part: 'author', href: url, rel: UGC_REL }, a.name) : node(`n:${id}`, 'span', { part: 'author' }, a.name),
        a.badge && !c.deleted ? node(`bd:${id}`, 'span', { part: 'badge' }, t.term(a.badge == 'moderator' ? 'moderator' : 'verified')) : null,
        replyTo ? node(`rt:${id}`, 'span', { part: 'reply-to' }, t.term('inReplyTo', replyTo)) : null,
        timeNode(t.lang, c.createdAt),
        c.editedAt ? node(`e:${id}`, 'span', { part: 'edited' }, t.term('edited')) : null,
        c.status == 'pending' ? node(`s:${id}`, 'strong', { part: 'status' }, t.term('awaiting')) : null),
      c.deleted ? null : editor ?? body[1],
      c.deleted ? null : node(`ac:${id}`, 'div', { part: 'actions' },
        c.status != 'pending' && this.#button(`l:${id}`, 'like', [node(`h:${id}`, 'span', { part: 'icon', 'aria-hidden': 'true' }, liked ? '♥' : '♡'), t.term('like'), ' ', node(`lc:${id}`, 'span', {}, String(c.likes))], () => this.#write((w) => w.like(c)), { 'aria-pressed': String(liked), disabled: closed && '' }),
        writable && this.#button(`r-${id}`, 'reply', t.term('reply'), () => this.#start(id)),
        ...(this.#writer?.actions(c) ?? [])));
  }

  #button(key: string, part: string, label: Child | Child[], run: () => void, more: Record<string, AttrValue> = {}): HTMLElement {
    const b = this.#node(key, 'button', { type: 'button', part: `button ${part}`, id: key.includes('-') ? key : null, ...more }, ...[label].flat());
    this.#clicks.set(b, run);
    return b;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smm-comments': SmmComments;
  }
}
