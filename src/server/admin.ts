// Bearer-token guard for admin routes, and who acted. Two kinds of token get in: the owner's admin
// token (from the server's configuration) and named moderator tokens (created with
// `smm-kit moderator add <name>`, stored only as SHA-256 hashes). A moderator token is looked up in
// the database on every request, so a revoked one is refused at once by every instance. There is
// no default token and nothing is opened by a first caller.
import type { Context, MiddlewareHandler } from 'hono';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { problem } from './errors.js';
import type { RateLimiter } from './rate-limit.js';
import type { Store } from './store/types.js';

/** Shortest admin token accepted: long enough that guessing it is hopeless. */
export const MIN_TOKEN_LENGTH = 16;

/** Who is acting through the admin API: the owner (admin token) or a named moderator. */
export interface Actor {
  /** The moderator's id; null for the owner's admin token. */
  id: string | null;
  name: string;
  role: 'owner' | 'moderator';
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the admin guard for every request it lets through. */
    moderator: Actor;
    /** Writes one audit entry for this request's actor; set by the admin guard. */
    smmAudit: (action: string, kind: string, item: string, detail: string | null) => Promise<void>;
  }
}

/** The name the owner's admin token acts under in the audit log. */
export const OWNER_NAME = 'admin';
/** Moderator names: letters, digits, `.`, `_`, `-`, 1–40 characters; never the owner's name. */
export const MODERATOR_NAME = /^[\p{L}\p{N}._-]{1,40}$/u;

const digest = (s: string) => createHash('sha256').update(s).digest();

/** How a moderator token is stored: its SHA-256 in hex (the token is 256 random bits). */
export const tokenHash = (token: string) => digest(token).toString('hex');

/** A new moderator token, printed once and never stored. */
export const newModeratorToken = () => `smm_mod_${randomBytes(32).toString('base64url')}`;

/** The bearer token of a request, if it sends one. */
export function bearer(c: Context): string | undefined {
  return /^Bearer[ ]+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
}

/**
 * Who a request's bearer token belongs to, or undefined: the owner (admin token) or an active
 * moderator (asked from the database every time: no cache to outlive a revocation).
 */
export function identify(token: string | undefined, store: Store): (c: Context) => Promise<Actor | undefined> {
  const expected = token ? digest(token) : undefined;
  return async (c) => {
    const sent = bearer(c);
    if (sent === undefined) return undefined;
    // Comparing fixed-length digests keeps the comparison constant-time whatever is sent.
    if (expected && timingSafeEqual(digest(sent), expected)) return { id: null, name: OWNER_NAME, role: 'owner' };
    const m = await store.moderatorByToken(tokenHash(sent));
    return m && { id: m.id, name: m.name, role: 'moderator' };
  };
}

export interface GuardOptions {
  token: string | undefined;
  store: Store;
  limiter: RateLimiter | undefined;
  ip: (c: Context) => string;
  now: () => Date;
}

/**
 * Whether a request carries the admin token or an active moderator's; when it does, who acted is
 * set on the context (c.get('moderator')) and audit() can record what they do. For routes open to
 * others too (a moderator replying through the public comment route).
 */
export function adminCheck({ token, store, now }: Pick<GuardOptions, 'token' | 'store' | 'now'>): (c: Context) => Promise<boolean> {
  const who = identify(token, store);
  return async (c) => {
    if (c.get('moderator')) return true;
    const actor = await who(c);
    if (!actor) return false;
    c.set('moderator', actor);
    c.set('smmAudit', (action, kind, item, detail) => store.addAudit({
      at: now().getTime(), moderator: actor.name, moderatorId: actor.id, action, kind, item, detail,
    }));
    return true;
  };
}

export function requireAdmin({ token, store, limiter, ip, now }: GuardOptions): MiddlewareHandler {
  const admitted = adminCheck({ token, store, now });
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (await admitted(c)) return next();
    // Failed attempts spend the client's write budget, so guessing is rate limited too.
    const hit = limiter?.hit(ip(c));
    if (hit && !hit.ok) {
      c.header('Retry-After', String(hit.retryAfterSec));
      return problem(c, 429, 'rate_limited', `too many requests; retry in ${hit.retryAfterSec} s`);
    }
    if (!token) {
      return problem(c, 403, 'admin_disabled',
        'the admin API is off: start the server with --admin-token or SMM_ADMIN_TOKEN, or add a moderator with `smm-kit moderator add <name>`');
    }
    const sent = bearer(c) !== undefined;
    c.header('WWW-Authenticate', sent ? 'Bearer realm="smm-kit", error="invalid_token"' : 'Bearer realm="smm-kit"');
    return problem(c, 401, 'unauthorized', sent
      ? 'the bearer token is neither the admin token nor an active moderator\'s token'
      : 'missing admin token: send "Authorization: Bearer <token>"');
  };
}

/**
 * Records a moderation action by whoever the admin guard let in, e.g.
 * `await audit(c, 'approve', 'comment', id)`. `detail` is short free text (a new status, a count).
 * Call it after the action succeeded, from a route behind the guard.
 */
export async function audit(c: Context, action: string, kind: string, item: string, detail?: string): Promise<void> {
  const write = c.get('smmAudit');
  if (!write) throw new Error(`smm-kit: audit(${action}) called outside the admin guard`);
  await write(action, kind, item, detail ?? null);
}

/** A new moderator id (opaque). */
export const newModeratorId = () => randomUUID();
