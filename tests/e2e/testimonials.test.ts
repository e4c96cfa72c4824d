// Testimonials end to end: the built smm-testimonials.js (with its form, layout and distribution chunks)
// against the built server, on SQLite and, when SMM_TEST_PG_URL is set, PostgreSQL. A customer sends
// one through <smm-testimonial-form> and another through the collection page /t/<wall> (plain
// HTML, no script); both wait for approval; the owner approves them through the admin API; a
// reader on another device then sees them on the wall with the right average, and pages through
// the wall with "Show more".
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launch } from './helpers.js';
import { ADMIN, STORES } from './comments-helpers.js';
import { sendTestimonial, testimonialServer, wallLoaded as loaded, type Server } from './testimonials-helpers.js';

async function admin(s: Server, method: string, path: string) {
  const r = await fetch(`${s.url}/v1/admin/${path}`, { method, headers: { authorization: `Bearer ${ADMIN}` } });
  return { status: r.status, json: await r.json() as { testimonials: Array<{ id: string; name: string; status: string; rating?: number }> } };
}

/** A testimonial sent as a browser sends it; it waits for approval (202). */
async function send(s: Server, t: Record<string, unknown>) {
  const r = await sendTestimonial(s, t);
  assert.equal(r.status, 202);
  return r.json!.testimonial!;
}

const names = (page: Page) => page.evaluate(() => [...document.querySelector('smm-testimonials')!.shadowRoot!.querySelectorAll('[part~="card"] [part~="name"]')].map((n) => n.textContent));
const part = (page: Page, p: string) => page.evaluate((sel) => document.querySelector('smm-testimonials')!.shadowRoot!.querySelector(sel)?.textContent ?? null, `[part~="${p}"]`);

