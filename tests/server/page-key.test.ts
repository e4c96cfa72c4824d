// Page keys: which URLs are one page. Unit cases for the CMS URL shapes the issue names (WordPress
// plain and pretty permalinks, Joomla non-SEF), then the same pages through the API on each real
// adapter (events, counts and stats agree), then an upgrade of a database written before keys kept
// their query.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import postgres from 'postgres';
import Database from 'better-sqlite3';
import { createApp, openStore, pageKey } from '../../src/server/index.js';
import { IGNORED_PARAMS, isIgnoredParam } from '../../src/server/page-key.js';
import { events as migration001 } from '../../src/server/migrations/001-events.js';
import { migrations } from '../../src/server/migrations/index.js';
import { adapters, contract, freshStore } from './helpers.js';

const WP = 'https://blog.example';

describe('pageKey()', () => {
  const cases: [string, string, string][] = [
    ['WordPress plain permalink', `${WP}/?p=123`, `${WP}/?p=123`],
    ['WordPress plain permalink, another post', `${WP}/?p=124`, `${WP}/?p=124`],
    ['WordPress page', `${WP}/?page_id=7`, `${WP}/?page_id=7`],
    ['WordPress plain permalink with tracking and a fragment', `${WP}/?utm_source=x&p=123&fbclid=IwAR0abc#comments`, `${WP}/?p=123`],
    ['WordPress pretty permalink', `${WP}/2025/03/hello-world/`, `${WP}/2025/03/hello-world/`],
    ['pretty permalink with campaign tags only', `${WP}/2025/03/hello-world/?utm_source=facebook&utm_medium=social&utm_campaign=share`, `${WP}/2025/03/hello-world/`],
    ['WordPress reply-to-comment link', `${WP}/2025/03/hello-world/?replytocom=12#respond`, `${WP}/2025/03/hello-world/`],
    ['WordPress paged post keeps its page', `${WP}/?page=2&p=123`, `${WP}/?p=123&page=2`],
    ['Joomla non-SEF article, parameters sorted',
      'https://joomla.example/index.php?option=com_content&view=article&id=5&catid=2&Itemid=101',
      'https://joomla.example/index.php?Itemid=101&catid=2&id=5&option=com_content&view=article'],
    ['Joomla, the same article with parameters in another order and a gclid',
      'https://joomla.example/index.php?id=5&Itemid=101&view=article&gclid=Cj0&catid=2&option=com_content',
      'https://joomla.example/index.php?Itemid=101&catid=2&id=5&option=com_content&view=article'],
    ['host lower-cased, default port and credentials dropped', 'https://user:pw@Blog.Example:443/post', `${WP}/post`],
    ['an empty query leaves no ?', `${WP}/post?`, `${WP}/post`],
    ['every tracking parameter dropped, any case',
      `${WP}/post?UTM_Source=x&mtm_campaign=a&pk_kwd=b&mc_cid=1&mc_eid=2&gclid=3&dclid=4&msclkid=5&yclid=6&igshid=7&_ga=8&ref=9&ref_src=10&_hsenc=11`,
      `${WP}/post`],
    ['secrets never stay in a key', `${WP}/account?token=s3cret&email=a%40b.example&PHPSESSID=abc&view=orders`, `${WP}/account?view=orders`],
    ['values of one name keep their order', `${WP}/tags?t=b&a=1&t=a`, `${WP}/tags?a=1&t=b&t=a`],
    ['a space is written one way', `${WP}/?s=hello%20world`, `${WP}/?s=hello+world`],
    ['an & in the path is not a parameter', `${WP}/q&a?id=1`, `${WP}/q&a?id=1`],
  ];
  for (const [name, url, key] of cases) test(name, () => assert.equal(pageKey(url), key));

  test('a key is its own key', () => {
    for (const [, url] of cases) assert.equal(pageKey(pageKey(url)), pageKey(url));
  });

  test('the list names tracking parameters and prefixes only, in lower case', () => {
    for (const p of IGNORED_PARAMS) assert.equal(p, p.toLowerCase());
    assert.ok(isIgnoredParam('utm_anything') && isIgnoredParam('FBCLID'));
    for (const p of ['p', 'page_id', 'id', 'option', 'view', 'catid', 'itemid', 'page', 's', 'lang', 'cat']) {
      assert.equal(isIgnoredParam(p), false, `${p} identifies a page`);
    }
  });
});

