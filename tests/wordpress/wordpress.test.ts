// The WordPress plugin for real: Debian's WordPress on a throwaway MariaDB, the plugin installed
// from the built zip through Plugins → Add New → Upload, posts written as Administrator, Editor,
// Author and Contributor in each form the README offers, opened in Chromium, shared, and counted
// by a real smm-kit server (dist/server/cli.js) under plain and pretty permalinks; the comment wall
// in place of the theme's comments, anonymous and as a logged-in user with a signed identity, and a
// testimonial wall with its form.
// Run by `npm test` (scripts/test.mjs) after the build; skipped with a message when Debian's
// packages are missing (a failure on CI, which installs them).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error plain JS helpers shared with the scripts
import { findChrome, chromeArgs } from '../../scripts/chrome.mjs';
// @ts-expect-error plain JS, also used by scripts/test.mjs
import { freeAddress, startWordPress, wordpressMissing } from './wp.mjs';

// Addresses of this run's own (tests/wordpress/wp.mjs freeAddress()), so runs in several worktrees
// at once do not collide.
let SMM: string;
const ADMIN = { user: 'admin', pass: 'Adm1n-pass-smm-kit' };
// The endpoint's SMM_IDENTITY_SECRET, typed into the plugin's settings too; and its admin token.
const SECRET = 'wp-identity-secret-0123456789abcdef-0123456789';
const SMM_ADMIN = 'wp-test-admin-token-0123456789';
const SHOTS = '.tmp/wordpress';

interface WordPress {
  url: string;
  logs: string[];
  php(script: string, args?: string[]): unknown;
  stop(): Promise<void>;
}

const missing: string = wordpressMissing();
if (missing) console.log(`# WordPress integration skipped: ${missing}`);

let wp: WordPress;
let smm: ChildProcess | undefined;
/** What the endpoint said on stderr, shown if it stops before the end. */
const smmLog: string[] = [];
let browser: Browser;
let admin: BrowserContext;
let dir: string;

const cmd = (command: string, arg?: unknown) =>
  wp.php('wp.php', arg === undefined ? [command] : [command, typeof arg === 'string' ? arg : JSON.stringify(arg)]);

async function until<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A user wp.php made for `role`: `author1`, password `Pass-author-smm-kit`. */
const user = (role: string) => ({ user: `${role}1`, pass: `Pass-${role}-smm-kit` });

/** Signs `page` in through wp-login.php, as a reader would. */
async function logIn(page: Page, who: { user: string; pass: string }): Promise<void> {
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', who.user);
  await page.fill('#user_pass', who.pass);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
}

/** A page in a fresh context, with its uncaught errors and the URLs it asked for. */
async function visit(): Promise<{ ctx: BrowserContext; page: Page; errors: string[]; seen: string[] }> {
  const ctx = await context();
  const page = await ctx.newPage();
  const errors: string[] = [];
  const seen: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => seen.push(r.url()));
  return { ctx, page, errors, seen };
}

/** A context that reaches only the test's own servers: share links to x.com and friends go nowhere. */
async function context(): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await ctx.route(/^https?:\/\/(?!127\.)/, (r) => r.abort());
  return ctx;
}

/** The share bars of a page: for each, its language, its bar label and its links. */
async function bars(page: Page) {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('smm-share')];
    return all.length > 0 && all.every((e) => e.shadowRoot?.querySelector('a[part~="button"]'));
  }, undefined, { timeout: 15000 });
  return page.evaluate(() => [...document.querySelectorAll('smm-share')].map((e) => ({
    auto: !!e.closest('.smm-kit-auto'),
    label: e.shadowRoot!.querySelector('[part~="bar"]')!.getAttribute('aria-label'),
    links: Object.fromEntries([...e.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="button"]')]
      .map((a) => [a.getAttribute('part')!.split(' ')[1], a.href])),
  })));
}

async function counts(...urls: string[]): Promise<number[]> {
  const res = await fetch(`${SMM}/v1/counts?${urls.map((u) => `url=${encodeURIComponent(u)}`).join('&')}`);
  return ((await res.json()) as { counts: { total: number }[] }).counts.map((c) => c.total);
}

/** Clicks the X button of the post's own (first, in-content) bar `times` times. */
async function shareOnX(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.locator('.entry-content smm-share, .wp-block-post-content smm-share').first().locator('a[part~="x"]').click();
  }
  // Hidden pages send at once; the tracker's own delay is a second.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

