// A real server (createApp + a temp SQLite file) that also serves test pages, the built CDN tracker
// and helpers bundled on the fly by esbuild, and a real Chromium driven by playwright-core.
//
// Pages are served from http://localhost:PORT and the endpoint is addressed as
// http://127.0.0.1:PORT: two origins, like a blog and its stats server, so CORS and the origin
// check are part of every test.
import { build } from 'esbuild';
import { createAdaptorServer } from '@hono/node-server';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { Hono } from 'hono';
import { createApp, openStore, type Store } from '../../src/server/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Post {
  body: string;
  contentType: string | null;
  origin: string | null;
  status: number;
  /** The server's answer, as text. */
  response: string;
}

export interface Harness {
  /** Page origin, e.g. http://localhost:PORT. */
  site: string;
  /** Endpoint base, e.g. http://127.0.0.1:PORT. */
  endpoint: string;
  store: Store;
  browser: Browser;
  /** Every POST /v1/events the server received, in order. */
  posts: Post[];
  /** Serves `html` at `${site}/p/${name}` (any query string). */
  page(name: string, html: string): string;
  totals(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

async function bundle(entry: { contents: string }): Promise<string> {
  const out = await build({
    stdin: { contents: entry.contents, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', write: false, target: 'es2022', logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * The CDN tracker as shipped: dist/cdn/smm-track.js from `npm run build` (rollup + terser). Its
 * source is golfed for size, so the tests run the minified file itself, not a stand-in.
 * SMM_TRACK_JS names another build of it (relative to the repo), e.g. one made outside dist/
 * while dist/ is in use by another run.
 */
export async function trackerBundle(): Promise<string> {
  const file = resolve(root, process.env.SMM_TRACK_JS || 'dist/cdn/smm-track.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'smm-track-'));
  const store = await openStore(join(dir, 'smm.db'));
  const scripts: Record<string, string> = {
    '/smm-track.js': await trackerBundle(),
    // The npm entry, exposed on window so tests can call init/track/flush.
    '/npm.js': await bundle({ contents: "import * as t from './src/track/index.ts'; (window as any).smm = t;" }),
    // Fires the real typed events, as the elements do.
    '/fire.js': await bundle({
      contents: `import { SmmShareEvent, SmmFollowEvent } from './src/events.ts';
        (window as any).fire = {
          share: (network: string, url: string) => document.body.dispatchEvent(new SmmShareEvent({ network, url, title: 'A post' })),
          follow: (network: string, url: string) => document.body.dispatchEvent(new SmmFollowEvent({ network, url })),
        };`,
    }),
  };
  const pages = new Map<string, string>();
  const posts: Post[] = [];

  const holder: { app?: Hono } = {};
  const server = createAdaptorServer({
    hostname: '127.0.0.1',
    fetch: async (req: Request, env: unknown) => {
      const isPost = req.method === 'POST' && new URL(req.url).pathname === '/v1/events';
      const body = isPost ? await req.clone().text() : '';
      const res = await holder.app!.fetch(req, env);
      if (isPost) {
        posts.push({ body, contentType: req.headers.get('content-type'), origin: req.headers.get('origin'),
          status: res.status, response: await res.clone().text() });
      }
      return res;
    },
  }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const site = `http://localhost:${port}`;
  holder.app = createApp({
    store,
    origins: [site],
    rateLimit: false,
    fallback: async (c, next) => {
      const path = c.req.path;
      if (path.startsWith('/p/') && pages.has(path.slice(3))) return c.html(pages.get(path.slice(3))!);
      if (scripts[path]) {
        return c.body(scripts[path]!, 200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
      }
      return next();
    },
  });
  const browser = await launch();
  return {
    site,
    endpoint: `http://127.0.0.1:${port}`,
    store,
    browser,
    posts,
    page(name, html) {
      pages.set(name, html);
      return `${site}/p/${name}`;
    },
    totals: async () => (await store.stats({ from: '2000-01-01', to: '2100-01-01', limit: 100 })).totals,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launch(): Promise<Browser> {
  const { findChrome, chromeArgs } = (await import(new URL('../../scripts/chrome.mjs', import.meta.url).href)) as
    { findChrome: () => string; chromeArgs: string[] };
  return chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
