// The comment wall end to end: the built smm-comments.js (and its form chunk) against the built
// server, on SQLite and, when SMM_TEST_PG_URL is set, PostgreSQL. Readers are separate browser
// contexts (their own localStorage), so "the author" and "another reader" are really two devices.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launch } from './helpers.js';
import { admin, IDENTITY_SECRET, loaded, newThread, pageUrl, post, shown, STORES, wall, type Wall } from './comments-helpers.js';

const comment = (page: Page, text: string) => page.locator('smm-comments article[part~="comment"]', { hasText: text });

/** A reader's device: a fresh context with the wall of `thread` open and loaded. */
async function reader(browser: Browser, w: Wall, thread: string, attrs: Record<string, string> = {}, opts = {}) {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pageUrl(w, thread, attrs));
  await loaded(page);
  return { context, page, errors };
}

async function reload(page: Page) {
  await page.reload();
  await loaded(page);
}

/** Opens the top form (or the reply form under `replyTo`) and posts through it with the mouse. */
async function write(page: Page, body: string, { name = 'Marta', replyTo }: { name?: string; replyTo?: string } = {}) {
  if (replyTo) await comment(page, replyTo).locator('[part~="reply"]').first().click();
  else await page.locator('smm-comments [part~="write"]').click();
  const form = page.locator('smm-comments form[part~="form"]').last();
  await form.locator('textarea[name="body"]').fill(body);
  if (await form.locator('input[name="name"]').count()) await form.locator('input[name="name"]').fill(name);
  await form.locator('[part~="post"]').click();
}

/** The secrets this device keeps for its own comments. */
const mine = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('smm:comments-mine') ?? '[]') as Array<{ id: string; secret: string }>);

