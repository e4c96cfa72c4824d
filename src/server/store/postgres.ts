// PostgreSQL adapter (porsager/postgres): for sites running several stateless server instances
// against one database. Every batch is one statement (a CTE), so one round trip and atomic.
import postgres from 'postgres';
import { migrations } from '../migrations/index.js';
import { AdminQueries } from './admin-sql.js';
import { SqlCommentStore } from './comments.js';
import { postgresRunner } from './sql.js';
import {
  utcDay, type AuditEntry, type AuditQuery, type EventRow, type NewModerator, type ShareCount, type StatsQuery, type Store,
} from './types.js';

type Sql = postgres.Sql;

// Any constant: serialises migrations of instances that start at the same time.
const MIGRATION_LOCK = 0x736d6d; // "smm"

export async function openPostgres(url: string): Promise<Store> {
  const sql = postgres(url, {
    max: Number(process.env.SMM_PG_POOL ?? 10),
    onnotice: () => {},
    transform: { undefined: null },
    // bigint (int8) as a JS number: comment times are ms since the epoch, far below 2^53.
    types: { int8: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } },
    connection: { application_name: 'smm-kit' },
  });
  try {
    await migrate(sql);
  } catch (err) {
    await sql.end({ timeout: 1 });
    throw new Error(`smm-kit: cannot prepare PostgreSQL database ${redact(url)}: ${(err as Error).message}`, { cause: err });
  }
  return new PostgresStore(sql);
}

/** The URL with its password hidden, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

async function migrate(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS smm_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;
    const done = new Set((await tx`SELECT version FROM smm_migrations`).map((r) => r.version as number));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.unsafe(m.postgres);
      await tx`INSERT INTO smm_migrations (version, name) VALUES (${m.version}, ${m.name})`;
    }
  });
}

class PostgresStore extends SqlCommentStore implements Store {
  readonly kind = 'postgres';
  #sql: Sql;
  #admin: AdminQueries;

  // One runner for the comment store and the admin queries, so their writes queue together.
  constructor(sql: Sql, runner = postgresRunner(sql)) {
    super(runner);
    this.#sql = sql;
    this.#admin = new AdminQueries(runner, 'postgres');
  }

  async addEvents(rows: readonly EventRow[], at: Date): Promise<void> {
    const sql = this.#sql;
    const col = <K extends keyof EventRow>(k: K) => rows.map((r) => r[k]) as string[];
    const day = utcDay(at);
    // One statement: the events, the daily roll-ups and the share counters, all or nothing.
    // Upserts go in key order so concurrent batches lock rows in the same order.
    await sql`WITH e AS (
        SELECT * FROM unnest(${col('type')}::text[], ${col('network')}::text[], ${col('url')}::text[],
          ${col('campaign')}::text[], ${col('ref')}::text[]) AS e(type, network, url, campaign, ref)
      ), ins AS (
        INSERT INTO smm_events (type, network, url, campaign, ref, ts, day)
        SELECT type, network, url, campaign, ref, ${at}, ${day}::date FROM e
      ), dn AS (
        INSERT INTO smm_daily_network (type, day, network, n)
        SELECT type, ${day}::date, coalesce(network, ''), count(*) FROM e
        GROUP BY 1, 3 ORDER BY 1, 3
        ON CONFLICT (type, day, network) DO UPDATE SET n = smm_daily_network.n + excluded.n
      ), dp AS (
        INSERT INTO smm_daily_page (type, day, url, n)
        SELECT type, ${day}::date, url, count(*) FROM e
        GROUP BY 1, 3 ORDER BY 1, 3
        ON CONFLICT (type, day, url) DO UPDATE SET n = smm_daily_page.n + excluded.n
      ), mp AS (
        INSERT INTO smm_monthly_page (type, month, url, n)
        SELECT type, ${day.slice(0, 7)}, url, count(*) FROM e
        GROUP BY 1, 3 ORDER BY 1, 3
        ON CONFLICT (type, month, url) DO UPDATE SET n = smm_monthly_page.n + excluded.n
      ), mn AS (
        INSERT INTO smm_monthly_network (type, month, network, n)
        SELECT type, ${day.slice(0, 7)}, coalesce(network, ''), count(*) FROM e
        GROUP BY 1, 3 ORDER BY 1, 3
        ON CONFLICT (type, month, network) DO UPDATE SET n = smm_monthly_network.n + excluded.n
      )
      INSERT INTO smm_share_counts (url, network, n)
      SELECT url, network, count(*) FROM e WHERE type = 'share' AND network IS NOT NULL
      GROUP BY url, network ORDER BY url, network
      ON CONFLICT (url, network) DO UPDATE SET n = smm_share_counts.n + excluded.n`;
  }

  async shareCounts(urls: readonly string[]): Promise<Map<string, ShareCount>> {
    const out = new Map<string, ShareCount>();
    const found = await this.#sql<{ url: string; network: string; n: number }[]>`
      SELECT url, network, n FROM smm_share_counts WHERE url = ANY(${[...new Set(urls)]}::text[])`;
    for (const { url, network, n } of found) {
      const c = out.get(url) ?? { total: 0, networks: {} };
      c.total += Number(n);
      c.networks[network] = Number(n);
      out.set(url, c);
    }
    return out;
  }

  stats(q: StatsQuery) { return this.#admin.stats(q); }
  statsSummary(q: StatsQuery) { return this.#admin.statsSummary(q); }
  addModerator(m: NewModerator) { return this.#admin.addModerator(m); }
  moderators() { return this.#admin.moderators(); }
  revokeModerator(name: string, at: number) { return this.#admin.revokeModerator(name, at); }
  moderatorByToken(hash: string) { return this.#admin.moderatorByToken(hash); }
  addAudit(e: Omit<AuditEntry, 'id'>) { return this.#admin.addAudit(e); }
  audit(q: AuditQuery) { return this.#admin.audit(q); }

  async schemaVersion(): Promise<number> {
    const [r] = await this.#sql`SELECT coalesce(max(version), 0)::int AS v FROM smm_migrations`;
    return r!.v as number;
  }

  async ping(): Promise<void> {
    await this.#sql`SELECT 1`;
  }

  async close(): Promise<void> {
    await this.#sql.end({ timeout: 5 });
  }
}
