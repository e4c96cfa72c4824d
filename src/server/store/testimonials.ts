// Testimonials over the SQL runner: one implementation for SQLite and PostgreSQL. Tags are kept as
// ",a,b," so a tag filter is one LIKE; the summary (count, average, distribution) is one GROUP BY
// over what the filters match, so it stays right whatever page is shown.
import type { CursorPos, Page } from './comment-types.js';
import { updateComment } from './comments-write.js';
import { list, type Param, type SqlRunner } from './sql.js';
import type {
  AdminTestimonialQuery, NewTestimonial, PersonalData, TestimonialPatch, TestimonialQuery, TestimonialRow,
  TestimonialSummary, WallSettings,
} from './testimonial-types.js';

const COLS = `seq, id, wall, status, featured, tags, name, email, email_hash AS "emailHash", role, company, rating, body,
  original, consent_text AS "consentText", consent_at AS "consentAt", ip_hash AS "ipHash", created_at AS "createdAt",
  edited_at AS "editedAt", source, source_id AS "sourceId"`;

type Raw = Omit<TestimonialRow, 'featured' | 'tags'> & { featured: number; tags: string };
const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));
const toRow = (r: Raw): TestimonialRow => ({
  ...r, seq: Number(r.seq), featured: Number(r.featured) === 1, tags: r.tags.split(',').filter(Boolean),
  rating: num(r.rating), consentAt: num(r.consentAt), createdAt: Number(r.createdAt), editedAt: num(r.editedAt),
});
const tagText = (tags: readonly string[] = []) => (tags.length ? `,${tags.join(',')},` : '');

export async function testimonial(s: SqlRunner, id: string): Promise<TestimonialRow | undefined> {
  const r = await s.get<Raw>(`SELECT ${COLS} FROM smm_testimonials WHERE id = ?`, [id]);
  return r && toRow(r);
}

