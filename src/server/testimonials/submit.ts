// Storing a testimonial, shared by POST /v1/testimonials (the element) and the collection page
// (/t/<wall>): form token (minimum fill time), ban, database rate limits, duplicate check, then one
// insert with the consent's wording and time. Each refusal says what was wrong.
import type { Context } from 'hono';
import type { Deps } from '../app.js';
import { checkForm } from '../comments/tokens.js';
import type { Issue } from '../validate.js';
import { emailKey, keyedHash, newId } from '../store/guard.js';
import type { TestimonialRow } from '../store/testimonial-types.js';
import { TESTIMONIAL_DEFAULTS, type TestimonialNotice } from './options.js';
import type { NewTestimonialInput } from './validate.js';

export type Stored =
  | { ok: true; row: TestimonialRow }
  | { ok: false; status: 400 | 403 | 409 | 429; code: 'invalid_request' | 'banned' | 'duplicate' | 'rate_limited' | 'too_fast'; message: string; issues?: Issue[]; retryAfterSec?: number };

/** The key a wall's form tokens are bound to (comment tokens are bound to a thread's page key). */
export const formScope = (wall: string) => `testimonials:${wall}`;

export async function storeTestimonial(c: Context, d: Deps, input: NewTestimonialInput): Promise<Stored> {
  const o = d.testimonials;
  const now = d.now().getTime();
  const secret = await d.store.serverSecret();
  if (input.form === undefined) {
    const message = 'is required (the form token from GET /v1/testimonials)';
    return { ok: false, status: 400, code: 'invalid_request', message: `form: ${message}`, issues: [{ path: 'form', message }] };
  }
  const f = checkForm(input.form, secret, formScope(input.wall), now, o.minFillSec, TESTIMONIAL_DEFAULTS.formMaxAgeSec);
  if (!f.ok && f.why === 'early') {
    return { ok: false, status: 429, code: 'too_fast', message: `sent too quickly after the form was loaded; retry in ${f.waitSec} s`, retryAfterSec: f.waitSec };
  }
  if (!f.ok) {
    const message = f.why === 'expired' ? 'has expired; load the form again for a fresh one' : 'is not a form token of this server for this wall';
    return { ok: false, status: 400, code: 'invalid_request', message: `form: ${message}`, issues: [{ path: 'form', message }] };
  }
  const ipHash = keyedHash(secret, 'ip', d.clientIp(c));
  const email = input.email ? emailKey(input.email) : null;
  const emailHash = email ? keyedHash(secret, 'email', email) : null;
  if (await d.store.banned(ipHash, emailHash)) return { ok: false, status: 403, code: 'banned', message: 'testimonials from this address are not accepted here' };
  for (const [key, l, what] of [[`t:ip:${ipHash}`, o.limits.perIp, 'from this client'], ['t:site', o.limits.site, 'on this site']] as const) {
    if (!l) continue;
    const h = await d.store.hit(key, l.max, l.windowSec * 1000, now);
    if (!h.ok) return { ok: false, status: 429, code: 'rate_limited', message: `too many testimonials ${what}; retry in ${h.retryAfterSec} s`, retryAfterSec: h.retryAfterSec };
  }
  const wall = await d.store.wall(input.wall);
  const added = await d.store.addTestimonial({
    id: newId(), wall: input.wall, status: (wall.moderation ?? o.moderation) === 'post' ? 'published' : 'pending',
    name: input.name, email, emailHash, role: input.role || null, company: input.company || null, rating: input.rating ?? null,
    body: input.text, consentText: input.consentText, consentAt: now, ipHash, createdAt: now,
  }, now - TESTIMONIAL_DEFAULTS.duplicateSec * 1000);
  if (!added.ok) return { ok: false, status: 409, code: 'duplicate', message: 'the same testimonial was already sent to this wall' };
  const row = added.testimonial;
  if (o.notify) {
    const notify = o.notify;
    const notice: TestimonialNotice = {
      type: 'testimonial.created', id: row.id, status: row.status, page: row.wall,
      author: { name: row.name }, body: row.body, createdAt: new Date(row.createdAt).toISOString(),
      ...(row.rating !== null ? { rating: row.rating } : {}),
    };
    void Promise.resolve().then(() => notify(notice)).catch((err) => console.error('smm-kit: the testimonials notify hook failed:', err));
  }
  return { ok: true, row };
}
