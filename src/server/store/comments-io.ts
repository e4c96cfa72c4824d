// Import (Disqus, WordPress WXR, our own JSON export) and export of comments. Imports come in
// batches from a stream, so a reply may arrive before its parent: rows are inserted first, then
// parents, roots, visibility and counts are settled for the threads the batch touched.
import type { CommentRow, ExportedComment, ImportedComment } from './comment-types.js';
import { COLS, toRow } from './comments-read.js';
import { emailKey, keyedHash, newId } from './guard.js';
import { list, type Param, type SqlRunner } from './sql.js';

export async function importComments(
  s: SqlRunner, secret: string, rows: readonly ImportedComment[],
): Promise<{ inserted: number; skipped: number }> {
  if (!rows.length) return { inserted: 0, skipped: 0 };
  return s.tx(async (t) => {
    // What is already there, and the parents named by source id: a few queries per batch.
    const takenIds = new Set(await pluck(t, 'SELECT id AS v FROM smm_comments WHERE id IN', rows.flatMap((r) => (r.id ? [r.id] : []))));
    const known = new Map<string, string>();
    for (const source of new Set(rows.map((r) => r.source))) {
      const ids = rows.filter((r) => r.source === source).flatMap((r) => [r.sourceId, ...(r.parentSourceId ? [r.parentSourceId] : [])]);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = [...new Set(ids.slice(i, i + 500))];
        const found = await t.all<{ id: string; sid: string }>(
          `SELECT id, source_id AS sid FROM smm_comments WHERE source = ? AND source_id IN ${list(chunk.length)}`, [source, ...chunk]);
        for (const f of found) known.set(`${source}\0${f.sid}`, f.id);
      }
    }
    const fresh: Param[][] = [];
    const threads = new Set<string>();
    for (const r of rows) {
      const key = `${r.source}\0${r.sourceId}`;
      if (r.id ? takenIds.has(r.id) : known.has(key)) continue;
      const id = r.id ?? newId();
      if (r.id) takenIds.add(r.id);
      known.set(key, id);
      // A JSON row of a comment made here (its sourceId is its own id) stays a native comment.
      const native = r.source === 'json' && r.sourceId === r.id;
      const emailHash = r.email ? keyedHash(secret, 'email', emailKey(r.email)) : (r.emailHash ?? null);
      fresh.push([id, r.thread, r.parentId ?? null, r.name, r.url ?? null, emailHash, r.identity ?? null, r.badge ?? null, r.body,
        r.status, r.createdAt.getTime(), r.editedAt?.getTime() ?? null, r.likes ?? 0, native ? null : r.source,
        native ? null : r.sourceId, r.parentId ? null : (r.parentSourceId ?? null)]);
      threads.add(r.thread);
    }
    for (let i = 0; i < fresh.length; i += 50) {
      const chunk = fresh.slice(i, i + 50);
      await t.run(`INSERT INTO smm_comments (id, thread, parent, name, url, email_hash, identity, badge, body, status,
          created_at, edited_at, likes, source, source_id, source_parent, visible)
        VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)').join(', ')}`, chunk.flat());
    }
    if (threads.size) await settle(t, [...threads]);
    return { inserted: fresh.length, skipped: rows.length - fresh.length };
  });
}

async function pluck(t: SqlRunner, q: string, values: string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500);
    out.push(...(await t.all<{ v: string }>(`${q} ${list(chunk.length)}`, chunk)).map((r) => r.v));
  }
  return out;
}

/** Links late parents, then derives roots, visibility and counts of these threads. */
async function settle(t: SqlRunner, threads: string[]): Promise<void> {
  const inThreads = `thread IN ${list(threads.length)}`;
  await t.run(`UPDATE smm_comments SET
      parent = (SELECT p.id FROM smm_comments p WHERE p.source = smm_comments.source AND p.source_id = smm_comments.source_parent
        AND p.thread = smm_comments.thread),
      source_parent = NULL
    WHERE source_parent IS NOT NULL AND ${inThreads} AND EXISTS
      (SELECT 1 FROM smm_comments p WHERE p.source = smm_comments.source AND p.source_id = smm_comments.source_parent
        AND p.thread = smm_comments.thread)`, threads);
  const parentRoot = '(SELECT coalesce(p.root, p.id) FROM smm_comments p WHERE p.id = smm_comments.parent)';
  // One level of depth per pass; a cycle in bad data stops at the cap instead of looping.
  for (let i = 0; i < 100; i++) {
    const n = await t.run(`UPDATE smm_comments SET root = ${parentRoot}
      WHERE parent IS NOT NULL AND ${inThreads}
        AND EXISTS (SELECT 1 FROM smm_comments p WHERE p.id = smm_comments.parent)
        AND (root IS NULL OR root <> ${parentRoot})`, threads);
    if (!n) break;
  }
  await t.run(`UPDATE smm_comments SET visible = CASE WHEN status = 'published' THEN 1 ELSE 0 END WHERE ${inThreads}`, threads);
  for (let i = 0; i < 100; i++) {
    const n = await t.run(`UPDATE smm_comments SET visible = 1 WHERE visible = 0 AND ${inThreads}
      AND EXISTS (SELECT 1 FROM smm_comments c WHERE c.parent = smm_comments.id AND c.visible = 1)`, threads);
    if (!n) break;
  }
  for (const key of threads) {
    await t.run(`INSERT INTO smm_comment_threads (key, shown) VALUES (?, 0) ON CONFLICT (key) DO NOTHING`, [key]);
    await t.run(`UPDATE smm_comment_threads SET shown =
      (SELECT count(*) FROM smm_comments WHERE thread = ? AND status = 'published') WHERE key = ?`, [key, key]);
  }
}

export async function* exportComments(s: SqlRunner): AsyncIterable<ExportedComment> {
  let after = 0;
  for (;;) {
    const rows = (await s.all<Parameters<typeof toRow>[0]>(
      `SELECT ${COLS} FROM smm_comments WHERE seq > ? ORDER BY seq LIMIT 500`, [after])).map(toRow);
    for (const r of rows) yield exported(r);
    if (rows.length < 500) return;
    after = rows.at(-1)!.seq;
  }
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

function exported(r: CommentRow): ExportedComment {
  return {
    id: r.id, thread: r.thread, parent: r.parent, name: r.name, emailHash: r.emailHash, url: r.url, body: r.body,
    createdAt: iso(r.createdAt)!, editedAt: iso(r.editedAt), status: r.status, likes: Number(r.likes), badge: r.badge,
    identity: r.identity, source: r.source, sourceId: r.sourceId,
  };
}
