// The admin room's own routes: who am I (the page's sign-in check) and the audit log. Like every
// /v1/admin/* module it is mounted behind createApp's one admin guard.
// Moderation routes of each kind of content live with that content (admin-comments.ts, …) and
// record what they do with audit() from ../admin.ts.
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Deps } from '../app.js';
import { methodNotAllowed, problem, summarize } from '../errors.js';
import { describeIssues } from '../validate.js';

const Int = (max: number) => v.pipe(
  v.string(), v.regex(/^\d{1,15}$/, 'must be a whole number'), v.transform(Number),
  v.minValue(1, 'must be at least 1'), v.maxValue(max, `must be at most ${max}`),
);
const Word = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be a lower-case word'));

/** GET /v1/admin/audit query: newest first, pages of `limit`, `before` = the `next` of the last page. */
export const AuditQuerySchema = v.object({
  limit: v.optional(Int(200), '50'),
  before: v.optional(Int(Number.MAX_SAFE_INTEGER)),
  kind: v.optional(Word),
  item: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200, 'must be at most 200 characters'))),
});

export function adminRoute(d: Deps): Hono {
  const r = new Hono();
  r.get('/me', (c) => c.json({ moderator: c.get('moderator'), features: d.features }));
  r.all('/me', methodNotAllowed('GET'));

  r.get('/audit', async (c) => {
    const parsed = v.safeParse(AuditQuerySchema, c.req.query());
    if (!parsed.success) {
      const issues = describeIssues(parsed.issues);
      return problem(c, 400, 'invalid_request', summarize(issues), issues);
    }
    const q = parsed.output;
    const rows = await d.store.audit({ limit: q.limit, before: q.before, kind: q.kind, item: q.item });
    return c.json({
      entries: rows.map((e) => ({
        id: e.id, at: new Date(e.at).toISOString(), moderator: e.moderator, owner: e.moderatorId === null,
        action: e.action, kind: e.kind, item: e.item, ...(e.detail === null ? {} : { detail: e.detail }),
      })),
      next: rows.length === q.limit ? rows.at(-1)!.id : null,
    });
  });
  r.all('/audit', methodNotAllowed('GET'));
  return r;
}