for (const adapter of adapters) {
  describe(`page keys through the API (${adapter.name})`, { skip: adapter.skip }, () => {
    test('WordPress plain permalinks and Joomla articles each get their own count, and stats list them apart', async () => {
      const { store } = await freshStore(adapter);
      const app = createApp({ store, origins: [WP], adminToken: 'test-admin-token-0123456789', now: () => new Date('2025-03-10T10:00:00Z') });
      const joomla = (id: number) => `https://joomla.example/index.php?option=com_content&view=article&id=${id}&Itemid=101`;
      const share = (url: string, network = 'x') => ({ type: 'share', network, url });
      const res = await app.request('/v1/events', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: WP },
        body: JSON.stringify({ events: [
          share(`${WP}/?p=1`), share(`${WP}/?p=1&utm_source=facebook&utm_medium=social&utm_campaign=share`, 'facebook'),
          share(`${WP}/?p=2&fbclid=abc`), share(`${WP}/?page_id=7`), share(`${WP}/2025/03/hello/`),
          share(joomla(5)), share(joomla(6)), share(`https://joomla.example/index.php?Itemid=101&id=6&view=article&option=com_content`),
          { type: 'visit', url: `${WP}/?p=2&utm_source=x&utm_medium=social` },
        ] }),
      });
      assert.equal(res.status, 202);
      const asked = [`${WP}/?p=1`, `${WP}/?p=2`, `${WP}/`, `${WP}/?page_id=7`, `${WP}/2025/03/hello/?utm_source=x`, joomla(5), joomla(6)];
      const cr = await app.request(`/v1/counts?${asked.map((u) => `url=${encodeURIComponent(u)}`).join('&')}`);
      const counts = (await contract(cr, 'get', '/v1/counts')).counts as { url: string; total: number }[];
      assert.deepEqual(counts.map((c) => [c.url, c.total]), [
        [`${WP}/?p=1`, 2], [`${WP}/?p=2`, 1], [`${WP}/`, 0], [`${WP}/?page_id=7`, 1],
        [`${WP}/2025/03/hello/?utm_source=x`, 1], [joomla(5), 1], [joomla(6), 2],
      ]);
      const sr = await app.request('/v1/stats?from=2025-03-10&to=2025-03-10', { headers: { authorization: 'Bearer test-admin-token-0123456789' } });
      const stats = await contract(sr, 'get', '/v1/stats');
      const perPage = Object.fromEntries((stats.sharesPerPage as { url: string; count: number }[]).map((p) => [p.url, p.count]));
      assert.deepEqual(perPage, {
        [`${WP}/?p=1`]: 2, [`${WP}/?p=2`]: 1, [`${WP}/?page_id=7`]: 1, [`${WP}/2025/03/hello/`]: 1,
        'https://joomla.example/index.php?Itemid=101&id=5&option=com_content&view=article': 1,
        'https://joomla.example/index.php?Itemid=101&id=6&option=com_content&view=article': 2,
      });
      assert.deepEqual(stats.visitsPerPage, [{ url: `${WP}/?p=2`, count: 1 }]);
    });

    test('a database written before page keys kept their query is upgraded with its rows intact', async () => {
      const spec = await adapter.fresh();
      // The database as version 001 left it, with a row keyed the old way.
      const ts = Date.parse('2025-03-01T12:00:00Z');
      if (adapter.name === 'sqlite') {
        const { mkdirSync } = await import('node:fs');
        const { dirname } = await import('node:path');
        mkdirSync(dirname(spec), { recursive: true });
        const db = new Database(spec);
        db.exec(migration001.sqlite);
        db.exec("CREATE TABLE smm_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO smm_migrations VALUES (1, 'events', '2025-03-01')");
        db.prepare("INSERT INTO smm_events (type, network, url, ts, day) VALUES ('share', 'x', ?, ?, '2025-03-01')").run(`${WP}/post`, ts);
        db.prepare("INSERT INTO smm_share_counts VALUES (?, 'x', 4)").run(`${WP}/post`);
        db.close();
      } else {
        const sql = postgres(spec, { max: 1, onnotice: () => {} });
        await sql.unsafe(migration001.postgres);
        await sql.unsafe("CREATE TABLE smm_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()); INSERT INTO smm_migrations (version, name) VALUES (1, 'events')");
        await sql`INSERT INTO smm_events (type, network, url, ts, day) VALUES ('share', 'x', ${`${WP}/post`}, to_timestamp(${ts / 1000}), '2025-03-01')`;
        await sql`INSERT INTO smm_share_counts VALUES (${`${WP}/post`}, 'x', 4)`;
        await sql.end();
      }
      const store = await openStore(spec);
      try {
        assert.equal(await store.schemaVersion(), Math.max(...migrations.map((m) => m.version)));
        // An old key is the key of the same page today: its count is found through new URLs.
        assert.equal((await store.shareCounts([pageKey(`${WP}/post?utm_source=x&fbclid=1`)])).get(`${WP}/post`)?.total, 4);
        const s = await store.stats({ from: '2025-03-01', to: '2025-03-01', limit: 10 });
        assert.deepEqual(s.sharesPerPage, [{ url: `${WP}/post`, count: 1 }]);
      } finally {
        await store.close();
      }
    });
  });
}
