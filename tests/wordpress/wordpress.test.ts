// The WordPress plugin for real: Debian's WordPress on a throwaway MariaDB, the plugin installed
// from the built zip through Plugins → Add New → Upload, posts written as Administrator, Editor,
// Author and Contributor in each form the README offers, opened in Chromium, shared, and counted
// by a real smm-kit server (dist/server/cli.js) under plain and pretty permalinks.
// Run by `npm test` (scripts/test.mjs) after the build; skipped with a message when Debian's
// packages are missing (a failure on CI, which installs them).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
    smm = spawn('node', ['dist/server/cli.js', 'serve', '--db', join(dir, 'smm.db'), '--host', endpoint.host, '--port', String(endpoint.port),
      '--origin', `http://${site.host}:${site.port}`, '--rate-limit', '0'], { stdio: 'ignore' });
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
    await page.goto(`${wp.url}/wp-login.php`);
    await page.fill('#user_login', ADMIN.user);
    await page.fill('#user_pass', ADMIN.pass);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
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

  test('an Author finds both blocks in the block editor, inserts one, and its card shows the site\'s networks', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${wp.url}/wp-login.php`);
    await page.fill('#user_login', 'author1');
    await page.fill('#user_pass', 'Pass-author-smm-kit');
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.goto(`${wp.url}/wp-admin/post-new.php`);
    type WpGlobal = { blocks: { getBlockType(n: string): { title: string } | undefined; createBlock(n: string, a: object): unknown }; data: { dispatch(s: string): { insertBlocks(b: unknown): void } } };
    const titles = await until('the blocks registered', () => page.evaluate(() => {
      const { wp } = window as unknown as { wp?: WpGlobal };
      const share = wp?.blocks?.getBlockType('smm-kit/share');
      const follow = wp?.blocks?.getBlockType('smm-kit/follow');
      return share && follow ? [share.title, follow.title] : undefined;
    }), 30000);
    assert.deepEqual(titles, ['Share buttons', 'Follow buttons']);
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
    assert.match(card, /Share buttons/);
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
