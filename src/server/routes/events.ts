// POST /v1/events: a batch of tracker events. Checks run cheapest first (rate limit, media type,
// size, JSON, schema) and nothing is stored unless the whole batch is valid.
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import type { Deps } from '../app.js';
import { methodNotAllowed, problem, summarize } from '../errors.js';
import { describeIssues, EventBatch, LIMITS, toRows } from '../validate.js';

export function eventsRoute(d: Deps): Hono {
  const r = new Hono();
  r.post('/', rateLimit(d), mediaType, bodyLimit({
    maxSize: LIMITS.body,
    onError: (c) => problem(c, 413, 'payload_too_large',
      `the body must be at most ${LIMITS.body} bytes; send fewer events per request`),
  }), async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch (err) {
      return problem(c, 400, 'malformed_json', `the body is not valid JSON (${(err as Error).message})`);
    }
    const parsed = v.safeParse(EventBatch, body);
    if (!parsed.success) {
      const issues = describeIssues(parsed.issues);
      return problem(c, 400, 'invalid_request', summarize(issues), issues);
    }
    await d.store.addEvents(toRows(parsed.output), d.now());
    c.header('Cache-Control', 'no-store');
    return c.json({ accepted: parsed.output.events.length }, 202);
  });
  r.all('/', methodNotAllowed('POST'));
  return r;
}

// sendBeacon sends text/plain (no CORS preflight); API clients may say application/json.
const mediaType: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type');
  if (type && !/^\s*(text\/plain|application\/json)\s*(;|$)/i.test(type)) {
    return problem(c, 415, 'unsupported_media_type',
      `content type ${type} is not accepted; send JSON as text/plain or application/json`);
  }
  return next();
};

function rateLimit(d: Deps): MiddlewareHandler {
  return async (c, next) => {
    const hit = d.limiter?.hit(d.clientIp(c));
    if (hit && !hit.ok) {
      c.header('Retry-After', String(hit.retryAfterSec));
      return problem(c, 429, 'rate_limited', `too many requests from this client; retry in ${hit.retryAfterSec} s`);
    }
    return next();
  };
}
