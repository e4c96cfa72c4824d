import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// @ts-expect-error plain JS helpers shared with the scripts
import { findChrome, chromeArgs } from '../../scripts/chrome.mjs';
// @ts-expect-error plain JS helpers shared with the scripts
import { startDemo } from '../../scripts/demo-server.mjs';

export interface Demo {
  url: string;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}

export async function demo(opts: { csp?: boolean; adminToken?: string } = {}): Promise<Demo> {
  return startDemo({ port: 0, db: ':memory:', extraRoot: './tests/e2e/pages', ...opts });
}

/** A fresh page that records console errors, page errors and every request it makes. */
export async function open(browser: Browser, url: string, ctx: BrowserContextOptions = {}) {
  const context = await browser.newContext(ctx);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return { page, context, errors, requests };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 AA violations on the page, as readable lines. */
export async function axe(page: Page, selector = 'body'): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (sel) => {
    const w = window as unknown as { axe: { run: (s: string, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } };
    const r = await w.axe.run(sel, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, selector);
}

/** Chromium and the demo site for one test file: started before its tests, closed after them. */
export function browserAndDemo(): { browser: Browser; site: Demo } {
  const env = {} as { browser: Browser; site: Demo };
  before(async () => {
    env.browser = await launch();
    env.site = await demo();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
