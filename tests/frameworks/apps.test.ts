// Small React 19, Vue 3 and Svelte 5 apps (tests/frameworks/apps/), built with Vite and the
// frameworks' own plugins, and an Astro 5 page built by Astro, opened in Chromium: each renders
// <smm-share> and <smm-follow>, hears smm-share and smm-follow through the framework's own event
// binding (Astro: the page's script), and sets a property from its state. The React app is also
// rendered on the server by react-dom/server; the Astro page is rendered on the server at build.
// Needs the build (dist/): the apps import smm-kit through package.json's exports.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error plain JS helpers shared with the scripts
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';
// @ts-expect-error plain JS, run by the test and on its own
import { buildApps } from './apps/build.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, '.tmp/frameworks');
const skip = !existsSync(join(ROOT, 'dist/index.js')) && 'no build';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let server: Server;
let base = '';
let browser: Browser;

describe('framework apps', { skip }, () => {
  before(async () => {
    const times: Record<string, number> = await buildApps(OUT);
    console.log(`app builds: ${Object.entries(times).map(([n, ms]) => `${n} ${ms} ms`).join(', ')}`);
    server = createServer((req, res) => {
      let path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(OUT, path);
      if (!file.startsWith(OUT) || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const app of ['react', 'vue', 'svelte', 'astro']) {
    test(`${app}: the bar renders, clicks reach the app's handlers, a property set from the app reaches the element`, async () => {
      const context = await browser.newContext();
      // Nothing may leave the test server (a share that was not vetoed would open the network).
      const outside: string[] = [];
      await context.route((u) => !u.href.startsWith(base), (route) => { outside.push(route.request().url()); return route.abort(); });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${base}/${app}/`);

      const share = page.locator('smm-share');
      await share.locator('a[part~="x"]').waitFor();
      assert.equal(await share.locator('[part~="button"]').count(), 3, 'x, bluesky and copy');
      await page.locator('smm-follow').locator('a[part~="instagram"]').waitFor();

      // The app's handler hears smm-share (and vetoes it, so no tab opens).
      await share.locator('a[part~="x"]').click();
      await page.waitForFunction(() => document.querySelector('#shared')?.textContent === 'x');
      await share.locator('a[part~="bluesky"]').click();
      await page.waitForFunction(() => document.querySelector('#shared')?.textContent === 'x,bluesky');
      await page.locator('smm-follow').locator('a[part~="instagram"]').click();
      await page.waitForFunction(() => document.querySelector('#followed')?.textContent === 'instagram');
      assert.equal(context.pages().length, 1, 'no tab opened');

      // utm is a boolean property: the framework sets it from state, the bar tags its links.
      assert.equal(await share.evaluate((el) => (el as HTMLElement & { utm: boolean }).utm), false);
      await page.locator('#utm').click();
      await page.waitForFunction(() => (document.querySelector('smm-share') as HTMLElement & { utm: boolean }).utm === true);
      const href = await share.locator('a[part~="x"]').getAttribute('href');
      assert.match(decodeURIComponent(href!), /utm_source=x/);

      assert.deepEqual(errors, []);
      assert.deepEqual(outside, []);
      await context.close();
    });
  }

  test('Astro rendered the tags on the server, attributes included', () => {
    const html = readFileSync(join(OUT, 'astro/index.html'), 'utf8');
    assert.match(html, /<smm-share networks="x,bluesky,copy" url="https:\/\/example.org\/post" share-title="A post"><\/smm-share>/);
    assert.match(html, /<smm-follow instagram="@trattoria" bluesky="trattoria.bsky.social"><\/smm-follow>/);
  });

  test('react-dom/server renders the React app under Node, tags and attributes included', async () => {
    // A child process: this one has no DOM either, but a fresh one proves nothing was preloaded.
    const { execFileSync } = await import('node:child_process');
    const script = `
      import { renderToString } from 'react-dom/server';
      import { createElement } from 'react';
      const { App } = await import(${JSON.stringify(pathToFileURL(join(OUT, 'react-ssr/App.js')).href)});
      console.log(renderToString(createElement(App)));`;
    const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(OUT, 'react-ssr'), encoding: 'utf8' });
    assert.match(html, /<smm-share networks="x,bluesky,copy" url="https:\/\/example.org\/post" share-title="A post"><\/smm-share>/);
    assert.match(html, /<smm-follow instagram="@trattoria" bluesky="trattoria.bsky.social"><\/smm-follow>/);
  });
});
