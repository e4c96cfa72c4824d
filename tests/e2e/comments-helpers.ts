// The comment wall's end-to-end set-up: the built server (dist/server) with the comment options a
// test needs, on SQLite or PostgreSQL, serving the built CDN bundles and tests/e2e/pages on the
// same origin; a clock the tests can move; and the real routes to seed threads with.
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

export const ADMIN = 'e2e-admin-token-0123456789';
export const IDENTITY_SECRET = 'e2e-identity-secret-0123456789abcdef-0123';

/** The stores to run every test on: SQLite always, PostgreSQL when SMM_TEST_PG_URL is set. */
export const STORES: Array<{ name: string; db: () => { spec: string; cleanup: () => void } }> = [
  {
    name: 'SQLite',
    db: () => {
      const dir = mkdtempSync(join(tmpdir(), 'smm-e2e-comments-'));
      return { spec: join(dir, 'smm.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  ...(process.env.SMM_TEST_PG_URL && process.env.SMM_TEST_PG_URL !== 'auto'
    ? [{ name: 'PostgreSQL', db: () => ({ spec: process.env.SMM_TEST_PG_URL!, cleanup: () => {} }) }]
    : []),
];

export interface Wall {
  url: string;
  /** Moves the server's clock forward. */
  advance(ms: number): void;
  // The running server's store (for seeding large threads through importComments).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  store: any;
  close(): Promise<void>;
}

/** What the e2e servers serve beside the API: the built bundles under /cdn/, and tests/e2e/pages. */
export function builtFiles(): Hono {
  const files = new Hono();
  files.use('/cdn/*', serveStatic({ root: './dist' }));
  files.use('/*', serveStatic({ root: './tests/e2e/pages' }));
  return files;
}

/** The built server with the comment wall set up for tests (no fill-time wait, no limits unless asked). */
export async function wall(db: string, comments: Record<string, unknown> = {}): Promise<Wall> {
  const { serve } = await import(new URL('../../dist/server/index.js', import.meta.url).href);
  let offset = 0;
  const server = await serve({
    db, port: 0, host: '127.0.0.1', adminToken: ADMIN, origins: [], rateLimit: false, fallback: builtFiles(),
    now: () => new Date(Date.now() + offset),
    comments: {
      moderation: 'post', minFillSec: 0, identitySecret: IDENTITY_SECRET, maxLinks: 100,
      limits: { perIp: false, perThread: false, site: false }, ...comments,
    },
  });
  return { url: server.url, store: server.store, advance: (ms) => { offset += ms; }, close: () => server.close() };
}

/** A thread key of its own for each test (tests share a PostgreSQL database). */
export const newThread = (name = 'post') => `https://blog.example/${name}/${randomUUID().slice(0, 8)}/`;

/** The page showing `thread`, with extra attributes for the element. */
export const pageUrl = (w: Wall, thread: string, attrs: Record<string, string> = {}) =>
  `${w.url}/comments.html?${new URLSearchParams({ thread, ...attrs })}`;

/** POST /v1/comments through the real route (the form token first, as the element does). */
export async function post(w: Wall, c: { thread: string; name?: string; body: string; url?: string; parent?: string; identity?: string }, headers: Record<string, string> = {}) {
  const page = await (await fetch(`${w.url}/v1/comments?${new URLSearchParams({ thread: c.thread })}`)).json() as { form: string };
  const r = await fetch(`${w.url}/v1/comments`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ ...c, form: page.form }),
  });
  return { status: r.status, json: await r.json().catch(() => null) as { comment?: { id: string; author: { name: string; url?: string }; body: string; status?: string }; secret?: string; error?: { code: string; message: string } } | null };
}

/** The admin API. */
export async function admin(w: Wall, method: string, path: string, body?: unknown) {
  const r = await fetch(`${w.url}/v1/admin/${path}`, {
    method, headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, json: await r.json().catch(() => null) };
}

/** Waits until the wall has loaded (the heading shows the count, or an empty notice). */
export async function loaded(page: Page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('smm-comments')?.shadowRoot;
    return !!root && !root.querySelector('[part~="notice"]')?.textContent?.includes('Loading') && !!root.querySelector('[part~="heading"]');
  });
  await page.evaluate(() => (document.querySelector('smm-comments') as unknown as { updateComplete: Promise<unknown> }).updateComplete);
}

/** The wall's comments as the reader sees them: id, author, body text, status mark, deleted. */
export async function shown(page: Page) {
  return page.evaluate(() => [...document.querySelector('smm-comments')!.shadowRoot!.querySelectorAll('[part~="comment"]')].map((el) => ({
    id: el.id.replace(/^c-/, ''),
    author: el.querySelector('[part~="author"]')?.textContent ?? '',
    body: el.querySelector('[part~="body"]')?.textContent ?? '',
    badge: el.querySelector('[part~="badge"]')?.textContent ?? '',
    pending: el.getAttribute('part')!.split(' ').includes('pending'),
    deleted: el.getAttribute('part')!.split(' ').includes('deleted'),
    edited: !!el.querySelector('[part~="edited"]'),
  })));
}
