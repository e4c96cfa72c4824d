// Issue 13's proof in Chromium on seeded data (90 days of events, 500 comments, 50 testimonials): sign in with a
// moderator token, moderate by mouse and by keyboard, bulk approve, undo, the audit list says who
// did what; charts and tables agree with /v1/stats and the CSV with the table; a revoked token is
// refused at once; axe is clean on every view. Screenshots of every view at 1280 and 390 px, light
// and dark, go to .tmp/admin-shots/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launch } from './helpers.js';
import { OWNER, seeded, type Seeded } from './admin-seed.js';

const UNDO_WAIT = 5600;
let browser: Browser;
let site: Seeded;
before(async () => {
  [browser, site] = await Promise.all([launch(), seeded()]);
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function signedIn(token: string, opts: { width?: number; dark?: boolean; locale?: string; csp?: boolean } = {}): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  // axe is injected as an inline script, which the page's CSP forbids: contexts that run axe bypass
  // it; the first test runs the page under its CSP and checks nothing is refused.
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 }, colorScheme: opts.dark ? 'dark' : 'light', locale: opts.locale ?? 'en-GB',
    bypassCSP: !opts.csp,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.url}/admin`);
  await page.getByLabel(/^Token|^Token$/).fill(token);
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await page.locator('smm-admin header').waitFor();
  return { page, context, errors };
}

const api = async <T>(path: string, token = OWNER): Promise<T> => {
  const r = await fetch(`${site.url}/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(r.status, 200, `${path}: ${r.status}`);
  return r.json() as Promise<T>;
};
type AdminComment = { id: string; status: string; createdAt: string; author: { name: string } };
/** The status of a comment or testimonial (`kind:id` as the queue's articles say, or a comment id). */
const statusOf = async (ref: string) => {
  const [kind, id] = ref.includes(':') ? ref.split(':') as [string, string] : ['comment', ref];
  for (const status of ['pending', 'published', 'spam', 'rejected', 'deleted']) {
    const r = await api<Record<string, AdminComment[]>>(`/admin/${kind}s?status=${status}&limit=100`);
    if (r[`${kind}s`]!.some((c) => c.id === id)) return status;
  }
  return 'gone';
};
/** `kind:id` of the queue article. */
const ref = async (a: import('playwright-core').Locator) => `${await a.getAttribute('data-kind')}:${await a.getAttribute('data-id')}`;

const shots = '.tmp/admin-shots';
mkdirSync(shots, { recursive: true });

