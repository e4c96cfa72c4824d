// Moderation (admin or moderator token; every change recorded with audit()): the queue and lists by status, approve / reject / spam / restore,
// edits and deletion, bans by the hashes stored with a comment, and per-thread settings.
import { Hono, type Context } from 'hono';
import { audit } from '../admin.js';
import type { Deps } from '../app.js';
import { methodNotAllowed, problem } from '../errors.js';
import { check, readJson } from '../comments/http.js';
import { adminComment } from '../comments/present.js';
import { encodeCursor } from '../comments/tokens.js';
import { AdminListQuery, BanSchema, COMMENT_LIMITS, EditSchema, ID_PATTERN, ThreadQuery, ThreadSchema } from '../comments/validate.js';
import type { Ban, CommentRow } from '../store/comment-types.js';
import { newId } from '../store/guard.js';
import { pageKey } from '../validate.js';
import { removed } from './comment-edits.js';
import { listCursor, statusActions } from './moderation.js';

const ID = new RegExp(ID_PATTERN);

const banJson = (b: Ban) => ({
  id: b.id, ip: b.ipHash !== null, email: b.emailHash !== null, comment: b.comment, createdAt: new Date(Number(b.createdAt)).toISOString(),
});

export function adminCommentsRoute(d: Deps): Hono {
  const r = new Hono(); // behind createApp's admin guard on /v1/admin/*

  async function find(c: Context): Promise<CommentRow | Response> {
    const id = c.req.param('id')!;
    const row = ID.test(id) ? await d.store.comment(id) : undefined;
    return row ?? problem(c, 404, 'not_found', `no comment ${id}`);
  }

  r.get('/comments', async (c) => {
    const q = check(c, AdminListQuery, {
      status: c.req.query('status'), thread: c.req.query('thread'), limit: c.req.query('limit'), cursor: c.req.query('cursor'),
    });
    if (!q.ok) return q.res;
    const pos = listCursor(c, q.value.cursor);
    if (pos instanceof Response) return pos;
    const page = await d.store.adminComments({
      status: q.value.status, thread: q.value.thread && pageKey(q.value.thread), limit: q.value.limit ?? COMMENT_LIMITS.pageDefault, cursor: pos,
    });
    return c.json({ comments: page.rows.map(adminComment), next: page.next ? encodeCursor(page.next) : null });
  });
  r.all('/comments', methodNotAllowed('GET'));

  statusActions(r, 'comment', find, (id, status) => d.store.updateComment(id, { status }), adminComment);

  r.patch('/comments/:id', async (c) => {
    const json = await readJson(c);
    if (!json.ok) return json.res;
    const body = check(c, EditSchema, json.value);
    if (!body.ok) return body.res;
    const row = await find(c);
    if (row instanceof Response) return row;
    const edited = await d.store.updateComment(row.id, { body: body.value.body, editedAt: d.now().getTime() });
    await audit(c, 'edit', 'comment', row.id);
    return c.json({ comment: adminComment(edited!) });
  });
  r.delete('/comments/:id', async (c) => {
    const row = await find(c);
    if (row instanceof Response) return row;
    const res = await removed(c, d, row.id);
    await audit(c, 'delete', 'comment', row.id, row.status);
    return res;
  });
  r.all('/comments/:id', methodNotAllowed('PATCH, DELETE'));

  r.post('/comments/:id/ban', async (c) => {
    const json = await readJson(c);
    if (!json.ok) return json.res;
    const body = check(c, BanSchema, json.value);
    if (!body.ok) return body.res;
    const row = await find(c);
    if (row instanceof Response) return row;
    const ip = body.value.ip ? row.ipHash : null;
    const email = body.value.email ? row.emailHash : null;
    if (body.value.email && !row.emailHash && !ip) {
      return problem(c, 400, 'invalid_request', 'email: this comment was posted without an e-mail address; ban by ip instead',
        [{ path: 'email', message: 'this comment was posted without an e-mail address; ban by ip instead' }]);
    }
    if (!ip && !email) {
      return problem(c, 400, 'invalid_request', 'ip: this comment has no client address stored (it was imported)',
        [{ path: 'ip', message: 'this comment has no client address stored (it was imported)' }]);
    }
    const ban = await d.store.addBan({ id: newId(), ipHash: ip, emailHash: email, comment: row.id, createdAt: d.now().getTime() });
    await audit(c, 'ban', 'comment', row.id, [ip && 'ip', email && 'email'].filter(Boolean).join(' + '));
    return c.json({ ban: banJson(ban) }, 201);
  });
  r.all('/comments/:id/ban', methodNotAllowed('POST'));

  // Who each ban is about: the banned comment's author and thread, while the comment is kept.
  r.get('/bans', async (c) => {
    const bans = await d.store.bans();
    const rows = await Promise.all(bans.map((b) => (b.comment ? d.store.comment(b.comment) : undefined)));
    return c.json({ bans: bans.map((b, i) => ({ ...banJson(b), name: rows[i]?.name ?? null, thread: rows[i]?.thread ?? null })) });
  });
  r.all('/bans', methodNotAllowed('GET'));
  r.delete('/bans/:id', async (c) => {
    const id = c.req.param('id');
    if (!ID.test(id) || !(await d.store.removeBan(id))) return problem(c, 404, 'not_found', `no ban ${id}`);
    await audit(c, 'unban', 'ban', id);
    return c.body(null, 204);
  });
  r.all('/bans/:id', methodNotAllowed('DELETE'));

  r.get('/threads', async (c) => {
    const q = check(c, ThreadQuery, { thread: c.req.query('thread') });
    if (!q.ok) return q.res;
    const t = await d.store.thread(pageKey(q.value.thread));
    return c.json({ thread: { key: t.key, closed: t.closed, moderation: t.moderation, total: t.total }, serverModeration: d.comments.moderation });
  });
  r.put('/threads', async (c) => {
    const json = await readJson(c);
    if (!json.ok) return json.res;
    const body = check(c, ThreadSchema, json.value);
    if (!body.ok) return body.res;
    const { thread, ...patch } = body.value;
    const t = await d.store.setThread(pageKey(thread), patch);
    await audit(c, 'thread', 'thread', t.key, JSON.stringify(patch));
    return c.json({ thread: { key: t.key, closed: t.closed, moderation: t.moderation, total: t.total } });
  });
  r.all('/threads', methodNotAllowed('GET, PUT'));
  return r;
}
