// Issue 4's proof on the demo blog: shares clicked in Chromium reach the endpoint through the
// tracker in dist/cdn/smm.js, and the bar's counts agree with GET /v1/counts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { browserAndDemo, demo } from './helpers.js';

const env = browserAndDemo();

type Counts = { url: string; total: number; networks: Record<string, number> };
async function counts(url: string): Promise<Counts> {
  const r = await fetch(`${env.site.url}/v1/counts?url=${encodeURIComponent(url)}`);
  assert.equal(r.status, 200);
  return ((await r.json()) as { counts: Counts[] }).counts[0];
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let v = await fn();
  for (let i = 0; i < 50 && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 100));
    v = await fn();
  }
  return v;
}

/** A context whose new tabs never leave the machine: network pages are aborted. */
async function offline(): Promise<BrowserContext> {
  const context = await env.browser.newContext();
  const origin = new URL(env.site.url).origin;
  await context.route((u) => !u.href.startsWith(origin), (route) => route.abort());
  return context;
}

describe('tracker + endpoint on the demo', () => {
  it('records clicked shares; /v1/counts and the bar agree', async () => {
    const context = await offline();
    const page = await context.newPage();
    await page.goto(`${env.site.url}/en/`);
    const bar = page.locator('.share-end smm-share');
    await bar.locator('a[part~="facebook"]').waitFor();
    for (const net of ['facebook', 'facebook', 'x']) {
      const tab = context.waitForEvent('page');
      await bar.locator(`a[part~="${net}"]`).click();
      await (await tab).close();
    }
    await bar.locator('button[part~="copy"]').click();
    const pageUrl = `${env.site.url}/en/`;
    const c = await until(() => counts(pageUrl), (v) => v.total >= 4);
    assert.deepEqual(c.networks, { facebook: 2, x: 1, copy: 1 });
    assert.equal(c.total, 4);

    // A new reader sees the same numbers in the bar (counts are cached for a minute per page).
    const reader = await context.newPage();
    await reader.goto(`${env.site.url}/en/`);
    const total = reader.locator('.share-end smm-share').locator('[part~="total"]');
    await total.waitFor();
    assert.match((await total.textContent())!, /4/);
    const fb = await reader.evaluate(() => {
      const root = document.querySelector('.share-end smm-share')!.shadowRoot!;
      return root.querySelector('[part~="facebook"]')!.closest('.pair')?.querySelector('[part~="count"] [aria-hidden]')?.textContent;
    });
    assert.equal(fb, '2');
    await context.close();
  });

  it('a share link focused before the counts come keeps the focus when its count appears', async () => {
    // The real server counts a share of the home page; the bar's request for counts is held
    // back (not answered by the test) until the reader has tabbed onto the link.
    const home = `${env.site.url}/`;
    const posted = await fetch(`${env.site.url}/v1/events`, {
      method: 'POST', body: JSON.stringify({ events: [{ type: 'share', network: 'telegram', url: home }] }),
    });
    assert.equal(posted.status, 202);
    const context = await offline();
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await context.route((u) => u.pathname === '/v1/counts', async (route) => { await held; await route.continue(); });
    const page = await context.newPage();
    await page.goto(home);
    const bar = page.locator('.share-end smm-share');
    const link = bar.locator('a[part~="telegram"]');
    await link.focus();
    release();
    await bar.locator('.pair [part~="count"]').first().waitFor();
    const state = await page.evaluate(() => {
      const root = document.querySelector('.share-end smm-share')!.shadowRoot!;
      const a = root.activeElement;
      return { focused: a?.getAttribute('part'), paired: !!a?.closest('.pair') };
    });
    assert.deepEqual(state, { focused: 'button telegram', paired: true });
    await context.close();
  });

  it('still delivers when the reader leaves the page right after clicking', async () => {
    const context = await offline();
    const page = await context.newPage();
    await page.goto(`${env.site.url}/`);
    const bar = page.locator('.share-end smm-share');
    await bar.locator('a[part~="linkedin"]').waitFor();
    // Share through the system: the click is the last thing this page does before it goes away.
    await page.evaluate(() => {
      const link = document.querySelector('.share-end smm-share')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="linkedin"]')!;
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
    });
    await page.goto('about:blank');
    const c = await until(() => counts(`${env.site.url}/`), (v) => (v.networks.linkedin ?? 0) >= 1);
    assert.equal(c.networks.linkedin, 1);
    await context.close();
  });

  it('records a return visit when a reader arrives through a shared link', async () => {
    const token = 'e2e-admin-token-0123456789';
    const own = await demo({ adminToken: token });
    try {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${own.url}/?utm_source=whatsapp&utm_medium=social&utm_campaign=share`);
      await page.waitForLoadState('networkidle');
      await page.goto('about:blank');
      const stats = await until(
        async () => (await fetch(`${own.url}/v1/stats`, { headers: { authorization: `Bearer ${token}` } })).json() as Promise<Record<string, unknown>>,
        (s) => JSON.stringify(s).includes('whatsapp'),
      );
      assert.match(JSON.stringify(stats), /whatsapp/);
      assert.deepEqual(await context.cookies(), []);
      await context.close();
    } finally {
      await own.close();
    }
  });
});