describe('WordPress plugin', { skip: missing || undefined }, () => {
  before(async () => {
    const build = spawnSync('node', ['scripts/build-wordpress.mjs'], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    dir = mkdtempSync(join(tmpdir(), 'smm-wp-endpoint-'));
    const site = await freeAddress();
    const endpoint = await freeAddress();
    SMM = `http://${endpoint.host}:${endpoint.port}`;
    // Comments published at once (no moderation queue in the way of the test), signed identities
    // accepted with the secret the plugin is given below.
    smm = spawn('node', ['dist/server/cli.js', 'serve', '--db', join(dir, 'smm.db'), '--host', endpoint.host, '--port', String(endpoint.port),
      '--origin', `http://${site.host}:${site.port}`, '--rate-limit', '0', '--moderation', 'post'], {
      stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SMM_IDENTITY_SECRET: SECRET, SMM_ADMIN_TOKEN: SMM_ADMIN },
    });
    smm.stderr!.on('data', (d) => smmLog.push(String(d)));
    wp = await startWordPress(site);
    const install = await fetch(`${wp.url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({ weblog_title: 'Trattoria smm-kit', user_name: ADMIN.user, admin_password: ADMIN.pass,
        admin_password2: ADMIN.pass, pw_weak: 'on', admin_email: 'admin@blog.example', blog_public: '0', language: '' }),
    });
    assert.match(await install.text(), /<h1>Success!<\/h1>/, 'WordPress installs');
    // The writers, and the site in Italian: the bars must speak the site's language.
    assert.deepEqual(cmd('users'), [['administrator', true], ['editor', true], ['author', false], ['contributor', false]]);
    cmd('option', { name: 'WPLANG', value: 'it_IT' });
    await until('the smm-kit server', async () => (await fetch(`${SMM}/healthz`)).ok);
    browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
    admin = await context();
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    if (smm && smm.exitCode !== null) console.log(`# the smm-kit server stopped early (${smm.exitCode}):\n${smmLog.join('').replace(/^/gm, '# ')}`);
    await browser?.close();
    await wp?.stop();
    smm?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('every PHP file of the plugin passes php -l', () => {
    const list = spawnSync('find', ['integrations/wordpress', 'tests/wordpress', '-name', '*.php'], { encoding: 'utf8' }).stdout.trim().split('\n');
    assert.ok(list.length >= 8, list.join(' '));
    for (const f of list) {
      const r = spawnSync('php', ['-l', f], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${f}: ${r.stdout}${r.stderr}`);
    }
  });

  test('the plugin\'s lists of networks and attributes are the elements\' own', async () => {
    const r = spawnSync('php', ['-r', `define('ABSPATH', '/'); function add_shortcode() {} function add_filter() {}
      require 'integrations/wordpress/smm-kit/includes/settings.php';
      require 'integrations/wordpress/smm-kit/includes/markup.php';
      echo json_encode([smm_kit_networks(), smm_kit_profiles(), array_map('array_keys', smm_kit_element_attributes())]);`], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const [networks, profiles, attributes] = JSON.parse(r.stdout) as [string[], string[], Record<string, string[]>];
    const ids = await import('../../src/shared/network-ids.js');
    assert.deepEqual(networks, [...ids.SHARE_NETWORKS, ...ids.SHARE_ACTIONS]);
    assert.deepEqual(profiles, [...ids.FOLLOW_NETWORKS]);
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
    for (const [tag, names] of Object.entries(attributes)) {
      const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
      const known = new Set(decl?.attributes?.map((a) => a.name));
      assert.deepEqual(names.filter((n) => !known.has(n)), [], `${tag}: attributes the element does not have`);
    }
  });

  const forms = {
    element: '<smm-share networks="x,facebook" layout="vertical"></smm-share>',
    placeholder: '<div data-smm="share" data-networks="x,facebook" data-layout="vertical"></div>',
    follow: '<div data-smm="follow" data-profiles="github:example"></div>',
  };

  test('without the plugin, kses strips <smm-share> for Authors and Contributors; every role keeps the data-smm placeholder', () => {
    const saved = cmd('kses', forms) as Record<string, Record<string, string>>;
    for (const role of ['administrator', 'editor']) assert.equal(saved[role]!.element, forms.element, role);
    for (const role of ['author', 'contributor']) assert.equal(saved[role]!.element, '', `${role}: the element is removed`);
    for (const role of Object.keys(saved)) {
      assert.equal(saved[role]!.placeholder, forms.placeholder, `${role} keeps the placeholder`);
      assert.equal(saved[role]!.follow, forms.follow, `${role} keeps the follow placeholder`);
    }
  });

  test('installs from the built zip (Plugins → Add New → Upload) and saves its settings through the nonce-checked form', async () => {
    const page = await admin.newPage();
    await logIn(page, ADMIN);
    await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', 'dist/wordpress/smm-kit.zip');
    await Promise.all([page.waitForURL(/update\.php/), page.click('#install-plugin-submit')]);
    await Promise.all([page.waitForURL(/plugins\.php/), page.click('a[href*="action=activate"]')]);
    assert.ok(await page.locator('tr[data-slug="smm-kit"].active').count(), 'active');

    await page.goto(`${wp.url}/wp-admin/options-general.php?page=smm-kit`);
    await page.check('input[name="smm_kit[endpoint_mode]"][value="url"]');
    await page.fill('#smm_kit_endpoint_url', SMM);
    await page.check('#smm_kit_counts');
    await page.fill('#smm_kit_networks', 'x, facebook, email, bogus, copy');
    await page.check('input[name="smm_kit[auto_where][]"][value="after"]');
    await page.fill('#smm_kit_profiles', 'github: example\nrss: /?feed=rss2\nmyspace: nobody');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    assert.equal(await page.inputValue('#smm_kit_networks'), 'x,facebook,email,copy', 'unknown networks are dropped');
    assert.equal(await page.inputValue('#smm_kit_endpoint_url'), SMM);
    await page.screenshot({ path: `${SHOTS}/settings.png`, fullPage: true });

    // The same form without its nonce is refused.
    const forged = await page.request.post(`${wp.url}/wp-admin/options.php`, {
      form: { option_page: 'smm_kit', action: 'update', 'smm_kit[networks]': 'x' },
    });
    assert.notEqual(forged.status(), 200);
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=smm-kit`);
    assert.equal(await page.inputValue('#smm_kit_networks'), 'x,facebook,email,copy');
    await page.close();
  });

  test('an administrator who reads Italian gets the settings page in Italian (languages/smm-kit-it_IT.mo)', async () => {
    assert.equal(cmd('locale', { role: 'administrator', locale: 'it_IT' }), 'it_IT');
    const page = await admin.newPage();
    try {
      await page.goto(`${wp.url}/wp-admin/options-general.php?page=smm-kit`);
      for (const heading of ['Barra di condivisione', 'Commenti e testimonianze']) await page.getByRole('heading', { name: heading }).waitFor();
      assert.equal(await page.getByText('Dove si trova', { exact: true }).count(), 1);
      assert.equal(await page.getByLabel('Segreto d\'identità').count(), 1);
      assert.equal(await page.getByText('Where it runs').count(), 0, 'no English left where Italian exists');
      await page.screenshot({ path: `${SHOTS}/settings-italian.png`, fullPage: true });
    } finally {
      await page.close();
      cmd('locale', { role: 'administrator', locale: 'en_US' });
    }
  });

  test('an Author finds the blocks in the block editor, named in the site\'s language, inserts one, and its card shows the site\'s networks', async () => {
    const { ctx, page, errors } = await visit();
    await logIn(page, user('author'));
    await page.goto(`${wp.url}/wp-admin/post-new.php`);
    type WpGlobal = { blocks: { getBlockType(n: string): { title: string } | undefined; createBlock(n: string, a: object): unknown }; data: { dispatch(s: string): { insertBlocks(b: unknown): void } } };
    const titles = await until('the blocks registered', () => page.evaluate(() => {
      const { wp } = window as unknown as { wp?: WpGlobal };
      const types = ['share', 'follow', 'testimonials', 'testimonial-form'].map((n) => wp?.blocks?.getBlockType(`smm-kit/${n}`));
      return types.every(Boolean) ? types.map((t) => t!.title) : undefined;
    }), 30000);
    // The site speaks Italian, and so do the blocks (languages/smm-kit-it_IT-smm-kit-blocks.json).
    assert.deepEqual(titles, ['Pulsanti di condivisione', 'Pulsanti per seguire', 'Testimonianze', 'Modulo per le testimonianze']);
    await page.evaluate(() => {
      const { wp } = window as unknown as { wp: WpGlobal };
      wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('smm-kit/share', {}));
    });
    // The editor canvas may be an iframe (block themes): look in every frame.
    const card = await until('the block\'s card', async () => {
      for (const f of page.frames()) {
        const text = await f.locator('.components-placeholder').first().textContent({ timeout: 500 }).catch(() => null);
        if (text) return text;
      }
      return undefined;
    });
    assert.match(card, /Pulsanti di condivisione/);
    assert.match(card, /x,facebook,email,copy/);
    await page.screenshot({ path: `${SHOTS}/editor-author.png` });
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('with the plugin, every role keeps <smm-share> and its attributes, and javascript: URLs still go', () => {
    const saved = cmd('kses', { ...forms, hostile: '<smm-share url="javascript:alert(1)" onclick="alert(1)"></smm-share>' }) as Record<string, Record<string, string>>;
    for (const role of Object.keys(saved)) {
      assert.equal(saved[role]!.element, forms.element, role);
      assert.equal(saved[role]!.placeholder, forms.placeholder, role);
    }
    for (const role of ['author', 'contributor']) {
      assert.doesNotMatch(saved[role]!.hostile!, /javascript:|onclick/, role);
    }
  });

  const posts: { role: string; form: string; content: string; id?: number }[] = [
    { role: 'administrator', form: 'Custom HTML', content: '<!-- wp:html -->\n<smm-share networks="x,facebook"></smm-share>\n<!-- /wp:html -->' },
    { role: 'editor', form: 'shortcode', content: '<!-- wp:paragraph --><p>Ricetta.</p><!-- /wp:paragraph -->\n<!-- wp:shortcode -->\n[smm_share networks="x,email"]\n<!-- /wp:shortcode -->\n<!-- wp:shortcode -->\n[smm_follow]\n<!-- /wp:shortcode -->' },
    { role: 'author', form: 'block', content: '<!-- wp:smm-kit/share {"networks":"x,linkedin","variant":"outline"} /-->' },
    { role: 'author', form: 'plain HTML', content: '<!-- wp:html -->\n<div data-smm="share" data-networks="x,telegram"></div>\n<!-- /wp:html -->' },
    { role: 'contributor', form: 'Custom HTML', content: '<!-- wp:html -->\n<smm-share networks="x,whatsapp"></smm-share>\n<!-- /wp:html -->' },
  ];

  for (const structure of ['', '/%postname%/']) {
    const kind = structure ? 'pretty' : 'plain';
    test(`${kind} permalinks: each post's bars link to its own URL, speak the site's language, and count its own shares`, async () => {
      cmd('permalinks', structure);
      for (const p of posts) {
        p.id ??= (cmd('post', { role: p.role, title: `${p.form} by ${p.role}`, content: p.content }) as { id: number }).id;
      }
      const links = cmd('links', posts.map((p) => p.id)) as string[];
      for (const link of links) assert.match(link, structure ? /\/[a-z-]+\/$/ : /\/\?p=\d+$/);
      const ctx = await context();
      for (const [i, p] of posts.entries()) {
        const page = await ctx.newPage();
        const errors: string[] = [];
        const elsewhere: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('request', (r) => !r.url().startsWith('http://127.') && elsewhere.push(r.url()));
        await page.goto(links[i]!);
        const found = await bars(page);
        // Gravatar and friends are WordPress's; the plugin's page loads nothing from another host.
        assert.deepEqual(elsewhere.filter((u) => !/gravatar\.com|wp\.com/.test(u)), [], 'no request leaves the site before a click');
        assert.equal(found.length, 2, `${p.form} by ${p.role}: the writer's bar and the automatic one after the content`);
        const own = `https://x.com/intent/post?`;
        for (const bar of found) {
          assert.equal(bar.label, 'Condividi', 'the site locale (it_IT) reaches the bar');
          assert.ok(bar.links.x?.startsWith(own) || bar.links.x?.includes('x.com'), JSON.stringify(bar.links));
          assert.ok(bar.links.x!.includes(encodeURIComponent(links[i]!)), `${p.form} by ${p.role}: ${bar.links.x} shares ${links[i]}`);
        }
        const writer = found.find((b) => !b.auto)!;
        assert.deepEqual(Object.keys(writer.links), p.content.match(/networks"?[=:]"([a-z,]+)"/)![1]!.split(','));
        assert.deepEqual(Object.keys(found.find((b) => b.auto)!.links), ['x', 'facebook', 'email'], 'the settings\' networks (copy is a button)');
        if (p.form === 'shortcode') {
          await page.waitForFunction(() => document.querySelector('smm-follow')?.shadowRoot?.querySelector('a[href="https://github.com/example"]'));
        }
        if (i === 0) await page.screenshot({ path: `${SHOTS}/post-${kind}.png`, fullPage: true });
        // Shares: the first post twice, the second once, the others not at all.
        if (i < 2) await shareOnX(page, 2 - i);
        assert.deepEqual(errors, []);
        await page.close();
      }
      const expected = posts.map((_, i) => (i === 0 ? 2 : i === 1 ? 1 : 0));
      await until(`counts ${expected} for ${links.join(' ')}`, async () =>
        JSON.stringify(await counts(...links)) === JSON.stringify(expected));
      // The home page shares nothing with them (plain permalinks used to give every post its key).
      assert.deepEqual(await counts(`${wp.url}/`), [0]);
      await ctx.close();
    });
  }

  test('the counts appear on the post\'s own bar', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const [link] = cmd('links', [posts[0]!.id]) as string[];
    await page.goto(link!);
    const shown = await until('the count on the X button', () => page.evaluate(() =>
      document.querySelector('.smm-kit-auto smm-share')?.shadowRoot?.querySelector('[part~="count"]')?.textContent?.trim()));
    assert.match(shown, /2/);
    await page.screenshot({ path: `${SHOTS}/post-counts.png`, fullPage: true });
    await ctx.close();
  });

  test('a classic theme gets the same: smm.js as a module in <head>, and the bars in the post', async () => {
    assert.equal(cmd('theme', 'smm-classic'), 'smm-classic');
    try {
      const ctx = await context();
      const page = await ctx.newPage();
      const [link] = cmd('links', [posts[2]!.id]) as string[];
      await page.goto(link!);
      assert.equal(await page.locator('head script[type="module"][src*="/wp-content/plugins/smm-kit/assets/smm.js"]').count(), 1);
      assert.equal(await page.locator('html').getAttribute('lang'), 'it-IT');
      const found = await bars(page);
      assert.equal(found.length, 2);
      for (const bar of found) assert.ok(bar.links.x!.includes(encodeURIComponent(link!)), bar.links.x);
      await page.screenshot({ path: `${SHOTS}/post-classic.png`, fullPage: true });
      await ctx.close();
    } finally {
      cmd('theme', 'twentytwentythree');
    }
  });

  // ── Comments and testimonials ────────────────────────────────────────────────────────────────
  const wallLink: { post?: string; id?: number } = {};
  const commentsChunk = /\/wp-content\/plugins\/smm-kit\/assets\/chunks\/smm-smm-comments-[\w-]+\.js$/;
  const testimonialsChunk = /\/wp-content\/plugins\/smm-kit\/assets\/chunks\/smm-smm-testimonials-[\w-]+\.js$/;

  /**
   * fetch() to the endpoint from the test itself, tried once more when the pooled connection it
   * reused had just been closed by the server's keep-alive timeout (undici: "other side closed";
   * seen once between two tests several seconds apart). The browser's requests are not retried.
   */
  async function api(url: string, init?: RequestInit): Promise<Response> {
    try {
      return await fetch(url, init);
    } catch (err) {
      const code = ((err as Error).cause as { code?: string } | undefined)?.code ?? '';
      if (!/^(UND_ERR_SOCKET|ECONNRESET|EPIPE)$/.test(code)) throw err;
      return fetch(url, init);
    }
  }

  /** The thread's comments as the endpoint gives them to any reader. */
  async function thread(link: string) {
    const r = await api(`${SMM}/v1/comments?thread=${encodeURIComponent(link)}&sort=oldest`);
    return ((await r.json()) as { comments: { author: { name: string; url?: string; badge?: string }; body: string }[] }).comments;
  }

  /** Opens the wall's top form, writes, posts, and waits for the comment on the wall. */
  async function comment(page: Page, body: string, name?: string) {
    const form = page.locator('smm-comments form[part~="form"]');
    if (!(await form.count())) await page.locator('smm-comments [part~="write"]').click();
    await form.locator('textarea[name="body"]').fill(body);
    if (name) await form.locator('input[name="name"]').fill(name);
    await form.locator('[part~="post"]').click();
    await page.locator('smm-comments article[part~="comment"]', { hasText: body }).waitFor({ timeout: 15000 }).catch(async (err: Error) => {
      // Say why: the form's error, or what the wall said.
      const said = await page.evaluate(() => [...document.querySelector('smm-comments')!.shadowRoot!.querySelectorAll('[part~="error"], [role="status"]')]
        .map((e) => e.textContent).join(' | '));
      throw new Error(`${err.message}\nthe wall says: ${said}`);
    });
  }

  test('the settings take the comment wall\'s post types, the identity secret (never shown again, refused when short) and the testimonial wall; an Editor cannot reach them', async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=smm-kit`);
    await page.check('input[name="smm_kit[comments_types][]"][value="post"]');
    await page.fill('#smm_kit_identity_secret', SECRET);
    await page.fill('#smm_kit_testimonials_wall', 'trattoria');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    assert.ok(!(await page.content()).includes(SECRET), 'the saved secret is not printed on the settings page');
    assert.equal(await page.inputValue('#smm_kit_identity_secret'), '');
    assert.equal(await page.locator('text=A secret is saved').count(), 1);
    assert.equal(await page.inputValue('#smm_kit_testimonials_wall'), 'trattoria');
    assert.equal(await page.inputValue('#smm_kit_endpoint_url'), SMM, 'the other settings are kept');
    // Too short: refused with a message, the saved one kept (the identity test below signs with it).
    await page.fill('#smm_kit_identity_secret', 'too-short');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    assert.equal(await page.locator('.notice-error, .error', { hasText: 'at least 32 characters' }).count(), 1);
    await page.screenshot({ path: `${SHOTS}/settings-walls.png`, fullPage: true });
    await page.close();

    const ctx = await context();
    const editor = await ctx.newPage();
    await logIn(editor, user('editor'));
    const res = await editor.goto(`${wp.url}/wp-admin/options-general.php?page=smm-kit`);
    assert.equal(res?.status(), 403, 'an Editor may not open the settings');
    assert.equal(await editor.locator('#smm_kit_identity_secret').count(), 0);
    await ctx.close();
  });

  test('Twenty Twenty-Three: the comment wall stands where the theme\'s comments were, in the site\'s language, and a visitor\'s comment appears on it', async () => {
    const p = cmd('post', { role: 'author', title: 'Pane di casa', content: '<!-- wp:paragraph --><p>Farina, acqua, lievito madre.</p><!-- /wp:paragraph -->' }) as { id: number; link: string };
    wallLink.post = p.link;
    wallLink.id = p.id;
    const { ctx, page, errors, seen } = await visit();
    await page.goto(p.link);
    const wall = page.locator('section#comments > smm-comments');
    assert.equal(await wall.count(), 1, 'the wall in place of the core/comments block');
    assert.equal(await wall.getAttribute('thread'), p.link);
    assert.equal(await wall.getAttribute('identity'), null, 'a visitor has no identity');
    assert.equal(await page.locator('#respond, .wp-block-post-comments-form, .wp-block-comment-template').count(), 0, 'the theme\'s list and form are gone');
    assert.match(await page.locator('style#smm-kit-inline-css').textContent() ?? '', /smm-comments:not\(:defined\)[^}]*min-height:160px/, 'the wall\'s room is kept before the script runs');
    await page.locator('smm-comments [part~="write"]', { hasText: 'Scrivi un commento' }).waitFor();
    await comment(page, 'Che profumo, domani lo provo.', 'Lucia');
    assert.deepEqual((await thread(p.link)).map((c) => [c.author.name, c.author.badge, c.body]), [['Lucia', undefined, 'Che profumo, domani lo provo.']]);
    // Another reader sees it.
    const other = await ctx.browser()!.newContext();
    const second = await other.newPage();
    await second.goto(p.link);
    await second.locator('smm-comments article[part~="comment"]', { hasText: 'Che profumo' }).waitFor();
    await other.close();
    assert.ok(seen.some((u) => commentsChunk.test(u)), 'the wall\'s chunk comes from the plugin\'s folder');
    assert.ok(!seen.some((u) => testimonialsChunk.test(u)), 'the testimonial wall is not fetched where there is none');
    assert.deepEqual(seen.filter((u) => !u.startsWith('http://127.')).filter((u) => !/gravatar\.com|wp\.com/.test(u)), [], 'nothing from another host');
    await page.screenshot({ path: `${SHOTS}/comments-visitor.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('a logged-in user\'s page carries an HS256 identity the endpoint accepts: the comment is theirs, badged; a tampered token is refused', async () => {
    const link = wallLink.post!;
    cmd('profile', { role: 'author', display_name: 'Giulia Bianchi', user_url: 'https://giulia.example/' });
    const ctx = await context();
    const page = await ctx.newPage();
    await logIn(page, user('author'));
    await page.goto(link);
    const token = await page.locator('section#comments > smm-comments').getAttribute('identity');
    assert.ok(token, 'the wall has an identity for the logged-in user');
    const [header, payload, signature] = token.split('.');
    const decode = (part: string) => JSON.parse(Buffer.from(part!, 'base64url').toString('utf8')) as Record<string, unknown>;
    assert.deepEqual(decode(header!), { alg: 'HS256', typ: 'JWT' });
    assert.equal(signature, createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url'), 'signed with the shared secret');
    const claims = decode(payload!);
    assert.equal(claims.name, 'Giulia Bianchi');
    assert.equal(claims.url, 'https://giulia.example/');
    assert.match(String(claims.sub), /^\d+$/);
    assert.equal(Number(claims.exp) - Number(claims.iat), 7200, 'valid for two hours');
    assert.ok(Math.abs(Number(claims.iat) - Date.now() / 1000) < 300);
    assert.ok(!(await page.content()).includes(SECRET), 'the secret is not on the page');

    await page.locator('smm-comments [part~="write"]').click();
    await page.locator('smm-comments form [part~="hint"]', { hasText: 'Stai commentando come Giulia Bianchi' }).waitFor();
    assert.equal(await page.locator('smm-comments form input[name="name"]').count(), 0, 'no name to type');
    await comment(page, 'La ricetta di mia nonna, con un giorno di riposo.');
    const shown = await thread(link);
    assert.deepEqual(shown.map((c) => [c.author.name, c.author.url, c.author.badge]),
      [['Lucia', undefined, undefined], ['Giulia Bianchi', 'https://giulia.example/', 'verified']]);
    await page.screenshot({ path: `${SHOTS}/comments-logged-in.png`, fullPage: true });

    // The same token with another name, signature kept: refused, nothing stored.
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, name: 'Amministratore' })).toString('base64url')}.${signature}`;
    const { form } = await (await api(`${SMM}/v1/comments?thread=${encodeURIComponent(link)}`)).json() as { form: string };
    const r = await api(`${SMM}/v1/comments`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ thread: link, body: 'Sono io l\'amministratore.', identity: forged, form }),
    });
    assert.equal(r.status, 401);
    assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'invalid_identity');
    assert.equal((await thread(link)).length, 2);
    assert.equal(claims.moderator, undefined, 'an Author does not moderate comments');
    await ctx.close();

    // The administrator may moderate comments: their token says so, and the endpoint badges them.
    const mine = await admin.newPage();
    await mine.goto(link);
    const adminToken = (await mine.locator('section#comments > smm-comments').getAttribute('identity'))!;
    assert.equal(decode(adminToken.split('.')[1]!).moderator, true);
    await mine.close();
    const { form: fresh } = await (await api(`${SMM}/v1/comments?thread=${encodeURIComponent(link)}`)).json() as { form: string };
    const posted = await until('the moderator\'s comment accepted', async () => {
      const res = await api(`${SMM}/v1/comments`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ thread: link, body: 'Grazie a tutte e due!', identity: adminToken, form: fresh }),
      });
      return res.status === 429 ? undefined : res;
    });
    assert.equal(posted.status, 201);
    assert.equal(((await posted.json()) as { comment: { author: { badge: string } } }).comment.author.badge, 'moderator');
  });

  test('a classic theme gets the wall through comments_template, and its "N Comments" links count the wall\'s', async () => {
    assert.equal(cmd('theme', 'smm-classic'), 'smm-classic');
    try {
      const ctx = await context();
      const page = await ctx.newPage();
      await page.goto(wallLink.post!);
      assert.equal(await page.locator('#comments > smm-comments').count(), 1);
      await page.locator('smm-comments article[part~="comment"]', { hasText: 'La ricetta di mia nonna' }).waitFor();
      // On the list of posts, the theme's "N Comments" link counts the wall's comments, not WordPress's.
      const { counts } = await (await api(`${SMM}/v1/comments/counts?thread=${encodeURIComponent(wallLink.post!)}`)).json() as { counts: Record<string, number> };
      const n = counts[wallLink.post!]!;
      assert.ok(n >= 1, 'the wall has comments');
      await page.goto(`${wp.url}/?s=${encodeURIComponent('Pane di casa')}`);
      const link = page.locator('article', { hasText: 'Pane di casa' }).locator('.comments-link a');
      assert.equal(await link.locator('smm-comment-count').getAttribute('thread'), wallLink.post);
      await link.locator('smm-comment-count [part~="count"]', { hasText: n == 1 ? '1 commento' : `${n} commenti` }).waitFor();
      assert.match(await link.locator('.screen-reader-text').innerText(), /Pane di casa/, 'the theme\'s words for screen readers stay');
      await page.screenshot({ path: `${SHOTS}/list-classic.png`, fullPage: true });
      // A post without comments links to the wall (#comments), where the theme's form was (#respond).
      const empty = cmd('post', { role: 'author', title: 'Focaccia', content: '<!-- wp:paragraph --><p>Olio.</p><!-- /wp:paragraph -->' }) as { link: string };
      await page.goto(`${wp.url}/?s=Focaccia`);
      assert.equal(await page.locator('article', { hasText: 'Focaccia' }).locator('.comments-link a').getAttribute('href'), `${empty.link}#comments`);
      await page.locator('article', { hasText: 'Focaccia' }).locator('smm-comment-count [part~="count"]', { hasText: '0 commenti' }).waitFor();
      await ctx.close();
    } finally {
      cmd('theme', 'twentytwentythree');
    }
  });

  test('with the plugin, Authors and Contributors keep the walls\' elements and their data-smm forms', () => {
    const walls = {
      comments: '<smm-comments thread="https://blog.example/p/" sort="oldest"></smm-comments>',
      count: '<smm-comment-count thread="https://blog.example/p/"></smm-comment-count>',
      wall: '<smm-testimonials wall="trattoria" layout="carousel" min-rating="4" featured></smm-testimonials>',
      form: '<smm-testimonial-form wall="trattoria"></smm-testimonial-form>',
      placeholders: '<div data-smm="comments" data-sort="top"></div><div data-smm="comment-count"></div><div data-smm="testimonials" data-wall="trattoria" data-layout="grid"></div><div data-smm="testimonial-form"></div>',
    };
    const saved = cmd('kses', walls) as Record<string, Record<string, string>>;
    for (const role of Object.keys(saved)) {
      for (const [name, html] of Object.entries(walls)) {
        assert.equal(saved[role]![name], html, `${role}: ${name}`);
      }
    }
  });

  test('a page with [smm_testimonials] and [smm_testimonial_form] shows the approved testimonial and the form; the blocks print the same elements', async () => {
    // One testimonial sent as a customer would (the form token, consent), approved through the admin API.
    const { form } = await (await api(`${SMM}/v1/testimonials?wall=trattoria&limit=1`)).json() as { form: string };
    const sent = await until('the testimonial accepted', async () => {
      const r = await api(`${SMM}/v1/testimonials`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ wall: 'trattoria', name: 'Anna Verdi', role: 'Cliente dal 2019', rating: 5, text: 'Il miglior pane del quartiere.', consent: true, consentText: 'Può essere mostrata sul sito.', form }),
      });
      // 429: sent before the form's minimum fill time; the same token is good a moment later.
      return r.status === 429 ? undefined : { status: r.status, json: await r.json() as { testimonial?: { id: string; status: string } } };
    });
    assert.equal(sent.status, 202, JSON.stringify(sent.json));
    assert.equal(sent.json.testimonial!.status, 'pending', 'held for moderation');
    const approve = await api(`${SMM}/v1/admin/testimonials/${sent.json.testimonial!.id}/approve`, { method: 'POST', headers: { authorization: `Bearer ${SMM_ADMIN}` } });
    assert.equal(approve.status, 200);

    const p = cmd('post', { role: 'author', type: 'page', title: 'Dicono di noi', content: '<!-- wp:shortcode -->\n[smm_testimonials layout="list" distribution]\n<!-- /wp:shortcode -->\n<!-- wp:shortcode -->\n[smm_testimonial_form]\n<!-- /wp:shortcode -->' }) as { link: string };
    const { ctx, page, errors, seen } = await visit();
    await page.goto(p.link);
    assert.equal(await page.locator('smm-testimonials[wall="trattoria"][layout="list"][distribution]').count(), 1, 'the settings\' wall, a bare word as a boolean attribute');
    const card = page.locator('smm-testimonials [part~="card"]', { hasText: 'Il miglior pane del quartiere.' });
    await card.waitFor({ timeout: 15000 });
    assert.equal(await card.locator('[part~="name"]').textContent(), 'Anna Verdi');
    assert.match(await page.locator('smm-testimonials [part~="distribution"] li').first().textContent() ?? '', /^5 stelle[1-9]\d*$/, 'the distribution, in Italian');
    await page.locator('smm-testimonial-form[wall="trattoria"] textarea').first().waitFor({ timeout: 15000 });
    assert.ok(seen.some((u) => testimonialsChunk.test(u)));
    assert.ok(!seen.some((u) => commentsChunk.test(u)), 'no comment wall on a page, so its code is not fetched');
    assert.equal(await page.locator('smm-comments').count(), 0, 'pages are not among the chosen types');
    await page.screenshot({ path: `${SHOTS}/testimonials.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await ctx.close();

    const blocks = cmd('post', { role: 'author', type: 'page', title: 'Lascia una recensione', content: '<!-- wp:smm-kit/testimonials {"layout":"grid","limit":"6"} /-->\n<!-- wp:smm-kit/testimonial-form {"wall":"negozio"} /-->' }) as { link: string };
    const html = await (await fetch(blocks.link)).text();
    assert.match(html, /<smm-testimonials layout="grid" limit="6" wall="trattoria" lang="it-IT"><\/smm-testimonials>/, 'the settings\' wall when the block names none');
    assert.match(html, /<smm-testimonial-form wall="negozio" lang="it-IT"><\/smm-testimonial-form>/);
  });

  test('"This site" puts the endpoint on the site\'s own host; "No endpoint" prints none and no counts', async () => {
    const head = async () => (await (await fetch(`${wp.url}/`)).text()).match(/<meta name="smm:[^>]+>/g) ?? [];
    const saved = cmd('option', { name: 'smm_kit', value: { endpoint_mode: 'site', endpoint_path: '/smm', counts: true, networks: 'x,email' } }) as object;
    assert.ok(saved);
    assert.deepEqual(await head(), [
      '<meta name="smm:networks" content="x,email">',
      '<meta name="smm:layout" content="inline">',
      '<meta name="smm:variant" content="brand">',
      '<meta name="smm:labels" content="short">',
      `<meta name="smm:endpoint" content="${wp.url}/smm">`,
      '<meta name="smm:counts" content="true">',
    ]);
    cmd('option', { name: 'smm_kit', value: { endpoint_mode: 'none', counts: true } });
    assert.ok((await head()).every((m) => !/smm:(endpoint|counts)/.test(m)));
  });
});
