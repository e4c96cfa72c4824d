// GET /v1/stats (admin): shares per day and network, per page; return visits per network and
// page; follows per network. Days are UTC; the default range is the last 30 days.
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Deps } from '../app.js';
import { methodNotAllowed, problem, summarize } from '../errors.js';
import { utcDay } from '../store/types.js';
import { describeIssues, StatsQuerySchema } from '../validate.js';

export function statsRoute(d: Deps): Hono {
  const r = new Hono();
  r.get('/', d.admin, async (c) => {
    const now = d.now();
    const to = c.req.query('to') ?? utcDay(now);
    const from = c.req.query('from') ?? (Date.parse(to) ? utcDay(new Date(Date.parse(to) - 29 * 864e5)) : to);
    const parsed = v.safeParse(StatsQuerySchema, { from, to, limit: c.req.query('limit') ?? '20' });
    if (!parsed.success) {
      const issues = describeIssues(parsed.issues);
      return problem(c, 400, 'invalid_request', summarize(issues), issues);
    }
    const q = parsed.output;
    return c.json({ from: q.from, to: q.to, ...(await d.store.stats(q)) });
  });
  r.all('/', methodNotAllowed('GET'));
  return r;
}
