// The comment wall's settings (AppOptions.comments), their defaults, and the notice sent to the
// `notify` hook. Limits are held in the database, so they hold across server instances.
import type { ModerationMode } from '../store/comment-types.js';
import type { Notification } from '../notify.js';

export interface WindowLimit {
  /** Comments allowed per window. */
  max: number;
  windowSec: number;
}

/** What the `spamCheck` hook is asked about (an Akismet-style service, opt-in). */
export interface SpamCandidate {
  thread: string;
  name: string;
  url?: string;
  body: string;
  /** The client's address as the server sees it (mind your privacy policy before sending it on). */
  ip: string;
  userAgent?: string;
}

/**
 * Sent to `notify` after a new comment is stored, published or held: the shape createNotifier()
 * (notify.ts) delivers, plus why a held comment waits.
 */
export interface CommentNotice extends Notification {
  type: 'comment.created';
  /** Page key of the thread. */
  page: string;
  /** Why it waits: `pre` (every comment waits), `first` (unknown author), `links` (too many). */
  reason?: 'pre' | 'first' | 'links';
}

export interface CommentOptions {
  /** `pre`: every comment waits; `first` (default): an author's first comment waits; `post`: published at once. */
  moderation?: ModerationMode;
  /** Seconds an author may edit or delete a comment with its secret (default 900). */
  editWindowSec?: number;
  /** Comments with more links than this wait for a moderator (default 2). */
  maxLinks?: number;
  /** Seconds between fetching the thread (its form token) and posting (default 3). */
  minFillSec?: number;
  /** HS256 secret (≥ 32 characters) the site signs identity tokens with; see signIdentity(). */
  identitySecret?: string;
  /** Opt-in: asks a spam service; `spam` stores the comment as spam, unseen. */
  spamCheck?: (c: SpamCandidate) => Promise<'spam' | 'ok'>;
  /**
   * Called after a new comment is stored (published or pending), e.g. `createNotifier({ webhook, mail })`;
   * not awaited by the request, failures are logged.
   */
  notify?: (notice: CommentNotice) => Promise<void>;
  /** Comments per client address (hashed), per thread and site-wide; `false` turns one off. */
  limits?: { perIp?: WindowLimit | false; perThread?: WindowLimit | false; site?: WindowLimit | false };
}

export const COMMENT_DEFAULTS = {
  moderation: 'first' as ModerationMode,
  editWindowSec: 900,
  maxLinks: 2,
  minFillSec: 3,
  limits: {
    perIp: { max: 5, windowSec: 300 },
    perThread: { max: 30, windowSec: 300 },
    site: { max: 200, windowSec: 300 },
  },
  /** Seconds a form token stays good. */
  formMaxAgeSec: 86400,
  /** Seconds in which the same body on the same thread is a duplicate. */
  duplicateSec: 86400,
};

export type ResolvedCommentOptions = Required<Omit<CommentOptions, 'identitySecret' | 'spamCheck' | 'notify' | 'limits'>> &
  Pick<CommentOptions, 'identitySecret' | 'spamCheck' | 'notify'> & {
    limits: { perIp: WindowLimit | false; perThread: WindowLimit | false; site: WindowLimit | false };
  };

export function resolveCommentOptions(o: CommentOptions = {}): ResolvedCommentOptions {
  const r: ResolvedCommentOptions = {
    moderation: o.moderation ?? COMMENT_DEFAULTS.moderation,
    editWindowSec: o.editWindowSec ?? COMMENT_DEFAULTS.editWindowSec,
    maxLinks: o.maxLinks ?? COMMENT_DEFAULTS.maxLinks,
    minFillSec: o.minFillSec ?? COMMENT_DEFAULTS.minFillSec,
    identitySecret: o.identitySecret,
    spamCheck: o.spamCheck,
    notify: o.notify,
    limits: { ...COMMENT_DEFAULTS.limits, ...o.limits },
  };
  if (!['pre', 'first', 'post'].includes(r.moderation)) {
    throw new Error(`smm-kit: comments.moderation must be pre, first or post, got "${r.moderation}"`);
  }
  for (const k of ['editWindowSec', 'maxLinks', 'minFillSec'] as const) {
    if (!Number.isFinite(r[k]) || r[k] < 0) throw new Error(`smm-kit: comments.${k} must be a number ≥ 0, got ${r[k]}`);
  }
  if (r.identitySecret !== undefined && r.identitySecret.length < 32) {
    throw new Error('smm-kit: comments.identitySecret must be at least 32 characters; generate one with `openssl rand -hex 32`');
  }
  for (const [k, l] of Object.entries(r.limits)) {
    if (l && !(l.max >= 1 && l.windowSec > 0)) throw new Error(`smm-kit: comments.limits.${k} needs max ≥ 1 and windowSec > 0`);
  }
  return r;
}
