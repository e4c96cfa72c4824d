// GET /v1/counts?url=A&url=B: share counts per page, in the order asked. Public (share bars show
// them), so it is cacheable for a short while.
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Deps } from '../app.js';
import { methodNotAllowed, problem, summarize } from '../errors.js';
import { CountsQuery, describeIssues, pageKey } from '../validate.js';

export function countsRoute(d: Deps): Hono {
  const r = new Hono();
  r.get('/', async (c) => {
    const parsed = v.safeParse(CountsQuery, { url: c.req.queries('url') });
    if (!parsed.success) {
      const issues = describeIssues(parsed.issues);
      return problem(c, 400, 'invalid_request', summarize(issues), issues);
    }
    const urls = parsed.output.url;
    const keys = urls.map(pageKey);
    const found = await d.store.shareCounts(keys);
    // Browsers ask again on every load, so a reader (or an owner trying it) sees a share of theirs
    // after a reload; shared caches in front of the server may keep an answer for 30 s.
    c.header('Cache-Control', 'public, max-age=0, s-maxage=30');
    return c.json({
      counts: urls.map((url, i) => {
        const n = found.get(keys[i]!);
        return { url, total: n?.total ?? 0, networks: { ...n?.networks } };
      }),
    });
  });
  r.all('/', methodNotAllowed('GET'));
  return r;
}
