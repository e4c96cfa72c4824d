// Bearer-token guard for admin routes. There is no default token and nothing is opened by a
// first caller: without a configured token the admin routes answer 403 to everyone.
import type { MiddlewareHandler } from 'hono';
import { createHash, timingSafeEqual } from 'node:crypto';
import { problem } from './errors.js';
import type { RateLimiter } from './rate-limit.js';

/** Shortest admin token accepted: long enough that guessing it is hopeless. */
export const MIN_TOKEN_LENGTH = 16;

const digest = (s: string) => createHash('sha256').update(s).digest();

/** The bearer token of a request, if it sends one. */
export function bearer(c: Parameters<MiddlewareHandler>[0]): string | undefined {
  return /^Bearer[ ]+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
}

/** Whether a request carries the admin token (routes where the admin is one of several callers). */
export function adminCheck(token: string | undefined): (c: Parameters<MiddlewareHandler>[0]) => boolean {
  const expected = token ? digest(token) : undefined;
  return (c) => {
    const b = bearer(c);
    return !!expected && b !== undefined && timingSafeEqual(digest(b), expected);
  };
}

export function requireAdmin(
  token: string | undefined, limiter: RateLimiter | undefined, ip: (c: Parameters<MiddlewareHandler>[0]) => string,
): MiddlewareHandler {
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (!expected) {
      return problem(c, 403, 'admin_disabled',
        'the admin API is off: start the server with --admin-token or SMM_ADMIN_TOKEN to enable it');
    }
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    // Comparing fixed-length digests keeps the comparison constant-time whatever is sent.
    if (m && timingSafeEqual(digest(m[1]!), expected)) return next();
    // Failed attempts spend the client's write budget, so guessing is rate limited too.
    const hit = limiter?.hit(ip(c));
    if (hit && !hit.ok) {
      c.header('Retry-After', String(hit.retryAfterSec));
      return problem(c, 429, 'rate_limited', `too many requests; retry in ${hit.retryAfterSec} s`);
    }
    c.header('WWW-Authenticate', m ? 'Bearer realm="smm-kit", error="invalid_token"' : 'Bearer realm="smm-kit"');
    return problem(c, 401, 'unauthorized', m
      ? 'the bearer token is not the admin token'
      : 'missing admin token: send "Authorization: Bearer <token>"');
  };
}
