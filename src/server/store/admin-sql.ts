// The owner's room in SQL, written once for both adapters: dashboard statistics (from the daily
// roll-ups of migration 005, or from the events themselves for one page), moderator tokens and
// the audit log, over the adapters' SqlRunner (sql.ts). Every count is CAST to integer so both
// drivers return plain numbers.
import type { Param, SqlRunner } from './sql.js';
import type {
  AuditEntry, AuditQuery, Moderator, NetworkStats, NewModerator, Stats, StatsQuery, StatsSummary,
} from './types.js';

type Counted = { count: number };
const n = (x: unknown) => Number(x);
const DAY_MS = 864e5;

export class AdminQueries {
  #r: SqlRunner;
  #dialect: 'sqlite' | 'postgres';
  #tables = new Set<string>();

  /** `runner` is the adapter's own (shared with the comment store, so writes queue together). */
  constructor(runner: SqlRunner, dialect: 'sqlite' | 'postgres') {
    this.#r = runner;
    this.#dialect = dialect;
  }

  /** `day` as YYYY-MM-DD text (PostgreSQL keeps a date). */
  #day(col: string): string {
    return this.#dialect === 'sqlite' ? col : `to_char(${col}, 'YYYY-MM-DD')`;
  }

  /** The UTC day of a time in ms, as YYYY-MM-DD text. */
  #msDay(col: string): string {
    return this.#dialect === 'sqlite'
      ? `strftime('%Y-%m-%d', ${col} / 1000, 'unixepoch')`
      : `to_char(to_timestamp(${col} / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  }

  /**
   * Whether a table of another feature exists yet (comments, testimonials land on their own
   * migrations). Once seen it stays; a missing one is asked again, as another instance may add it.
   */
  async #has(table: string): Promise<boolean> {
    if (this.#tables.has(table)) return true;
    const rows = this.#dialect === 'sqlite'
      ? await this.#r.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`, [table])
      : await this.#r.all<{ name: string | null }>('SELECT to_regclass(?)::text AS name', [table]);
    if (rows[0]?.name) this.#tables.add(table);
    return this.#tables.has(table);
  }

  /** Per (network, type) counts of a range: the roll-up, or one page's events. */
  async #byNetwork({ from, to, url }: StatsQuery) {
    return url === undefined
      ? this.#r.all<{ network: string; type: string; count: number }>(
        `SELECT network, type, CAST(sum(n) AS integer) AS count FROM smm_daily_network
         WHERE day BETWEEN ? AND ? GROUP BY network, type`, [from, to])
      : this.#r.all<{ network: string; type: string; count: number }>(
        `SELECT coalesce(network, '') AS network, type, CAST(count(*) AS integer) AS count FROM smm_events
         WHERE url = ? AND day BETWEEN ? AND ? GROUP BY network, type`, [url, from, to]);
  }

  #networks(rows: { network: string; type: string; count: number }[]) {
    const totals = { share: 0, follow: 0, visit: 0, comment: 0 };
    const by = new Map<string, NetworkStats>();
    for (const r of rows) {
      const count = n(r.count);
      if (r.type in totals) totals[r.type as keyof typeof totals] += count;
      if (!r.network || r.type === 'comment') continue;
      const s = by.get(r.network) ?? { network: r.network, shares: 0, visits: 0, follows: 0, ratio: null };
      if (r.type === 'share') s.shares += count;
      else if (r.type === 'visit') s.visits += count;
      else if (r.type === 'follow') s.follows += count;
      by.set(r.network, s);
    }
    const networks = [...by.values()]
      .map((s) => ({ ...s, ratio: s.shares ? Math.round((s.visits / s.shares) * 1000) / 1000 : null }))
      .sort((a, b) => b.shares - a.shares || b.visits - a.visits || a.network.localeCompare(b.network));
    return { totals, networks };
  }

  async #perDay(type: string, { from, to, url }: StatsQuery) {
    const rows = url === undefined
      ? await this.#r.all<{ day: string; network: string; count: number }>(
        `SELECT ${this.#day('day')} AS day, network, CAST(n AS integer) AS count FROM smm_daily_network
         WHERE type = ? AND day BETWEEN ? AND ? ORDER BY day, network`, [type, from, to])
      : await this.#r.all<{ day: string; network: string; count: number }>(
        `SELECT ${this.#day('day')} AS day, network, CAST(count(*) AS integer) AS count FROM smm_events
         WHERE url = ? AND type = ? AND day BETWEEN ? AND ? AND network IS NOT NULL
         GROUP BY day, network ORDER BY day, network`, [url, type, from, to]);
    return rows.map((r) => ({ day: r.day, network: r.network, count: n(r.count) }));
  }

  async #perPage(type: string, q: StatsQuery) {
    const { from, to, url, limit } = q;
    let rows;
    if (url === undefined) {
      // Whole months from the monthly roll-up, the days at either end from the daily one.
      const [head, months, tail] = split(from, to);
      rows = await this.#r.all<{ url: string } & Counted>(
        `SELECT url, CAST(sum(n) AS integer) AS count FROM (
           SELECT url, n FROM smm_daily_page WHERE type = ? AND day BETWEEN ? AND ?
           UNION ALL SELECT url, n FROM smm_monthly_page WHERE type = ? AND month BETWEEN ? AND ?
           UNION ALL SELECT url, n FROM smm_daily_page WHERE type = ? AND day BETWEEN ? AND ?
         ) t GROUP BY url ORDER BY count DESC, url LIMIT ?`,
        [type, ...head, type, ...months, type, ...tail, limit]);
    } else {
      rows = await this.#r.all<{ url: string } & Counted>(
        `SELECT url, CAST(count(*) AS integer) AS count FROM smm_events
         WHERE url = ? AND type = ? AND day BETWEEN ? AND ? GROUP BY url`, [url, type, from, to]);
    }
    return rows.map((r) => ({ url: r.url, count: n(r.count) }));
  }

  /** [start, end) in ms of an inclusive range of UTC days. */
  #ms({ from, to }: StatsQuery): [number, number] {
    return [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`) + DAY_MS];
  }

  async #commentsPerDay(q: StatsQuery) {
    if (!(await this.#has('smm_comments'))) return [];
    const [start, end] = this.#ms(q);
    const page = q.url === undefined ? '' : ' AND thread = ?';
    const rows = await this.#r.all<{ day: string } & Counted>(
      `SELECT ${this.#msDay('created_at')} AS day, CAST(count(*) AS integer) AS count FROM smm_comments
       WHERE created_at >= ? AND created_at < ? AND status <> 'spam'${page} GROUP BY 1 ORDER BY 1`,
      q.url === undefined ? [start, end] : [start, end, q.url]);
    return rows.map((r) => ({ day: r.day, count: n(r.count) }));
  }

  async #commentsPerPage(q: StatsQuery) {
    if (!(await this.#has('smm_comments'))) return [];
    const [start, end] = this.#ms(q);
    const page = q.url === undefined ? '' : ' AND thread = ?';
    const rows = await this.#r.all<{ url: string } & Counted>(
      `SELECT thread AS url, CAST(count(*) AS integer) AS count FROM smm_comments
       WHERE status = 'published' AND created_at >= ? AND created_at < ?${page}
       GROUP BY thread ORDER BY count DESC, thread LIMIT ?`,
      q.url === undefined ? [start, end, q.limit] : [start, end, q.url, q.limit]);
    return rows.map((r) => ({ url: r.url, count: n(r.count) }));
  }

  async #testimonialsPerDay(q: StatsQuery) {
    if (q.url !== undefined || !(await this.#has('smm_testimonials'))) return [];
    const [start, end] = this.#ms(q);
    const rows = await this.#r.all<{ day: string } & Counted>(
      `SELECT ${this.#msDay('created_at')} AS day, CAST(count(*) AS integer) AS count FROM smm_testimonials
       WHERE created_at >= ? AND created_at < ? AND status <> 'spam' GROUP BY 1 ORDER BY 1`, [start, end]);
    return rows.map((r) => ({ day: r.day, count: n(r.count) }));
  }

  async stats(q: StatsQuery): Promise<Stats> {
    const [byNetwork, sharesPerDay, visitsPerDay, sharesPerPage, visitsPerPage, commentsPerPage, commentsPerDay, testimonialsPerDay] =
      await Promise.all([
        this.#byNetwork(q), this.#perDay('share', q), this.#perDay('visit', q), this.#perPage('share', q),
        this.#perPage('visit', q), this.#commentsPerPage(q), this.#commentsPerDay(q), this.#testimonialsPerDay(q),
      ]);
    const { totals, networks } = this.#networks(byNetwork);
    const per = (key: 'visits' | 'follows') => networks.filter((s) => s[key] > 0)
      .map((s) => ({ network: s.network, count: s[key] }))
      .sort((a, b) => b.count - a.count || a.network.localeCompare(b.network));
    return {
      totals, sharesPerDay, sharesPerPage, visitsPerNetwork: per('visits'), visitsPerPage, followsPerNetwork: per('follows'),
      networks, commentsPerPage, commentsPerDay, testimonialsPerDay, visitsPerDay,
    };
  }

  async statsSummary(q: StatsQuery): Promise<StatsSummary> {
    const [byNetwork, comments, testimonials] = await Promise.all([
      this.#byNetwork(q), this.#commentsPerDay(q), this.#testimonialsPerDay(q),
    ]);
    const sum = (rows: Counted[]) => rows.reduce((s, r) => s + r.count, 0);
    return { ...this.#networks(byNetwork), comments: sum(comments), testimonials: sum(testimonials) };
  }

  // ── moderators and audit ──────────────────────────────────────────────────────────────────

  async addModerator(m: NewModerator): Promise<boolean> {
    return (await this.#r.run(
      'INSERT INTO smm_moderators (id, name, token_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      [m.id, m.name, m.tokenHash, m.createdAt])) === 1;
  }

  async moderators(): Promise<Moderator[]> {
    const rows = await this.#r.all<Moderator>(
      `SELECT id, name, created_at AS "createdAt", revoked_at AS "revokedAt" FROM smm_moderators ORDER BY created_at, id`);
    return rows.map(moderator);
  }

  async revokeModerator(name: string, at: number): Promise<boolean> {
    return (await this.#r.run('UPDATE smm_moderators SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL', [at, name])) > 0;
  }

  async moderatorByToken(tokenHash: string): Promise<Moderator | undefined> {
    const [row] = await this.#r.all<Moderator>(
      `SELECT id, name, created_at AS "createdAt", revoked_at AS "revokedAt" FROM smm_moderators
       WHERE token_hash = ? AND revoked_at IS NULL`, [tokenHash]);
    return row && moderator(row);
  }

  async addAudit(e: Omit<AuditEntry, 'id'>): Promise<void> {
    await this.#r.run(
      'INSERT INTO smm_audit (at, moderator, moderator_id, action, kind, item, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [e.at, e.moderator, e.moderatorId, e.action, e.kind, e.item, e.detail]);
  }

  async audit(q: AuditQuery): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: Param[] = [];
    const when = (cond: string, value: Param | undefined) => {
      if (value === undefined) return;
      where.push(cond);
      params.push(value);
    };
    when('id < ?', q.before);
    when('kind = ?', q.kind);
    when('item = ?', q.item);
    const rows = await this.#r.all<AuditEntry>(
      `SELECT id, at, moderator, moderator_id AS "moderatorId", action, kind, item, detail FROM smm_audit
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`, [...params, q.limit]);
    return rows.map((r) => ({ ...r, id: n(r.id), at: n(r.at) }));
  }
}

const moderator = (r: Moderator): Moderator => ({
  id: r.id, name: r.name, createdAt: n(r.createdAt), revokedAt: r.revokedAt === null ? null : n(r.revokedAt),
});

/** An empty BETWEEN range of days (any day is after it). */
const NO_DAYS: [string, string] = ['9999-12-31', '0001-01-01'];

/**
 * An inclusive range of days as [days before the first whole month, the whole months (YYYY-MM),
 * days after the last whole month]; parts that are empty are ranges no row falls in.
 */
export function split(from: string, to: string): [[string, string], [string, string], [string, string]] {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const f = new Date(`${from}T00:00:00Z`);
  const t = new Date(`${to}T00:00:00Z`);
  const firstFull = f.getUTCDate() === 1 ? Date.UTC(f.getUTCFullYear(), f.getUTCMonth(), 1) : Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 1, 1);
  const afterLast = Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1); // first day after to's month
  const lastFullEnd = t.getTime() + DAY_MS === afterLast ? afterLast : Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1);
  // Months [firstFull, lastFullEnd): none when the range holds no whole month.
  if (firstFull >= lastFullEnd) return [[from, to], ['9999-12', '0001-01'], NO_DAYS];
  return [
    firstFull > f.getTime() ? [from, day(firstFull - DAY_MS)] : NO_DAYS,
    [day(firstFull).slice(0, 7), day(lastFullEnd - DAY_MS).slice(0, 7)],
    lastFullEnd <= t.getTime() ? [day(lastFullEnd), to] : NO_DAYS,
  ];
}
