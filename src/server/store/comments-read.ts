// Reading comments: the reader's pages (top-level comments by cursor, the first replies of each
// page's roots by one window query), single comments, counts and the admin lists.
import type {
  AdminCommentQuery, CommentPageQuery, CommentRow, CommentWithReplies, CursorPos, Page, RepliesQuery, ThreadInfo,
} from './comment-types.js';
import { list, type Param, type SqlRunner } from './sql.js';

export const COLS = `seq, id, thread, parent, root, name, url, email_hash AS "emailHash", ip_hash AS "ipHash",
  identity, badge, body, status, visible, created_at AS "createdAt", edited_at AS "editedAt", likes,
  secret_hash AS "secretHash", source, source_id AS "sourceId"`;

type Raw = Omit<CommentRow, 'visible'> & { visible: number };
export const toRow = (r: Raw): CommentRow => ({ ...r, visible: r.visible === 1 });

// Sort orders and the row values their cursors hold, in the same order.
const ORDERS = {
  newest: { by: 'created_at DESC, seq DESC', key: '(created_at, seq) < (?, ?)', pos: (r: CommentRow) => [r.createdAt, r.seq] },
  oldest: { by: 'created_at, seq', key: '(created_at, seq) > (?, ?)', pos: (r: CommentRow) => [r.createdAt, r.seq] },
  top: {
    by: 'likes DESC, created_at DESC, seq DESC', key: '(likes, created_at, seq) < (?, ?, ?)',
    pos: (r: CommentRow) => [r.likes, r.createdAt, r.seq],
  },
} as const;

/** Cursor length per sort, for validation before a query. */
export const CURSOR_ARITY = { newest: 2, oldest: 2, top: 3 } as const;

const afterPos = (r: CommentRow): CursorPos => [r.createdAt, r.seq];

export async function thread(s: SqlRunner, key: string): Promise<ThreadInfo> {
  const r = await s.get<{ closed: number; moderation: ThreadInfo['moderation']; shown: number }>(
    'SELECT closed, moderation, shown FROM smm_comment_threads WHERE key = ?', [key]);
  return { key, closed: r?.closed === 1, moderation: r?.moderation ?? null, total: r?.shown ?? 0 };
}

export async function commentPage(s: SqlRunner, q: CommentPageQuery, replies: number): Promise<Page<CommentWithReplies>> {
  const o = ORDERS[q.sort];
  const params: Param[] = [q.thread, ...(q.cursor ?? []), q.limit + 1];
  const found = (await s.all<Raw>(
    `SELECT ${COLS} FROM smm_comments WHERE thread = ? AND root IS NULL AND visible = 1
     ${q.cursor ? `AND ${o.key}` : ''} ORDER BY ${o.by} LIMIT ?`, params)).map(toRow);
  const rows = found.slice(0, q.limit);
  const next = found.length > q.limit ? o.pos(rows.at(-1)!) : null;
  if (!rows.length) return { rows: [], next };
  // One query for the replies of every root on the page: numbered per root, oldest first.
  const ids = rows.map((r) => r.id);
  const under = replies > 0 ? (await s.all<Raw & { rn: number; n: number }>(
    `SELECT * FROM (
       SELECT ${COLS}, row_number() OVER (PARTITION BY root ORDER BY created_at, seq) AS rn,
              count(*) OVER (PARTITION BY root) AS n
       FROM smm_comments WHERE root IN ${list(ids.length)} AND visible = 1
     ) x WHERE rn <= ? ORDER BY root, rn`, [...ids, replies])) : [];
  const byRoot = new Map<string, { rows: CommentRow[]; n: number }>();
  for (const r of under) {
    const g = byRoot.get(r.root!) ?? { rows: [], n: Number(r.n) };
    const { rn: _rn, n: _n, ...row } = r;
    g.rows.push(toRow(row));
    byRoot.set(r.root!, g);
  }
  if (replies === 0) {
    const counts = await s.all<{ root: string; n: number }>(
      `SELECT root, count(*) AS n FROM smm_comments WHERE root IN ${list(ids.length)} AND visible = 1 GROUP BY root`, ids);
    for (const c of counts) byRoot.set(c.root, { rows: [], n: Number(c.n) });
  }
  return {
    next,
    rows: rows.map((r) => {
      const g = byRoot.get(r.id);
      const shown = g?.rows ?? [];
      const n = g?.n ?? 0;
      // An empty position means "from the first reply" (a page asked with no replies inlined).
      const repliesNext = n > shown.length ? (shown.length ? afterPos(shown.at(-1)!) : []) : null;
      return { ...r, replies: shown, replyCount: n, repliesNext };
    }),
  };
}

export async function replyPage(s: SqlRunner, q: RepliesQuery): Promise<Page<CommentRow>> {
  const params: Param[] = [q.root, ...(q.cursor ?? []), q.limit + 1];
  const found = (await s.all<Raw>(
    `SELECT ${COLS} FROM smm_comments WHERE root = ? AND visible = 1
     ${q.cursor ? 'AND (created_at, seq) > (?, ?)' : ''} ORDER BY created_at, seq LIMIT ?`, params)).map(toRow);
  const rows = found.slice(0, q.limit);
  return { rows, next: found.length > q.limit ? afterPos(rows.at(-1)!) : null };
}

export async function comment(s: SqlRunner, id: string): Promise<CommentRow | undefined> {
  const r = await s.get<Raw>(`SELECT ${COLS} FROM smm_comments WHERE id = ?`, [id]);
  return r && toRow(r);
}

export async function commentCounts(s: SqlRunner, keys: readonly string[]): Promise<Map<string, number>> {
  const uniq = [...new Set(keys)];
  const out = new Map<string, number>();
  if (!uniq.length) return out;
  const found = await s.all<{ key: string; shown: number }>(
    `SELECT key, shown FROM smm_comment_threads WHERE key IN ${list(uniq.length)} AND shown > 0`, uniq);
  for (const r of found) out.set(r.key, Number(r.shown));
  return out;
}

export async function adminComments(s: SqlRunner, q: AdminCommentQuery): Promise<Page<CommentRow>> {
  const where: string[] = [];
  const params: Param[] = [];
  if (q.status) {
    where.push('status = ?');
    params.push(q.status);
  }
  if (q.thread) {
    where.push('thread = ?');
    params.push(q.thread);
  }
  if (q.cursor) {
    where.push('(created_at, seq) < (?, ?)');
    params.push(...q.cursor);
  }
  const found = (await s.all<Raw>(
    `SELECT ${COLS} FROM smm_comments ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY created_at DESC, seq DESC LIMIT ?`, [...params, q.limit + 1])).map(toRow);
  const rows = found.slice(0, q.limit);
  return { rows, next: found.length > q.limit ? [rows.at(-1)!.createdAt, rows.at(-1)!.seq] : null };
}

export async function knownAuthor(s: SqlRunner, who: { identity?: string; secretHash?: string }): Promise<boolean> {
  if (who.identity) {
    const r = await s.get(`SELECT 1 AS x FROM smm_comments WHERE identity = ? AND status = 'published' LIMIT 1`, [who.identity]);
    if (r) return true;
  }
  if (who.secretHash) {
    const r = await s.get(`SELECT 1 AS x FROM smm_comments WHERE secret_hash = ? AND status = 'published' LIMIT 1`, [who.secretHash]);
    if (r) return true;
  }
  return false;
}
