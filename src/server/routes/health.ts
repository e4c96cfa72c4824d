// GET /healthz: for load balancers and `smm-kit serve` smoke tests; 503 when the database is down.
import { Hono } from 'hono';
import type { Deps } from '../app.js';
import { methodNotAllowed } from '../errors.js';

export function healthRoute(d: Deps): Hono {
  const r = new Hono();
  r.get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await d.store.ping();
      return c.json({ status: 'ok', store: d.store.kind });
    } catch {
      return c.json({ status: 'unavailable', store: d.store.kind }, 503);
    }
  });
  r.all('/', methodNotAllowed('GET'));
  return r;
}
