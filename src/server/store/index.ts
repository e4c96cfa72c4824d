// Picks the adapter from one string, so the CLI, env vars and host apps all configure storage
// the same way. Adapters are loaded lazily: a PostgreSQL deployment never loads the native
// SQLite module, and a SQLite one never loads the PostgreSQL client.
import type { Store } from './types.js';

export type { Store, EventRow, EventType, ShareCount, Stats, StatsQuery } from './types.js';

/**
 * Opens a store and applies pending migrations.
 * @param spec `postgres://…` or `postgresql://…` for PostgreSQL; otherwise a SQLite file path
 *   (created with its folder if missing), or `:memory:`.
 */
export async function openStore(spec: string): Promise<Store> {
  if (!spec) throw new Error('smm-kit: no database given; pass a SQLite file path or a postgres:// URL.');
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(spec);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new Error(`smm-kit: unsupported database URL "${spec.split(':')[0]}://…"; use a SQLite file path or postgres://.`);
  }
  const { openSqlite } = await import('./sqlite.js');
  return openSqlite(spec);
}

/** A database spec safe to print (PostgreSQL password hidden). */
export function describeStore(spec: string): string {
  return /^postgres(ql)?:\/\//i.test(spec)
    ? `PostgreSQL ${spec.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@')}`
    : `SQLite ${spec}`;
}
