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
import { OWNER, seeded, SITE, type Seeded } from './admin-seed.js';

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
/** Posts a comment as a reader would (the form token, then the form's minimum fill time); the status. */
const comment = async (thread: string, body: string) => {
  const list = await (await fetch(`${site.url}/v1/comments?thread=${encodeURIComponent(thread)}`)).json() as { form: string };
  await new Promise((r) => setTimeout(r, 3200));
  const res = await fetch(`${site.url}/v1/comments`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ thread, name: 'Reader', body, form: list.form }),
  });
  return res.status;
};
/** Waits until `ok` holds (what the page sent reaches the server a moment after its click). */
const waitFor = async (ok: () => Promise<boolean>, ms = 8000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await ok()) return;
  assert.fail('timed out');
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
    // The list before Apply is still on screen until the published one has arrived and rendered:
    // wait for that, then hold on to one comment by its id (a poll may re-render the list).
    const listed = page.waitForResponse((r) => r.url().includes('/admin/comments?') && r.url().includes('status=published'));
    await page.getByRole('button', { name: 'Apply' }).click();
    await listed;
    await page.locator('smm-admin-queue .list[aria-busy="false"]').waitFor();
    const parent = await articles.first().getAttribute('data-id');
    const target = page.locator(`smm-admin-queue article[data-id="${parent}"]`);
    await target.getByRole('button', { name: 'Reply' }).click();
    await page.getByLabel('Your reply').fill('Thanks for reading!');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByRole('status').getByText('Reply published.').waitFor();
    const published = await api<{ comments: (AdminComment & { parent: string; body: string; author: { badge?: string } })[] }>('/admin/comments?status=published&limit=5');
    const reply = published.comments.find((c) => c.body === 'Thanks for reading!');
    assert.ok(reply, 'the reply is among the newest published comments');
    assert.equal(reply.parent, parent);
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

  test('settings: a thread set to pre-moderation from the page holds the next comment; closed, it takes none', async () => {
    const { page, context } = await signedIn(site.marta);
    // The queue's "Thread settings" opens the settings of that comment's thread.
    await page.getByLabel('Kind').selectOption('comment');
    await page.getByRole('button', { name: 'Apply' }).click();
    const first = page.locator('smm-admin-queue article[data-kind="comment"]').first();
    await first.waitFor();
    const thread = (await first.locator('.where a').getAttribute('href'))!;
    await first.getByRole('button', { name: 'Thread settings' }).click();
    const settings = page.locator('smm-admin-settings');
    const form = settings.locator('form[data-form="thread"]');
    await form.waitFor();
    assert.equal(await page.getByRole('button', { name: 'Settings', exact: true }).getAttribute('aria-current'), 'page');
    assert.equal(await settings.getByLabel('Thread (page URL)').inputValue(), thread);
    assert.ok(await form.getByRole('radio', { name: /^As the server: a reader’s first comment waits/ }).isChecked(), 'the server\'s mode until set');
    // Published at once first, so that what pre-moderation holds is clearly its doing.
    await form.getByRole('radio', { name: 'Published at once, moderated afterwards' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await settings.getByRole('status').getByText(`Settings of ${thread} saved.`).waitFor();
    assert.equal(await comment(thread, 'Published at once, as the thread says.'), 201);
    await form.getByRole('radio', { name: 'Every comment waits for approval' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await waitFor(async () => (await api<{ thread: { moderation: string } }>(`/admin/threads?thread=${encodeURIComponent(thread)}`)).thread.moderation === 'pre');
    assert.equal(await comment(thread, 'Held for a moderator now.'), 202, 'pre-moderation holds the next comment');
    const held = await api<{ comments: { body: string; status: string }[] }>(`/admin/comments?status=pending&thread=${encodeURIComponent(thread)}`);
    assert.ok(held.comments.some((c) => c.body === 'Held for a moderator now.'));
    // Closed: no comment at all; open again, with the server's mode.
    await form.getByLabel('Closed: readers can no longer comment on this page').check();
    await form.getByRole('button', { name: 'Save' }).click();
    await waitFor(async () => (await api<{ thread: { closed: boolean } }>(`/admin/threads?thread=${encodeURIComponent(thread)}`)).thread.closed);
    assert.equal(await comment(thread, 'Too late.'), 403);
    await form.getByLabel('Closed: readers can no longer comment on this page').uncheck();
    await form.getByRole('radio', { name: /^As the server/ }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await waitFor(async () => {
      const t = (await api<{ thread: { closed: boolean; moderation: string | null } }>(`/admin/threads?thread=${encodeURIComponent(thread)}`)).thread;
      return !t.closed && t.moderation === null;
    });
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  test('bans: banned from the queue, listed in the settings with who, by what and since when, then lifted', async () => {
    const { page, context } = await signedIn(site.marta);
    await page.getByLabel('Kind').selectOption('comment');
    await page.getByRole('button', { name: 'Apply' }).click();
    const first = page.locator('smm-admin-queue article[data-kind="comment"]').first();
    await first.waitFor();
    const name = (await first.locator('h3').innerText()).trim();
    await first.getByRole('button', { name: 'Ban author' }).click();
    await page.waitForTimeout(UNDO_WAIT);
    const bans = (await api<{ bans: { id: string; name: string; ip: boolean; email: boolean; createdAt: string }[] }>('/admin/bans')).bans;
    assert.equal(bans.length, 1);
    assert.equal(bans[0]!.name, name);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const row = page.locator(`smm-admin-settings tr[data-ban="${bans[0]!.id}"]`);
    await row.waitFor();
    await page.locator('smm-admin-settings section[data-section="bans"]').screenshot({ path: `${shots}/bans-1280-light.png` });
    const cells = await row.locator('th, td').allInnerTexts();
    assert.match(cells[0]!, new RegExp(`^${name}\\b`));
    // By what the comment had: its address (posted here) and/or its e-mail (imported ones).
    assert.equal(cells[1], [bans[0]!.ip && 'address', bans[0]!.email && 'e-mail'].filter(Boolean).join(' + '));
    assert.equal(cells[2], new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(bans[0]!.createdAt)));
    assert.deepEqual(await axe(page), []);
    // Lifted by keyboard: the button is named after whom it frees.
    await row.getByRole('button', { name: `Lift ban: ${name}` }).focus();
    await page.keyboard.press('Enter');
    await page.locator('smm-admin-settings').getByRole('status').getByText(`Ban on ${name} lifted.`).waitFor();
    assert.equal((await api<{ bans: unknown[] }>('/admin/bans')).bans.length, 0);
    await page.locator('smm-admin-settings').getByText('Nobody is banned.').waitFor();
    await context.close();
  });

  test('settings: a testimonial wall\'s texts and moderation saved from the page', async () => {
    const { page, context } = await signedIn(site.marta);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const form = page.locator('smm-admin-settings form[data-form="wall"]');
    await form.waitFor();
    await form.getByLabel('Title').fill('What our customers say');
    await form.getByLabel('Introduction').fill('Tell us about the bread.');
    await form.getByLabel('Thank-you message').fill('Thank you! We read every word.');
    await form.getByLabel('Consent wording').fill('may be shown on forno.example');
    await form.getByRole('radio', { name: 'Published at once' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('smm-admin-settings').getByRole('status').getByText('Wall “main” saved.').waitFor();
    const { wall } = await api<{ wall: Record<string, unknown> }>('/admin/walls/main');
    assert.deepEqual(wall, {
      name: 'main', title: 'What our customers say', intro: 'Tell us about the bread.', thanks: 'Thank you! We read every word.',
      consent: 'may be shown on forno.example', moderation: 'post',
    });
    // Emptied texts fall back to the built-in ones (null), and the server's moderation again.
    await form.getByLabel('Introduction').fill('');
    await form.getByRole('radio', { name: 'As the server' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await waitFor(async () => {
      const w = (await api<{ wall: { intro: string | null; moderation: string | null } }>('/admin/walls/main')).wall;
      return w.intro === null && w.moderation === null;
    });
    await context.close();
  });

  test('testimonials: featured and tagged from the queue, by mouse and by keyboard; the wall\'s API says so', async () => {
    const { page, context } = await signedIn(site.marta);
    await page.getByLabel('Kind').selectOption('testimonial');
    await page.getByLabel('Status').selectOption('published');
    await page.getByRole('button', { name: 'Apply' }).click();
    const first = page.locator('smm-admin-queue article[data-kind="testimonial"]').filter({ has: page.locator('.status.published') }).first();
    await first.waitFor();
    const id = (await first.getAttribute('data-id'))!;
    const item = page.locator(`smm-admin-queue article[data-id="${id}"]`);
    const toggle = item.getByRole('button', { name: '★ Featured' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await page.getByRole('status').getByText('Featured.').waitFor();
    await waitFor(async () => (await item.getByRole('button', { name: '★ Featured' }).getAttribute('aria-pressed')) === 'true');
    const pub = async (q: string) => (await (await fetch(`${site.url}/v1/testimonials?wall=main&${q}`)).json()) as { testimonials: { id: string; featured?: true; tags?: string[] }[] };
    assert.equal((await pub('featured=true')).testimonials.find((x) => x.id === id)?.featured, true);
    await item.getByText('★ Featured', { exact: true }).first().waitFor();
    await item.screenshot({ path: `${shots}/featured-1280-light.png` });
    // Tags by mouse.
    await item.getByRole('button', { name: 'Edit tags' }).click();
    await item.getByLabel('Tags').fill('bread, service, bread');
    await item.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Tags saved.').waitFor();
    assert.deepEqual((await pub('tag=bread')).testimonials.find((x) => x.id === id)?.tags, ['bread', 'service']);
    await item.locator('.tags li').first().waitFor();
    assert.deepEqual(await item.locator('.tags li').allInnerTexts(), ['bread', 'service']);
    assert.deepEqual(await axe(page), []);
    // By keyboard: t edits the tags (the field has the focus), f stops featuring.
    await item.focus();
    await page.keyboard.press('t');
    await page.waitForFunction(() => {
      const q = document.querySelector('smm-admin')!.shadowRoot!.querySelector('smm-admin-queue')!.shadowRoot!;
      return (q.activeElement as HTMLInputElement | null)?.name === 'tags';
    });
    await page.keyboard.press('End');
    await page.keyboard.type(', crust');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await api<{ testimonials: { id: string; tags: string[] }[] }>('/admin/testimonials?status=published&limit=100'))
      .testimonials.find((x) => x.id === id)?.tags.join() === 'bread,service,crust');
    await item.focus();
    await page.keyboard.press('f');
    await page.getByRole('status').getByText('No longer featured.').waitFor();
    assert.equal((await pub('featured=true')).testimonials.some((x) => x.id === id), false);
    await context.close();
  });

  test('undo: the live region says how, and the Undo button, reached by keyboard, holds the action until used', async () => {
    const { page, context } = await signedIn(site.marta);
    const articles = page.locator('smm-admin-queue article');
    await articles.first().waitFor();
    const target = await ref(articles.first());
    await articles.first().focus();
    await page.keyboard.press('r');
    const status = page.locator('smm-admin-queue .toast');
    await status.getByText('Rejected. To take it back, press U or Undo within 5 seconds.').waitFor();
    assert.equal(await status.getAttribute('role'), 'status');
    // Tab from the queue's last control reaches Undo; while it has the focus nothing is sent.
    await status.getByRole('button', { name: 'Undo' }).focus();
    await page.screenshot({ path: `${shots}/undo-1280-light.png` });
    await page.waitForTimeout(UNDO_WAIT + 1000);
    assert.equal(await statusOf(target), 'pending', 'held while Undo has the focus');
    await page.keyboard.press('Enter');
    await status.getByText('Undone.').waitFor();
    // The focus goes back to the item, not to the page's body.
    await page.waitForFunction((r) => {
      const a = document.querySelector('smm-admin')!.shadowRoot!.querySelector('smm-admin-queue')!.shadowRoot!.activeElement;
      return `${a?.getAttribute('data-kind')}:${a?.getAttribute('data-id')}` === r;
    }, target);
    await page.waitForTimeout(UNDO_WAIT);
    assert.equal(await statusOf(target), 'pending', 'undone, never sent');
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
        await page.getByRole('button', { name: 'Settings', exact: true }).click();
        const settings = page.locator('smm-admin-settings');
        await settings.getByLabel('Thread (page URL)').fill(`${SITE}/post-1`);
        await settings.getByRole('button', { name: 'Show settings' }).first().click();
        await settings.locator('form[data-form="thread"]').waitFor();
        await settings.locator('form[data-form="wall"]').waitFor();
        await settings.locator('table[data-table="bans"] tbody td, table[data-table="bans"] tbody th').first().waitFor();
        assert.deepEqual(await axe(page), [], `settings ${name}`);
        await page.screenshot({ path: `${shots}/settings-${name}.png`, fullPage: true });
        // The queue's testimonials with their featured mark, tags and the tags form open.
        await page.getByRole('button', { name: 'Moderation' }).click();
        await page.getByLabel('Kind').selectOption('testimonial');
        await page.getByLabel('Status').selectOption('published');
        await page.getByRole('button', { name: 'Apply' }).click();
        const t = page.locator('smm-admin-queue article[data-kind="testimonial"]').filter({ has: page.locator('.status.published') }).first();
        await t.waitFor();
        await t.getByRole('button', { name: 'Edit tags' }).click();
        await t.getByLabel('Tags').waitFor();
        assert.deepEqual(await axe(page), [], `queue testimonials ${name}`);
        await page.screenshot({ path: `${shots}/queue-testimonials-${name}.png`, fullPage: false });
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
    // The settings too: their sections, a wall's form, and what saving it says.
    await page.getByRole('button', { name: 'Impostazioni', exact: true }).click();
    const settings = page.locator('smm-admin-settings');
    for (const name of ['Discussioni dei commenti', 'Blocchi', 'Bacheche delle testimonianze']) await settings.getByRole('heading', { name }).waitFor();
    const form = settings.locator('form[data-form="wall"]');
    await form.waitFor();
    for (const label of ['Titolo', 'Introduzione', 'Messaggio di ringraziamento', 'Testo del consenso']) assert.equal(await form.getByLabel(label).count(), 1, label);
    await form.getByRole('radio', { name: 'Come il server' }).waitFor();
    await form.getByRole('button', { name: 'Salva' }).click();
    await settings.getByRole('status').getByText('Bacheca “main” salvata.').waitFor();
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
});
