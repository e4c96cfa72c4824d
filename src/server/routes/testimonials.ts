// The public testimonial routes: a wall's approved testimonials with their summary (and the form
// token the element sends back), and sending one. Everything waits for approval unless the owner
// changed the wall's moderation.
import { Hono } from 'hono';
import type { Deps } from '../app.js';
import { check, readJson, writeLimit } from '../comments/http.js';
import { decodeCursor, encodeCursor, formToken } from '../comments/tokens.js';
import { methodNotAllowed, problem } from '../errors.js';
import { publicTestimonial } from '../testimonials/present.js';
import { formScope, storeTestimonial } from '../testimonials/submit.js';
import { ListQuery, NewTestimonialSchema, TESTIMONIAL_LIMITS } from '../testimonials/validate.js';

export function testimonialsRoute(d: Deps): Hono {
  const r = new Hono();

  r.get('/', async (c) => {
    const q = check(c, ListQuery, {
      wall: c.req.query('wall'), minRating: c.req.query('min-rating'), tag: c.req.query('tag'),
      featured: c.req.query('featured'), limit: c.req.query('limit'), cursor: c.req.query('cursor'),
    });
    if (!q.ok) return q.res;
    const pos = q.value.cursor === undefined ? undefined : decodeCursor(q.value.cursor, 3);
    if (q.value.cursor !== undefined && !pos) {
      return problem(c, 400, 'invalid_request', 'cursor: is not a cursor of this listing; use `next` of the previous page',
        [{ path: 'cursor', message: 'is not a cursor of this listing; use `next` of the previous page' }]);
    }
    const { wall, minRating, tag, featured } = q.value;
    const [page, secret] = await Promise.all([
      d.store.testimonialPage({ wall, minRating, tag, featured, limit: q.value.limit ?? TESTIMONIAL_LIMITS.pageDefault, cursor: pos }),
      d.store.serverSecret(),
    ]);
    c.header('Cache-Control', 'no-cache');
    return c.json({
      testimonials: page.rows.map(publicTestimonial),
      next: page.next ? encodeCursor(page.next) : null,
      summary: page.summary,
      form: formToken(secret, formScope(wall), d.now().getTime()),
    });
  });

  r.post('/', writeLimit(d), async (c) => {
    const json = await readJson(c);
    if (!json.ok) return json.res;
    const input = check(c, NewTestimonialSchema, json.value);
    if (!input.ok) return input.res;
    const s = await storeTestimonial(c, d, input.value);
    if (!s.ok) {
      if (s.retryAfterSec) c.header('Retry-After', String(s.retryAfterSec));
      return problem(c, s.status, s.code, s.message, s.issues);
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ testimonial: { ...publicTestimonial(s.row), status: s.row.status } }, s.row.status === 'published' ? 201 : 202);
  });
  r.all('/', methodNotAllowed('GET, POST'));
  return r;
}
