// Import (Disqus, WordPress WXR, our own JSON export) and export of comments. Imports come in
// batches from a stream. In the usual order (parents before replies) each row gets its root and
// visibility when inserted and the thread counters move by what was added, so a batch costs the
// same at the 200,000th comment as at the first. A reply that comes before its parent is stored
// with the parent's source id; when the parent arrives (found through a small partial index), the
// threads concerned are settled as a whole: parents linked, roots, visibility and counts derived.
import type { CommentRow, ExportedComment, ExportedExtra, ImportedComment, ModerationMode } from './comment-types.js';
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
    /** Comments by source id: their id and page (a parent is looked for on the reply's own page only). */
    const known = new Map<string, { id: string; thread: string }>();
    for (const source of new Set(rows.map((r) => r.source))) {
      const ids = rows.filter((r) => r.source === source).flatMap((r) => [r.sourceId, ...(r.parentSourceId ? [r.parentSourceId] : [])]);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = [...new Set(ids.slice(i, i + 500))];
        const found = await t.all<{ id: string; sid: string; thread: string }>(
          `SELECT id, source_id AS sid, thread FROM smm_comments WHERE source = ? AND source_id IN ${list(chunk.length)}`, [source, ...chunk]);
        for (const f of found) known.set(`${source}\0${f.sid}`, { id: f.id, thread: f.thread });
      }
    }
    const sourceParent = (r: ImportedComment) => {
      const p = r.parentSourceId ? known.get(`${r.source}\0${r.parentSourceId}`) : undefined;
      return p && p.thread === r.thread ? p.id : undefined;
    };
    // Parents already stored (by id or source id): their root.
    const parentIds = [...new Set(rows.flatMap((r) => {
      const p = r.parentId ?? sourceParent(r);
      return p ? [p] : [];
    }))];
    const parents = new Map<string, string | null>();
    for (let i = 0; i < parentIds.length; i += 500) {
      const chunk = parentIds.slice(i, i + 500);
      for (const p of await t.all<{ id: string; root: string | null }>(
        `SELECT id, root FROM smm_comments WHERE id IN ${list(chunk.length)}`, chunk)) parents.set(p.id, p.root);
    }
    const fresh: Param[][] = [];
    /** Threads where a reply waits for its parent, or a parent for which replies waited. */
    const relink = new Set<string>();
    /** New published comments per thread (the count is of published comments, as comments-write.ts keeps it). */
    const published = new Map<string, number>();
    /** Parents of new shown replies: hidden ones become placeholders. */
    let reveal: string[] = [];
    const sourceIds = new Map<string, string[]>();
    for (const r of rows) {
      const key = `${r.source}\0${r.sourceId}`;
      if (r.id ? takenIds.has(r.id) : known.has(key)) continue;
      const id = r.id ?? newId();
      if (r.id) takenIds.add(r.id);
      known.set(key, { id, thread: r.thread });
      // A JSON row of a comment made here (its sourceId is its own id) stays a native comment.
      const native = r.source === 'json' && r.sourceId === r.id;
      const emailHash = r.email ? keyedHash(secret, 'email', emailKey(r.email)) : (r.emailHash ?? null);
      // The parent: stored before, earlier in this batch, or (late) not yet.
      const parent = r.parentId ?? sourceParent(r) ?? null;
      let root: string | null = null;
      if (parent && parents.has(parent)) root = parents.get(parent) ?? parent;
      else if (r.parentId || r.parentSourceId) relink.add(r.thread);
      parents.set(id, root);
      const shown = r.status === 'published';
      fresh.push([id, r.thread, parent, root, r.name, r.url ?? null, emailHash, r.identity ?? null, r.badge ?? null, r.body,
        r.status, r.createdAt.getTime(), r.editedAt?.getTime() ?? null, r.likes ?? 0, native ? null : r.source,
        native ? null : r.sourceId, parent ? null : (r.parentSourceId ?? null), shown ? 1 : 0]);
      published.set(r.thread, (published.get(r.thread) ?? 0) + (shown ? 1 : 0));
      if (shown && parent) reveal.push(parent);
      if (!native) sourceIds.set(r.source, [...(sourceIds.get(r.source) ?? []), r.sourceId]);
    }
    for (let i = 0; i < fresh.length; i += 50) {
      const chunk = fresh.slice(i, i + 50);
      await t.run(`INSERT INTO smm_comments (id, thread, parent, root, name, url, email_hash, identity, badge, body, status,
          created_at, edited_at, likes, source, source_id, source_parent, visible)
        VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, chunk.flat());
    }
    // Replies stored earlier that waited for one of these comments.
    for (const [source, ids] of sourceIds) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        for (const w of await t.all<{ thread: string }>(`SELECT DISTINCT thread FROM smm_comments
          WHERE source = ? AND source_parent IN ${list(chunk.length)}`, [source, ...chunk])) relink.add(w.thread);
      }
    }
    // Replies of a JSON export stored before their parent (by id): they have no root yet.
    const byId = rows.flatMap((r) => (r.id ? [r.id] : []));
    for (let i = 0; i < byId.length; i += 500) {
      const chunk = byId.slice(i, i + 500);
      for (const w of await t.all<{ thread: string }>(`SELECT DISTINCT thread FROM smm_comments
        WHERE parent IN ${list(chunk.length)} AND root IS NULL`, chunk)) relink.add(w.thread);
    }
    // Hidden ancestors of new shown replies become placeholders, level by level.
    while (reveal.length) {
      const ids = [...new Set(reveal)];
      reveal = [];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        for (const u of await t.all<{ parent: string | null }>(
          `UPDATE smm_comments SET visible = 1 WHERE id IN ${list(chunk.length)} AND visible = 0 RETURNING parent`, chunk)) {
          if (u.parent) reveal.push(u.parent);
        }
      }
    }
    if (relink.size) await settle(t, [...relink]);
    for (const [key, n] of published) {
      if (relink.has(key)) continue;
      await t.run(`INSERT INTO smm_comment_threads (key, shown) VALUES (?, ?)
        ON CONFLICT (key) DO UPDATE SET shown = smm_comment_threads.shown + excluded.shown`, [key, n]);
    }
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

/** Code-unit order, the same in every database and locale (a collation would not be). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function* exportExtras(s: SqlRunner): AsyncIterable<ExportedExtra> {
  const threads = await s.all<{ key: string; closed: number; moderation: ModerationMode | null }>(
    'SELECT key, closed, moderation FROM smm_comment_threads WHERE closed = 1 OR moderation IS NOT NULL');
  for (const t of threads.sort((a, b) => byText(a.key, b.key))) {
    yield { kind: 'thread', key: t.key, closed: Number(t.closed) === 1, moderation: t.moderation };
  }
  const bans = await s.all<{ id: string; ip_hash: string | null; email_hash: string | null; comment: string | null; created_at: number }>(
    'SELECT id, ip_hash, email_hash, comment, created_at FROM smm_bans');
  bans.sort((a, b) => Number(a.created_at) - Number(b.created_at) || byText(a.id, b.id));
  for (const b of bans) {
    yield { kind: 'ban', id: b.id, ipHash: b.ip_hash, emailHash: b.email_hash, comment: b.comment, createdAt: iso(b.created_at)! };
  }
  // Likes by comment (in the order of the comments), 500 comments at a time.
  let after = 0;
  for (;;) {
    const comments = await s.all<{ seq: number; id: string }>('SELECT seq, id FROM smm_comments WHERE seq > ? ORDER BY seq LIMIT 500', [after]);
    if (!comments.length) return;
    const order = new Map(comments.map((c, i) => [c.id, i]));
    const likes = await s.all<{ comment: string; reader: string; at: number }>(
      `SELECT comment, reader, at FROM smm_comment_likes WHERE comment IN ${list(comments.length)}`, comments.map((c) => c.id));
    likes.sort((a, b) => order.get(a.comment)! - order.get(b.comment)! || Number(a.at) - Number(b.at) || byText(a.reader, b.reader));
    for (const l of likes) yield { kind: 'like', comment: l.comment, reader: l.reader, at: iso(l.at)! };
    if (comments.length < 500) return;
    after = Number(comments.at(-1)!.seq);
  }
}

export async function importExtras(s: SqlRunner, rows: readonly ExportedExtra[]): Promise<{ inserted: number; skipped: number }> {
  if (!rows.length) return { inserted: 0, skipped: 0 };
  return s.tx(async (t) => {
    let inserted = 0;
    // A like of a comment that is not there (left out of a hand-made file) is skipped.
    const ids = [...new Set(rows.flatMap((r) => (r.kind === 'like' ? [r.comment] : [])))];
    const known = new Set(await pluck(t, 'SELECT id AS v FROM smm_comments WHERE id IN', ids));
    for (const r of rows) {
      if (r.kind === 'thread') {
        // The export's word is the thread's setting; its count stays what the comments make it.
        inserted += await t.run(`INSERT INTO smm_comment_threads (key, closed, moderation) VALUES (?, ?, ?)
          ON CONFLICT (key) DO UPDATE SET closed = excluded.closed, moderation = excluded.moderation`, [r.key, r.closed ? 1 : 0, r.moderation]);
      } else if (r.kind === 'ban') {
        inserted += await t.run(`INSERT INTO smm_bans (id, ip_hash, email_hash, comment, created_at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (id) DO NOTHING`, [r.id, r.ipHash, r.emailHash, r.comment, Date.parse(r.createdAt)]);
      } else if (known.has(r.comment)) {
        // The comment's count came with it (`likes`): these rows only keep each reader to one like.
        inserted += await t.run('INSERT INTO smm_comment_likes (comment, reader, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
          [r.comment, r.reader, Date.parse(r.at)]);
      }
    }
    return { inserted, skipped: rows.length - inserted };
  });
}
