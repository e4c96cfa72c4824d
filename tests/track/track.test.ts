// The tracker in a real Chromium against a real server and SQLite file: what reaches the
// database, when it is sent, and everything it must never do.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { sleep, startHarness, trackerBundle, until, type Harness } from './harness.js';

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

declare global {
  interface Window {
    /** Dispatches the elements' real events (tests/track/harness.ts, /fire.js). */
    fire: { share(network: string, url: string): boolean; follow(network: string, url: string): boolean };
    /** The npm entry (/npm.js). */
    smm: typeof import('../../src/track/index.js');
  }
}

const POST = 'https://blog.example/post';
// Reader settings, as page scripts that run first. Strings, not functions: the TS transform may
// add helpers to a function's source that do not exist in the page.
const GPC = "Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true })";
const DNT = "Object.defineProperty(navigator, 'doNotTrack', { get: () => '1' })";

/** A blog page loading the CDN tracker configured by its script tag (or not, or by meta). */
function blogPage(name: string, { tag = `data-endpoint="${h.endpoint}"`, head = '', body = '' } = {}) {
  return h.page(name, `<!doctype html><html><head><title>Post</title>${head}
    <script type="module" src="${h.endpoint}/fire.js"></script>
    <script type="module" src="${h.endpoint}/smm-track.js" ${tag}></script></head>
    <body><h1>Post</h1>${body}</body></html>`);
}

/** A fresh context per test: no shared cookies, storage or cache. */
async function open(url: string, init?: (ctx: BrowserContext) => Promise<unknown>): Promise<{ page: Page; ctx: BrowserContext }> {
  const ctx = await h.browser.newContext();
  await init?.(ctx);
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'fire' in window);
  return { page, ctx };
}

const sent = (from = 0) => h.posts.slice(from).flatMap((p) => JSON.parse(p.body).events as Record<string, unknown>[]);
const reset = async () => {
  await sleep(50);
  h.posts.length = 0;
};

