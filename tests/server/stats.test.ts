// GET /v1/stats as the dashboard reads it, against each real storage adapter: the daily roll-ups
// agree with the events, per-network ratios, a page's own view, and the previous range.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { createApp, openStore, type Store } from '../../src/server/index.js';
import { migrations } from '../../src/server/migrations/index.js';
import { plan } from '../../src/server/store/admin-sql.js';
import { adapters, contract, freshStore } from './helpers.js';

const SITE = 'https://blog.example';
const TOKEN = 'test-admin-token-0123456789';
const day = (d: string) => new Date(`${d}T12:00:00Z`);

type Ev = { type: string; network?: string; url: string };
const ev = (type: string, network: string | undefined, path: string): Ev => ({ type, network, url: `${SITE}${path}` });

/** Two weeks of events: 1–7 March is the "previous" week of 8–14 March. */
async function seed(store: Store) {
  const batches: [string, Ev[]][] = [
    ['2025-03-02', [ev('share', 'x', '/a'), ev('share', 'facebook', '/a'), ev('visit', 'x', '/a')]],
    ['2025-03-08', [ev('share', 'x', '/a'), ev('share', 'x', '/a'), ev('share', 'facebook', '/b'), ev('follow', 'mastodon', '/a')]],
    ['2025-03-09', [ev('visit', 'x', '/a'), ev('visit', 'x', '/a'), ev('visit', 'x', '/b'), ev('visit', 'facebook', '/b'), ev('comment', undefined, '/a')]],
    ['2025-03-14', [ev('share', 'linkedin', '/c'), ev('visit', 'linkedin', '/c'), ev('visit', 'linkedin', '/c'), ev('visit', 'linkedin', '/c')]],
  ];
  for (const [d, events] of batches) {
    await store.addEvents(events.map((e) => ({
      type: e.type as 'share', network: e.network ?? null, url: e.url, campaign: null, ref: null,
    })), day(d));
  }
}

