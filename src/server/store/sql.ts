// The few calls the comment store makes, over either database. Queries are written once with `?`
// placeholders in the SQL both dialects share (ON CONFLICT, RETURNING, row values, window
// functions); the PostgreSQL runner numbers them ($1, $2…).
import type Database from 'better-sqlite3';
import type postgres from 'postgres';

export type Param = string | number | null;

export interface SqlRunner {
  all<T>(q: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(q: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Rows changed. */
  run(q: string, params?: readonly Param[]): Promise<number>;
  /** Runs `fn` in one transaction; writers on one database are serialised by it. */
  tx<T>(fn: (s: SqlRunner) => Promise<T>): Promise<T>;
}

/** `(?, ?, ?)` for an IN list of n items (n ≥ 1). */
export const list = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

const queues = new Map<unknown, Promise<unknown>>();

export function sqliteRunner(db: Database.Database): SqlRunner {
  const cache = new Map<string, Database.Statement>();
  const prep = (q: string) => {
    let s = cache.get(q);
    if (!s) {
      s = db.prepare(q);
      if (cache.size > 500) cache.clear();
      cache.set(q, s);
    }
    return s;
  };
  const direct: SqlRunner = {
    async all<T>(q: string, p: readonly Param[] = []) {
      const s = prep(q);
      return (s.reader ? s.all(...p) : (s.run(...p), [])) as T[];
    },
    async get<T>(q: string, p: readonly Param[] = []) {
      const s = prep(q);
      return (s.reader ? s.get(...p) : (s.run(...p), undefined)) as T | undefined;
    },
    async run(q, p = []) {
      return prep(q).run(...p).changes;
    },
    tx: (fn) => fn(direct),
  };
  // better-sqlite3 is synchronous but a transaction here spans awaits: one at a time per file in
  // this process, or another request's statements would join it (same connection), or a second
  // connection to the file would block the whole process on SQLite's lock while the first waits
  // for its turn (two stores on one file, as tests open). Other processes wait on SQLite's lock.
  const file = db.memory ? db : db.name;
  const writes = (q: string) => !prep(q).readonly;
  return {
    all: (q, p) => (writes(q) ? serial(() => direct.all(q, p)) : direct.all(q, p)),
    get: (q, p) => (writes(q) ? serial(() => direct.get(q, p)) : direct.get(q, p)),
    run: (q, p) => serial(() => direct.run(q, p)),
    tx<T>(fn: (s: SqlRunner) => Promise<T>): Promise<T> {
      return serial(async () => {
        db.prepare('BEGIN IMMEDIATE').run();
        try {
          const out = await fn(direct);
          db.prepare('COMMIT').run();
          return out;
        } catch (err) {
          if (db.inTransaction) db.prepare('ROLLBACK').run();
          throw err;
        }
      });
    },
  };
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = (queues.get(file) ?? Promise.resolve()).then(fn);
    const tail = p.catch(() => undefined);
    queues.set(file, tail);
    void tail.then(() => queues.get(file) === tail && queues.delete(file));
    return p;
  }
}

export function postgresRunner(sql: postgres.Sql | postgres.TransactionSql): SqlRunner {
  const numbered = new Map<string, string>();
  const pg = (q: string) => {
    let s = numbered.get(q);
    if (!s) {
      let i = 0;
      s = q.replace(/\?/g, () => `$${++i}`);
      numbered.set(q, s);
    }
    return s;
  };
  const exec = (q: string, p: readonly Param[]) => sql.unsafe(pg(q), p as postgres.ParameterOrJSON<never>[]);
  const runner: SqlRunner = {
    async all<T>(q: string, p: readonly Param[] = []) {
      return [...(await exec(q, p))] as T[];
    },
    async get<T>(q: string, p: readonly Param[] = []) {
      return (await exec(q, p))[0] as T | undefined;
    },
    async run(q, p = []) {
      return (await exec(q, p)).count;
    },
    tx<T>(fn: (s: SqlRunner) => Promise<T>): Promise<T> {
      if (!('begin' in sql)) return fn(runner);
      return sql.begin((tx) => fn(postgresRunner(tx))) as Promise<T>;
    },
  };
  return runner;
}
