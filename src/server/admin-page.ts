// GET /admin: the owner's room, served by the endpoint itself so it is same-origin with the API
// (no CORS, no third party) and sent with a strict Content-Security-Policy: scripts and styles
// from this origin only, no inline code, no framing, requests only to this origin. The page keeps
// the token in sessionStorage and sends it as a header; it never appears in a URL.
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { problem } from './errors.js';

export const ADMIN_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>smm-kit admin</title>
<link rel="icon" href="data:,">
<script type="module" src="admin/app.js"></script>
</head>
<body>
<smm-admin></smm-admin>
<noscript>The smm-kit admin page needs JavaScript.</noscript>
</body>
</html>
`;

/** Where the built page lives: dist/admin beside dist/server, or dist/admin when run from source. */
export function adminAssets(dir?: string): string | undefined {
  const candidates = dir ? [dir] : [
    fileURLToPath(new URL('../admin/', import.meta.url)),
    fileURLToPath(new URL('../../dist/admin/', import.meta.url)),
  ];
  return candidates.find((d) => existsSync(`${d}/app.js`));
}

export function adminPage(dir?: string): Hono {
  const r = new Hono();
  r.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', ADMIN_CSP);
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  });
  let js: Promise<string> | undefined;
  const script = () => {
    const d = adminAssets(dir);
    if (!d) return undefined;
    js ??= readFile(`${d}/app.js`, 'utf8');
    js.catch(() => { js = undefined; });
    return js;
  };
  r.get('/', (c) => {
    if (!adminAssets(dir)) {
      return problem(c, 503, 'internal', 'the admin page is not built: run `npm run build` (it makes dist/admin/app.js)');
    }
    c.header('Cache-Control', 'no-store');
    return c.html(HTML);
  });
  r.get('/app.js', async (c) => {
    const body = await script();
    if (body === undefined) return problem(c, 404, 'not_found', 'the admin page is not built: run `npm run build`');
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(body);
  });
  return r;
}