for (const store of STORES) {
  describe(`comment wall end to end, ${store.name}`, () => {
    let browser: Browser;
    let w: Wall;
    let cleanup = () => {};
    const contexts: BrowserContext[] = [];
    before(async () => {
      browser = await launch();
      const db = store.db();
      cleanup = db.cleanup;
      w = await wall(db.spec);
    });
    after(async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await browser?.close();
      await w?.close();
      cleanup();
    });

    describe('one conversation', () => {
      const thread = newThread('conversation');
      let author: Awaited<ReturnType<typeof reader>>;
      let other: Awaited<ReturnType<typeof reader>>;

      it('a reader posts; another reader sees it', async () => {
        author = await reader(browser, w, thread);
        other = await reader(browser, w, thread);
        contexts.push(author.context, other.context);
        await write(author.page, 'The folds **really** work.');
        await comment(author.page, 'The folds really work.').waitFor();
        assert.match(await author.page.locator('smm-comments [role="status"]').textContent() ?? '', /published/i);
        await reload(other.page);
        const seen = await shown(other.page);
        assert.deepEqual(seen.map((c) => [c.author, c.body]), [['Marta', 'The folds really work.']]);
        assert.equal(await other.page.locator('smm-comments [part~="body"] strong').textContent(), 'really');
      });

      it('the other reader replies; the reply is nested under it', async () => {
        await write(other.page, 'Agreed, four rounds are enough.', { name: 'Luca', replyTo: 'The folds really work.' });
        await comment(other.page, 'Agreed, four rounds').waitFor();
        await reload(author.page);
        const reply = author.page.locator('smm-comments ol[part~="replies"] article', { hasText: 'Agreed, four rounds' });
        assert.equal(await reply.count(), 1);
        assert.equal(await reply.locator('[part~="author"]').textContent(), 'Luca');
      });

      it('the author edits inside the window; everyone sees the edit', async () => {
        const c = comment(author.page, 'The folds really work.');
        await c.locator('[part~="edit"]').click();
        const area = author.page.locator('smm-comments textarea[id^="x-"]');
        await area.fill('The folds really work, every time.');
        await author.page.locator('smm-comments form:has(textarea[id^="x-"]) [part~="post"]').click();
        await comment(author.page, 'every time').locator('[part~="edited"]').waitFor();
        await reload(other.page);
        const seen = await shown(other.page);
        assert.ok(seen.some((x) => x.body === 'The folds really work, every time.' && x.edited), JSON.stringify(seen));
      });

      it('after the window the server refuses the edit and says why; nothing changes', async () => {
        w.advance(16 * 60_000);
        await reload(author.page);
        const [{ id, secret }] = await mine(author.page);
        // The device still offers Edit (its clock has not moved); the server, whose clock has, refuses.
        await comment(author.page, 'every time').locator('[part~="edit"]').click();
        await author.page.locator('smm-comments textarea[id^="x-"]').fill('Too late to change this.');
        await author.page.locator('smm-comments form:has(textarea[id^="x-"]) [part~="post"]').click();
        await author.page.locator('smm-comments [part~="error"]', { hasText: /can no longer be changed/ }).waitFor();
        // Said once, by the wall's polite live region (the message in the form has no role of its own).
        await author.page.locator('smm-comments [role="status"]', { hasText: /can no longer be changed/ }).waitFor({ state: 'attached' });
        const r = await fetch(`${w.url}/v1/comments/${id}`, { method: 'PATCH', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'x' }) });
        assert.equal(r.status, 403);
        assert.match(((await r.json()) as { error: { message: string } }).error.message, /window|over|expired/i);
        await reload(other.page);
        assert.ok((await shown(other.page)).some((x) => x.body === 'The folds really work, every time.'));
      });

      it('likes: one per reader, however many times the same reader asks', async () => {
        const target = comment(other.page, 'every time');
        await target.locator('[part~="like"]').click();
        await other.page.waitForFunction(() => [...document.querySelector('smm-comments')!.shadowRoot!.querySelectorAll('[part~="like"]')].some((b) => b.getAttribute('aria-pressed') === 'true'));
        await reload(other.page);
        assert.equal(await comment(other.page, 'every time').locator('[part~="like"]').getAttribute('aria-pressed'), 'true');
        assert.match(await comment(other.page, 'every time').locator('[part~="like"]').textContent() ?? '', /1$/);
        // The same reader id twice through the route: still one like.
        const [{ id }] = await mine(author.page);
        const like = () => fetch(`${w.url}/v1/comments/${id}/like`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reader: 'reader-id-0123456789abcdef' }) }).then((r) => r.json() as Promise<{ likes: number }>);
        assert.equal((await like()).likes, 2);
        assert.equal((await like()).likes, 2);
      });

      it('the author deletes a comment that has a reply: a placeholder keeps the reply in place', async () => {
        w.advance(-16 * 60_000); // back inside the window
        await reload(author.page);
        const del = comment(author.page, 'every time').locator('[part~="delete"]');
        await del.click();
        await del.click(); // "Delete for good?"
        await author.page.locator('smm-comments article[part~="deleted"]').waitFor();
        await reload(other.page);
        const seen = await shown(other.page);
        assert.deepEqual(seen.map((c) => [c.deleted, c.author, c.body]), [[true, '', ''], [false, 'Luca', 'Agreed, four rounds are enough.']]);
        assert.match(await other.page.locator('smm-comments article[part~="deleted"]').textContent() ?? '', /Comment deleted/);
      });

      it('reads clean with axe, with comments and with the form open', async () => {
        assert.deepEqual(await axe(other.page), []);
        await other.page.locator('smm-comments [part~="write"]').click();
        await other.page.locator('smm-comments form[part~="form"] textarea[name="body"]').waitFor();
        assert.deepEqual(await axe(other.page), []);
        assert.deepEqual([...author.errors, ...other.errors], []);
      });
    });

    it('pre-moderation: the author keeps seeing a held comment across reloads, nobody else does until a moderator approves it', async () => {
      const thread = newThread('premod');
      assert.equal((await admin(w, 'PUT', 'threads', { thread, moderation: 'pre' })).status, 200);
      const author = await reader(browser, w, thread);
      const other = await reader(browser, w, thread);
      contexts.push(author.context, other.context);
      await write(author.page, 'Can the dough rest 24 hours in the fridge?');
      await comment(author.page, '24 hours').locator('[part~="status"]').waitFor();
      await reload(author.page);
      const held = (await shown(author.page)).find((c) => c.body.includes('24 hours'));
      assert.ok(held?.pending, 'still shown, as awaiting moderation, after a reload');
      await reload(other.page);
      assert.deepEqual(await shown(other.page), []);
      const list = await admin(w, 'GET', `comments?status=pending&thread=${encodeURIComponent(thread)}`);
      const pending = (list.json as { comments: Array<{ id: string; body: string }> }).comments;
      assert.deepEqual(pending.map((c) => c.body), ['Can the dough rest 24 hours in the fridge?']);
      assert.equal((await admin(w, 'POST', `comments/${pending[0].id}/approve`)).status, 200);
      await reload(other.page);
      assert.deepEqual((await shown(other.page)).map((c) => [c.body, c.pending]), [['Can the dough rest 24 hours in the fridge?', false]]);
      await reload(author.page);
      assert.equal((await shown(author.page)).find((c) => c.body.includes('24 hours'))?.pending, false);
    });

    it('a signed identity is trusted and badged; a forged one is refused and nothing is stored', async () => {
      const { signIdentity } = await import(new URL('../../dist/server/index.js', import.meta.url).href);
      const thread = newThread('identity');
      const good = await signIdentity({ id: '42', name: 'Marta Rossi' }, IDENTITY_SECRET);
      const signed = await reader(browser, w, thread, { identity: good });
      contexts.push(signed.context);
      await signed.page.locator('smm-comments [part~="write"]').click();
      await signed.page.locator('smm-comments form [part~="hint"]', { hasText: 'Commenting as Marta Rossi' }).waitFor();
      assert.equal(await signed.page.locator('smm-comments form input[name="name"]').count(), 0);
      await signed.page.locator('smm-comments form textarea[name="body"]').fill('Signed in and commenting.');
      await signed.page.locator('smm-comments form [part~="post"]').click();
      await comment(signed.page, 'Signed in and commenting.').waitFor();
      const other = await reader(browser, w, thread);
      contexts.push(other.context);
      assert.deepEqual((await shown(other.page)).map((c) => [c.author, c.badge]), [['Marta Rossi', 'Verified']]);

      const forged = await signIdentity({ id: '1', name: 'Site Admin' }, 'not-the-site-secret-but-long-enough-0123');
      const fake = await reader(browser, w, thread, { identity: forged });
      contexts.push(fake.context);
      await fake.page.locator('smm-comments [part~="write"]').click();
      await fake.page.locator('smm-comments form textarea[name="body"]').fill('I am the admin, trust me.');
      await fake.page.locator('smm-comments form [part~="post"]').click();
      await fake.page.locator('smm-comments form [part~="error"]').waitFor();
      const r = await post(w, { thread, body: 'Forged through the route', identity: forged });
      assert.ok(r.status === 401 || r.status === 403, `forged identity: HTTP ${r.status}`);
      const page = await (await fetch(`${w.url}/v1/comments?thread=${encodeURIComponent(thread)}`)).json() as { total: number };
      assert.equal(page.total, 1);
      const all = await admin(w, 'GET', `comments?status=pending&thread=${encodeURIComponent(thread)}`);
      assert.deepEqual((all.json as { comments: unknown[] }).comments, []);
    });

    it('pages through 1,000 seeded comments with "show more", replies included', async () => {
      const thread = newThread('big');
      const start = Date.parse('2026-11-01T00:00:00Z');
      const rows = Array.from({ length: 940 }, (_, i) => ({
        source: 'json', sourceId: `${thread}-${i}`, thread, name: `Reader ${i}`, body: `Comment number ${i}`,
        createdAt: new Date(start + i * 60_000), status: 'published',
      }));
      const newest = rows[rows.length - 1].sourceId;
      for (let i = 0; i < 60; i++) {
        rows.push({ source: 'json', sourceId: `${thread}-r${i}`, parentSourceId: newest, thread, name: `Replier ${i}`, body: `Reply number ${i}`,
          createdAt: new Date(start + (1000 + i) * 60_000), status: 'published' } as (typeof rows)[number]);
      }
      const { inserted } = await w.store.importComments(rows);
      assert.equal(inserted, 1000);
      const { context, page } = await reader(browser, w, thread, { 'page-size': '100' });
      contexts.push(context);
      assert.match(await page.locator('smm-comments [part~="heading"]').textContent() ?? '', /1[,.\u202f\u00a0]?000 comments/);
      assert.equal((await shown(page)).length, 100 + 50, 'first page: 100 comments, the first 50 replies of the newest');
      await page.locator('smm-comments [part~="more"]', { hasText: 'Show more replies' }).click();
      await page.waitForFunction(() => document.querySelector('smm-comments')!.shadowRoot!.querySelectorAll('[part~="replies"] article').length === 60);
      for (let i = 0; i < 20; i++) {
        const more = page.locator('smm-comments button[part~="more"]', { hasText: 'Show more comments' });
        if (!(await more.count())) break;
        await more.click();
        await page.evaluate(() => (document.querySelector('smm-comments') as unknown as { updateComplete: Promise<unknown> }).updateComplete);
      }
      const all = await shown(page);
      assert.equal(all.length, 1000);
      assert.equal(new Set(all.map((c) => c.id)).size, 1000, 'no comment twice');
      assert.equal(all.at(-1)!.body, 'Comment number 0');
    });

    it('a reader posts with the keyboard alone', async () => {
      const thread = newThread('keyboard');
      const { context, page } = await reader(browser, w, thread);
      contexts.push(context);
      const focused = () => page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return { name: el?.getAttribute('name') ?? '', part: el?.getAttribute('part') ?? '', tag: el?.localName ?? '' };
      });
      // Tab from the top of the page to "Write a comment".
      for (let i = 0; i < 10 && !(await focused()).part.includes('write'); i++) await page.keyboard.press('Tab');
      assert.match((await focused()).part, /write/);
      await page.keyboard.press('Enter');
      await page.locator('smm-comments form textarea[name="body"]').waitFor();
      let sent = false;
      for (let i = 0; i < 15 && !sent; i++) {
        const f = await focused();
        if (f.name === 'body') await page.keyboard.type('Typed without a mouse.');
        else if (f.name === 'name') await page.keyboard.type('Key Board');
        else if (f.part.includes('post')) {
          await page.keyboard.press('Enter');
          sent = true;
          break;
        }
        await page.keyboard.press('Tab');
      }
      assert.ok(sent, 'reached the Post button by Tab');
      await comment(page, 'Typed without a mouse.').waitFor();
      const after = await focused();
      assert.equal(after.tag, 'article', 'focus moves to the posted comment');
    });

    if (store.name === 'SQLite') {
      it('on a 390 px phone: a screenshot of a conversation with the form open (.tmp/comments-phone.png)', async () => {
        const thread = newThread('phone');
        const a = await post(w, { thread, name: 'Giulia Ferri', url: 'https://example.com/giulia', body: 'Fatta domenica: crosta che **canta** e mollica alveolata. Grazie!' });
        const b = await post(w, { thread, name: 'Marco', body: 'Anche a me! Con il 10% di integrale è ancora meglio.', parent: a.json!.comment!.id });
        await post(w, { thread, name: 'Anna', body: 'Una risposta alla risposta, per vedere il rientro.', parent: b.json!.comment!.id });
        await post(w, { thread, name: 'Luca da Bergamo', body: 'In montagna ho ridotto l\'acqua a 330 g.\n\n> Il segreto sono le pieghe\n\nVerissimo.' });
        const { context, page } = await reader(browser, w, thread, { lang: 'it' }, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
        contexts.push(context);
        await page.locator('smm-comments [part~="write"]').click();
        await page.locator('smm-comments form textarea[name="body"]').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'nothing wider than the phone');
        mkdirSync('.tmp', { recursive: true });
        await page.screenshot({ path: '.tmp/comments-phone.png', fullPage: true });
        assert.deepEqual(await axe(page), []);
      });
    }
  });
}
