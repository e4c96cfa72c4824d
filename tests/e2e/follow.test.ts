// The built smm-follow.js: the button bar needs nothing beyond the script; the prompt fetches its
// chunk from dist/cdn/chunks/ on first use, also under a strict Content-Security-Policy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axe, browserAndDemo, demo, open } from './helpers.js';

const env = browserAndDemo();

const cdn = (requests: string[]) => requests.filter((u) => u.includes('/cdn/')).map((u) => new URL(u).pathname);
const prompt = (page: Page) => page.waitForFunction(() => document.querySelector('smm-follow')?.shadowRoot?.querySelector('[part~="prompt"]'));

describe('smm-follow.js', () => {
  it('renders the button bar with no request but the script itself', async () => {
    const { page, context, errors, requests } = await open(env.browser, env.site.url + '/follow.html');
    await page.waitForFunction(() => document.querySelector('smm-follow')?.shadowRoot?.querySelectorAll('a[part~="button"]').length === 3);
    await page.waitForTimeout(300);
    assert.deepEqual(cdn(requests), ['/cdn/smm-follow.js']);
    assert.deepEqual(errors, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('shows the prompt once its chunk has arrived, fixed over the page', async () => {
    const { page, context, errors, requests } = await open(env.browser, env.site.url + '/follow-prompt.html');
    await prompt(page);
    const chunks = cdn(requests).filter((p) => p.startsWith('/cdn/chunks/'));
    assert.equal(chunks.length, 1, chunks.join());
    assert.match(chunks[0], /^\/cdn\/chunks\/smm-follow-prompt-[\w-]+\.js$/);
    const position = await page.evaluate(() => getComputedStyle(document.querySelector('smm-follow')!.shadowRoot!.querySelector('[part~="prompt"]')!).position);
    assert.equal(position, 'fixed');
    assert.equal(await page.evaluate(() => document.querySelector('smm-follow')!.getBoundingClientRect().height), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('loads the prompt\'s chunk under Content-Security-Policy: default-src \'self\'', async () => {
    const strict = await demo({ csp: true });
    try {
      const { page, context, errors } = await open(env.browser, strict.url + '/follow-prompt.html');
      await prompt(page);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await strict.close();
    }
  });
});
