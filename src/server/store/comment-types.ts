// What the store keeps for the comment wall, and the methods the routes (and the import/export
// commands) use. One implementation (comments-*.ts, over the small SQL runner in sql.ts) serves
// both adapters, so SQLite and PostgreSQL cannot drift apart.

export const COMMENT_STATUSES = ['pending', 'published', 'spam', 'rejected', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const MODERATION_MODES = ['pre', 'first', 'post'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];
export type Badge = 'moderator' | 'verified';
export type CommentSort = 'newest' | 'oldest' | 'top';

/** A comment as stored. Times are ms since the epoch. */
export interface CommentRow {
  id: string;
  /** Insertion order: the tie-breaker of every sort and cursor. */
  seq: number;
  /** Page key of the thread. */
  thread: string;
  parent: string | null;
  /** Top-level ancestor; null for a top-level comment. */
  root: string | null;
  name: string;
  url: string | null;
  emailHash: string | null;
  ipHash: string | null;
  identity: string | null;
  badge: Badge | null;
  body: string;
  status: CommentStatus;
  /** Shown to readers: published, or a placeholder over visible replies. */
  visible: boolean;
  createdAt: number;
  editedAt: number | null;
  likes: number;
  secretHash: string | null;
  source: string | null;
  sourceId: string | null;
}

/** A top-level comment of a page with the first of its replies (oldest first, flat). */
export interface CommentWithReplies extends CommentRow {
  replies: CommentRow[];
  replyCount: number;
  /** Position after the last reply given, when more follow. */
  repliesNext: CursorPos | null;
}

/** Where a page ends: the sort values of its last row. Opaque to clients (see cursor.ts). */
export type CursorPos = readonly number[];

export interface CommentPageQuery {
  thread: string;
  sort: CommentSort;
  limit: number;
  cursor?: CursorPos;
}

export interface RepliesQuery {
  root: string;
  limit: number;
  cursor?: CursorPos;
}

export interface Page<T> {
  rows: T[];
  next: CursorPos | null;
}

export interface ThreadInfo {
  key: string;
  closed: boolean;
  /** The thread's own mode; null follows the server's. */
  moderation: ModerationMode | null;
  /** Visible comments, top-level and replies. */
  total: number;
}

/** A new comment, already validated, cleaned and judged by the route. */
export interface NewComment {
  id: string;
  thread: string;
  parent: string | null;
  name: string;
  url: string | null;
  emailHash: string | null;
  ipHash: string | null;
  identity: string | null;
  badge: Badge | null;
  body: string;
  status: CommentStatus;
  createdAt: number;
  secretHash: string;
}

export type AddResult =
  | { ok: true; comment: CommentRow }
  | { ok: false; reason: 'parent' | 'duplicate' | 'closed' };

export interface Ban {
  id: string;
  ipHash: string | null;
  emailHash: string | null;
  /** The comment whose author was banned. */
  comment: string | null;
  createdAt: number;
}

export type HitResult = { ok: true } | { ok: false; retryAfterSec: number };

export interface AdminCommentQuery {
  status?: CommentStatus;
  thread?: string;
  limit: number;
  cursor?: CursorPos;
}

/** A comment from another system (Disqus, WordPress WXR) or from a JSON export. */
export interface ImportedComment {
  source: 'disqus' | 'wxr' | 'json';
  sourceId: string;
  /** Page key. */
  thread: string;
  parentSourceId?: string;
  name: string;
  /** Plain address: hashed with the server secret, never stored as is. */
  email?: string;
  /** Already hashed (a JSON export); used when `email` is absent. */
  emailHash?: string;
  url?: string;
  body: string;
  createdAt: Date;
  editedAt?: Date;
  status: CommentStatus;
  likes?: number;
  badge?: Badge;
  identity?: string;
  /** Keep this id (JSON round trip); idempotent by id then. Else one is made. */
  id?: string;
  /** Parent by id (JSON round trip), instead of parentSourceId. */
  parentId?: string;
}

/** Everything kept about a comment except secrets: the JSON export, re-importable as is. */
export interface ExportedComment {
  id: string;
  thread: string;
  parent: string | null;
  name: string;
  emailHash: string | null;
  url: string | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
  status: CommentStatus;
  likes: number;
  badge: Badge | null;
  identity: string | null;
  source: string | null;
  sourceId: string | null;
}

/** A thread's own settings (version 2 of the export); threads on the server's defaults are left out. */
export interface ExportedThread {
  /** Page key. */
  key: string;
  closed: boolean;
  /** The thread's own mode; null follows the server's. */
  moderation: ModerationMode | null;
}

/** A ban as exported: the hashes it matches, never an address. */
export interface ExportedBan {
  id: string;
  ipHash: string | null;
  emailHash: string | null;
  comment: string | null;
  createdAt: string;
}

/** One reader's like of one comment; the reader only as the server's keyed hash. */
export interface ExportedLike {
  comment: string;
  reader: string;
  at: string;
}

/** What an export holds beside its comments, in this order: threads, bans, likes. */
export type ExportedExtra =
  | ({ kind: 'thread' } & ExportedThread)
  | ({ kind: 'ban' } & ExportedBan)
  | ({ kind: 'like' } & ExportedLike);

export interface CommentStore {
  /** A random secret made on first use and kept in the database (HMAC key for hashes, forms). */
  serverSecret(): Promise<string>;
  /**
   * Takes the secret of an export made with it (`smm-kit export --with-secret`), so the hashes it
   * carries (e-mails, bans, readers' likes) match here too: false when this database already has
   * data hashed with a secret of its own, which it then keeps.
   */
  adoptSecret(value: string): Promise<boolean>;
  thread(key: string): Promise<ThreadInfo>;
  setThread(key: string, patch: { closed?: boolean; moderation?: ModerationMode | null }): Promise<ThreadInfo>;
  /** A page of top-level visible comments with the first `replies` replies of each. */
  commentPage(q: CommentPageQuery, replies: number): Promise<Page<CommentWithReplies>>;
  /** The next visible replies under a top-level comment, oldest first. */
  replyPage(q: RepliesQuery): Promise<Page<CommentRow>>;
  comment(id: string): Promise<CommentRow | undefined>;
  /**
   * Stores a comment unless its thread is closed, its parent is not a visible comment of the same
   * thread, or the same body was posted on the thread since `duplicateSince`; one transaction.
   */
  addComment(c: NewComment, duplicateSince: number): Promise<AddResult>;
  /** Changes body (sets editedAt) and/or status; keeps counts and placeholders right. */
  updateComment(id: string, patch: { body?: string; editedAt?: number; status?: CommentStatus }): Promise<CommentRow | undefined>;
  /** Whether an author is known: a published comment by this identity, or with this secret. */
  knownAuthor(who: { identity?: string; secretHash?: string }): Promise<boolean>;
  /** Likes or unlikes once per reader hash; undefined when the comment is not published, `closed` when its thread is. */
  like(id: string, reader: string, on: boolean, at: number): Promise<{ likes: number; liked: boolean } | 'closed' | undefined>;
  /** Visible comments per thread key; threads without any are absent. */
  commentCounts(keys: readonly string[]): Promise<Map<string, number>>;
  adminComments(q: AdminCommentQuery): Promise<Page<CommentRow>>;
  /**
   * Counts one event against a fixed window shared by every instance.
   * @param key e.g. `c:ip:<hash>`; `max` events per `windowMs`.
   */
  hit(key: string, max: number, windowMs: number, now: number): Promise<HitResult>;
  banned(ipHash: string | null, emailHash: string | null): Promise<boolean>;
  addBan(ban: Ban): Promise<Ban>;
  bans(): Promise<Ban[]>;
  removeBan(id: string): Promise<boolean>;
  /** Batch, idempotent by (source, sourceId), or by id when given; parents may come later. */
  importComments(rows: readonly ImportedComment[]): Promise<{ inserted: number; skipped: number }>;
  /** Every comment, every status, oldest first. */
  exportComments(): AsyncIterable<ExportedComment>;
  /**
   * Thread settings (by key), bans (oldest first), then likes (by comment, oldest first, then by
   * reader hash): always in the same order, whichever database, so an export is reproducible.
   */
  exportExtras(): AsyncIterable<ExportedExtra>;
  /** Stores what exportExtras() gave: settings replace the thread's, bans and likes are added once. */
  importExtras(rows: readonly ExportedExtra[]): Promise<{ inserted: number; skipped: number }>;
}
