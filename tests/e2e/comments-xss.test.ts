// Stored XSS, end to end: every payload of tests/fixtures/xss-payloads.txt posted through the real
// POST /v1/comments as a name, as a website (raw, and inside an otherwise valid URL) and as a body,
// then read by another browser through the built smm-comments.js. No script may run, no element or
// attribute may appear that a benign thread does not have, links stay http(s)/mailto, and what the
// server kept is shown as literal text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch } from './helpers.js';
import { ADMIN, admin, loaded, newThread, pageUrl, post, shown, STORES, wall, type Wall } from './comments-helpers.js';
import { armTripwires, audit, literalProblems, mergeShapes, shapeOf, xssPayloads, type Shape } from './xss-corpus.js';

const PER_PAGE = 100;
/** Names longer than the server's limit are cut, as a form would be. */
const fitName = (s: string) => [...s].slice(0, 80).join('');

describe('stored XSS through the comment wall', () => {
  let browser: Browser;
  let w: Wall;
  let cleanup = () => {};
  let allowed: Shape;
  before(async () => {
    browser = await launch();
    const db = STORES[0].db();
    cleanup = db.cleanup;
    w = await wall(db.spec);
  });
  after(async () => {
    await browser?.close();
    await w?.close();
    cleanup();
  });

  it('learns what a benign thread renders (every part the wall has)', async () => {
    const thread = newThread('benign');
    const a = await post(w, { thread, name: 'Ann', url: 'https://example.com/ann', body: 'Plain **bold** *italic* `code` https://example.com/x mailto:ann@example.com\nA line break\n\n> a quote\n\n```\nblock\n```' });
    const b = await post(w, { thread, name: 'Bob', body: 'A reply', parent: a.json!.comment!.id });
    let parent = b.json!.comment!.id;
    for (let i = 0; i < 4; i++) parent = (await post(w, { thread, name: `Deep ${i}`, body: `deeper ${i}`, parent })).json!.comment!.id;
    await post(w, { thread, name: 'Mod', body: 'From the site' }, { authorization: `Bearer ${ADMIN}` });
    const gone = await post(w, { thread, name: 'Gone', body: 'will be deleted' });
    await post(w, { thread, name: 'Cid', body: 'reply to the deleted one', parent: gone.json!.comment!.id });
    assert.equal((await admin(w, 'DELETE', `comments/${gone.json!.comment!.id}`)).status, 200);
    const edited = await post(w, { thread, name: 'Eve', body: 'typo' });
    assert.equal((await admin(w, 'PATCH', `comments/${edited.json!.comment!.id}`, { body: 'fixed' })).status, 200);
    for (let i = 0; i < 3; i++) await post(w, { thread, name: `Filler ${i}`, body: `filler ${i}` });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pageUrl(w, thread, { 'page-size': '5', sort: 'oldest' }));
    await loaded(page);
    allowed = await shapeOf(page, 'smm-comments');
    await context.close();
    // The same in Italian and right-to-left: attributes such as dir belong to the wall too.
    const rtl = await browser.newContext();
    const p2 = await rtl.newPage();
    await p2.goto(pageUrl(w, thread, { lang: 'ar' }));
    await loaded(p2);
    allowed = mergeShapes(allowed, await shapeOf(p2, 'smm-comments'));
    await rtl.close();
    for (const tag of ['a', 'article', 'strong', 'em', 'code', 'pre', 'blockquote', 'ol']) assert.ok(allowed[tag], `benign thread has no <${tag}>: ${Object.keys(allowed).join(' ')}`);
  });

  it('runs no payload, injects nothing and shows every accepted field literally', async () => {
    assert.ok(allowed, 'needs the benign shape');
    const payloads = xssPayloads();
    const expected = new Map<string, { payload: string; field: string; name: string; body: string }>();
    const refused: Record<string, number> = {};
    const threads: string[] = [];
    let thread = '';
    let onPage = PER_PAGE;
    for (const [i, p] of payloads.entries()) {
      const tries = [
        { field: 'name', c: { name: fitName(p), body: `name #${i}` } },
        { field: 'body', c: { name: `body #${i}`, body: p } },
        { field: 'website', c: { name: `website #${i}`, url: p, body: `website #${i}` } },
        { field: 'website in a URL', c: { name: `website+ #${i}`, url: `https://example.com/?q=${p}`, body: `website+ #${i}` } },
      ];
      for (const t of tries) {
        if (onPage >= PER_PAGE) {
          threads.push((thread = newThread('xss')));
          onPage = 0;
        }
        const r = await post(w, { thread, ...t.c });
        if (r.status === 201) {
          const c = r.json!.comment!;
          expected.set(c.id, { payload: p, field: t.field, name: c.author.name, body: c.body });
          onPage++;
        } else {
          // 400: not a valid value for the field; 409: the server's normalisation (trim, NFC,
          // control characters stripped) made it the same body as an earlier payload.
          assert.ok(r.status === 400 || r.status === 409, `payload #${i} as ${t.field}: HTTP ${r.status} ${JSON.stringify(r.json)}`);
          refused[t.field] = (refused[t.field] ?? 0) + 1;
        }
      }
    }
    // Each field is tried with every payload; only values that cannot be that field are refused.
    assert.ok((refused.body ?? 0) < 10, `bodies refused: ${refused.body}`);
    assert.ok((refused.name ?? 0) < 10, `names refused: ${refused.name}`);

    const problems: string[] = [];
    let seen = 0;
    for (const t of threads) {
      const context = await browser.newContext();
      const hits = await armTripwires(context);
      const page = await context.newPage();
      await page.goto(pageUrl(w, t, { 'page-size': String(PER_PAGE) }));
      await loaded(page);
      await page.waitForTimeout(300); // let any onerror/onload fire
      // Hover and focus everything the reader could: handlers that need a gesture get their chance.
      await page.mouse.move(10, 10);
      for (const a of await page.locator('smm-comments a').all()) await a.hover({ trial: false, timeout: 1000 }).catch(() => {});
      problems.push(...(await audit(page, 'smm-comments', allowed)).map((x) => `${t}: ${x}`));
      for (const c of await shown(page)) {
        const e = expected.get(c.id);
        if (!e) continue;
        seen++;
        const where = `${e.field} ${JSON.stringify(e.payload)}`;
        if (c.author !== e.name) problems.push(`${where}: name shown as ${JSON.stringify(c.author)}, stored ${JSON.stringify(e.name)}`);
        problems.push(...literalProblems(e.body, c.body).map((x) => `${where}: body ${x}`));
      }
      problems.push(...hits.map((h) => `${t}: SCRIPT RAN: ${h}`));
      await context.close();
    }
    assert.equal(seen, expected.size, 'every accepted comment is on the wall');
    assert.deepEqual(problems, []);
    console.log(`# ${payloads.length} payloads, ${expected.size} comments rendered; refused by the server: ${JSON.stringify(refused)}`);
  });
});
