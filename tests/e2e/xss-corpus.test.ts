// The corpus and its checks, tested on their own: a deliberately unsafe element (innerHTML) must
// be caught by them, and a safe one (Text nodes) must pass every payload. Without this, a runner
// that saw nothing would look the same as a wall that is safe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from './helpers.js';
import { armTripwires, audit, literalProblems, partTexts, shapeOf, xssPayloads } from './xss-corpus.js';

const PAGE = 'http://corpus.test/';

/** A page with <toy-wall>: each item's name and body shown by the chosen (un)safe method. */
function html(items: Array<{ name: string; body: string }>, unsafe: boolean) {
  return `<!doctype html><html lang="en"><title>corpus</title><body><toy-wall></toy-wall>
<script data-test-page>
  const items = ${JSON.stringify(items).replace(/</g, '\\u003c')};
  customElements.define('toy-wall', class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      for (const it of items) {
        const li = document.createElement('li');
        li.setAttribute('part', 'comment');
        const name = document.createElement('b'), body = document.createElement('p');
        name.setAttribute('part', 'author');
        body.setAttribute('part', 'body');
        if (${unsafe}) { name.innerHTML = it.name; body.innerHTML = it.body; }
        else { name.textContent = it.name; body.textContent = it.body; }
        li.append(name, body);
        root.append(li);
      }
    }
  });
</script></body></html>`;
}

let browser: Browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function render(context: BrowserContext, items: Array<{ name: string; body: string }>, unsafe = false) {
  await context.route(PAGE, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html(items, unsafe) }));
  const page = await context.newPage();
  await page.goto(PAGE);
  await page.waitForTimeout(300); // let onerror/onload handlers fire
  return page;
}

describe('the stored-XSS corpus', () => {
  const payloads = xssPayloads();

  it('holds at least 200 distinct payloads, with every family the issue names', () => {
    assert.ok(payloads.length >= 200, `${payloads.length} payloads`);
    assert.equal(new Set(payloads).size, payloads.length, 'duplicates');
    for (const needle of ['<script>', 'onerror=', '<svg', '<math', 'javascript:', 'data:text/html', 'vbscript:', '&#106;', '[x](javascript:', '<a href=', '\u202e', '"><']) {
      assert.ok(payloads.some((p) => p.includes(needle)), `no payload with ${JSON.stringify(needle)}`);
    }
  });

  it('catches an element that renders reader text as HTML', async () => {
    const context = await browser.newContext();
    const hits = await armTripwires(context);
    const safeShape = await shapeOf(await render(await browser.newContext(), [{ name: 'Ann', body: 'Hello' }]), 'toy-wall');
    const items = ['<img src=x onerror=alert(1)>', '<svg onload=__xss()>', '<a href="javascript:alert(1)">x</a>', '<script src=//xss.test/x.js></script>']
      .map((p) => ({ name: p, body: p }));
    const page = await render(context, items, true);
    const problems = await audit(page, 'toy-wall', safeShape);
    assert.ok(hits.some((h) => h.startsWith('alert(1)')), hits.join('\n'));
    assert.ok(hits.some((h) => h.startsWith('__xss(')), hits.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('unexpected element <img>')), problems.join('\n'));
    assert.ok(problems.some((p) => /href "javascript:alert\(1\)"/.test(p)), problems.join('\n'));
    const shown = await partTexts(page, 'toy-wall', 'body');
    assert.ok(literalProblems(items[0].body, shown[0]).length > 0);
    await context.close();
  });

  it('passes an element that renders every payload as text', async () => {
    const context = await browser.newContext();
    const hits = await armTripwires(context);
    const items = payloads.map((p) => ({ name: p, body: p }));
    const page = await render(context, items);
    const shape = await shapeOf(await render(await browser.newContext(), [{ name: 'Ann', body: 'Hello' }]), 'toy-wall');
    assert.deepEqual(await audit(page, 'toy-wall', shape), []);
    assert.deepEqual(hits, []);
    const shown = await partTexts(page, 'toy-wall', 'body');
    assert.equal(shown.length, payloads.length);
    assert.deepEqual(payloads.flatMap((p, i) => literalProblems(p, shown[i]).map((x) => `${JSON.stringify(p)}: ${x}`)), []);
    await context.close();
  });
});
