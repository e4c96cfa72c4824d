// What may be done to one comment: its author (by the secret returned at creation) reads its
// status, edits or deletes it within the edit window; the admin token may at any time. Likes are
// once per reader, whose id the server keeps only as a keyed hash.
import { Hono, type Context } from 'hono';
import { audit } from '../admin.js';
import type { Deps } from '../app.js';
import { methodNotAllowed, problem } from '../errors.js';
import { caller, check, readJson, writeLimit } from '../comments/http.js';
import { afterEdit } from '../comments/moderation.js';
import { publicComment } from '../comments/present.js';
import { countLinks, EditSchema, ID_PATTERN, LikeSchema } from '../comments/validate.js';
import type { CommentRow } from '../store/comment-types.js';
import { keyedHash } from '../store/guard.js';

const ID = new RegExp(ID_PATTERN);

export function commentEdits(d: Deps): Hono {
  const r = new Hono();

  /** The comment and whether this caller may act on it now, or the answer that says why not. */
  async function mine(c: Context, forWrite: boolean): Promise<{ row: CommentRow; admin: boolean } | Response> {
    const id = c.req.param('id')!;
    const row = ID.test(id) ? await d.store.comment(id) : undefined;
    if (!row) return problem(c, 404, 'not_found', `no comment ${id}`);
    const who = await caller(c, d, row);
    if (who.as === 'nobody') return problem(c, 403, 'forbidden', who.why);
    if (who.as === 'admin' || !forWrite) return { row, admin: who.as === 'admin' };
    if (row.status !== 'published' && row.status !== 'pending') {
      return problem(c, 403, 'forbidden', `this comment is ${row.status === 'deleted' ? 'deleted' : 'removed by a moderator'}; it can no longer be changed`);
    }
    const window = d.comments.editWindowSec;
    if (d.now().getTime() - Number(row.createdAt) > window * 1000) {
      return problem(c, 403, 'forbidden', `the edit window is over: comments can be changed for ${Math.round(window / 60)} min after posting`);
    }
    return { row, admin: false };
  }

  r.get('/:id', async (c) => {
    const m = await mine(c, false);
    if (m instanceof Response) return m;
    c.header('Cache-Control', 'no-store');
    return c.json({ comment: publicComment(m.row, true) });
  });

  r.patch('/:id', writeLimit(d), async (c) => {
    const json = await readJson(c);
    if (!json.ok) return json.res;
    const body = check(c, EditSchema, json.value);
    if (!body.ok) return body.res;
    const m = await mine(c, true);
    if (m instanceof Response) return m;
    const mode = (await d.store.thread(m.row.thread)).moderation ?? d.comments.moderation;
    const status = m.admin ? m.row.status : afterEdit(m.row.status, mode, countLinks(body.value.body), d.comments.maxLinks);
    const row = await d.store.updateComment(m.row.id, {
      body: body.value.body, editedAt: d.now().getTime(), ...(status !== m.row.status ? { status } : {}),
    });
    if (m.admin) await audit(c, 'edit', 'comment', m.row.id);
    c.header('Cache-Control', 'no-store');
    return c.json({ comment: publicComment(row!, true) });
  });

  r.delete('/:id', writeLimit(d), async (c) => {
    const m = await mine(c, true);
    if (m instanceof Response) return m;
    const res = await removed(c, d, m.row.id);
    if (m.admin) await audit(c, 'delete', 'comment', m.row.id, m.row.status);
    return res;
  });
  r.all('/:id', methodNotAllowed('GET, PATCH, DELETE'));

  const like = (on: boolean) => async (c: Context) => {
    const json = await readJson(c);
    if (!json.ok) return json.res;
    const body = check(c, LikeSchema, json.value);
    if (!body.ok) return body.res;
    const id = c.req.param('id')!;
    const reader = keyedHash(await d.store.serverSecret(), 'reader', body.value.reader);
    const r = ID.test(id) ? await d.store.like(id, reader, on, d.now().getTime()) : undefined;
    if (!r) return problem(c, 404, 'not_found', `no published comment ${id}`);
    if (r === 'closed') return problem(c, 403, 'thread_closed', 'this thread is closed: its likes can no longer change');
    c.header('Cache-Control', 'no-store');
    return c.json(r);
  };
  r.post('/:id/like', writeLimit(d), like(true));
  r.delete('/:id/like', writeLimit(d), like(false));
  r.all('/:id/like', methodNotAllowed('POST, DELETE'));
  return r;
}

/** Deletes a comment: a placeholder (200) while it has visible replies, else nothing (204). */
export async function removed(c: Context, d: Deps, id: string): Promise<Response> {
  const row = await d.store.updateComment(id, { status: 'deleted' });
  c.header('Cache-Control', 'no-store');
  if (row?.visible) return c.json({ comment: publicComment(row, true) });
  return c.body(null, 204);
}
