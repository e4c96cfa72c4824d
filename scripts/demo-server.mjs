/* global Headers */
// The demo site: the blog pages in demo/, the CDN bundles under /cdn/, and the smm-kit endpoint
// on the same origin, with a SQLite file. Used by `npm start`, the end-to-end tests and the bench.
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @param {{ port?: number, host?: string, db?: string, adminToken?: string, csp?: boolean, extraRoot?: string }} opts
 */
export async function startDemo(opts = {}) {
  if (!existsSync('dist/server/index.js') || !existsSync('dist/cdn/smm.js')) {
    throw new Error('No build found: run `npm run build` first.');
  }
  const { serve } = await import(new URL('../dist/server/index.js', import.meta.url).href);
  const { port = 8787, host = '127.0.0.1', db = '.data/demo.db', adminToken, csp = false, extraRoot } = opts;
  if (db !== ':memory:') mkdirSync(dirname(db), { recursive: true });

  const files = new Hono();
  // The strictest policy a site can have; the elements must work under it.
  if (csp) {
    files.use('*', async (c, next) => {
      await next();
      c.res.headers.set('Content-Security-Policy', "default-src 'self'");
    });
  }
  // The pages' links for readers without JavaScript name the post's address: written for
  // localhost:8787, they are rewritten for the host and port the demo is opened on (PORT=…).
  files.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.get('content-type')?.startsWith('text/html')) return;
    const html = (await c.res.text()).replaceAll('http%3A%2F%2Flocalhost%3A8787', encodeURIComponent(new URL(c.req.url).origin));
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(html, { status: c.res.status, headers });
  });
  files.use('/cdn/*', serveStatic({ root: './dist' }));
  if (extraRoot) files.use('/*', serveStatic({ root: extraRoot }));
  files.use('/*', serveStatic({ root: './demo' }));

  const server = await serve({ db, port, host, adminToken, origins: [], fallback: files });
  try {
    await seedComments(server.store);
    await seedTestimonials(server.store);
  } catch (err) {
    await server.close();
    throw err;
  }
  return server;
}

/**
 * The demo posts' conversations (demo/comments.json), imported through the store like any import;
 * by (source, id), so a restart on the same database adds nothing.
 */
export async function seedComments(store, file = new URL('../demo/comments.json', import.meta.url)) {
  if (typeof store.importComments !== 'function') return { inserted: 0, skipped: 0 };
  const { threads } = JSON.parse(readFileSync(file, 'utf8'));
  const now = Date.now();
  const rows = threads.flatMap(({ thread, comments }) => comments.map((c) => ({
    source: 'json', sourceId: `demo-${c.id}`, thread, parentSourceId: c.parent && `demo-${c.parent}`,
    name: c.name, url: c.url, body: c.body, badge: c.badge, likes: c.likes ?? 0,
    createdAt: new Date(now - c.ago * 60_000), status: 'published',
  })));
  return store.importComments(rows);
}

/**
 * The bakery's testimonials (demo/testimonials.json) on the wall `main`, published, imported by
 * (source, id) like the comments, so a restart adds nothing.
 */
export async function seedTestimonials(store, file = new URL('../demo/testimonials.json', import.meta.url)) {
  if (typeof store.importTestimonials !== 'function') return { inserted: 0, skipped: 0 };
  const { testimonials } = JSON.parse(readFileSync(file, 'utf8'));
  const now = Date.now();
  return store.importTestimonials(testimonials.map((t) => ({
    id: `demo-${t.id}`, wall: 'main', status: 'published', name: t.name, email: null, emailHash: null,
    role: t.role ?? null, company: t.company ?? null, rating: t.rating ?? null, body: t.text,
    consentText: 'Può essere mostrata pubblicamente su questo sito.', consentAt: now - t.daysAgo * 86_400_000, ipHash: null,
    createdAt: now - t.daysAgo * 86_400_000, featured: !!t.featured, tags: [], source: 'json', sourceId: `demo-${t.id}`,
  })));
}
