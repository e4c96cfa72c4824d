// The real smm-kit server inside web-test-runner: requests for /v1/* are answered by createApp
// (loaded from the TypeScript sources through tsx) on a throwaway SQLite file, so component tests
// run against the same origin with no mocks. Started on the first /v1 request, so test files that
// never call the API do not pay for it.
//
// Settings the tests rely on (tests/components/comments-helpers.ts repeats them):
//   admin token WTR_ADMIN_TOKEN; identity secret WTR_IDENTITY_SECRET; moderation `post` unless a
//   test sets a thread to `pre` through the admin API; no fill time and no rate limits, so tests
//   can post quickly (one test file turns them back on for its own threads by other means).
// Under /skewed/v1/* the same database is served by a second server whose clock is an hour behind
// the browser's and whose edit window is 3 seconds: the element must count the window on the
// server's terms, and drop Edit and Delete by itself when it ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const WTR_ADMIN_TOKEN = 'wtr-admin-token-0123456789abcdef';
export const WTR_IDENTITY_SECRET = 'wtr-identity-secret-0123456789abcdef0123';

let listener;

async function start() {
  const { register } = await import('tsx/esm/api');
  register();
  // SMM_TEST_SERVER_SRC: another checkout's server sources (to try an unlanded server).
  const src = resolve(process.env.SMM_TEST_SERVER_SRC ?? 'src/server');
  const { createApp } = await import(pathToFileURL(join(src, 'app.ts')).href);
  const { openStore } = await import(pathToFileURL(join(src, 'store/index.ts')).href);
  const { getRequestListener } = await import('@hono/node-server');
  const dir = mkdtempSync(join(tmpdir(), 'smm-wtr-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const store = await openStore(join(dir, 'comments.sqlite'));
  const app = (o = {}) => createApp({
    store, ...o,
    adminToken: WTR_ADMIN_TOKEN,
    rateLimit: false,
    comments: {
      moderation: 'post',
      minFillSec: 0,
      identitySecret: WTR_IDENTITY_SECRET,
      limits: { perIp: false, perThread: false, site: false },
      ...o.comments,
    },
    // Testimonials wait for approval (the default), with no fill time and no limits.
    testimonials: { minFillSec: 0, limits: { perIp: false, site: false } },
  });
  return {
    main: getRequestListener(app().fetch),
    skewed: getRequestListener(app({ now: () => new Date(Date.now() - 3_600_000), comments: { editWindowSec: 3 } }).fetch),
  };
}

/** Koa middleware for web-test-runner's dev server. */
export function apiMiddleware() {
  return async function api(ctx, next) {
    const skewed = ctx.path.startsWith('/skewed/v1/');
    if (!ctx.path.startsWith('/v1/') && !skewed) return next();
    listener ??= start();
    const servers = await listener;
    ctx.respond = false;
    if (skewed) ctx.req.url = ctx.req.url.slice('/skewed'.length);
    await servers[skewed ? 'skewed' : 'main'](ctx.req, ctx.res);
  };
}
