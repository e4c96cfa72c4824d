import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { enComments } from '../../i18n/en/comments.js';
import { addEnglish, LocalizeController } from '../../i18n/localize.js';
import { packReady } from '../../i18n/pack.js';
import { plural } from '../../i18n/plural.js';
import { css } from '../../shared/css.js';
import { h, place } from '../../shared/dom.js';
import { applyPageDefaults } from '../../shared/options.js';
import { httpUrl, pageUrl } from '../../shared/page.js';
import { api, getJson, needEndpoint } from './api.js';

/** Threads asked for in this task, by endpoint; one request per endpoint (≤ 50 threads each). */
let queue: Map<string, Map<string, Array<(n: number) => void>>> | undefined;

/** The number of comments of `thread` (-1 when unknown), fetched with every other count asked for now. */
export function commentCount(endpoint: string, thread: string): Promise<number> {
  return new Promise((resolve) => {
    if (!queue) {
      queue = new Map();
      // Every element on the page asks in the same task: a macrotask later they have all asked.
      setTimeout(flush);
    }
    const threads = queue.get(endpoint) ?? new Map<string, Array<(n: number) => void>>();
    queue.set(endpoint, threads);
    const waiting = threads.get(thread) ?? [];
    threads.set(thread, waiting);
    waiting.push(resolve);
  });
}

function flush(): void {
  for (const [endpoint, threads] of queue!) {
    const all = [...threads];
    for (let i = 0; i < all.length; i += 50) {
      const batch = all.slice(i, i + 50);
      const q = new URLSearchParams(batch.map(([t]) => ['thread', t]));
      getJson<{ counts: Record<string, number> }>(api(endpoint, `v1/comments/counts?${q}`), (b) => b.counts)
        .then((b) => b.counts, () => ({}) as Record<string, number>)
        .then((counts) => batch.forEach(([t, fns]) => fns.forEach((f) => f(typeof counts[t] == 'number' ? counts[t] : -1))));
    }
  }
  queue = undefined;
}

/**
 * The number of comments of a thread, "12 comments", for lists of posts. Every count on the page
 * comes from one request.
 *
 * @tag smm-comment-count
 * @csspart count - the text.
 */
export class SmmCommentCount extends ReactiveElement {
  static override styles = css`:host{display:inline}`;

  static override properties = {
    /** The thread: a URL, as on `<smm-comments thread>`; default the page's canonical URL. */
    thread: {},
    /** The smm-kit server; default: `<meta name="smm:endpoint">`. */
    endpoint: {},
  };

  thread = '';
  endpoint = '';

  #t = new LocalizeController(this);
  #span!: HTMLElement;
  #count?: number;
  #asked = '';

  constructor() {
    super();
    addEnglish(enComments);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append((this.#span = h('span', { part: 'count' })));
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) applyPageDefaults(this, ['endpoint']);
  }

  // The count is asked for at once, with the page's others, also while the language's strings load.
  override shouldUpdate(changed: PropertyValues<this>): boolean {
    this.#ask();
    return packReady(this.#t.lang, () => this.requestUpdate()) && this.#t.ready && super.shouldUpdate(changed);
  }

  #ask(): void {
    const endpoint = needEndpoint(this);
    const thread = httpUrl(this.thread) ?? pageUrl();
    const asked = endpoint ? `${endpoint} ${thread}` : '';
    if (asked && asked != this.#asked) {
      this.#count = undefined;
      commentCount(endpoint!, thread).then((n) => {
        // No count (endpoint down): nothing is shown.
        if (asked == this.#asked && n >= 0) {
          this.#count = n;
          this.requestUpdate();
        }
      });
    }
    this.#asked = asked;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    place(this.#span, [this.#count == null ? '' : plural(this.#t, 'commentCount', this.#count)]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smm-comment-count': SmmCommentCount;
  }
}
