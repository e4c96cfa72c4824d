// Imports into real databases (SQLite file, PostgreSQL server): replies find their parents even
// when they come first, statuses hold, a second import adds nothing, and the JSON export imports
// back into a fresh database and exports there to the same bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { exportJson, importFile, type ExportedComment } from '../../src/server/import/index.js';
import type { Store } from '../../src/server/index.js';
import { bigDisqus } from './big-export.js';
import { adapters, freshStore } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

async function all(store: Store): Promise<ExportedComment[]> {
  const rows: ExportedComment[] = [];
  for await (const c of store.exportComments()) rows.push(c);
  return rows;
}

async function exported(store: Store, withSecret = false): Promise<string> {
  let s = '';
  for await (const part of exportJson(store.exportComments(), store.exportExtras(), withSecret ? { secret: await store.serverSecret() } : {})) s += part;
  return s;
}

const bySource = (rows: ExportedComment[]) => new Map(rows.map((r) => [r.sourceId, r]));

for (const adapter of adapters) {
  describe(`import into ${adapter.name}`, { skip: adapter.skip }, () => {
    test('Disqus: threads, replies, statuses; a second import adds nothing', async () => {
      const { store } = await freshStore(adapter);
      const first = await importFile(store, 'disqus', [fixture('disqus.xml')]);
      assert.deepEqual({ ...first, reasons: [...first.reasons] }, {
        read: 6, inserted: 6, existing: 0, invalid: 2, extras: 0,
        reasons: [['its thread\'s link is not an http(s) URL', 1], ['no valid createdAt', 1]],
      });
      const rows = bySource(await all(store));
      const get = (id: string) => rows.get(id)!;
      assert.equal(get('5002').parent, get('5001').id);
      assert.equal(get('5004').parent, get('5003').id, 'a reply to a deleted post keeps its parent');
      assert.equal(get('5001').parent, null);
      assert.deepEqual([...rows.values()].map((r) => r.status), ['published', 'published', 'deleted', 'published', 'spam', 'published']);
      assert.equal(get('5001').thread, 'https://blog.example/2019/hello-world/');
      assert.equal(get('5001').createdAt, '2019-03-01T10:00:00.000Z');
      assert.match(get('5001').emailHash ?? '', /^[\w-]{16,}$/, 'the address is kept hashed');
      assert.ok(![...rows.values()].some((r) => JSON.stringify(r).includes('marta@example.org')), 'never as is');
      assert.equal(get('5006').name, 'Zoë');

      const counts = await store.commentCounts(['https://blog.example/2019/hello-world/', 'https://blog.example/2019/second/']);
      // Published: 5001, 5002, 5004 (5003 is shown only as the placeholder over its reply); 5006.
      assert.equal(counts.get('https://blog.example/2019/hello-world/'), 3);
      const page = await store.commentPage({ thread: 'https://blog.example/2019/hello-world/', sort: 'oldest', limit: 10 }, 10);
      assert.deepEqual(page.rows.map((r) => [r.sourceId, r.status, r.replies.map((x) => x.sourceId)]),
        [['5001', 'published', ['5002']], ['5003', 'deleted', ['5004']]]);
      assert.equal(counts.get('https://blog.example/2019/second/'), 1);

      const again = await importFile(store, 'disqus', [fixture('disqus.xml')]);
      assert.equal(again.inserted, 0);
      assert.equal(again.existing, 6);
      assert.equal((await all(store)).length, 6);
    });

    test('WordPress: replies of replies, pending/spam/trash, and a reply stored before its parent', async () => {
      const { store } = await freshStore(adapter);
      const xml = fixture('wxr.xml').toString('utf8');
      // The reply (32) and its reply (33) first, each in its own batch, then their parent (31).
      const c31 = xml.match(/<wp:comment>\s*<wp:comment_id>31[^]*?<\/wp:comment>/)![0];
      const moved = xml.replace(c31, '').replace('</item>', `${c31}</item>`);
      const s = await importFile(store, 'wxr', [moved], { batchSize: 1 });
      assert.equal(s.inserted, 6);
      const rows = bySource(await all(store));
      const get = (id: string) => rows.get(`blog.example#${id}`)!;
      assert.equal(get('32').parent, get('31').id);
      assert.equal(get('33').parent, get('32').id);
      assert.deepEqual(['31', '32', '33', '34', '35', '40'].map((id) => get(id).status),
        ['published', 'published', 'pending', 'spam', 'deleted', 'published']);
      assert.equal(get('31').url, 'https://giulia.example/');
      assert.equal(get('32').url, null, 'a javascript: website is dropped');
      assert.equal(get('31').body, 'Che bella ricetta!\nLa provo domani.\n\nGrazie **mille** & a presto');
      const page = await store.commentPage({ thread: 'https://blog.example/2020/10/ricette-autunno/', sort: 'oldest', limit: 10 }, 10);
      assert.deepEqual(page.rows.map((r) => [r.sourceId, r.replies.map((x) => x.sourceId)]), [['blog.example#31', ['blog.example#32']]],
        'readers see the published comment and its published reply only');
      assert.equal((await importFile(store, 'wxr', [fixture('wxr.xml')])).inserted, 0);
    });

    test('JSON export → import into a fresh database → export: the same bytes', async () => {
      const { store: a } = await freshStore(adapter);
      await importFile(a, 'disqus', [fixture('disqus.xml')]);
      await importFile(a, 'wxr', [fixture('wxr.xml')]);
      // Comments written on the site itself: a verified one, edited and liked, and a reply to an
      // imported comment.
      const target = bySource(await all(a)).get('5001')!;
      const native = {
        thread: target.thread, name: 'Marta', url: null, emailHash: 'h-email', ipHash: 'h-ip', secretHash: 's1', status: 'published' as const,
      };
      assert.ok((await a.addComment({ ...native, id: 'native-1', parent: null, identity: '42', badge: 'verified', body: 'Written here', createdAt: Date.UTC(2024, 0, 1) }, 0)).ok);
      assert.ok((await a.addComment({ ...native, id: 'native-2', parent: target.id, identity: null, badge: null, body: 'A reply', createdAt: Date.UTC(2024, 0, 2) }, 0)).ok);
      await a.updateComment('native-1', { body: 'Written here, edited', editedAt: Date.UTC(2024, 0, 1, 0, 5) });
      // Likes per reader hash (mixed case, so no collation may reorder them), thread settings (one
      // thread without comments), bans (two at the same moment).
      for (const [reader, day] of [['reader-hash-1', 3], ['Reader-hash-2', 4], ['reader-hash-0', 4]] as const) {
        await a.like('native-1', reader, true, Date.UTC(2024, 0, day));
      }
      await a.like(target.id, 'reader-hash-1', true, Date.UTC(2024, 0, 5));
      await a.setThread('https://blog.example/2019/second/', { closed: true });
      await a.setThread('https://blog.example/2020/10/ricette-autunno/', { moderation: 'pre' });
      await a.setThread('https://blog.example/Empty/', { closed: true, moderation: 'post' });
      await a.addBan({ id: 'ban-b', ipHash: 'h-ip-banned', emailHash: null, comment: 'native-2', createdAt: Date.UTC(2024, 1, 1) });
      await a.addBan({ id: 'Ban-a', ipHash: null, emailHash: 'h-email-banned', comment: null, createdAt: Date.UTC(2024, 1, 1) });
      const first = await exported(a);
      const doc = JSON.parse(first);
      assert.equal(doc.version, 2);
      assert.equal(doc.comments.length, 14);
      assert.deepEqual(doc.threads.map((t: { key: string }) => t.key),
        ['https://blog.example/2019/second/', 'https://blog.example/2020/10/ricette-autunno/', 'https://blog.example/Empty/']);
      assert.deepEqual(doc.bans.map((b: { id: string }) => b.id), ['Ban-a', 'ban-b']);
      assert.deepEqual(doc.likes.map((l: { comment: string; reader: string }) => `${l.comment} ${l.reader}`),
        [`${target.id} reader-hash-1`, 'native-1 reader-hash-1', 'native-1 Reader-hash-2', 'native-1 reader-hash-0']);
      assert.ok(!first.includes('h-ip"') && !first.includes('"s1"'), 'no IP hash of a comment, no secret in the export');

      const { store: b } = await freshStore(adapter);
      const s = await importFile(b, 'json', [first], { batchSize: 5 });
      assert.equal(s.inserted, 14);
      assert.equal(s.extras, 3 + 2 + 4);
      const second = await exported(b);
      assert.equal(second, first);
      // The settings, bans and likes work in the copy: closed, pre-moderated, banned, one like per reader.
      assert.equal((await b.thread('https://blog.example/2019/second/')).closed, true);
      assert.equal((await b.thread('https://blog.example/2020/10/ricette-autunno/')).moderation, 'pre');
      assert.equal(await b.banned('h-ip-banned', null), true);
      assert.equal(await b.banned(null, 'h-email-banned'), true);
      assert.deepEqual(await b.like('native-1', 'Reader-hash-2', true, Date.UTC(2024, 2, 1)), { likes: 3, liked: true }, 'a second like of the same reader counts once');
      assert.deepEqual(await b.like('native-1', 'reader-hash-9', true, Date.UTC(2024, 2, 1)), { likes: 4, liked: true });
      await b.like('native-1', 'reader-hash-9', false, Date.UTC(2024, 2, 1));
      // The hashes match new readers in the copy only with the same server secret: an export that
      // carries it gives it to an empty database, never to one that hashed data with its own.
      assert.notEqual(await b.serverSecret(), await a.serverSecret());
      const withSecret = await exported(a, true);
      const { store: d } = await freshStore(adapter);
      await d.serverSecret();
      assert.equal((await importFile(d, 'json', [withSecret])).secret, 'adopted');
      assert.equal(await d.serverSecret(), await a.serverSecret());
      assert.equal(await exported(d, true), withSecret);
      assert.equal((await importFile(b, 'json', [withSecret])).secret, 'kept');
      assert.notEqual(await b.serverSecret(), await a.serverSecret());
      // An export of version 1 (comments only) still imports, to the same comments.
      const v1 = `${first.slice(0, first.indexOf('\n],"threads"')).replace('"version":2', '"version":1')}\n]}\n`;
      const { store: c } = await freshStore(adapter);
      assert.equal((await importFile(c, 'json', [v1])).inserted, 14);
      assert.equal(JSON.stringify(JSON.parse(await exported(c)).comments), JSON.stringify(doc.comments));
      // And the copy is a working thread, with counts and replies where they were.
      const keys = ['https://blog.example/2019/hello-world/', 'https://blog.example/2019/second/', 'https://blog.example/2020/10/ricette-autunno/'];
      assert.deepEqual(await b.commentCounts(keys), await a.commentCounts(keys));
      // Insertion numbers, and the secrets and IP hashes an export leaves out, aside: readers get
      // the same page.
      const page = async (s: Store) => JSON.stringify(await s.commentPage({ thread: keys[0]!, sort: 'top', limit: 10 }, 10),
        (k, v: unknown) => (k === 'seq' || k === 'ipHash' || k === 'secretHash' ? undefined : v));
      assert.equal(await page(b), await page(a));
      assert.equal((await importFile(b, 'json', [second])).inserted, 0, 'a second import adds nothing');
      // The original files after a restore: already there.
      assert.equal((await importFile(b, 'disqus', [fixture('disqus.xml')])).inserted, 0);
    });
  });
}

test('speed and memory of a large import into SQLite', async () => {
  const { store } = await freshStore(adapters[0]!);
  const MB = 1024 * 1024;
  const size = 10 * MB;
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  const started = performance.now();
  const s = await importFile(store, 'disqus', bigDisqus(size, { threads: 400 }), {
    batchSize: 1000,
    onProgress: () => { peak = Math.max(peak, process.memoryUsage().heapUsed - before); },
  });
  const sec = (performance.now() - started) / 1000;
  console.log(`# ${size / MB} MB Disqus export into SQLite: ${s.inserted} comments in ${sec.toFixed(1)} s ` +
    `(${Math.round(s.inserted / sec)}/s), heap at most ${(peak / MB).toFixed(1)} MB above the start`);
  assert.ok(s.inserted > 18_000);
  assert.ok(peak < 96 * MB);
});
