// The owner's room in SQL, written once for both adapters: dashboard statistics (from the daily
// and monthly roll-ups of migrations 005, 007 and 008, or from the events themselves for one
// page, in one grouped pass over its index), moderator tokens and
// the audit log, over the adapters' SqlRunner (sql.ts). Every count is CAST to integer so both
// drivers return plain numbers.
import type { Param, SqlRunner } from './sql.js';
import type {
  AuditEntry, AuditQuery, Moderator, NetworkStats, NewModerator, Stats, StatsQuery, StatsSummary,
} from './types.js';
import { EVENT_TYPES } from './types.js';

type Counted = { count: number };
type PerNetwork = Pick<Stats, 'totals' | 'networks' | 'visitsPerNetwork' | 'followsPerNetwork'>;
type NetRow = { network: string; type: string; count: number };
type DayRow = { type: string; day: string; network: string | null; count: number };
/** The event types as an SQL list (constants, never input). */
const TYPES = `(${EVENT_TYPES.map((x) => `'${x}'`).join(', ')})`;
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

  /**
   * A range read from a pair of roll-ups (`smm_daily_<of>`, `smm_monthly_<of>`) as one UNION ALL
   * of (cols, n): the days and whole months of plan(), and the days it takes back as -n.
   */
  #rollup(of: 'network' | 'page', cols: string, where: string, params: readonly Param[], { from, to }: StatsQuery): [string, Param[]] {
    const p = plan(from, to);
    const parts: string[] = [];
    const all: Param[] = [];
    const add = (table: string, col: string, [a, b]: [string, string], n: string) => {
      parts.push(`SELECT ${cols}, ${n} AS n FROM ${table} WHERE ${where} AND ${col} BETWEEN ? AND ?`);
      all.push(...params, a, b);
    };
    for (const r of p.days) add(`smm_daily_${of}`, 'day', r, 'n');
    if (p.months) add(`smm_monthly_${of}`, 'month', p.months, 'n');
    for (const r of p.minus) add(`smm_daily_${of}`, 'day', r, '-n');
    return [parts.join(' UNION ALL '), all];
  }

  /** Per (network, type) counts of the whole site over a range, from the roll-ups. */
  async #byNetwork(q: StatsQuery): Promise<NetRow[]> {
    const [union, params] = this.#rollup('network', 'type, network', `type IN ${TYPES}`, [], q);
    return this.#r.all<NetRow>(
      `SELECT network, type, CAST(sum(n) AS integer) AS count FROM (${union}) t GROUP BY network, type HAVING sum(n) > 0`, params);
  }

  /**
   * One page's events over a range, counted per (type, day, network) in one pass over its index
   * (url, type, day, network): every number of the page's own view is summed from these rows.
   */
  async #pageDays({ from, to, url }: StatsQuery): Promise<DayRow[]> {
    const rows = await this.#r.all<DayRow>(
      `SELECT type, ${this.#day('day')} AS day, network, CAST(count(*) AS integer) AS count FROM smm_events
       WHERE url = ? AND type IN ${TYPES} AND day BETWEEN ? AND ? GROUP BY type, day, network`, [url!, from, to]);
    return rows.map((r) => ({ ...r, count: n(r.count) }));
  }

  /** Per (network, type) counts of one page's rows. */
  #pageNetworks(rows: DayRow[]): NetRow[] {
    const by = new Map<string, NetRow>();
    for (const r of rows) {
      const network = r.network ?? '';
      const k = `${r.type}\0${network}`;
      const s = by.get(k) ?? { network, type: r.type, count: 0 };
      s.count += r.count;
      by.set(k, s);
    }
    return [...by.values()];
  }

  #networks(rows: NetRow[]) {
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

  /**
   * Shares or visits per day and network over the whole site, straight from the daily roll-up in
   * the API's shape and order (a year is ~4,000 rows: no copy of them is made in JS).
   */
  async #sitePerDay(type: string, { from, to }: StatsQuery) {
    return this.#r.all<{ day: string; network: string; count: number }>(
      `SELECT ${this.#day('day')} AS day, network, CAST(n AS integer) AS count FROM smm_daily_network
       WHERE type = ? AND day BETWEEN ? AND ? ORDER BY day, network`, [type, from, to]);
  }

  /** One type of a page's rows as the API lists them, by day then network (events without one left out). */
  #pagePerDay(rows: DayRow[], type: string) {
    return rows.filter((r) => r.type === type && r.network !== null)
      .map((r) => ({ day: r.day, network: r.network!, count: r.count }))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.network < b.network ? -1 : a.network > b.network ? 1 : 0));
  }

  /** Top pages of the whole site by one type of event: whole months and the days at the ends. */
  async #perPage(type: string, q: StatsQuery) {
    const [union, params] = this.#rollup('page', 'url', 'type = ?', [type], q);
    const rows = await this.#r.all<{ url: string } & Counted>(
      `SELECT url, CAST(sum(n) AS integer) AS count FROM (${union}) t
       GROUP BY url HAVING sum(n) > 0 ORDER BY count DESC, url LIMIT ?`, [...params, q.limit]);
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
    if (q.url !== undefined) return this.#pageStats(q);
    const [byNetwork, sharesPerDay, visitsPerDay, sharesPerPage, visitsPerPage, commentsPerPage, commentsPerDay, testimonialsPerDay] =
      await Promise.all([
        this.#byNetwork(q), this.#sitePerDay('share', q), this.#sitePerDay('visit', q), this.#perPage('share', q),
        this.#perPage('visit', q), this.#commentsPerPage(q), this.#commentsPerDay(q), this.#testimonialsPerDay(q),
      ]);
    return this.#shape(this.#perNetwork(byNetwork), {
      sharesPerDay, sharesPerPage, visitsPerPage, commentsPerPage, commentsPerDay, testimonialsPerDay, visitsPerDay,
    });
  }

  /** A page's own view: every count of its events summed from one grouped read of its index. */
  async #pageStats(q: StatsQuery): Promise<Stats> {
    const [rows, commentsPerPage, commentsPerDay, testimonialsPerDay] = await Promise.all([
      this.#pageDays(q), this.#commentsPerPage(q), this.#commentsPerDay(q), this.#testimonialsPerDay(q),
    ]);
    const own = (type: string) => {
      const count = rows.reduce((s, r) => s + (r.type === type ? r.count : 0), 0);
      return count ? [{ url: q.url!, count }] : [];
    };
    return this.#shape(this.#perNetwork(this.#pageNetworks(rows)), {
      sharesPerDay: this.#pagePerDay(rows, 'share'), sharesPerPage: own('share'), visitsPerPage: own('visit'),
      commentsPerPage, commentsPerDay, testimonialsPerDay, visitsPerDay: this.#pagePerDay(rows, 'visit'),
    });
  }

  /** The answer with its keys in the order the API has always sent them. */
  #shape(n: PerNetwork, rest: Omit<Stats, keyof PerNetwork>): Stats {
    return {
      totals: n.totals, sharesPerDay: rest.sharesPerDay, sharesPerPage: rest.sharesPerPage, visitsPerNetwork: n.visitsPerNetwork,
      visitsPerPage: rest.visitsPerPage, followsPerNetwork: n.followsPerNetwork, networks: n.networks, commentsPerPage: rest.commentsPerPage,
      commentsPerDay: rest.commentsPerDay, testimonialsPerDay: rest.testimonialsPerDay, visitsPerDay: rest.visitsPerDay,
    };
  }

  /** Totals, networks, and visits and follows per network, from per (network, type) counts. */
  #perNetwork(rows: NetRow[]): PerNetwork {
    const { totals, networks } = this.#networks(rows);
    const per = (key: 'visits' | 'follows') => networks.filter((s) => s[key] > 0)
      .map((s) => ({ network: s.network, count: s[key] }))
      .sort((a, b) => b.count - a.count || a.network.localeCompare(b.network));
    return { totals, networks, visitsPerNetwork: per('visits'), followsPerNetwork: per('follows') };
  }

  async statsSummary(q: StatsQuery): Promise<StatsSummary> {
    const [byNetwork, comments, testimonials] = await Promise.all([
      q.url === undefined ? this.#byNetwork(q) : this.#pageDays(q).then((rows) => this.#pageNetworks(rows)),
      this.#commentsPerDay(q), this.#testimonialsPerDay(q),
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

/** How plan() reads a range from the roll-ups. */
export interface RangePlan {
  /** Day ranges added from the daily roll-up (0–2: at the start, at the end). */
  days: [string, string][];
  /** Whole months (YYYY-MM, inclusive) added from the monthly roll-up, or none. */
  months: [string, string] | null;
  /** Days of those months outside the range, taken back off (0–2). */
  minus: [string, string][];
}

/**
 * How to read an inclusive range of UTC days from a daily and a monthly roll-up with the fewest
 * rows: the months it covers whole, and for a month it covers only in part either its days, or,
 * when it covers more than half of it, the whole month minus the days left out (so the last 365
 * days ending mid-month read 12 months and a few days, not 11 months and a month of days).
 */
export function plan(from: string, to: string): RangePlan {
  const f = Date.parse(`${from}T00:00:00Z`);
  const t = Date.parse(`${to}T00:00:00Z`);
  const out: RangePlan = { days: [], months: null, minus: [] };
  if (!(f <= t)) return { ...out, days: [[from, to]] };
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const month = (ms: number) => day(ms).slice(0, 7);
  const start = (ms: number) => Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth(), 1);
  const end = (ms: number) => Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth() + 1, 1) - DAY_MS;
  const count = (a: number, b: number) => Math.round((b - a) / DAY_MS) + 1;
  // The first month, and the last when it is another one; each is read whole or by its days.
  const firstEnd = Math.min(t, end(f));
  let first = start(f);
  if (count(f, firstEnd) * 2 > count(start(f), end(f))) {
    if (f > start(f)) out.minus.push([day(start(f)), day(f - DAY_MS)]);
  } else {
    out.days.push([from, day(firstEnd)]);
    first = end(f) + DAY_MS;
  }
  let last = start(t);
  if (start(t) === start(f)) {
    // One month: read whole, it also takes back the days after the range.
    if (first === start(f) && t < end(t)) out.minus.push([day(t + DAY_MS), day(end(t))]);
    last = first === start(f) ? start(f) : start(f) - DAY_MS;
  } else if (count(start(t), t) * 2 > count(start(t), end(t))) {
    if (t < end(t)) out.minus.push([day(t + DAY_MS), day(end(t))]);
  } else {
    out.days.push([day(start(t)), to]);
    last = start(start(t) - DAY_MS);
  }
  if (first <= last) out.months = [month(first), month(last)];
  return out;
}
