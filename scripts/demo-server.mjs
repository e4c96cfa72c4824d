// The demo site: the blog pages in demo/, the CDN bundles under /cdn/, and the smm-kit endpoint
// on the same origin, with a SQLite file. Used by `npm start`, the end-to-end tests and the bench.
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, mkdirSync } from 'node:fs';
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
  files.use('/cdn/*', serveStatic({ root: './dist' }));
  if (extraRoot) files.use('/*', serveStatic({ root: extraRoot }));
  files.use('/*', serveStatic({ root: './demo' }));

  return serve({ db, port, host, adminToken, origins: [], fallback: files });
}
