// PostgreSQL adapter (porsager/postgres): for sites running several stateless server instances
// against one database. Every batch is one statement (a CTE), so one round trip and atomic.
import postgres from 'postgres';
import { migrations } from '../migrations/index.js';
import { SqlCommentStore } from './comments.js';
import { postgresRunner } from './sql.js';
import { utcDay, type EventRow, type ShareCount, type Stats, type StatsQuery, type Store } from './types.js';

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

  constructor(sql: Sql) {
    super(postgresRunner(sql));
    this.#sql = sql;
  }

  async addEvents(rows: readonly EventRow[], at: Date): Promise<void> {
    const sql = this.#sql;
    const col = <K extends keyof EventRow>(k: K) => rows.map((r) => r[k]) as string[];
    const shares = rows.filter((r) => r.type === 'share' && r.network);
    const insert = sql`INSERT INTO smm_events (type, network, url, campaign, ref, ts, day)
      SELECT e.type, e.network, e.url, e.campaign, e.ref, ${at}, ${utcDay(at)}::date
      FROM unnest(${col('type')}::text[], ${col('network')}::text[], ${col('url')}::text[],
                  ${col('campaign')}::text[], ${col('ref')}::text[]) AS e(type, network, url, campaign, ref)`;
    if (!shares.length) {
      await insert;
      return;
    }
    // Counters are upserted in key order so concurrent batches lock rows in the same order.
    await sql`WITH e AS (${insert})
      INSERT INTO smm_share_counts (url, network, n)
      SELECT url, network, count(*) FROM unnest(${shares.map((r) => r.url)}::text[],
        ${shares.map((r) => r.network!)}::text[]) AS s(url, network)
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

  async stats({ from, to, limit }: StatsQuery): Promise<Stats> {
    const sql = this.#sql;
    const range = sql`day BETWEEN ${from}::date AND ${to}::date`;
    const perNetwork = (type: string) => sql<{ network: string; count: number }[]>`
      SELECT network, count(*)::int AS count FROM smm_events WHERE type = ${type} AND ${range}
      GROUP BY network ORDER BY count DESC, network`;
    const perPage = (type: string) => sql<{ url: string; count: number }[]>`
      SELECT url, count(*)::int AS count FROM smm_events WHERE type = ${type} AND ${range}
      GROUP BY url ORDER BY count DESC, url LIMIT ${limit}`;
    const [byType, sharesPerDay, sharesPerPage, visitsPerNetwork, visitsPerPage, followsPerNetwork] =
      await Promise.all([
        sql<{ type: keyof Stats['totals']; n: number }[]>`
          SELECT type, count(*)::int AS n FROM smm_events WHERE ${range} GROUP BY type`,
        sql<Stats['sharesPerDay']>`
          SELECT to_char(day, 'YYYY-MM-DD') AS day, network, count(*)::int AS count FROM smm_events
          WHERE type = 'share' AND ${range} GROUP BY day, network ORDER BY day, network`,
        perPage('share'), perNetwork('visit'), perPage('visit'), perNetwork('follow'),
      ]);
    const totals = { share: 0, follow: 0, visit: 0, comment: 0 };
    for (const r of byType) totals[r.type] = r.n;
    const plain = <T>(rows: readonly T[]): T[] => rows.map((r) => ({ ...r }));
    return {
      totals,
      sharesPerDay: plain(sharesPerDay),
      sharesPerPage: plain(sharesPerPage),
      visitsPerNetwork: plain(visitsPerNetwork),
      visitsPerPage: plain(visitsPerPage),
      followsPerNetwork: plain(followsPerNetwork),
    };
  }

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