async function insert(s: SqlRunner, t: NewTestimonial): Promise<number> {
  return s.run(
    `INSERT INTO smm_testimonials (id, wall, status, featured, tags, name, email, email_hash, role, company, rating, body,
       consent_text, consent_at, ip_hash, created_at, source, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    [t.id, t.wall, t.status, t.featured ? 1 : 0, tagText(t.tags), t.name, t.email, t.emailHash, t.role, t.company, t.rating,
      t.body, t.consentText, t.consentAt, t.ipHash, t.createdAt, t.source ?? null, t.sourceId ?? null]);
}

export async function addTestimonial(s: SqlRunner, t: NewTestimonial, duplicateSince: number) {
  return s.tx(async (x) => {
    // The same text on the same wall within the window is a double submit (or a robot).
    const dup = await x.get('SELECT 1 AS x FROM smm_testimonials WHERE wall = ? AND body = ? AND created_at >= ? LIMIT 1',
      [t.wall, t.body, duplicateSince]);
    if (dup) return { ok: false as const, reason: 'duplicate' as const };
    await insert(x, t);
    return { ok: true as const, testimonial: (await testimonial(x, t.id))! };
  });
}

function filters(q: Pick<TestimonialQuery, 'wall' | 'minRating' | 'tag' | 'featured'>): { where: string; params: Param[] } {
  const where = [`wall = ?`, `status = 'published'`];
  const params: Param[] = [q.wall];
  if (q.minRating) {
    where.push('rating >= ?');
    params.push(q.minRating);
  }
  if (q.tag) {
    where.push('tags LIKE ?');
    params.push(`%,${q.tag},%`);
  }
  if (q.featured) where.push('featured = 1');
  return { where: where.join(' AND '), params };
}

export async function testimonialPage(s: SqlRunner, q: TestimonialQuery): Promise<Page<TestimonialRow> & { summary: TestimonialSummary }> {
  const f = filters(q);
  const after = q.cursor ? 'AND (featured, created_at, seq) < (?, ?, ?)' : '';
  const [found, groups] = await Promise.all([
    s.all<Raw>(`SELECT ${COLS} FROM smm_testimonials WHERE ${f.where} ${after}
      ORDER BY featured DESC, created_at DESC, seq DESC LIMIT ?`, [...f.params, ...(q.cursor ?? []), q.limit + 1]),
    s.all<{ rating: number | null; n: number }>(
      `SELECT rating, count(*) AS n FROM smm_testimonials WHERE ${f.where} GROUP BY rating`, f.params),
  ]);
  const rows = found.slice(0, q.limit).map(toRow);
  const last = rows.at(-1);
  const next: CursorPos | null = found.length > q.limit && last ? [last.featured ? 1 : 0, last.createdAt, last.seq] : null;
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as TestimonialSummary['distribution'];
  let count = 0;
  let rated = 0;
  let sum = 0;
  for (const g of groups) {
    const n = Number(g.n);
    count += n;
    if (g.rating !== null) {
      distribution[String(g.rating) as keyof typeof distribution] = n;
      rated += n;
      sum += Number(g.rating) * n;
    }
  }
  return { rows, next, summary: { count, average: rated ? Math.round((sum / rated) * 100) / 100 : null, distribution } };
}

export async function adminTestimonials(s: SqlRunner, q: AdminTestimonialQuery): Promise<Page<TestimonialRow>> {
  const where: string[] = [];
  const params: Param[] = [];
  if (q.status) {
    where.push('status = ?');
    params.push(q.status);
  }
  if (q.wall) {
    where.push('wall = ?');
    params.push(q.wall);
  }
  if (q.cursor) {
    where.push('(created_at, seq) < (?, ?)');
    params.push(...q.cursor);
  }
  const found = (await s.all<Raw>(`SELECT ${COLS} FROM smm_testimonials ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY created_at DESC, seq DESC LIMIT ?`, [...params, q.limit + 1])).map(toRow);
  const rows = found.slice(0, q.limit);
  const last = rows.at(-1);
  return { rows, next: found.length > q.limit && last ? [last.createdAt, last.seq] : null };
}

export async function updateTestimonial(s: SqlRunner, id: string, p: TestimonialPatch): Promise<TestimonialRow | undefined> {
  const sets: string[] = [];
  const params: Param[] = [];
  const set = (col: string, v: Param) => {
    sets.push(`${col} = ?`);
    params.push(v);
  };
  if (p.status !== undefined) set('status', p.status);
  if (p.featured !== undefined) set('featured', p.featured ? 1 : 0);
  if (p.tags !== undefined) set('tags', tagText(p.tags));
  if (p.name !== undefined) set('name', p.name);
  if (p.role !== undefined) set('role', p.role);
  if (p.company !== undefined) set('company', p.company);
  if (p.body !== undefined) {
    // The customer's own words stay on record the first time a moderator corrects them.
    sets.push('original = coalesce(original, body)');
    set('body', p.body);
  }
  if (p.editedAt !== undefined) set('edited_at', p.editedAt);
  if (sets.length) await s.run(`UPDATE smm_testimonials SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
  return testimonial(s, id);
}

export async function deleteTestimonial(s: SqlRunner, id: string): Promise<boolean> {
  return (await s.run('DELETE FROM smm_testimonials WHERE id = ?', [id])) > 0;
}

export async function importTestimonials(s: SqlRunner, rows: readonly NewTestimonial[]) {
  return s.tx(async (x) => {
    let inserted = 0;
    for (const r of rows) inserted += await insert(x, r);
    return { inserted, skipped: rows.length - inserted };
  });
}

const WALL_COLS = 'name, title, intro, thanks, consent, moderation';

export async function wall(s: SqlRunner, name: string): Promise<WallSettings> {
  return (await s.get<WallSettings>(`SELECT ${WALL_COLS} FROM smm_walls WHERE name = ?`, [name])) ??
    { name, title: null, intro: null, thanks: null, consent: null, moderation: null };
}

export async function setWall(s: SqlRunner, w: WallSettings): Promise<WallSettings> {
  await s.run(`INSERT INTO smm_walls (${WALL_COLS}) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (name) DO UPDATE SET title = excluded.title, intro = excluded.intro, thanks = excluded.thanks,
      consent = excluded.consent, moderation = excluded.moderation`,
  [w.name, w.title, w.intro, w.thanks, w.consent, w.moderation]);
  return wall(s, w.name);
}

export async function personalData(s: SqlRunner, email: string, emailHash: string): Promise<PersonalData> {
  const [ts, cs, bans] = await Promise.all([
    s.all<Raw>(`SELECT ${COLS} FROM smm_testimonials WHERE email_hash = ? OR lower(email) = ? ORDER BY created_at, seq`, [emailHash, email]),
    s.all<PersonalData['comments'][number]>(`SELECT id, thread, name, url, body, status, created_at AS "createdAt"
      FROM smm_comments WHERE email_hash = ? ORDER BY created_at, seq`, [emailHash]),
    s.get<{ n: number }>('SELECT count(*) AS n FROM smm_bans WHERE email_hash = ?', [emailHash]),
  ]);
  return { testimonials: ts.map(toRow), comments: cs.map((c) => ({ ...c, createdAt: Number(c.createdAt) })), bans: Number(bans?.n ?? 0) };
}

export async function erasePersonalData(s: SqlRunner, email: string, emailHash: string) {
  const ids = (await s.all<{ id: string }>('SELECT id FROM smm_comments WHERE email_hash = ?', [emailHash])).map((r) => r.id);
  // Each comment goes the way a deletion goes (a nameless placeholder where replies hang), then
  // whatever could name its author is blanked.
  for (const id of ids) await updateComment(s, id, { status: 'deleted', body: '' });
  if (ids.length) {
    await s.run(`UPDATE smm_comments SET name = '', url = NULL, email_hash = NULL, ip_hash = NULL, identity = NULL,
      secret_hash = NULL WHERE id IN ${list(ids.length)}`, ids);
  }
  const testimonials = await s.run('DELETE FROM smm_testimonials WHERE email_hash = ? OR lower(email) = ?', [emailHash, email]);
  const bans = await s.run('DELETE FROM smm_bans WHERE email_hash = ?', [emailHash]);
  return { testimonials, comments: ids.length, bans };
}
