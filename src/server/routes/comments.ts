// The public comment routes: a thread's pages, counts for lists of posts, posting (see
// comments/submit.ts), and what an author may do with a comment's secret (comment-edits.ts).
import { Hono } from 'hono';
import type { Deps } from '../app.js';
import { methodNotAllowed, problem } from '../errors.js';
import { check, writeLimit } from '../comments/http.js';
import { pageComment, publicComment } from '../comments/present.js';
import { submit } from '../comments/submit.js';
import { decodeCursor, encodeCursor, formToken } from '../comments/tokens.js';
import { COMMENT_LIMITS, CountsQuery, ListQuery } from '../comments/validate.js';
import { CURSOR_ARITY } from '../store/comments-read.js';
import { pageKey } from '../validate.js';
import { commentEdits } from './comment-edits.js';

export function commentsRoute(d: Deps): Hono {
  const r = new Hono();

  r.get('/', async (c) => {
    const q = check(c, ListQuery, {
      thread: c.req.query('thread'), sort: c.req.query('sort'), limit: c.req.query('limit'),
      cursor: c.req.query('cursor'), parent: c.req.query('parent'),
    });
    if (!q.ok) return q.res;
    const { thread: url, sort, cursor, parent } = q.value;
    const limit = q.value.limit ?? COMMENT_LIMITS.pageDefault;
    const key = pageKey(url);
    const pos = cursor === undefined ? undefined : decodeCursor(cursor, parent ? -1 : CURSOR_ARITY[sort]);
    if (cursor !== undefined && !pos) {
      return problem(c, 400, 'invalid_request', 'cursor: is not a cursor of this listing; use `next` of the previous page',
        [{ path: 'cursor', message: 'is not a cursor of this listing; use `next` of the previous page' }]);
    }
    const [info, secret] = await Promise.all([d.store.thread(key), d.store.serverSecret()]);
    let comments;
    let next;
    if (parent) {
      const root = await d.store.comment(parent);
      if (!root || root.thread !== key || root.root !== null || !root.visible) {
        return problem(c, 404, 'not_found', `no top-level comment ${parent} in this thread`);
      }
      const page = await d.store.replyPage({ root: parent, limit, cursor: pos?.length ? pos : undefined });
      comments = page.rows.map((x) => publicComment(x));
      next = page.next;
    } else {
      const page = await d.store.commentPage({ thread: key, sort, limit, cursor: pos }, COMMENT_LIMITS.replies);
      comments = page.rows.map(pageComment);
      next = page.next;
    }
    c.header('Cache-Control', 'no-cache');
    return c.json({
      comments,
      next: next ? encodeCursor(next) : null,
      total: info.total,
      thread: { key, closed: info.closed, moderation: info.moderation ?? d.comments.moderation },
      form: formToken(secret, key, d.now().getTime()),
    });
  });

  r.get('/counts', async (c) => {
    const q = check(c, CountsQuery, { thread: c.req.queries('thread') });
    if (!q.ok) return q.res;
    const keys = q.value.thread.map(pageKey);
    const found = await d.store.commentCounts(keys);
    c.header('Cache-Control', 'public, max-age=30');
    return c.json({ counts: Object.fromEntries(q.value.thread.map((t, i) => [t, found.get(keys[i]!) ?? 0])) });
  });
  r.all('/counts', methodNotAllowed('GET'));

  r.post('/', writeLimit(d), (c) => submit(c, d));
  r.all('/', methodNotAllowed('GET, POST'));
  r.route('/', commentEdits(d));
  return r;
}
