// The storage interface, run unchanged against each real adapter.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openStore, type EventRow } from '../../src/server/index.js';
import { migrations } from '../../src/server/migrations/index.js';
import { adapters, freshStore } from './helpers.js';

const row = (over: Partial<EventRow> = {}): EventRow => ({
  type: 'share', network: 'x', url: 'https://blog.example/a', campaign: null, ref: null, ...over,
});
const day = (d: string) => new Date(`${d}T12:00:00Z`);

for (const adapter of adapters) {
  describe(`store (${adapter.name})`, { skip: adapter.skip }, () => {
    test('counts shares per page and network; never-shared pages are absent', async () => {
      const { store } = await freshStore(adapter);
      await store.addEvents([
        row(), row(), row({ network: 'facebook' }),
        row({ url: 'https://blog.example/b', network: 'email' }),
        row({ type: 'follow', network: 'github' }),
        row({ type: 'visit', network: 'x', campaign: 'spring' }),
        row({ type: 'comment', network: null }),
      ], day('2025-03-01'));
      const counts = await store.shareCounts(['https://blog.example/a', 'https://blog.example/b', 'https://blog.example/none']);
      assert.deepEqual(counts.get('https://blog.example/a'), { total: 3, networks: { x: 2, facebook: 1 } });
      assert.deepEqual(counts.get('https://blog.example/b'), { total: 1, networks: { email: 1 } });
      assert.equal(counts.has('https://blog.example/none'), false);
    });

    test('counters accumulate across batches and duplicate keys in one query are answered once', async () => {
      const { store } = await freshStore(adapter);
      for (let i = 0; i < 5; i++) await store.addEvents([row(), row({ network: 'linkedin' })], day('2025-03-01'));
      const counts = await store.shareCounts(['https://blog.example/a', 'https://blog.example/a']);
      assert.deepEqual(counts.get('https://blog.example/a'), { total: 10, networks: { x: 5, linkedin: 5 } });
    });

    test('stats: shares per day and network, per page; visits and follows per network; UTC day bounds', async () => {
      const { store } = await freshStore(adapter);
      await store.addEvents([row(), row({ network: 'facebook' })], day('2025-03-01'));
      await store.addEvents([row(), row({ url: 'https://blog.example/b' }), row({ url: 'https://blog.example/b' }), row({ url: 'https://blog.example/b' })], day('2025-03-02'));
      await store.addEvents([row({ type: 'visit', network: 'x' }), row({ type: 'visit', network: 'x', url: 'https://blog.example/b' }), row({ type: 'visit', network: 'facebook' })], day('2025-03-02'));
      await store.addEvents([row({ type: 'follow', network: 'github' })], day('2025-03-02'));
      // Just outside the range on both sides.
      await store.addEvents([row({ network: 'email' })], new Date('2025-02-28T23:59:59.999Z'));
      await store.addEvents([row({ network: 'email' })], new Date('2025-03-03T00:00:00.000Z'));

      const s = await store.stats({ from: '2025-03-01', to: '2025-03-02', limit: 10 });
      assert.deepEqual(s.totals, { share: 6, follow: 1, visit: 3, comment: 0 });
      assert.deepEqual(s.sharesPerDay, [
        { day: '2025-03-01', network: 'facebook', count: 1 },
        { day: '2025-03-01', network: 'x', count: 1 },
        { day: '2025-03-02', network: 'x', count: 4 },
      ]);
      assert.deepEqual(s.sharesPerPage, [{ url: 'https://blog.example/b', count: 3 }, { url: 'https://blog.example/a', count: 3 }].sort((a, b) => a.url.localeCompare(b.url)));
      assert.deepEqual(s.visitsPerNetwork, [{ network: 'x', count: 2 }, { network: 'facebook', count: 1 }]);
      assert.deepEqual(s.visitsPerPage, [{ url: 'https://blog.example/a', count: 2 }, { url: 'https://blog.example/b', count: 1 }]);
      assert.deepEqual(s.followsPerNetwork, [{ network: 'github', count: 1 }]);

      const top1 = await store.stats({ from: '2025-03-01', to: '2025-03-03', limit: 1 });
      assert.deepEqual(top1.sharesPerPage, [{ url: 'https://blog.example/a', count: 4 }]);
      const empty = await store.stats({ from: '2024-01-01', to: '2024-01-31', limit: 10 });
      assert.deepEqual(empty.totals, { share: 0, follow: 0, visit: 0, comment: 0 });
      assert.deepEqual(empty.sharesPerDay, []);
    });

    test('a batch is stored whole or not at all', async () => {
      const { store } = await freshStore(adapter);
      // The schema's CHECK rejects the third row, after two good ones were written.
      const bad = [row(), row(), row({ type: 'bogus' as EventRow['type'] })];
      await assert.rejects(store.addEvents(bad, day('2025-03-01')));
      assert.equal((await store.shareCounts(['https://blog.example/a'])).size, 0);
      const s = await store.stats({ from: '2025-03-01', to: '2025-03-01', limit: 10 });
      assert.equal(s.totals.share, 0);
    });

    test('migrations run once: reopening keeps data and the schema version', async () => {
      const { store, spec } = await freshStore(adapter);
      const latest = Math.max(...migrations.map((m) => m.version));
      assert.equal(await store.schemaVersion(), latest);
      await store.addEvents([row()], day('2025-03-01'));
      await store.close();
      for (let i = 0; i < 2; i++) {
        const again = await openStore(spec);
        assert.equal(await again.schemaVersion(), latest);
        assert.equal((await again.shareCounts(['https://blog.example/a'])).get('https://blog.example/a')?.total, 1);
        await again.close();
      }
    });

    test('two stores opened at once on an empty database both migrate cleanly', async () => {
      const spec = await adapter.fresh();
      const [a, b] = await Promise.all([openStore(spec), openStore(spec)]);
      await a.addEvents([row()], day('2025-03-01'));
      assert.equal((await b.shareCounts(['https://blog.example/a'])).get('https://blog.example/a')?.total, 1);
      await Promise.all([a.close(), b.close()]);
    });

    test('ping answers while open', async () => {
      const { store } = await freshStore(adapter);
      await store.ping();
      assert.equal(store.kind, adapter.name);
    });
  });
}

test('openStore refuses URLs of databases it does not support', async () => {
  await assert.rejects(openStore('mysql://localhost/x'), /unsupported database URL "mysql:\/\/…"/);
  await assert.rejects(openStore(''), /no database given/);
});
