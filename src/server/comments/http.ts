// What the comment routes share: reading a JSON body, validating, and who is asking (the admin,
// the comment's author by its secret, or nobody).
import type { Context, MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import * as v from 'valibot';
import { bearer } from '../admin.js';
import type { Deps } from '../app.js';
import { problem, summarize } from '../errors.js';
import type { CommentRow } from '../store/comment-types.js';
import { keyedHash } from '../store/guard.js';
import { describeIssues } from '../validate.js';
import { COMMENT_LIMITS } from './validate.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; res: Response };

export function check<S extends v.GenericSchema>(c: Context, schema: S, input: unknown): Parsed<v.InferOutput<S>> {
  const r = v.safeParse(schema, input);
  if (r.success) return { ok: true, value: r.output };
  const issues = describeIssues(r.issues);
  return { ok: false, res: problem(c, 400, 'invalid_request', summarize(issues), issues) };
}

/** The JSON body (application/json or text/plain), at most COMMENT_LIMITS.bytes. */
export async function readJson(c: Context): Promise<Parsed<unknown>> {
  const type = c.req.header('content-type');
  if (type && !/^\s*(text\/plain|application\/json)\s*(;|$)/i.test(type)) {
    return { ok: false, res: problem(c, 415, 'unsupported_media_type', `content type ${type} is not accepted; send JSON as application/json or text/plain`) };
  }
  const buf = await c.req.arrayBuffer();
  if (buf.byteLength > COMMENT_LIMITS.bytes) {
    return { ok: false, res: problem(c, 413, 'payload_too_large', `the body must be at most ${COMMENT_LIMITS.bytes} bytes`) };
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(buf)) };
  } catch (err) {
    return { ok: false, res: problem(c, 400, 'malformed_json', `the body is not valid JSON (${(err as Error).message})`) };
  }
}

/** The per-client write budget of the whole API (in memory, per instance), as events use it. */
export function writeLimit(d: Deps): MiddlewareHandler {
  return async (c, next) => {
    const hit = d.limiter?.hit(d.clientIp(c));
    if (hit && !hit.ok) {
      c.header('Retry-After', String(hit.retryAfterSec));
      return problem(c, 429, 'rate_limited', `too many requests from this client; retry in ${hit.retryAfterSec} s`);
    }
    return next();
  };
}

export const secretHash = (secret: string, s: string) => keyedHash(secret, 'secret', s);

export type Caller = { as: 'admin' } | { as: 'author' } | { as: 'nobody'; why: string };

/** Who may change this comment: the admin token, or the comment's own secret (hashed, compared). */
export async function caller(c: Context, d: Deps, row: CommentRow): Promise<Caller> {
  if (await d.isAdmin(c)) return { as: 'admin' };
  const b = bearer(c);
  if (!b) return { as: 'nobody', why: 'send the comment\'s secret as "Authorization: Bearer <secret>"' };
  const given = Buffer.from(secretHash(await d.store.serverSecret(), b));
  const mine = row.secretHash ? Buffer.from(row.secretHash) : undefined;
  if (!mine || mine.length !== given.length || !timingSafeEqual(mine, given)) {
    return { as: 'nobody', why: 'this is not your comment: the secret does not match' };
  }
  return { as: 'author' };
}
