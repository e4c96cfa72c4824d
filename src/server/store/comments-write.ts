// Writing comments. Every change that can alter what readers see runs in one transaction that
// first locks the thread's row, then re-derives visibility (a comment that is not published stays
// visible as a placeholder while it has visible replies) and the thread's visible count, so several
// server instances on one database never leave a count or a placeholder wrong.
import type { AddResult, CommentRow, CommentStatus, ModerationMode, NewComment, ThreadInfo } from './comment-types.js';
import { comment, thread } from './comments-read.js';
import type { SqlRunner } from './sql.js';

/** Creates the thread's row if needed and locks it until the transaction ends (PostgreSQL). */
async function lockThread(s: SqlRunner, key: string): Promise<{ closed: number }> {
  return (await s.get<{ closed: number }>(
    `INSERT INTO smm_comment_threads (key) VALUES (?)
     ON CONFLICT (key) DO UPDATE SET closed = smm_comment_threads.closed RETURNING closed`, [key]))!;
}

/** Walks up from a comment while its visibility changes, then recounts the thread. */
async function refresh(s: SqlRunner, id: string, key: string): Promise<void> {
  let cur: string | null = id;
  while (cur) {
    const r: { status: CommentStatus; visible: number; parent: string | null } | undefined = await s.get(
      'SELECT status, visible, parent FROM smm_comments WHERE id = ?', [cur]);
    if (!r) break;
    const vis = r.status === 'published' ||
      !!(await s.get('SELECT 1 AS x FROM smm_comments WHERE parent = ? AND visible = 1 LIMIT 1', [cur]));
    if (vis === (r.visible === 1)) break;
    await s.run('UPDATE smm_comments SET visible = ? WHERE id = ?', [vis ? 1 : 0, cur]);
    cur = r.parent;
  }
  await s.run(`UPDATE smm_comment_threads SET shown =
    (SELECT count(*) FROM smm_comments WHERE thread = ? AND status = 'published') WHERE key = ?`, [key, key]);
}

export async function addComment(s: SqlRunner, c: NewComment, duplicateSince: number): Promise<AddResult> {
  return s.tx(async (t) => {
    const th = await lockThread(t, c.thread);
    if (th.closed === 1) return { ok: false, reason: 'closed' };
    let root: string | null = null;
    if (c.parent) {
      const p = await t.get<{ root: string | null }>(
        `SELECT root FROM smm_comments WHERE id = ? AND thread = ? AND status = 'published'`, [c.parent, c.thread]);
      if (!p) return { ok: false, reason: 'parent' };
      root = p.root ?? c.parent;
    }
    const dup = await t.get('SELECT 1 AS x FROM smm_comments WHERE thread = ? AND created_at >= ? AND body = ? LIMIT 1',
      [c.thread, duplicateSince, c.body]);
    if (dup) return { ok: false, reason: 'duplicate' };
    await t.run(
      `INSERT INTO smm_comments (id, thread, parent, root, name, url, email_hash, ip_hash, identity, badge, body,
         status, visible, created_at, secret_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
      [c.id, c.thread, c.parent, root, c.name, c.url, c.emailHash, c.ipHash, c.identity, c.badge, c.body,
        c.status, c.createdAt, c.secretHash]);
    await refresh(t, c.id, c.thread);
    return { ok: true, comment: (await comment(t, c.id))! };
  });
}

export async function updateComment(
  s: SqlRunner, id: string, patch: { body?: string; editedAt?: number; status?: CommentStatus },
): Promise<CommentRow | undefined> {
  const before = await comment(s, id);
  if (!before) return undefined;
  return s.tx(async (t) => {
    await lockThread(t, before.thread);
    const sets: string[] = [];
    const params: (string | number)[] = [];
    if (patch.body !== undefined) {
      sets.push('body = ?');
      params.push(patch.body);
    }
    if (patch.editedAt !== undefined) {
      sets.push('edited_at = ?');
      params.push(patch.editedAt);
    }
    if (patch.status !== undefined) {
      sets.push('status = ?');
      params.push(patch.status);
    }
    if (sets.length) await t.run(`UPDATE smm_comments SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
    if (patch.status !== undefined) await refresh(t, id, before.thread);
    return comment(t, id);
  });
}

export async function setThread(
  s: SqlRunner, key: string, patch: { closed?: boolean; moderation?: ModerationMode | null },
): Promise<ThreadInfo> {
  return s.tx(async (t) => {
    await lockThread(t, key);
    if (patch.closed !== undefined) await t.run('UPDATE smm_comment_threads SET closed = ? WHERE key = ?', [patch.closed ? 1 : 0, key]);
    if (patch.moderation !== undefined) await t.run('UPDATE smm_comment_threads SET moderation = ? WHERE key = ?', [patch.moderation, key]);
    return thread(t, key);
  });
}

export async function like(
  s: SqlRunner, id: string, reader: string, on: boolean, at: number,
): Promise<{ likes: number; liked: boolean } | 'closed' | undefined> {
  return s.tx(async (t) => {
    const c = await t.get<{ likes: number; closed: number | null }>(
      `SELECT c.likes, t.closed FROM smm_comments c LEFT JOIN smm_comment_threads t ON t.key = c.thread
       WHERE c.id = ? AND c.status = 'published'`, [id]);
    if (!c) return undefined;
    // A closed thread is kept as it was closed: no new likes, and none taken back.
    if (Number(c.closed) === 1) return 'closed';
    // The primary key (comment, reader) makes a second like from the same reader a no-op,
    // whichever instance receives it.
    const changed = on
      ? await t.run('INSERT INTO smm_comment_likes (comment, reader, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [id, reader, at])
      : await t.run('DELETE FROM smm_comment_likes WHERE comment = ? AND reader = ?', [id, reader]);
    if (!changed) return { likes: Number(c.likes), liked: on };
    const r = await t.get<{ likes: number }>(
      `UPDATE smm_comments SET likes = likes ${on ? '+' : '-'} 1 WHERE id = ? RETURNING likes`, [id]);
    return { likes: Number(r!.likes), liked: on };
  });
}
