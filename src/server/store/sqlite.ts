// SQLite adapter (better-sqlite3): the zero-set-up default, one file next to the site.
// WAL lets readers (counts) run while a batch is written; all calls are synchronous and fast, so
// the async interface just wraps them.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from '../migrations/index.js';
import { AdminQueries } from './admin-sql.js';
import { SqlCommentStore } from './comments.js';
import { sqliteRunner } from './sql.js';
import {
  utcDay, type AuditEntry, type AuditQuery, type EventRow, type NewModerator, type ShareCount, type StatsQuery, type Store,
} from './types.js';

type Db = Database.Database;

export function openSqlite(path: string): Store {
  let db: Db;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (err) {
    throw new Error(`smm-kit: cannot open SQLite database "${path}": ${(err as Error).message}`, { cause: err });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db);
}

function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS smm_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  // IMMEDIATE takes the write lock first, so two processes starting together apply each step once.
  db.transaction(() => {
    const done = new Set(
      db.prepare('SELECT version FROM smm_migrations').pluck().all() as number[],
    );
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      db.exec(m.sqlite);
      db.prepare('INSERT INTO smm_migrations (version, name, applied_at) VALUES (?, ?, ?)')
        .run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}

class SqliteStore extends SqlCommentStore implements Store {
  readonly kind = 'sqlite';
  #db: Db;
  #insert;
  #bump;
  #counts;
  #insertBatch;
  #dailyNetwork;
  #dailyPage;
  #monthlyPage;
  #monthlyNetwork;
  #admin: AdminQueries;

  // One runner for the comment store and the admin queries, so their writes queue together.
  constructor(db: Db, runner = sqliteRunner(db)) {
    super(runner);
    this.#db = db;
    this.#admin = new AdminQueries(runner, 'sqlite');
    this.#insert = db.prepare(
      'INSERT INTO smm_events (type, network, url, campaign, ref, ts, day) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.#bump = db.prepare(
      `INSERT INTO smm_share_counts (url, network, n) VALUES (?, ?, 1)
       ON CONFLICT (url, network) DO UPDATE SET n = n + 1`,
    );
    this.#dailyNetwork = db.prepare(
      `INSERT INTO smm_daily_network (type, day, network, n) VALUES (?, ?, ?, 1)
       ON CONFLICT (type, day, network) DO UPDATE SET n = n + 1`,
    );
    this.#dailyPage = db.prepare(
      `INSERT INTO smm_daily_page (type, day, url, n) VALUES (?, ?, ?, 1)
       ON CONFLICT (type, day, url) DO UPDATE SET n = n + 1`,
    );
    this.#monthlyPage = db.prepare(
      `INSERT INTO smm_monthly_page (type, month, url, n) VALUES (?, ?, ?, 1)
       ON CONFLICT (type, month, url) DO UPDATE SET n = n + 1`,
    );
    this.#monthlyNetwork = db.prepare(
      `INSERT INTO smm_monthly_network (type, month, network, n) VALUES (?, ?, ?, 1)
       ON CONFLICT (type, month, network) DO UPDATE SET n = n + 1`,
    );
    // json_each keeps one prepared statement whatever the number of URLs asked.
    this.#counts = db.prepare(
      'SELECT url, network, n FROM smm_share_counts WHERE url IN (SELECT value FROM json_each(?))',
    );
    this.#insertBatch = db.transaction((rows: readonly EventRow[], ts: number, day: string) => {
      for (const r of rows) {
        this.#insert.run(r.type, r.network, r.url, r.campaign, r.ref, ts, day);
        if (r.type === 'share' && r.network) this.#bump.run(r.url, r.network);
        this.#dailyNetwork.run(r.type, day, r.network ?? '');
        this.#dailyPage.run(r.type, day, r.url);
        this.#monthlyPage.run(r.type, day.slice(0, 7), r.url);
        this.#monthlyNetwork.run(r.type, day.slice(0, 7), r.network ?? '');
      }
    });
  }

  async addEvents(rows: readonly EventRow[], at: Date): Promise<void> {
    this.#insertBatch(rows, at.getTime(), utcDay(at));
  }

  async shareCounts(urls: readonly string[]): Promise<Map<string, ShareCount>> {
    const out = new Map<string, ShareCount>();
    const found = this.#counts.all(JSON.stringify([...new Set(urls)])) as
      { url: string; network: string; n: number }[];
    for (const { url, network, n } of found) {
      const c = out.get(url) ?? { total: 0, networks: {} };
      c.total += n;
      c.networks[network] = n;
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
    return this.#db.prepare('SELECT coalesce(max(version), 0) FROM smm_migrations').pluck().get() as number;
  }

  async ping(): Promise<void> {
    this.#db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
