// GET /v1/stats (admin): what the dashboard shows. Shares and visits per day and network, per
// page; follows per network; per network the shares, return visits and their ratio; comments and
// testimonials per day; top pages by comments; and the totals of the previous range of the same
// length, for comparison. `url=` narrows everything to one page. Days are UTC; the default range is
// the last 30 days.
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Deps } from '../app.js';
import { methodNotAllowed, problem, summarize } from '../errors.js';
import { utcDay } from '../store/types.js';
import { describeIssues, pageKey, StatsQuerySchema } from '../validate.js';

const DAY = 864e5;

export function statsRoute(d: Deps): Hono {
  const r = new Hono();
  r.get('/', d.admin, async (c) => {
    const now = d.now();
    const to = c.req.query('to') ?? utcDay(now);
    const from = c.req.query('from') ?? (Date.parse(to) ? utcDay(new Date(Date.parse(to) - 29 * DAY)) : to);
    const parsed = v.safeParse(StatsQuerySchema, { from, to, limit: c.req.query('limit') ?? '20', url: c.req.query('url') });
    if (!parsed.success) {
      const issues = describeIssues(parsed.issues);
      return problem(c, 400, 'invalid_request', summarize(issues), issues);
    }
    const { url, ...q } = parsed.output;
    const key = url === undefined ? undefined : pageKey(url);
    const days = (Date.parse(q.to) - Date.parse(q.from)) / DAY + 1;
    const prev = { from: utcDay(new Date(Date.parse(q.from) - days * DAY)), to: utcDay(new Date(Date.parse(q.from) - DAY)) };
    const [stats, previous] = await Promise.all([
      d.store.stats({ ...q, url: key }),
      d.store.statsSummary({ ...prev, limit: q.limit, url: key }),
    ]);
    return c.json({ from: q.from, to: q.to, ...(key === undefined ? {} : { url: key }), ...stats, previous: { ...prev, ...previous } });
  });
  r.all('/', methodNotAllowed('GET'));
  return r;
}
