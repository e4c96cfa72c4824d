// POST /v1/comments, in the order that costs least: schema, identity, form token (minimum fill
// time), ban, database rate limits, moderation, the opt-in spam hook, then one transaction that
// checks the thread is open, the parent visible and the body not a duplicate, and stores.
import type { Context } from 'hono';
import { randomBytes } from 'node:crypto';
import { audit } from '../admin.js';
import type { Deps } from '../app.js';
import { problem } from '../errors.js';
import { emailKey, keyedHash, newId } from '../store/guard.js';
import { pageKey } from '../validate.js';
import { check, readJson, secretHash } from './http.js';
import { verifyIdentity, type Identity } from './identity.js';
import { judge } from './moderation.js';
import { COMMENT_DEFAULTS, type CommentNotice } from './options.js';
import { publicComment } from './present.js';
import { checkForm } from './tokens.js';
import { cleanText, COMMENT_LIMITS, countLinks, NewCommentSchema } from './validate.js';
import { bearer } from '../admin.js';

export async function submit(c: Context, d: Deps): Promise<Response> {
  const o = d.comments;
  const json = await readJson(c);
  if (!json.ok) return json.res;
  const parsed = check(c, NewCommentSchema, json.value);
  if (!parsed.ok) return parsed.res;
  const input = parsed.value;
  const admin = await d.isAdmin(c);
  if (!admin && bearer(c)) {
    c.header('WWW-Authenticate', 'Bearer realm="smm-kit", error="invalid_token"');
    return problem(c, 401, 'unauthorized', 'the bearer token is neither the admin token nor an active moderator\'s; post without Authorization');
  }
  const now = d.now().getTime();
  let who: Identity | undefined;
  if (input.identity !== undefined) {
    if (!o.identitySecret) return problem(c, 401, 'invalid_identity', 'this server takes no identity tokens (no identity secret is configured)');
    const r = await verifyIdentity(input.identity, o.identitySecret, new Date(now));
    if (!r.ok) return problem(c, 401, 'invalid_identity', r.message);
    who = r.identity;
  }
  const thread = pageKey(input.thread);
  const secret = await d.store.serverSecret();
  if (!admin) {
    if (input.form === undefined) {
      return problem(c, 400, 'invalid_request', 'form: is required (the form token from GET /v1/comments)',
        [{ path: 'form', message: 'is required (the form token from GET /v1/comments)' }]);
    }
    const f = checkForm(input.form, secret, thread, now, o.minFillSec, COMMENT_DEFAULTS.formMaxAgeSec);
    if (!f.ok && f.why === 'early') {
      c.header('Retry-After', String(f.waitSec));
      return problem(c, 429, 'too_fast', `sent too quickly after the form was loaded; retry in ${f.waitSec} s`);
    }
    if (!f.ok) {
      const message = f.why === 'expired' ? 'has expired; fetch the thread again for a fresh one' : 'is not a form token of this server for this thread';
      return problem(c, 400, 'invalid_request', `form: ${message}`, [{ path: 'form', message }]);
    }
  }
  const ipHash = keyedHash(secret, 'ip', d.clientIp(c));
  const emailHash = input.email ? keyedHash(secret, 'email', emailKey(input.email)) : null;
  if (!admin && await d.store.banned(ipHash, emailHash)) {
    return problem(c, 403, 'banned', 'comments from this address are not accepted here');
  }
  const info = await d.store.thread(thread);
  if (info.closed) return problem(c, 403, 'thread_closed', 'this thread is closed to new comments');
  if (!admin) {
    const { perIp, perThread, site } = o.limits;
    for (const [key, l, what] of [[`c:ip:${ipHash}`, perIp, 'from this client'], [`c:t:${thread}`, perThread, 'on this thread'], ['c:site', site, 'on this site']] as const) {
      if (!l) continue;
      const h = await d.store.hit(key, l.max, l.windowSec * 1000, now);
      if (!h.ok) {
        c.header('Retry-After', String(h.retryAfterSec));
        return problem(c, 429, 'rate_limited', `too many comments ${what}; retry in ${h.retryAfterSec} s`);
      }
    }
  }
  // A token's name is the site's word, but it is shown like any other: cleaned and cut to size.
  const name = who ? [...cleanText(who.name, true)].slice(0, COMMENT_LIMITS.name).join('') || 'Anonymous' : input.name!;
  const url = who ? (who.url ?? null) : (input.url ?? null);
  const proofHash = input.proof ? secretHash(secret, input.proof) : undefined;
  let verdict = await judge(d.store, o, {
    // The site vouches for its moderators as the admin token does for the server's.
    admin: admin || !!who?.moderator, mode: info.moderation ?? o.moderation, links: countLinks(input.body), identity: who?.id, proofHash,
  });
  if (!admin && o.spamCheck && verdict.status !== 'spam') {
    const said = await o.spamCheck({ thread, name, url: url ?? undefined, body: input.body, ip: d.clientIp(c), userAgent: c.req.header('user-agent') })
      .catch((err: unknown) => {
        // A spam service that fails must neither lose the comment nor let it through unchecked.
        console.error('smm-kit: the comments spamCheck hook failed; the comment waits for a moderator:', err);
        return 'failed' as const;
      });
    if (said === 'spam') verdict = { status: 'spam' };
    else if (said === 'failed' && verdict.status === 'published') verdict = { status: 'pending' };
  }
  const mySecret = randomBytes(24).toString('base64url');
  const added = await d.store.addComment({
    id: newId(), thread, parent: input.parent ?? null, name, url, emailHash, ipHash, identity: who?.id ?? null,
    badge: admin || who?.moderator ? 'moderator' : who ? 'verified' : null, body: input.body, status: verdict.status, createdAt: now,
    secretHash: secretHash(secret, mySecret),
  }, now - COMMENT_DEFAULTS.duplicateSec * 1000);
  if (!added.ok) {
    if (added.reason === 'closed') return problem(c, 403, 'thread_closed', 'this thread is closed to new comments');
    if (added.reason === 'parent') return problem(c, 404, 'not_found', `parent ${input.parent} is not a published comment of this thread`);
    return problem(c, 409, 'duplicate', 'the same comment was already posted on this thread');
  }
  const row = added.comment;
  if (admin) await audit(c, row.parent ? 'reply' : 'post', 'comment', row.id, row.parent ? `to ${row.parent}` : undefined);
  if (o.notify && (row.status === 'published' || row.status === 'pending')) {
    const notify = o.notify;
    const shown = publicComment({ ...row, status: 'published' });
    const notice: CommentNotice = {
      type: 'comment.created', id: row.id, status: row.status, page: row.thread, author: shown.author, body: row.body,
      createdAt: shown.createdAt, parent: row.parent, ...(verdict.reason ? { reason: verdict.reason } : {}),
    };
    void Promise.resolve().then(() => notify(notice)).catch((err) => console.error('smm-kit: the comments notify hook failed:', err));
  }
  c.header('Cache-Control', 'no-store');
  // The end of the edit window on the server's clock: with `createdAt` beside it, the element
  // knows how long it has left whatever its own clock says.
  const editableUntil = new Date(Number(row.createdAt) + o.editWindowSec * 1000).toISOString();
  return c.json({ comment: publicComment(row, true), secret: mySecret, editableUntil }, row.status === 'published' ? 201 : 202);
}
