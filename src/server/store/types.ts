// The one storage interface the routes see. Two real adapters implement it (SQLite, PostgreSQL)
// and the same test suite runs against both, so a route never knows which one it talks to.
import type { CommentStore } from './comment-types.js';

export type * from './comment-types.js';

/** Kinds of event the tracker reports. `comment` carries no network. */
export const EVENT_TYPES = ['share', 'follow', 'visit', 'comment'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** An event as stored: already validated and normalised by the route. */
export interface EventRow {
  type: EventType;
  /** Network id from KNOWN_NETWORKS; null only for `comment`. */
  network: string | null;
  /** Page key (page-key.ts): `scheme://host[:port]/path[?identifying query]`, lower-case host, no hash. */
  url: string;
  /** `utm_campaign` of the reported URL, if any (kept for visits from shared links). */
  campaign: string | null;
  /** Referrer host, lower-case, if the page was reached from another site. */
  ref: string | null;
}

/** Share counts of one page key: total and per network (networks with zero are absent). */
export interface ShareCount {
  total: number;
  networks: Record<string, number>;
}

/** Inclusive range of UTC days, `YYYY-MM-DD`. */
export interface StatsQuery {
  from: string;
  to: string;
  /** How many pages to list in the per-page tables. */
  limit: number;
}

export interface Stats {
  totals: Record<EventType, number>;
  sharesPerDay: { day: string; network: string; count: number }[];
  sharesPerPage: { url: string; count: number }[];
  visitsPerNetwork: { network: string; count: number }[];
  visitsPerPage: { url: string; count: number }[];
  followsPerNetwork: { network: string; count: number }[];
}

export interface Store extends CommentStore {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores a batch atomically: all rows or none. `at` is the server's clock, the only time stored
   * (the client's `ts` is never trusted). Share rows also bump the per-page counters.
   */
  addEvents(rows: readonly EventRow[], at: Date): Promise<void>;
  /** Counts for each distinct page key asked; keys never shared are absent from the map. */
  shareCounts(urls: readonly string[]): Promise<Map<string, ShareCount>>;
  stats(query: StatsQuery): Promise<Stats>;
  /** Highest migration version applied. */
  schemaVersion(): Promise<number>;
  /** Throws when the database cannot answer (used by /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** `YYYY-MM-DD` of a date in UTC. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
