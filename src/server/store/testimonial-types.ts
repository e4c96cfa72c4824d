// What the store keeps for testimonials and the methods their routes use. Statuses are the comment
// wall's (pending, published, spam, rejected, deleted); one implementation (testimonials.ts, over
// the SQL runner of sql.ts) serves both adapters.
import type { CommentStatus, CursorPos, Page } from './comment-types.js';

export type TestimonialStatus = CommentStatus;
/** `pre`: every testimonial waits for approval (the default); `post`: shown at once. */
export const WALL_MODERATION = ['pre', 'post'] as const;
export type WallModeration = (typeof WALL_MODERATION)[number];

/** A testimonial as stored. Times are ms since the epoch. */
export interface TestimonialRow {
  id: string;
  seq: number;
  wall: string;
  status: TestimonialStatus;
  featured: boolean;
  tags: string[];
  name: string;
  /** Private: never in a public answer. */
  email: string | null;
  emailHash: string | null;
  role: string | null;
  company: string | null;
  rating: number | null;
  body: string;
  /** The text as the customer sent it, when a moderator has corrected it since. */
  original: string | null;
  consentText: string | null;
  consentAt: number | null;
  ipHash: string | null;
  createdAt: number;
  editedAt: number | null;
  source: string | null;
  sourceId: string | null;
}

export interface NewTestimonial {
  id: string;
  wall: string;
  status: TestimonialStatus;
  name: string;
  email: string | null;
  emailHash: string | null;
  role: string | null;
  company: string | null;
  rating: number | null;
  body: string;
  consentText: string | null;
  consentAt: number | null;
  ipHash: string | null;
  createdAt: number;
  featured?: boolean;
  tags?: string[];
  source?: string | null;
  sourceId?: string | null;
}

export interface TestimonialQuery {
  wall: string;
  minRating?: number;
  tag?: string;
  featured?: boolean;
  limit: number;
  cursor?: CursorPos;
}

/** Over the published testimonials a query matches (before paging). */
export interface TestimonialSummary {
  count: number;
  /** Mean of the rated ones, two decimals; null when none is rated. */
  average: number | null;
  /** How many have each rating: keys "1" … "5". */
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

export interface AdminTestimonialQuery {
  status?: TestimonialStatus;
  wall?: string;
  limit: number;
  cursor?: CursorPos;
}

export interface TestimonialPatch {
  status?: TestimonialStatus;
  featured?: boolean;
  tags?: string[];
  name?: string;
  role?: string | null;
  company?: string | null;
  body?: string;
  editedAt?: number;
}

/** The texts of a wall's collection page and form; null means the built-in wording. */
export interface WallSettings {
  name: string;
  title: string | null;
  intro: string | null;
  thanks: string | null;
  consent: string | null;
  moderation: WallModeration | null;
}

/** Everything stored about one e-mail address, for a data request. */
export interface PersonalData {
  testimonials: TestimonialRow[];
  /** Comments are stored with the address hashed only: found by that hash. */
  comments: { id: string; thread: string; name: string; url: string | null; body: string; status: string; createdAt: number }[];
  bans: number;
}

export interface TestimonialStore {
  /** Refuses the same text on the same wall since `duplicateSince` (ms). */
  addTestimonial(t: NewTestimonial, duplicateSince?: number): Promise<{ ok: true; testimonial: TestimonialRow } | { ok: false; reason: 'duplicate' }>;
  testimonial(id: string): Promise<TestimonialRow | undefined>;
  /** Published ones, featured first, then newest; with the summary of everything the filters match. */
  testimonialPage(q: TestimonialQuery): Promise<Page<TestimonialRow> & { summary: TestimonialSummary }>;
  adminTestimonials(q: AdminTestimonialQuery): Promise<Page<TestimonialRow>>;
  /** A body change keeps the first text in `original`. */
  updateTestimonial(id: string, patch: TestimonialPatch): Promise<TestimonialRow | undefined>;
  deleteTestimonial(id: string): Promise<boolean>;
  /** Idempotent by (source, sourceId). */
  importTestimonials(rows: readonly NewTestimonial[]): Promise<{ inserted: number; skipped: number }>;
  wall(name: string): Promise<WallSettings>;
  setWall(w: WallSettings): Promise<WallSettings>;
  /** Everything kept about an e-mail address (plain for testimonials, by its keyed hash for comments). */
  personalData(email: string, emailHash: string): Promise<PersonalData>;
  /** Removes it all: testimonials deleted, comments deleted (placeholders without name where replies hang), bans lifted. */
  erasePersonalData(email: string, emailHash: string): Promise<{ testimonials: number; comments: number; bans: number }>;
}
