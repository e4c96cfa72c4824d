// GET /v1/openapi.json: the HTTP contract, readable from anywhere (it holds no data).
import { Hono } from 'hono';
import { methodNotAllowed } from '../errors.js';
import { openapi } from '../openapi.js';

export function openapiRoute(): Hono {
  const r = new Hono();
  r.get('/', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(openapi);
  });
  r.all('/', methodNotAllowed('GET'));
  return r;
}