describe('tracker in Chromium', () => {
  test('shares and follows reach the database in one batched text/plain request', async () => {
    await reset();
    const before = await h.totals();
    const { page, ctx } = await open(blogPage('batch'));
    await page.evaluate((url) => {
      const { fire } = window;
      fire.share('x', url);
      fire.follow('github', 'https://github.com/example');
      fire.share('facebook', url);
    }, POST);
    await until('the batch', () => h.posts.length > 0);
    await sleep(1300); // longer than the batching delay: no second request comes
    assert.equal(h.posts.length, 1, 'three events, one request');
    const [post] = h.posts;
    assert.equal(post!.status, 202);
    assert.match(post!.contentType ?? '', /^text\/plain/);
    assert.equal(post!.origin, h.site, 'sent from the page\'s origin to another origin');
    assert.deepEqual(sent().map(({ type, network, url }) => ({ type, network, url })), [
      { type: 'share', network: 'x', url: POST },
      { type: 'follow', network: 'github', url: `${h.site}/p/batch` },
      { type: 'share', network: 'facebook', url: POST },
    ]);
    const after = await h.totals();
    assert.equal(after.share! - before.share!, 2);
    assert.equal(after.follow! - before.follow!, 1);
    assert.deepEqual((await h.store.shareCounts([POST])).get(POST)?.networks, { x: 1, facebook: 1 });
    await ctx.close();
  });

  test('ten events fill a request at once; the rest follow after the delay', async () => {
    await reset();
    const { page, ctx } = await open(blogPage('ten'));
    await page.evaluate((url) => { for (let i = 0; i < 12; i++) window.fire.share('email', `${url}/${i}`); }, POST);
    await until('the first request', () => h.posts.length > 0, 500);
    assert.equal(JSON.parse(h.posts[0]!.body).events.length, 10);
    await until('the second request', () => h.posts.length > 1, 3000);
    assert.equal(JSON.parse(h.posts[1]!.body).events.length, 2);
    await ctx.close();
  });

  test('leaving the page right after a share still delivers it', async () => {
    await reset();
    const { page, ctx } = await open(blogPage('leave'));
    await page.evaluate((url) => window.fire.share('linkedin', `${url}/left`), POST);
    await page.goto('about:blank');
    await until('the event sent on the way out', () => sent().some((e) => e.network === 'linkedin'), 3000);
    assert.ok((await h.store.shareCounts([`${POST}/left`])).get(`${POST}/left`));
    await ctx.close();
  });

  test('fragments never leave the page; the query goes to the endpoint, which keys pages by the parameters that name them', async () => {
    await reset();
    const url = `${blogPage('query')}?id=5&email=reader%40mail.example&utm_campaign=launch&token=secret#section`;
    const { page, ctx } = await open(url);
    await page.evaluate(() => {
      const { fire } = window;
      fire.follow('rss', 'https://blog.example/feed');
      fire.share('x', 'https://blog.example/?p=12&utm_source=x&utm_medium=social&fbclid=abc#top');
      // An & in the path is not a parameter: the path stays whole.
      fire.share('email', 'https://blog.example/q&a?ref=feed&utm_source=email#answers');
      fire.share('reddit', 'https://blog.example/index.php?option=com_content&view=article&id=7');
    });
    await until('the batch', () => h.posts.length > 0, 3000);
    assert.deepEqual(sent().map((e) => e.url), [
      `${h.site}/p/query?id=5&email=reader%40mail.example&utm_campaign=launch&token=secret`,
      'https://blog.example/?p=12&utm_source=x&utm_medium=social&fbclid=abc',
      'https://blog.example/q&a?ref=feed&utm_source=email',
      'https://blog.example/index.php?option=com_content&view=article&id=7',
    ]);
    assert.doesNotMatch(h.posts[0]!.body, /#/);
    // What is stored: page keys, without tracking parameters or secrets.
    const s = await h.store.stats({ from: '2000-01-01', to: '2100-01-01', limit: 100 });
    const keys = s.sharesPerPage.map((p) => p.url);
    for (const k of ['https://blog.example/?p=12', 'https://blog.example/q&a', 'https://blog.example/index.php?id=7&option=com_content&view=article']) {
      assert.ok(keys.includes(k), `${k} in ${keys.join(' ')}`);
    }
    assert.doesNotMatch(JSON.stringify(s), /secret|reader|fbclid|utm_|#/);
    await ctx.close();
  });

  test('a reader arriving from a shared link is recorded once as a visit from that network', async () => {
    await reset();
    const before = await h.store.stats({ from: '2000-01-01', to: '2100-01-01', limit: 100 });
    const visits = (s: typeof before) => s.visitsPerNetwork.find((v) => v.network === 'facebook')?.count ?? 0;
    const { page, ctx } = await open(`${blogPage('landing')}?utm_source=facebook&utm_medium=social&utm_campaign=smm`);
    await until('the visit', () => h.posts.length > 0, 2000);
    // The tracker sends no network: the server credits the visit to the URL's utm_source.
    assert.deepEqual(sent().map(({ type, network, url }) => ({ type, network, url })), [
      { type: 'visit', network: undefined, url: `${h.site}/p/landing?utm_source=facebook&utm_medium=social&utm_campaign=smm` },
    ]);
    assert.equal(h.posts[0]!.status, 202);
    await page.reload();
    await page.waitForFunction(() => 'fire' in window);
    await page.goto('about:blank');
    await page.goBack();
    await sleep(1200);
    assert.equal(h.posts.length, 1, 'a reload or going back is not a new visit');
    const after = await h.store.stats({ from: '2000-01-01', to: '2100-01-01', limit: 100 });
    assert.equal(visits(after) - visits(before), 1);
    assert.ok(after.visitsPerPage.some((v) => v.url === `${h.site}/p/landing`));
    await ctx.close();
  });

  test('utm without utm_medium=social (a newsletter, an ad) is not a visit', async () => {
    await reset();
    const { ctx } = await open(`${blogPage('newsletter')}?utm_source=x&utm_medium=email`);
    await sleep(1200);
    assert.equal(h.posts.length, 0);
    await ctx.close();
  });

  test('a visit from an unknown utm_source is refused alone: the page\'s shares still count', async () => {
    await reset();
    const before = await h.totals();
    const { page, ctx } = await open(`${blogPage('unknown-source')}?utm_source=newsletter42&utm_medium=social`);
    await until('the visit', () => h.posts.length > 0, 2000);
    assert.equal(h.posts[0]!.status, 400);
    assert.match(h.posts[0]!.response, /unknown network \\"newsletter42\\" in utm_source/);
    await page.evaluate((url) => window.fire.share('telegram', url), POST);
    await until('the share', () => h.posts.length > 1, 3000);
    assert.equal(h.posts[1]!.status, 202);
    const after = await h.totals();
    assert.equal(after.visit! - before.visit!, 0);
    assert.equal(after.share! - before.share!, 1);
    await ctx.close();
  });

  test('Global Privacy Control: nothing is sent, not even a visit', async () => {
    await reset();
    const { page, ctx } = await open(`${blogPage('gpc')}?utm_source=x&utm_medium=social`, (c) =>
      c.addInitScript(GPC));
    await page.evaluate((url) => window.fire.share('x', url), POST);
    await page.goto('about:blank');
    await sleep(1200);
    assert.equal(h.posts.length, 0);
    await ctx.close();
  });

  test('Do Not Track is honoured with data-respect-dnt, and only then', async () => {
    const dnt = (c: BrowserContext) => c.addInitScript(DNT);
    await reset();
    const respect = await open(blogPage('dnt-on', { tag: `data-endpoint="${h.endpoint}" data-respect-dnt` }), dnt);
    await respect.page.evaluate((url) => window.fire.share('x', url), POST);
    await respect.page.goto('about:blank');
    await sleep(1200);
    assert.equal(h.posts.length, 0, 'opted in to DNT: nothing');
    await respect.ctx.close();

    // Configured by <meta>, the smm script tag still carries the reader's choice.
    const meta = await open(blogPage('dnt-meta', { tag: 'data-respect-dnt', head: `<meta name="smm:endpoint" content="${h.endpoint}">` }), dnt);
    await meta.page.evaluate((url) => window.fire.share('x', url), POST);
    await meta.page.goto('about:blank');
    await sleep(1200);
    assert.equal(h.posts.length, 0, 'meta endpoint, data-respect-dnt on the tag: nothing');
    await meta.ctx.close();

    const ignore = await open(blogPage('dnt-off'), dnt);
    await ignore.page.evaluate((url) => window.fire.share('x', url), POST);
    await until('the share', () => h.posts.length > 0, 3000);
    await ignore.ctx.close();
  });

  test('no cookies, no storage, no identifiers', async () => {
    await reset();
    const { page, ctx } = await open(`${blogPage('privacy')}?utm_source=x&utm_medium=social`);
    await page.evaluate((url) => window.fire.share('x', url), POST);
    await until('the share', () => sent().some((e) => e.type === 'share'), 3000);
    assert.deepEqual(await ctx.cookies(), []);
    const storage = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0, idb: 0 });
    for (const e of sent()) assert.deepEqual(Object.keys(e).sort(), ['network', 'ref', 'type', 'url'].filter((k) => k in e).sort());
    await ctx.close();
  });

  test('without an endpoint it stays idle: no request at all', async () => {
    await reset();
    const ctx = await h.browser.newContext();
    const page = await ctx.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.goto(`${blogPage('idle', { tag: '' })}?utm_source=x&utm_medium=social`);
    await page.waitForFunction(() => 'fire' in window);
    await page.evaluate((url) => { window.fire.share('x', url); window.fire.follow('rss', url); }, POST);
    await sleep(1200);
    await page.goto('about:blank');
    assert.deepEqual(requests.filter((r) => !r.endsWith('.js') && !r.includes('/p/idle') && !r.includes('about:blank')), []);
    assert.equal(h.posts.length, 0);
    await ctx.close();
  });

  test('URLs the server would refuse are never queued, so they cannot sink the batch', async () => {
    await reset();
    const { page, ctx } = await open(blogPage('refused'));
    const at = (n: number) => `${POST}/${'a'.repeat(n - POST.length - 1)}`;
    const ok = at(999);
    await page.evaluate(([ok, long]) => {
      const { fire } = window;
      fire.share('x', 'javascript:alert(1)');
      fire.share('x', 'ftp://blog.example/post');
      fire.share('x', long!);
      fire.share('facebook', ok!);
      fire.share('reddit', 'https://blog.example/post');
    }, [ok, at(1000)]);
    await until('the batch', () => h.posts.length > 0, 3000);
    assert.equal(h.posts[0]!.status, 202);
    assert.deepEqual(sent().map((e) => [e.network, (e.url as string).length]), [['facebook', 999], ['reddit', 25]]);
    await ctx.close();
  });

  test('when sendBeacon refuses, fetch(keepalive) delivers; a failed fetch is no unhandled rejection', async () => {
    await reset();
    const noBeacon = (c: BrowserContext) => c.addInitScript(
      "Navigator.prototype.sendBeacon = () => false; addEventListener('unhandledrejection', (e) => { window.rejected = String(e.reason); })");
    const { page, ctx } = await open(blogPage('fetch'), noBeacon);
    await page.evaluate((url) => window.fire.share('x', url), POST);
    await until('the fetch', () => h.posts.length > 0, 3000);
    assert.equal(h.posts[0]!.status, 202);
    assert.match(h.posts[0]!.contentType ?? '', /^text\/plain/);
    await ctx.close();

    // Nothing listens on port 9 (discard): the fetch fails.
    const down = await open(blogPage('fetch-down', { tag: 'data-endpoint="http://127.0.0.1:9"' }), noBeacon);
    const errors: string[] = [];
    down.page.on('pageerror', (e) => errors.push(e.message));
    await down.page.evaluate((url) => window.fire.share('x', url), POST);
    await sleep(1500);
    assert.deepEqual(errors, []);
    assert.equal(await down.page.evaluate(() => (window as { rejected?: string }).rejected), undefined);
    await down.ctx.close();
  });

  test('configured page-wide by <meta name="smm:endpoint">', async () => {
    await reset();
    const { page, ctx } = await open(blogPage('meta', { tag: '', head: `<meta name="smm:endpoint" content="${h.endpoint}/">` }));
    await page.evaluate((url) => window.fire.share('bluesky', url), POST);
    await until('the share', () => sent().some((e) => e.network === 'bluesky'), 3000);
    assert.equal(h.posts[0]!.status, 202, 'a trailing slash on the endpoint is fine');
    await ctx.close();
  });

  test('the script tag\'s endpoint wins over the page-wide <meta>', async () => {
    await reset();
    const { page, ctx } = await open(blogPage('tag-wins', { head: '<meta name="smm:endpoint" content="https://elsewhere.invalid">' }));
    await page.evaluate((url) => window.fire.share('tumblr', url), POST);
    await until('the share', () => sent().some((e) => e.network === 'tumblr'), 3000);
    await ctx.close();
  });

  test('a share vetoed by the page (preventDefault) is not counted', async () => {
    await reset();
    const { page, ctx } = await open(blogPage('veto', {
      body: '<script>document.addEventListener("smm-share", (e) => { if (e.detail.network === "vk") e.preventDefault(); });</script>',
    }));
    // A veto from a listener on window added after the tracker's own is seen too.
    await page.evaluate(() => addEventListener('smm-share', (e) => { if (e.detail.network === 'line') e.preventDefault(); }));
    await page.evaluate((url) => { window.fire.share('vk', url); window.fire.share('line', url); window.fire.share('xing', url); }, POST);
    await until('the batch', () => h.posts.length > 0, 3000);
    assert.deepEqual(sent().map((e) => e.network), ['xing']);
    await ctx.close();
  });

  test('loaded twice (smm.js and smm-track.js on one page), events are still sent once', async () => {
    await reset();
    const { page, ctx } = await open(blogPage('twice', {
      head: `<script type="module" src="${h.endpoint}/smm-track.js?copy=2" data-endpoint="${h.endpoint}"></script>`,
    }));
    await page.evaluate((url) => window.fire.share('reddit', url), POST);
    await until('the share', () => h.posts.length > 0, 3000);
    await sleep(1200);
    assert.equal(sent().filter((e) => e.network === 'reddit').length, 1);
    await ctx.close();
  });

  test('npm entry: nothing on import; init() starts it; track() and flush() for custom calls', async () => {
    await reset();
    const ctx = await h.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(h.page('npm', `<!doctype html><title>npm</title>
      <script type="module" src="${h.endpoint}/fire.js"></script>
      <script type="module" src="${h.endpoint}/npm.js"></script>`));
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.waitForFunction(() => 'fire' in window && 'smm' in window);
    await page.evaluate((url) => window.fire.share('x', url), POST);
    await page.evaluate(() => window.smm.flush());
    await sleep(300);
    assert.equal(h.posts.length, 0, 'no listener before init()');
    const started = await page.evaluate((endpoint) => {
      const { smm } = window;
      const ok = smm.init({ endpoint });
      smm.track({ type: 'share', network: 'email' });
      smm.track({ type: 'comment' });
      smm.track({ type: 'share', network: 'x', url: 'other?utm_source=x&id=7' });
      smm.track({ type: 'share', network: 'x', url: 'https://[bad' });
      smm.flush();
      return ok;
    }, h.endpoint);
    assert.equal(started, true);
    await until('the custom events', () => h.posts.length > 0, 1000);
    assert.deepEqual(sent().map(({ type, network, url }) => ({ type, network, url })), [
      { type: 'share', network: 'email', url: `${h.site}/p/npm` },
      { type: 'comment', network: undefined, url: `${h.site}/p/npm` },
      { type: 'share', network: 'x', url: `${h.site}/p/other?utm_source=x&id=7` },
    ]);
    assert.deepEqual(warnings, ['smm-kit track(): "https://[bad" is not a URL; event not sent']);
    assert.equal(h.posts[0]!.status, 202);
    await ctx.close();
  });

  test('npm entry: init() answers false under GPC', async () => {
    const ctx = await h.browser.newContext();
    await ctx.addInitScript(GPC);
    const page = await ctx.newPage();
    await page.goto(h.page('npm-gpc', `<!doctype html><title>npm</title><script type="module" src="${h.endpoint}/npm.js"></script>`));
    await page.waitForFunction(() => 'smm' in window);
    assert.equal(await page.evaluate((endpoint) => window.smm.init({ endpoint }), h.endpoint), false);
    await ctx.close();
  });
});

test('the CDN tracker (dist/cdn/smm-track.js as built): small, no Lit, never touches cookies or storage', async () => {
  const js = await trackerBundle();
  const gz = gzipSync(js, { level: 9 }).length;
  console.log(`# smm-track.js: ${js.length} B minified, ${gz} B gzip -9`);
  // The budget: 600 B, with every behaviour above.
  assert.ok(gz <= 600, `smm-track.js is ${gz} B gzip`);
  assert.doesNotMatch(js, /lit-html|LitElement|localStorage|sessionStorage|document\.cookie|indexedDB/);
});
