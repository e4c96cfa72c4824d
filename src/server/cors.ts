// Origin policy for /v1/*: browsers on the configured origins (and the server's own origin) may
// call the API; any other Origin is refused with 403 before anything is read or stored. CORS alone
// would not be enough, because the tracker's text/plain beacons are "simple" requests that the
// browser sends without asking first. Requests without an Origin header (curl, server-to-server)
// are not browsers and pass; the rate limit still applies to them.
import type { MiddlewareHandler } from 'hono';
import { problem } from './errors.js';

/** Checks and normalises configured origins: `https://blog.example`, `http://localhost:8080` or `*`. */
export function normalizeOrigins(origins: readonly string[]): string[] {
  return origins.map((raw) => {
    const o = raw.trim();
    if (o === '*') return o;
    if (!URL.canParse(o)) throw new Error(`smm-kit: origin "${raw}" is not a URL; expected e.g. https://blog.example`);
    const u = new URL(o);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.pathname !== '/' || u.search || u.hash || u.username) {
      throw new Error(`smm-kit: origin "${raw}" must be scheme://host[:port] only, e.g. https://blog.example`);
    }
    return u.origin;
  });
}

const METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';

export function originPolicy(origins: readonly string[]): MiddlewareHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  const listed = any ? 'any origin' : origins.length ? origins.join(', ') : 'its own origin only';
  return async (c, next) => {
    const origin = c.req.header('origin');
    c.header('Vary', 'Origin');
    if (origin === undefined) {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: METHODS });
      return next();
    }
    if (!any && !allowed.has(origin) && origin !== new URL(c.req.url).origin) {
      return problem(c, 403, 'forbidden_origin',
        `origin ${origin} is not allowed; this server accepts ${listed} (configure with --origin or SMM_ORIGINS)`);
    }
    c.header('Access-Control-Allow-Origin', origin);
    // A page on another host reads only safelisted headers: without this, the comment form could
    // not see how long to wait after "sent too quickly" (it read 0, retried at once, and failed).
    c.header('Access-Control-Expose-Headers', 'Retry-After');
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        'Access-Control-Allow-Methods': METHODS,
        'Access-Control-Allow-Headers': 'Content-Type, Authorization',
        'Access-Control-Max-Age': '86400',
      });
    }
    return next();
  };
}