for (const store of STORES) {
  describe(`testimonials end to end, ${store.name}`, () => {
    let browser: Browser;
    let server: Server;
    let cleanup = () => {};
    const contexts: BrowserContext[] = [];
    // A wall of its own: the PostgreSQL database is shared with other test files.
    const wall = `e2e-${randomUUID().slice(0, 8)}`;
    const device = async (path: string) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${server.url}${path}`);
      return { page, errors };
    };

    before(async () => {
      browser = await launch();
      const db = store.db();
      cleanup = db.cleanup;
      server = await testimonialServer(db.spec); // testimonials wait for approval (the default)
      // One approved already, rated 3.
      const first = await send(server, { wall, name: 'Ada Lovelace', rating: 3, text: 'Good bread, long queue.' });
      await admin(server, 'POST', `testimonials/${first.id}/approve`);
    });
    after(async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await browser?.close();
      await server?.close();
      cleanup();
    });

    it('a customer sends one through <smm-testimonial-form>: "will appear once approved", and it waits', async () => {
      const { page, errors } = await device(`/testimonials.html?wall=${wall}&form`);
      await loaded(page);
      const form = page.locator('smm-testimonial-form');
      await form.locator('input[name="name"]').fill('Carla Verdi');
      await form.locator('input[name="email"]').fill('carla@example.org');
      await form.locator('input[name="role"]').fill('Chef');
      await form.locator('input[name="company"]').fill('Osteria Verdi');
      await form.getByRole('radio', { name: '5 out of 5' }).check();
      await form.locator('textarea[name="text"]').fill('Crisp crust,\nsoft crumb.');
      await form.locator('input[name="consent"]').check();
      await form.locator('[part~="send"]').click();
      await form.locator('[part~="status"]', { hasText: 'approved' }).waitFor();
      assert.equal(await form.locator('[part~="status"]').textContent(), 'Thank you! Your testimonial will appear once it has been approved.');
      assert.deepEqual(errors, []);
    });

    it('another sends one through the collection page /t/<wall>, without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      contexts.push(context);
      const page = await context.newPage();
      const answer = await page.goto(`${server.url}/t/${wall}`);
      assert.equal(answer?.status(), 200);
      await page.locator('#name').fill('Bruno Neri');
      await page.getByRole('radio', { name: /^4\b/ }).check();
      await page.locator('#text').fill('The cornetti, every Sunday.');
      await page.locator('#consent').check();
      const [posted] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('button[type="submit"]').click()]);
      assert.equal(posted.status(), 202);
      assert.match(await page.locator('[role="status"]').textContent() ?? '', /appear once it has been approved/);
    });

    it('both are pending: the admin API lists them, the wall does not show them yet', async () => {
      const { json } = await admin(server, 'GET', `testimonials?status=pending&wall=${wall}`);
      assert.deepEqual(json.testimonials.map((t) => [t.name, t.rating]).sort(), [['Bruno Neri', 4], ['Carla Verdi', 5]]);
      const { page } = await device(`/testimonials.html?wall=${wall}`);
      await loaded(page);
      assert.deepEqual(await names(page), ['Ada Lovelace']);
      assert.equal(await page.evaluate(() => document.querySelector('smm-testimonials')!.shadowRoot!.querySelector('[part~="average"] strong')?.textContent), '3');
    });

    it('approved through the admin API, they are on the wall with the right average, in the summary and the JSON-LD', async () => {
      const { json } = await admin(server, 'GET', `testimonials?status=pending&wall=${wall}`);
      for (const t of json.testimonials) assert.equal((await admin(server, 'POST', `testimonials/${t.id}/approve`)).status, 200);
      const { page, errors } = await device(`/testimonials.html?wall=${wall}`);
      await loaded(page);
      assert.deepEqual((await names(page)).sort(), ['Ada Lovelace', 'Bruno Neri', 'Carla Verdi']);
      // (3 + 5 + 4) / 3
      assert.equal(await page.evaluate(() => document.querySelector('smm-testimonials')!.shadowRoot!.querySelector('[part~="average"] strong')?.textContent), '4');
      assert.equal(await part(page, 'count'), 'based on 3 reviews');
      const carla = page.locator('smm-testimonials [part~="card"]', { hasText: 'Carla Verdi' });
      assert.equal(await carla.locator('[part~="rating"]').getAttribute('aria-label'), '5 out of 5');
      assert.equal(await carla.locator('[part~="role"]').textContent(), 'Chef, Osteria Verdi');
      assert.equal(await carla.locator('[part~="quote"]').textContent(), 'Crisp crust,\nsoft crumb.');
      const ld = JSON.parse(await page.locator('smm-testimonials script[type="application/ld+json"]').textContent() ?? '{}');
      assert.deepEqual(ld.aggregateRating, { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 3, bestRating: 5, worstRating: 1 });
      assert.equal(ld.review.length, 3);
      assert.deepEqual(await axe(page, 'smm-testimonials'), []);
      assert.deepEqual(errors, []);
    });

    it('an Italian reader of a wall with `distribution`: the wall\'s Italian strings and the bars\' chunk, none of the bars\' locale files', async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await page.goto(`${server.url}/testimonials.html?wall=${wall}&lang=it&distribution`);
      await loaded(page);
      assert.equal(await part(page, 'count'), 'su 3 recensioni');
      assert.deepEqual(await page.evaluate(() => [...document.querySelector('smm-testimonials')!.shadowRoot!.querySelectorAll('[part~="distribution"] li')].map((li) => li.textContent)),
        ['5 stelle1', '4 stelle1', '3 stelle1', '2 stelle0', '1 stella0']);
      assert.ok(scripts.includes('/cdn/testimonials/it.js'), scripts.join(' '));
      assert.ok(scripts.some((s) => /\/chunks\/smm-testimonials-distribution-[\w-]+\.js$/.test(s)), scripts.join(' '));
      assert.deepEqual(scripts.filter((s) => s.includes('/locales/')), []);
      assert.deepEqual(await axe(page, 'smm-testimonials'), []);
    });

    for (const layout of ['grid', 'carousel']) {
      it(`"Show more" pages through the wall (${layout}): the next page appended, the focus on its first card`, async () => {
        const { page, errors } = await device(`/testimonials.html?wall=${wall}&limit=2&layout=${layout}`);
        await loaded(page);
        assert.equal((await names(page)).length, 2);
        const more = page.locator('smm-testimonials [part~="more"]');
        assert.equal(await more.textContent(), 'Show more testimonials');
        await more.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('smm-testimonials')!.shadowRoot!.querySelectorAll('[part~="card"]').length == 3);
        assert.equal(new Set(await names(page)).size, 3);
        assert.equal(await more.count(), 0);
        const focused = await page.evaluate(() => {
          const root = document.querySelector('smm-testimonials')!.shadowRoot!;
          return [...root.querySelectorAll('[part~="card"]')].indexOf(root.activeElement!);
        });
        assert.equal(focused, 2);
        if (layout == 'carousel') {
          assert.deepEqual(await page.evaluate(() => [...document.querySelector('smm-testimonials')!.shadowRoot!.querySelectorAll('.slide')].map((s) => [s.getAttribute('aria-label'), s.hasAttribute('inert')])),
            [['1 of 3', true], ['2 of 3', true], ['3 of 3', false]]);
        }
        assert.deepEqual(errors, []);
      });
    }
  });
}