describe('the admin page', () => {
  test('is served same-origin with a strict CSP; the token stays out of URLs and localStorage', async () => {
    const res = await fetch(`${site.url}/admin`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const { page, context, errors } = await signedIn(site.marta, { csp: true });
    await page.getByText('Signed in as marta').waitFor();
    await page.locator('smm-admin-queue article').first().waitFor();
    await page.getByRole('button', { name: 'Insights' }).click();
    await page.locator('smm-admin-insights rect').first().waitFor();
    assert.doesNotMatch(page.url(), /smm_mod_/);
    const storage = await page.evaluate(() => ({ session: sessionStorage.getItem('smm-admin-token'), local: JSON.stringify({ ...localStorage }) }));
    assert.equal(storage.session, site.marta);
    assert.doesNotMatch(storage.local, /smm_mod_/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a wrong token is refused with a message (the server rate limits guesses: tests/server/moderators.test.ts)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/admin`);
    await page.getByLabel('Token').fill('smm_mod_not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('not valid').waitFor();
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  test('moderate by mouse: approve with undo, then approve for real; the waiting count follows', async () => {
    const { page, context } = await signedIn(site.marta);
    const first = page.locator('smm-admin-queue article').first();
    await first.waitFor();
    const id = (await first.getAttribute('data-id'))!;
    const newest = (await api<{ comments: AdminComment[] }>('/admin/comments?status=pending&limit=1')).comments[0]!;
    assert.equal(id, newest.id, 'newest first');
    const count = async () => Number((await page.locator('.count').textContent())?.replace('+', ''));
    const before = await count();
    await first.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('status').getByText('Approved.').waitFor();
    assert.notEqual(await page.locator('smm-admin-queue article').first().getAttribute('data-id'), id, 'hidden while undoable');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText('Undone.').waitFor();
    assert.equal(await page.locator('smm-admin-queue article').first().getAttribute('data-id'), id);
    await page.waitForTimeout(UNDO_WAIT);
    assert.equal(await statusOf(id), 'pending', 'an undone action is never sent');
    await page.locator(`article[data-id="${id}"]`).getByRole('button', { name: 'Approve' }).click();
    await page.waitForTimeout(UNDO_WAIT);
    assert.equal(await statusOf(id), 'published');
    await page.waitForFunction((n) => {
      const el = document.querySelector('smm-admin')!.shadowRoot!.querySelector('.count');
      return el && Number(el.textContent!.replace('+', '')) === n - 1;
    }, before);
    await context.close();
  });

  test('moderate by keyboard: ? shows the shortcuts, j moves, s marks spam, x + a bulk-approves', async () => {
    const { page, context } = await signedIn(site.marta);
    const articles = page.locator('smm-admin-queue article');
    await articles.first().waitFor();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    assert.deepEqual(await axe(page), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await articles.first().focus();
    await page.keyboard.press('j');
    const second = await ref(articles.nth(1));
    assert.equal(await page.evaluate(() => {
      const a = document.querySelector('smm-admin')!.shadowRoot!.querySelector('smm-admin-queue')!.shadowRoot!.activeElement;
      return `${a?.getAttribute('data-kind')}:${a?.getAttribute('data-id')}`;
    }), second);
    await page.keyboard.press('s');
    await page.getByRole('status').getByText('Marked as spam.').waitFor();
    // Three selected with x, approved together with a.
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const a = articles.nth(i);
      ids.push(await ref(a));
      await a.focus();
      await page.keyboard.press('x');
    }
    await page.getByText('3 selected').waitFor();
    await page.keyboard.press('a');
    await page.getByRole('status').getByText('Approved: 3 items').waitFor();
    await page.waitForTimeout(UNDO_WAIT);
    assert.equal(await statusOf(second), 'spam');
    for (const id of ids) assert.equal(await statusOf(id), 'published', id);
    await context.close();
  });

  test('bulk approve by mouse, and a reply as the site carries the moderator badge', async () => {
    const { page, context } = await signedIn(site.marta);
    const articles = page.locator('smm-admin-queue article');
    await articles.first().waitFor();
    const ids = [];
    for (let i = 0; i < 4; i++) {
      ids.push(await ref(articles.nth(i)));
      await articles.nth(i).getByRole('checkbox').check();
    }
    await page.locator('[data-bulk="approve"]').click();
    await page.waitForTimeout(UNDO_WAIT);
    for (const id of ids) assert.equal(await statusOf(id), 'published');
    // Reply to a published comment, from the published list.
    await page.getByLabel('Kind').selectOption('comment');
    await page.getByLabel('Status').selectOption('published');
    await page.getByRole('button', { name: 'Apply' }).click();
    const target = articles.first();
    await target.waitFor();
    const parent = await target.getAttribute('data-id');
    await target.getByRole('button', { name: 'Reply' }).click();
    await page.getByLabel('Your reply').fill('Thanks for reading!');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByRole('status').getByText('Reply published.').waitFor();
    const published = await api<{ comments: (AdminComment & { parent: string; author: { badge?: string } })[] }>('/admin/comments?status=published&limit=5');
    const reply = published.comments.find((c) => c.parent === parent)!;
    assert.equal(reply.author.badge, 'moderator');
    await context.close();
  });

  test('testimonials share the queue: filter by kind, approve one, its wall and rating shown', async () => {
    const { page, context } = await signedIn(site.marta);
    await page.getByLabel('Kind').selectOption('testimonial');
    await page.getByRole('button', { name: 'Apply' }).click();
    const first = page.locator('smm-admin-queue article[data-kind="testimonial"]').first();
    await first.waitFor();
    assert.equal(await page.locator('smm-admin-queue article[data-kind="comment"]').count(), 0);
    assert.match(await first.innerText(), /wall “main” · rated \d out of 5/);
    const id = (await first.getAttribute('data-id'))!;
    await first.getByRole('button', { name: 'Approve' }).click();
    await page.waitForTimeout(UNDO_WAIT);
    const t = await api<{ testimonials: { id: string }[] }>('/admin/testimonials?status=published&limit=100');
    assert.ok(t.testimonials.some((x) => x.id === id));
    await context.close();
  });

  test('the audit list shows who did what', async () => {
    const { page, context } = await signedIn(OWNER);
    await page.getByRole('button', { name: 'Audit log' }).click();
    const rows = page.locator('smm-admin-audit tbody tr');
    await rows.filter({ hasText: 'marta' }).first().waitFor();
    const text = await page.locator('smm-admin-audit table').innerText();
    assert.match(text, /marta\s+approve\s+comment/);
    assert.match(text, /marta\s+spam\s+comment/);
    assert.match(text, /marta\s+reply\s+comment/);
    assert.match(text, /marta\s+approve\s+testimonial/);
    const log = await api<{ entries: { moderator: string; action: string }[] }>('/admin/audit?limit=200');
    assert.equal(await rows.count(), log.entries.length);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  test('insights: the charts and tables agree with /v1/stats, and each CSV is its table', async () => {
    const { page, context } = await signedIn(site.marta);
    await page.getByRole('button', { name: 'Insights' }).click();
    await page.getByRole('button', { name: 'Last 90 days' }).click();
    const table = page.locator('table[data-table="shares-per-day"]');
    await table.locator('tbody tr').first().waitFor();
    const from = new Date(Date.parse(site.today) - 89 * 864e5).toISOString().slice(0, 10);
    await page.waitForFunction((f) => {
      const i = document.querySelector('smm-admin')!.shadowRoot!.querySelector('smm-admin-insights') as unknown as { stats?: { from: string } };
      return i.stats?.from === f;
    }, from);
    const s = await api<{ totals: Record<string, number>; sharesPerDay: { count: number }[]; networks: { network: string; ratio: number | null; shares: number; visits: number }[]; followsPerNetwork: { network: string; count: number }[]; sharesPerPage: { url: string; count: number }[] }>(
      `/stats?from=${from}&to=${site.today}&limit=10`);
    const root = page.locator('smm-admin-insights');
    // Cards, chart bars and table totals: one sum each.
    assert.equal(await root.locator('[data-total="Shares"]').innerText(), s.totals.share!.toLocaleString('en-GB'));
    const bars = await root.locator('[data-section="shares-per-day"] rect[data-value]').evaluateAll((rs) => rs.reduce((a, r) => a + Number(r.getAttribute('data-value')), 0));
    assert.equal(bars, s.totals.share);
    const tableTotal = await table.locator('tbody tr td:last-child').evaluateAll((tds) => tds.reduce((a, td) => a + Number(td.textContent!.replace(/\D/g, '')), 0));
    assert.equal(tableTotal, s.totals.share);
    // The ratio chart and table say what the API says, network by network.
    const ratios = await root.locator('[data-section="networks"] rect[data-value]').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
    assert.deepEqual(ratios, s.networks.filter((n) => n.ratio !== null).map((n) => n.ratio));
    const follows = await root.locator('table[data-table="follows"] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0]!.textContent, Number(tr.children[1]!.textContent!.replace(/\D/g, ''))]));
    assert.deepEqual(follows, s.followsPerNetwork.map((f) => [f.network, f.count]));
    const top = await root.locator('table[data-table="top-shares"] tbody th').allInnerTexts();
    assert.deepEqual(top, s.sharesPerPage.map((p) => p.url));
    // The first CSV as a real download; Chromium holds back further downloads in a row from one
    // page, so the others are read from the Blob the page hands to the download link.
    const [download] = await Promise.all([page.waitForEvent('download'), root.locator('button[data-csv="shares-per-day"]').click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^smm-shares-per-day-${from}-${site.today}\\.csv$`));
    const csvShares = readFileSync((await download.path())!, 'utf8');
    const csvTotal = csvShares.trim().split('\r\n').slice(1).reduce((a, l) => a + Number(l.split(',').at(-1)), 0);
    assert.equal(csvTotal, s.totals.share);
    await page.evaluate(() => {
      const w = window as unknown as { csv: string[] };
      w.csv = [];
      const make = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob) => { void b.text().then((t) => w.csv.push(t)); return make(b); };
    });
    const ids = ['shares-per-day', 'visits-per-day', 'networks', 'follows', 'top-shares', 'top-visits', 'top-comments', 'content-per-day'];
    for (const [i, id] of ids.entries()) {
      await root.locator(`button[data-csv="${id}"]`).click();
      const text = await page.waitForFunction((n) => (window as unknown as { csv: string[] }).csv[n], i).then((h) => h.jsonValue() as Promise<string>);
      const csv = text.trimEnd().split('\r\n');
      // Every cell of the table, as shown, is in the CSV (numbers without their separators).
      const cells = await root.locator(`table[data-table="${id}"] tbody tr`).evaluateAll((trs) => trs
        .filter((tr) => !tr.querySelector('td[colspan]'))
        .map((tr) => [...tr.children].map((c) => c.textContent!.trim().replace(/(\d),(?=\d{3})/g, '$1').replace(/^—$/, ''))));
      assert.equal(csv.length - 1, cells.length, `${id}: CSV rows = table rows`);
      const head = await root.locator(`table[data-table="${id}"] thead th`).allInnerTexts();
      assert.equal(csv[0], head.map((h) => (/[",]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(','), `${id}: CSV head`);
      for (const [r, row] of cells.entries()) {
        const fields = csv[r + 1]!.split(',');
        assert.deepEqual(fields.map((f) => (/^\d+\.\d+$/.test(f) ? Number(f).toFixed(2) : f)), row, `${id} row ${r}`);
      }
    }
    assert.deepEqual(await axe(page), []);
    // A page's own view from the top-pages table.
    await root.locator('table[data-table="top-shares"] tbody button').first().click();
    await root.getByRole('heading', { name: `Page: ${s.sharesPerPage[0]!.url}` }).waitFor();
    const one = await api<{ totals: Record<string, number> }>(`/stats?from=${from}&to=${site.today}&limit=10&url=${encodeURIComponent(s.sharesPerPage[0]!.url)}`);
    await page.waitForFunction((n) => {
      const el = document.querySelector('smm-admin')!.shadowRoot!.querySelector('smm-admin-insights')!.shadowRoot!.querySelector('[data-total="Shares"]');
      return el?.textContent === n;
    }, one.totals.share!.toLocaleString('en-GB'));
    await context.close();
  });

  test('a revoked token is refused at once: the next request signs the page out', async () => {
    const { page, context } = await signedIn(site.marta);
    await page.locator('smm-admin-queue article').first().waitFor();
    assert.ok(await site.store.revokeModerator('marta', Date.now()));
    const r = await fetch(`${site.url}/v1/admin/me`, { headers: { authorization: `Bearer ${site.marta}` } });
    assert.equal(r.status, 401);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('alert').getByText('not valid').waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('smm-admin-token')), null);
    await context.close();
  });

  test('every view, light and dark, at 1280 and 390 px: axe clean; screenshots saved', async () => {
    for (const width of [1280, 390]) {
      for (const dark of [false, true]) {
        const name = `${width}-${dark ? 'dark' : 'light'}`;
        const signin = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light', bypassCSP: true });
        const p = await signin.newPage();
        await p.goto(`${site.url}/admin`);
        await p.getByLabel('Token').waitFor();
        assert.deepEqual(await axe(p), [], `sign-in ${name}`);
        await p.screenshot({ path: `${shots}/signin-${name}.png`, fullPage: true });
        await signin.close();
        const { page, context, errors } = await signedIn(OWNER, { width, dark });
        await page.locator('smm-admin-queue article').first().waitFor();
        assert.deepEqual(await axe(page), [], `queue ${name}`);
        await page.screenshot({ path: `${shots}/queue-${name}.png`, fullPage: false });
        await page.getByRole('button', { name: 'Insights' }).click();
        await page.locator('smm-admin-insights table[data-table="shares-per-day"] tbody tr').first().waitFor();
        assert.deepEqual(await axe(page), [], `insights ${name}`);
        await page.screenshot({ path: `${shots}/insights-${name}.png`, fullPage: true });
        await page.getByRole('button', { name: 'Audit log' }).click();
        await page.locator('smm-admin-audit tbody tr time').first().waitFor();
        assert.deepEqual(await axe(page), [], `audit ${name}`);
        await page.screenshot({ path: `${shots}/audit-${name}.png`, fullPage: false });
        assert.deepEqual(errors, [], name);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scroll <= width, `no sideways scrolling at ${width} px (${scroll})`);
        await context.close();
      }
    }
  });

  test('Italian: the room speaks Italian to an Italian browser', async () => {
    const { page, context } = await signedIn(OWNER, { locale: 'it-IT' });
    await page.getByRole('button', { name: 'Statistiche' }).waitFor();
    await page.getByRole('button', { name: 'Approva' }).first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'it');
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
});
