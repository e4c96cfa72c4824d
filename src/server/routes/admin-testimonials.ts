// Moderating testimonials (admin or moderator token; every change recorded with audit()): lists by
// status and wall, approve / reject / spam / restore, feature and tag, typo edits that keep the
// customer's original words, deletion, the walls' own texts, and data requests by e-mail address
// (export and erase everything stored about it, testimonials and comments, in one call each).
import { Hono, type Context } from 'hono';
import { audit } from '../admin.js';
import type { Deps } from '../app.js';
import { check, readJson } from '../comments/http.js';
import { encodeCursor } from '../comments/tokens.js';
import { methodNotAllowed, problem } from '../errors.js';
import { emailKey, keyedHash } from '../store/guard.js';
import type { TestimonialRow } from '../store/testimonial-types.js';
import { adminTestimonial } from '../testimonials/present.js';
import { listCursor, statusActions } from './moderation.js';
import { AdminListQuery, EditSchema, EmailQuery, ID_PATTERN, TESTIMONIAL_LIMITS, WallSchema } from '../testimonials/validate.js';

const ID = new RegExp(ID_PATTERN);
const iso = (ms: number) => new Date(ms).toISOString();

export function adminTestimonialsRoute(d: Deps): Hono {
  const r = new Hono(); // behind createApp's admin guard on /v1/admin/*

  async function find(c: Context): Promise<TestimonialRow | Response> {
    const id = c.req.param('id')!;
    const row = ID.test(id) ? await d.store.testimonial(id) : undefined;
    return row ?? problem(c, 404, 'not_found', `no testimonial ${id}`);
  }

  r.get('/testimonials', async (c) => {
    const q = check(c, AdminListQuery, {
      status: c.req.query('status'), wall: c.req.query('wall'), limit: c.req.query('limit'), cursor: c.req.query('cursor'),
    });
    if (!q.ok) return q.res;
    const pos = listCursor(c, q.value.cursor);
    if (pos instanceof Response) return pos;
    const page = await d.store.adminTestimonials({ ...q.value, limit: q.value.limit ?? TESTIMONIAL_LIMITS.pageDefault, cursor: pos });
    return c.json({ testimonials: page.rows.map(adminTestimonial), next: page.next ? encodeCursor(page.next) : null });
  });
  r.all('/testimonials', methodNotAllowed('GET'));

  statusActions(r, 'testimonial', find, (id, status) => d.store.updateTestimonial(id, { status }), adminTestimonial);

  r.patch('/testimonials/:id', async (c) => {
    const json = await readJson(c);
    if (!json.ok) return json.res;
    const body = check(c, EditSchema, json.value);
    if (!body.ok) return body.res;
    const row = await find(c);
    if (row instanceof Response) return row;
    const { text, role, company, ...rest } = body.value;
    const updated = await d.store.updateTestimonial(row.id, {
      ...rest,
      ...(role !== undefined ? { role: role || null } : {}),
      ...(company !== undefined ? { company: company || null } : {}),
      ...(text !== undefined && text !== row.body ? { body: text, editedAt: d.now().getTime() } : {}),
    });
    await audit(c, 'edit', 'testimonial', row.id, Object.keys(body.value).join(', '));
    return c.json({ testimonial: adminTestimonial(updated!) });
  });
  r.delete('/testimonials/:id', async (c) => {
    const row = await find(c);
    if (row instanceof Response) return row;
    await d.store.deleteTestimonial(row.id);
    await audit(c, 'delete', 'testimonial', row.id, row.status);
    return c.body(null, 204);
  });
  r.all('/testimonials/:id', methodNotAllowed('PATCH, DELETE'));

  r.get('/walls/:wall', async (c) => {
    const name = c.req.param('wall');
    if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(name)) return problem(c, 404, 'not_found', `no wall ${name}`);
    return c.json({ wall: await d.store.wall(name) });
  });
  r.put('/walls', async (c) => {
    const json = await readJson(c);
    if (!json.ok) return json.res;
    const body = check(c, WallSchema, json.value);
    if (!body.ok) return body.res;
    const { wall: name, ...texts } = body.value;
    const before = await d.store.wall(name);
    const pick = <K extends keyof typeof texts>(k: K) => (texts[k] === undefined ? before[k] : texts[k] || null);
    const wall = await d.store.setWall({
      name, title: pick('title'), intro: pick('intro'), thanks: pick('thanks'), consent: pick('consent'), moderation: pick('moderation'),
    });
    await audit(c, 'wall', 'wall', name, Object.keys(texts).join(', '));
    return c.json({ wall });
  });
  r.all('/walls', methodNotAllowed('PUT'));

  // Data requests: one call to see everything kept about an address, one to erase it.
  const who = async (c: Context) => {
    const q = check(c, EmailQuery, { email: c.req.query('email') });
    if (!q.ok) return q.res;
    const email = emailKey(q.value.email);
    return { email, hash: keyedHash(await d.store.serverSecret(), 'email', email) };
  };
  r.get('/data', async (c) => {
    const w = await who(c);
    if (w instanceof Response) return w;
    const data = await d.store.personalData(w.email, w.hash);
    await audit(c, 'export', 'data', w.hash);
    c.header('Content-Disposition', 'attachment; filename="smm-kit-data.json"');
    return c.json({
      email: w.email,
      testimonials: data.testimonials.map(adminTestimonial),
      comments: data.comments.map((x) => ({ ...x, createdAt: iso(x.createdAt) })),
      bans: data.bans,
    });
  });
  r.delete('/data', async (c) => {
    const w = await who(c);
    if (w instanceof Response) return w;
    const erased = await d.store.erasePersonalData(w.email, w.hash);
    await audit(c, 'erase', 'data', w.hash, JSON.stringify(erased));
    return c.json({ erased });
  });
  r.all('/data', methodNotAllowed('GET, DELETE'));
  return r;
}
