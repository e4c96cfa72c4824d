// Disqus's XML export (Admin → Community → Export): `<thread dsq:id>` elements with the page's
// `<link>`, then `<post dsq:id>` elements that point at their thread and, for replies, at their
// parent post. Messages are HTML; they become light-syntax text. Threads are remembered (one short
// string each), posts never are: a post is yielded as soon as it closes.
import { htmlToText } from './html-text.js';
import { displayName, emailAddress, threadKey, validDate } from './fields.js';
import { attr, xml, type Input, type ParseOptions } from './source.js';
import type { CommentStatus } from '../store/comment-types.js';
import type { ImportedComment } from './types.js';

/** Child elements of a post whose text is kept (path below `<post>`). */
const POST_FIELDS = new Set(['message', 'createdAt', 'isDeleted', 'isSpam', 'isApproved', 'author/name', 'author/email', 'author/username']);
/** Posts waiting for a thread that comes later in the file (Disqus writes threads first). */
const MAX_WAITING = 10_000;

interface Post {
  id: string;
  thread: string;
  parent: string;
  f: Record<string, string>;
}

export async function* parseDisqus(input: Input, opts: ParseOptions = {}): AsyncGenerator<ImportedComment> {
  const skip = opts.onSkip ?? (() => {});
  /** dsq:id of a thread → its page key, or null when its link is not a web page. */
  const threads = new Map<string, string | null>();
  const waiting: Post[] = [];
  const out: ImportedComment[] = [];
  const path: string[] = [];
  let thread: { id: string; f: Record<string, string> } | undefined;
  let post: Post | undefined;
  /** The field whose text is being read, and where it goes. */
  let field: { key: string; into: Record<string, string> } | undefined;

  const toRecord = (p: Post, key: string): ImportedComment | undefined => {
    const createdAt = validDate(new Date(p.f.createdAt?.trim() ?? ''));
    if (!createdAt) return void skip('no valid createdAt', p.id);
    const flag = (k: string) => p.f[k]?.trim() === 'true';
    const status: CommentStatus = flag('isSpam') ? 'spam'
      : flag('isDeleted') ? 'deleted'
      : p.f.isApproved?.trim() === 'false' ? 'pending'
      : 'published';
    const email = emailAddress(p.f['author/email']);
    return {
      source: 'disqus',
      sourceId: p.id,
      thread: key,
      ...(p.parent ? { parentSourceId: p.parent } : {}),
      name: displayName(p.f['author/name'] || p.f['author/username']),
      ...(email ? { email } : {}),
      body: htmlToText(p.f.message ?? ''),
      createdAt,
      status,
    };
  };

  const finish = (p: Post) => {
    if (!p.id) return skip('post without dsq:id');
    const key = threads.get(p.thread);
    if (key === undefined) {
      if (waiting.length < MAX_WAITING) waiting.push(p);
      else skip(`thread ${p.thread} not found`, p.id);
    } else if (key === null) skip('its thread\'s link is not an http(s) URL', p.id);
    else {
      const r = toRecord(p, key);
      if (r) out.push(r);
    }
  };

  yield* xml(input, 'the Disqus export', out, {
    open(tag, depth) {
      path[depth - 1] = tag.name;
      if (depth === 1 && tag.name !== 'disqus') throw new Error(`expected a <disqus> document, found <${tag.name}>; is this a Disqus export?`);
      if (depth === 2 && tag.name === 'thread') thread = { id: attr(tag, 'id') ?? '', f: {} };
      else if (depth === 2 && tag.name === 'post') post = { id: attr(tag, 'id') ?? '', thread: '', parent: '', f: {} };
      else if (post && depth === 3 && tag.name === 'thread') post.thread = attr(tag, 'id') ?? '';
      else if (post && depth === 3 && tag.name === 'parent') post.parent = attr(tag, 'id') ?? '';
      const rel = path.slice(2, depth).join('/');
      if (post && POST_FIELDS.has(rel)) field = { key: rel, into: post.f };
      else if (thread && rel === 'link') field = { key: 'link', into: thread.f };
    },
    close(name, depth) {
      field = undefined;
      if (depth !== 2) return;
      if (name === 'thread' && thread) {
        threads.set(thread.id, threadKey(thread.f.link) ?? null);
        thread = undefined;
      } else if (name === 'post' && post) {
        finish(post);
        post = undefined;
      }
    },
    text(t) {
      if (field) field.into[field.key] = (field.into[field.key] ?? '') + t;
    },
  });

  for (const p of waiting) {
    const key = threads.get(p.thread);
    if (key === undefined) skip(`thread ${p.thread} not found`, p.id);
    else if (key === null) skip('its thread\'s link is not an http(s) URL', p.id);
    else {
      const r = toRecord(p, key);
      if (r) yield r;
    }
  }
}
