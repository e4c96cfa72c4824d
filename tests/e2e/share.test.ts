// The built CDN bundles on the demo blog and on test pages, in Chromium, served on 127.0.0.1.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserAndDemo, demo, open } from './helpers.js';

const env = browserAndDemo();

const shadowParts = (sel: string) => `(() => [...document.querySelector('${sel}').shadowRoot.querySelectorAll('[part~="button"]')].map((b) => b.getAttribute('part')))()`;

describe('demo blog with the CDN bundle', () => {
  for (const path of ['/', '/en/']) {
    it(`${path}: upgrades every bar, no errors, axe finds nothing`, async () => {
      const { page, context, errors } = await open(env.browser, env.site.url + path);
      await page.waitForFunction(() => [...document.querySelectorAll('smm-share')].every((e) => e.shadowRoot?.querySelector('[part~="bar"]')));
      const parts = (await page.evaluate(shadowParts('.share-end smm-share'))) as string[];
      assert.ok(parts.includes('button facebook') && parts.includes('button copy'), parts.join());
      assert.deepEqual(errors, []);
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  }

  it('causes no layout shift while the bars upgrade (CLS = 0)', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Slow the bundle down so the page is laid out first, as on a real network.
    await page.route('**/cdn/smm.js', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.goto(env.site.url + '/');
    await page.waitForFunction(() => customElements.get('smm-share') && [...document.querySelectorAll('smm-share')].every((e) => e.shadowRoot?.childElementCount));
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    assert.equal(cls, 0);
    await context.close();
  });

  it('makes no request to another host and sets no cookie before (or after) a click', async () => {
    const { page, context, requests } = await open(env.browser, env.site.url + '/');
    await page.waitForFunction(() => document.querySelector('.share-end smm-share')?.shadowRoot?.querySelector('[part~="copy"]'));
    const origin = new URL(env.site.url).origin;
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
    // A share click opens the network in a new tab; block that tab's request to keep the test offline.
    await context.route((u) => !u.href.startsWith(origin), (route) => route.abort());
    const popup = context.waitForEvent('page');
    await page.locator('.share-end smm-share').locator('a[part~="facebook"]').click();
    await (await popup).close();
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });

  it('shows the slotted fallback links when JavaScript is off', async () => {
    const { page, context } = await open(env.browser, env.site.url + '/', { javaScriptEnabled: false });
    const fallback = page.locator('.share-end smm-share > a').first();
    assert.equal(await fallback.isVisible(), true);
    assert.match((await fallback.getAttribute('href'))!, /^https:\/\/www\.facebook\.com\/sharer/);
    await context.close();
  });

  it('works under Content-Security-Policy: default-src \'self\'', async () => {
    const strict = await demo({ csp: true });
    try {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      await page.exposeFunction('__violation', (v: string) => violations.push(v));
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violation: (s: string) => void }).__violation(`${e.violatedDirective} ${e.blockedURI}`)));
      const res = await page.goto(strict.url + '/twice.html');
      assert.equal(res!.headers()['content-security-policy'], "default-src 'self'");
      await page.waitForFunction(() => document.querySelector('smm-share')?.shadowRoot?.querySelector('[part~="x"]'));
      // The brand colour is set through the CSSOM, which CSP allows; a style attribute would be blocked.
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector('smm-share')!.shadowRoot!.querySelector('[part~="facebook"]')!).backgroundColor);
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
      assert.deepEqual(violations, []);
      await context.close();
    } finally {
      await strict.close();
    }
  });

  it('does not throw when the script is loaded twice', async () => {
    const { page, context, errors } = await open(env.browser, env.site.url + '/twice.html');
    await page.waitForFunction(() => document.querySelector('smm-share')?.shadowRoot?.querySelector('[part~="copy"]'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fetches only the locale the page speaks, and mirrors right-to-left', async () => {
    const { page, context, requests } = await open(env.browser, env.site.url + '/locales.html');
    await page.waitForFunction(() => ['de', 'ar', 'it'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part~="bar"]')));
    const label = (id: string) => page.evaluate((i) => document.getElementById(i)!.shadowRoot!.querySelector('[part~="bar"]')!.getAttribute('aria-label'), id);
    assert.equal(await label('de'), 'Teilen');
    assert.equal(await label('it'), 'Condividi');
    assert.notEqual(await label('ar'), 'Share');
    const locales = requests.filter((u) => u.includes('/cdn/locales/')).map((u) => u.split('/').pop()).sort();
    assert.deepEqual(locales, ['ar.js', 'de.js', 'it.js']);
    const [a, b] = await page.evaluate(() => [...document.getElementById('ar')!.shadowRoot!.querySelectorAll('[part~="button"]')].map((e) => e.getBoundingClientRect().left));
    assert.ok(a > b, 'the first button sits on the right');
    assert.deepEqual(requests.filter((u) => u.includes('/cdn/chunks/')), [], 'no counts, no picker: no extra chunk');
    await context.close();
  });

  it('fetches the more menu\'s chunk for a row short of room, and its menu opens placed and styled', async () => {
    const { page, context, requests, errors } = await open(env.browser, env.site.url + '/row.html');
    await page.waitForFunction(() => document.getElementById('row')?.shadowRoot?.querySelector('[part~="more"]'));
    const chunks = requests.filter((u) => u.includes('/cdn/chunks/')).map((u) => u.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''));
    assert.deepEqual([...new Set(chunks)].sort(), ['smm-share-menu', 'smm-share-styles']);
    await page.locator('#row').locator('[part~="more"]').click();
    const menu = await page.evaluate(() => {
      const root = document.getElementById('row')!.shadowRoot!;
      const m = root.querySelector('[part~="menu"]')!;
      const [b, r] = [root.querySelector('[part~="more"]')!.getBoundingClientRect(), m.getBoundingClientRect()];
      return { open: m.matches(':popover-open'), display: getComputedStyle(m).display, below: r.top >= b.bottom, items: m.querySelectorAll('[part~="button"]').length };
    });
    assert.deepEqual(menu, { open: true, display: 'grid', below: true, items: menu.items });
    assert.ok(menu.items > 0);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fetches counts and the Mastodon picker as chunks, only on a page that uses them', async () => {
    const { page, context, requests, errors } = await open(env.browser, env.site.url + '/extras.html');
    await page.waitForFunction(() => document.getElementById('extras')?.shadowRoot?.querySelector('dialog'));
    const chunks = requests.filter((u) => u.includes('/cdn/chunks/')).map((u) => u.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''));
    assert.deepEqual([...new Set(chunks)].sort(), ['smm-share-counts', 'smm-share-mastodon-picker', 'smm-share-styles']);
    assert.ok(requests.some((u) => u.includes('/v1/counts?url=')), 'the counts chunk asked the endpoint');
    // The picker opens on the click, in the page, and passes axe.
    await page.evaluate(() => (document.getElementById('extras')!.shadowRoot!.querySelector('[part~="mastodon"]') as HTMLElement).click());
    await page.waitForFunction(() => document.getElementById('extras')!.shadowRoot!.querySelector('dialog')!.open);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