for (const adapter of adapters) {
  describe(`stats (${adapter.name})`, { skip: adapter.skip }, () => {
    async function stats(query: string) {
      const { store } = await freshStore(adapter);
      await seed(store);
      const app = createApp({ store, adminToken: TOKEN, now: () => day('2025-03-14') });
      const res = await app.request(`/v1/stats${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(res.status, 200, await res.clone().text());
      return contract(res, 'get', '/v1/stats');
    }

    test('per network: shares, return visits, follows and visits ÷ shares; per day; top pages', async () => {
      const s = await stats('?from=2025-03-08&to=2025-03-14');
      assert.deepEqual(s.totals, { share: 4, follow: 1, visit: 7, comment: 1 });
      assert.deepEqual(s.networks, [
        { network: 'x', shares: 2, visits: 3, follows: 0, ratio: 1.5 },
        { network: 'linkedin', shares: 1, visits: 3, follows: 0, ratio: 3 },
        { network: 'facebook', shares: 1, visits: 1, follows: 0, ratio: 1 },
        { network: 'mastodon', shares: 0, visits: 0, follows: 1, ratio: null },
      ]);
      assert.deepEqual(s.sharesPerDay, [
        { day: '2025-03-08', network: 'facebook', count: 1 },
        { day: '2025-03-08', network: 'x', count: 2 },
        { day: '2025-03-14', network: 'linkedin', count: 1 },
      ]);
      assert.deepEqual(s.visitsPerDay.filter((r) => r.day === '2025-03-09'), [
        { day: '2025-03-09', network: 'facebook', count: 1 }, { day: '2025-03-09', network: 'x', count: 3 },
      ]);
      assert.deepEqual(s.visitsPerNetwork, [{ network: 'linkedin', count: 3 }, { network: 'x', count: 3 }, { network: 'facebook', count: 1 }]);
      assert.deepEqual(s.followsPerNetwork, [{ network: 'mastodon', count: 1 }]);
      assert.deepEqual(s.sharesPerPage, [{ url: `${SITE}/a`, count: 2 }, { url: `${SITE}/b`, count: 1 }, { url: `${SITE}/c`, count: 1 }]);
      assert.deepEqual(s.visitsPerPage, [{ url: `${SITE}/c`, count: 3 }, { url: `${SITE}/a`, count: 2 }, { url: `${SITE}/b`, count: 2 }]);
      assert.deepEqual(s.commentsPerDay, []);
      assert.deepEqual(s.testimonialsPerDay, []);
    });

    test('the previous range of the same length comes along', async () => {
      const s = await stats('?from=2025-03-08&to=2025-03-14');
      assert.equal(s.previous.from, '2025-03-01');
      assert.equal(s.previous.to, '2025-03-07');
      assert.deepEqual(s.previous.totals, { share: 2, follow: 0, visit: 1, comment: 0 });
      assert.deepEqual(s.previous.networks, [
        { network: 'x', shares: 1, visits: 1, follows: 0, ratio: 1 },
        { network: 'facebook', shares: 1, visits: 0, follows: 0, ratio: 0 },
      ]);
    });

    test('url= gives one page its own view, by page key', async () => {
      const s = await stats(`?from=2025-03-01&to=2025-03-14&url=${encodeURIComponent('https://Blog.Example/a?utm_source=x#top')}`);
      assert.equal(s.url, `${SITE}/a`);
      assert.deepEqual(s.totals, { share: 4, follow: 1, visit: 3, comment: 1 });
      assert.deepEqual(s.networks.map((n) => [n.network, n.shares, n.visits, n.follows]), [
        ['x', 3, 3, 0], ['facebook', 1, 0, 0], ['mastodon', 0, 0, 1],
      ]);
      assert.deepEqual(s.sharesPerPage, [{ url: `${SITE}/a`, count: 4 }]);
      assert.deepEqual(s.sharesPerDay.map((r) => `${r.day} ${r.network} ${r.count}`),
        ['2025-03-02 facebook 1', '2025-03-02 x 1', '2025-03-08 x 2']);
      assert.equal(s.previous.totals.share, 0);
    });

    test('top pages over ranges that cut months agree with the events, day by day', async () => {
      const { store } = await freshStore(adapter);
      const days = ['2024-12-31', '2025-01-01', '2025-01-15', '2025-01-31', '2025-02-01', '2025-02-28', '2025-03-01', '2025-03-02'];
      const expected = new Map<string, Map<string, number>>();
      for (const [i, d] of days.entries()) {
        const events = Array.from({ length: i + 1 }, (_, k) => ev('share', 'x', `/p${k % 3}`));
        await store.addEvents(events.map((e) => ({ type: 'share', network: 'x', url: e.url, campaign: null, ref: null })), day(d));
        const m = expected.get(d) ?? new Map<string, number>();
        for (const e of events) m.set(e.url, (m.get(e.url) ?? 0) + 1);
        expected.set(d, m);
      }
      // Months read whole, by their days, or whole minus the days left out (plan()).
      const ranges = [['2024-12-31', '2025-03-02'], ['2025-01-01', '2025-01-31'], ['2025-01-02', '2025-02-28'], ['2025-01-15', '2025-02-01'],
        ['2025-02-01', '2025-03-01'], ['2024-12-01', '2025-02-28'], ['2025-03-01', '2025-03-01'], ['2025-01-02', '2025-01-30'],
        ['2025-01-16', '2025-01-31'], ['2024-12-02', '2025-02-27'], ['2025-01-02', '2025-03-31'], ['2025-02-02', '2025-02-27']];
      for (const [from, to] of ranges) {
        const want = new Map<string, number>();
        for (const [d, m] of expected) if (d >= from! && d <= to!) for (const [u, c] of m) want.set(u, (want.get(u) ?? 0) + c);
        const got = await store.stats({ from: from!, to: to!, limit: 10 });
        assert.deepEqual(Object.fromEntries(got.sharesPerPage.map((r) => [r.url, r.count])), Object.fromEntries(want), `${from}..${to}`);
        const total = [...want.values()].reduce((a, b) => a + b, 0);
        assert.equal(got.totals.share, total, `${from}..${to}`);
        assert.deepEqual(got.networks, total ? [{ network: 'x', shares: total, visits: 0, follows: 0, ratio: 0 }] : [], `${from}..${to}`);
        assert.equal((await store.statsSummary({ from: from!, to: to!, limit: 10 })).totals.share, total, `${from}..${to}`);
      }
    });

    test('the default range is the 30 days ending today; a bad url is refused', async () => {
      const s = await stats('');
      assert.equal(s.from, '2025-02-13');
      assert.equal(s.previous.to, '2025-02-12');
      assert.equal(s.previous.from, '2025-01-14');
      const { store } = await freshStore(adapter);
      const app = createApp({ store, adminToken: TOKEN });
      const bad = await app.request('/v1/stats?url=javascript:alert(1)', { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(bad.status, 400);
      assert.match((await contract(bad, 'get', '/v1/stats')).error.message, /url: must be an absolute http\(s\) URL/);
    });
  });
}

test('migrations 005, 007 and 008 roll up the events stored before it (SQLite)', async () => {
  const { store, spec } = await freshStore(adapters[0]!);
  await store.close();
  // Back to a database as it was before 005: events only, then migrate again.
  const db = new Database(spec);
  db.exec(`DROP TABLE smm_daily_network; DROP TABLE smm_daily_page; DROP TABLE smm_moderators; DROP TABLE smm_audit; DROP INDEX smm_events_page;
    DROP TABLE smm_monthly_page; DROP TABLE smm_monthly_network; DELETE FROM smm_migrations WHERE version IN (5, 7, 8)`);
  const insert = db.prepare('INSERT INTO smm_events (type, network, url, ts, day) VALUES (?, ?, ?, 0, ?)');
  insert.run('share', 'x', `${SITE}/a`, '2025-03-08');
  insert.run('share', 'x', `${SITE}/a`, '2025-03-08');
  insert.run('comment', null, `${SITE}/a`, '2025-03-08');
  db.close();
  const again = await openStore(spec);
  try {
    assert.equal(await again.schemaVersion(), Math.max(...migrations.map((m) => m.version)));
    const s = await again.stats({ from: '2025-03-08', to: '2025-03-08', limit: 5 });
    assert.deepEqual(s.totals, { share: 2, follow: 0, visit: 0, comment: 1 });
    assert.deepEqual(s.sharesPerPage, [{ url: `${SITE}/a`, count: 2 }]);
    // Whole months come from the monthly roll-ups.
    const month = await again.stats({ from: '2025-03-01', to: '2025-03-31', limit: 5 });
    assert.deepEqual(month.totals, { share: 2, follow: 0, visit: 0, comment: 1 });
    assert.deepEqual(month.networks, [{ network: 'x', shares: 2, visits: 0, follows: 0, ratio: 0 }]);
  } finally {
    await again.close();
  }
});

test('plan(): whole months, a month\'s days when it is half covered or less, else the month minus the days left out', () => {
  const d = (...r: [string, string][]) => r;
  assert.deepEqual(plan('2025-01-01', '2025-12-31'), { days: [], months: ['2025-01', '2025-12'], minus: [] });
  assert.deepEqual(plan('2025-01-20', '2025-04-10'), { days: d(['2025-01-20', '2025-01-31'], ['2025-04-01', '2025-04-10']), months: ['2025-02', '2025-03'], minus: [] });
  assert.deepEqual(plan('2025-01-10', '2025-04-20'), { days: [], months: ['2025-01', '2025-04'], minus: d(['2025-01-01', '2025-01-09'], ['2025-04-21', '2025-04-30']) });
  assert.deepEqual(plan('2024-12-16', '2025-12-15'), { days: d(['2025-12-01', '2025-12-15']), months: ['2024-12', '2025-11'], minus: d(['2024-12-01', '2024-12-15']) });
  assert.deepEqual(plan('2025-01-20', '2025-02-10'), { days: d(['2025-01-20', '2025-01-31'], ['2025-02-01', '2025-02-10']), months: null, minus: [] });
  assert.deepEqual(plan('2024-02-01', '2024-02-29'), { days: [], months: ['2024-02', '2024-02'], minus: [] });
  assert.deepEqual(plan('2024-02-02', '2024-03-31'), { days: [], months: ['2024-02', '2024-03'], minus: d(['2024-02-01', '2024-02-01']) });
  assert.deepEqual(plan('2025-03-03', '2025-03-29'), { days: [], months: ['2025-03', '2025-03'], minus: d(['2025-03-01', '2025-03-02'], ['2025-03-30', '2025-03-31']) });
  assert.deepEqual(plan('2025-03-03', '2025-03-09'), { days: d(['2025-03-03', '2025-03-09']), months: null, minus: [] });
  assert.deepEqual(plan('2025-03-09', '2025-03-08'), { days: d(['2025-03-09', '2025-03-08']), months: null, minus: [] });
});
