// The one storage interface the routes see. Two real adapters implement it (SQLite, PostgreSQL)
// and the same test suite runs against both, so a route never knows which one it talks to.
import type { CommentStore } from './comment-types.js';
import type { TestimonialStore } from './testimonial-types.js';

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
  /** One page key: everything is counted for that page only (a page's own view). */
  url?: string;
}

/** What one network did in a range: the "viral" ratio is visits ÷ shares (null without shares). */
export interface NetworkStats {
  network: string;
  shares: number;
  visits: number;
  follows: number;
  ratio: number | null;
}

export interface Stats {
  totals: Record<EventType, number>;
  sharesPerDay: { day: string; network: string; count: number }[];
  sharesPerPage: { url: string; count: number }[];
  visitsPerNetwork: { network: string; count: number }[];
  visitsPerPage: { url: string; count: number }[];
  followsPerNetwork: { network: string; count: number }[];
  /** Every network seen in the range, by shares then visits. */
  networks: NetworkStats[];
  /** Top pages by comments (published, counted by the day they were written). */
  commentsPerPage: { url: string; count: number }[];
  commentsPerDay: { day: string; count: number }[];
  testimonialsPerDay: { day: string; count: number }[];
  /** Visits per day and network (for a page's own view and the return-visits chart). */
  visitsPerDay: { day: string; network: string; count: number }[];
}

/** Totals and networks of a range, for comparing with the previous range of the same length. */
export type StatsSummary = Pick<Stats, 'totals' | 'networks'> & { comments: number; testimonials: number };

/** A moderator token's owner. The token itself is never stored, only its SHA-256. */
export interface Moderator {
  id: string;
  name: string;
  createdAt: number;
  revokedAt: number | null;
}

export interface NewModerator {
  id: string;
  name: string;
  tokenHash: string;
  createdAt: number;
}

/** One moderation action: who (name at the time), what, on which item, when (ms). */
export interface AuditEntry {
  id: number;
  at: number;
  moderator: string;
  /** null for the owner's admin token. */
  moderatorId: string | null;
  action: string;
  kind: string;
  item: string;
  detail: string | null;
}

export interface AuditQuery {
  limit: number;
  /** Entries older than this id (the `next` of the previous page). */
  before?: number;
  kind?: string;
  item?: string;
}

export interface Store extends CommentStore, TestimonialStore {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores a batch atomically: all rows or none. `at` is the server's clock, the only time stored
   * (the client's `ts` is never trusted). Share rows also bump the per-page counters.
   */
  addEvents(rows: readonly EventRow[], at: Date): Promise<void>;
  /** Counts for each distinct page key asked; keys never shared are absent from the map. */
  shareCounts(urls: readonly string[]): Promise<Map<string, ShareCount>>;
  stats(query: StatsQuery): Promise<Stats>;
  /** Totals and networks only: the previous range of a comparison. */
  statsSummary(query: StatsQuery): Promise<StatsSummary>;
  /** Adds a moderator; false when an active one already has that name. */
  addModerator(m: NewModerator): Promise<boolean>;
  /** Every moderator, revoked ones too, oldest first. */
  moderators(): Promise<Moderator[]>;
  /** Revokes the active moderator of that name; false when there is none. */
  revokeModerator(name: string, at: number): Promise<boolean>;
  /** The active moderator holding a token of this hash: read from the database every time. */
  moderatorByToken(tokenHash: string): Promise<Moderator | undefined>;
  addAudit(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** Newest first. */
  audit(query: AuditQuery): Promise<AuditEntry[]>;
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
