// Comment storage on each real database: imports in batches (replies before their parents,
// idempotent), the JSON export importing back identically, and cursor pagination over a thread of
// more than a thousand comments through the HTTP API.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExportedComment, ImportedComment, Store } from '../../src/server/index.js';
import { harness, THREAD, type CommentJson } from './comment-harness.js';
import { adapters, freshStore } from './helpers.js';

const at = (min: number) => new Date(Date.UTC(2024, 0, 1) + min * 60_000);
const row = (over: Partial<ImportedComment> & { sourceId: string }): ImportedComment => ({
  source: 'disqus', thread: THREAD, name: `Reader ${over.sourceId}`, body: `Comment ${over.sourceId}`, createdAt: at(Number(over.sourceId)),
  status: 'published', ...over,
});
const all = async (s: Store) => {
  const out: ExportedComment[] = [];
  for await (const c of s.exportComments()) out.push(c);
  return out;
};
/** What an export row becomes when imported back (what `smm-kit import --format json` does). */
const back = (e: ExportedComment): ImportedComment => ({
  source: (e.source ?? 'json') as ImportedComment['source'], sourceId: e.sourceId ?? e.id, id: e.id, parentId: e.parent ?? undefined,
  thread: e.thread, name: e.name, emailHash: e.emailHash ?? undefined, url: e.url ?? undefined, body: e.body,
  createdAt: new Date(e.createdAt), editedAt: e.editedAt ? new Date(e.editedAt) : undefined, status: e.status, likes: e.likes,
  badge: e.badge ?? undefined, identity: e.identity ?? undefined,
});

for (const adapter of adapters) {
  describe(`comment store (${adapter.name})`, { skip: adapter.skip }, () => {
    test('imports in batches: replies may come before their parents; re-importing skips what is there', async () => {
      const { store } = await freshStore(adapter);
      const first = await store.importComments([
        row({ sourceId: '3', parentSourceId: '2' }),
        row({ sourceId: '1', email: 'Ann@Example.org', likes: 4 }),
      ]);
      assert.deepEqual(first, { inserted: 2, skipped: 0 });
      const second = await store.importComments([
        row({ sourceId: '2', parentSourceId: '1', status: 'deleted' }),
        row({ sourceId: '4', status: 'spam' }),
        row({ sourceId: '1' }),
      ]);
      assert.deepEqual(second, { inserted: 2, skipped: 1 });
      const rows = await all(store);
      const id = (sid: string) => rows.find((r) => r.sourceId === sid)!.id;
      assert.deepEqual(rows.map((r) => [r.sourceId, r.parent && rows.find((p) => p.id === r.parent)!.sourceId]).sort(),
        [['1', null], ['2', '1'], ['3', '2'], ['4', null]]);
      assert.equal((await store.comment(id('3')))!.root, id('1'));
      assert.ok(rows.find((r) => r.sourceId === '1')!.emailHash, 'e-mails are kept only hashed');
      assert.equal(JSON.stringify(rows).includes('Ann@'), false);
      // The deleted comment stays as a placeholder over its published reply; spam is unseen.
      assert.equal((await store.thread(THREAD)).total, 2);
      const page = await store.commentPage({ thread: THREAD, sort: 'oldest', limit: 10 }, 50);
      assert.deepEqual(page.rows.map((r) => [r.sourceId, r.likes, r.replies.map((x) => [x.sourceId, x.status])]),
        [['1', 4, [['2', 'deleted'], ['3', 'published']]]]);
      assert.deepEqual(await store.commentCounts([THREAD, 'https://blog.example/none']), new Map([[THREAD, 2]]));
    });

    test('the JSON export imports back identically into an empty database', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      await h.store.importComments([row({ sourceId: '1', email: 'a@example.org' }), row({ sourceId: '2', parentSourceId: '1', status: 'pending' })]);
      const mine = await h.post({ body: 'native', url: 'https://me.example' });
      await h.call('post', `/v1/comments/${mine.body.comment.id}/like`, { reader: 'device-aaaaaaaaaaaaaaaa' });
      await h.call('patch', `/v1/comments/${mine.body.comment.id}`, { body: 'native, edited' }, { authorization: `Bearer ${mine.body.secret}` });
      const exported = await all(h.store);
      assert.equal(exported.length, 3);
      const { store: other } = await freshStore(adapter);
      // Newest first, so every reply comes before its parent.
      assert.deepEqual(await other.importComments(exported.map(back).reverse()), { inserted: 3, skipped: 0 });
      assert.deepEqual(await other.importComments(exported.map(back)), { inserted: 0, skipped: 3 });
      const again = await all(other);
      const byId = (xs: ExportedComment[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
      assert.deepEqual(byId(again), byId(exported));
      assert.equal((await other.thread(THREAD)).total, (await h.store.thread(THREAD)).total);
    });

    test('pagination over 1,200 top-level comments and a 120-reply sub-thread: every comment once, in order', async () => {
      const h = await harness(adapter);
      const rows: ImportedComment[] = [];
      for (let i = 1; i <= 1200; i++) rows.push(row({ sourceId: String(i), createdAt: at(i) }));
      for (let i = 1; i <= 120; i++) rows.push(row({ sourceId: `r${i}`, parentSourceId: i % 2 ? '600' : `r${i - 1}`, createdAt: at(2000 + i) }));
      for (let i = 0; i < rows.length; i += 500) await h.store.importComments(rows.slice(i, i + 500));

      const seen: string[] = [];
      const byBody = new Map<string, CommentJson>();
      let cursor = '';
      let pages = 0;
      let total: number;
      do {
        const page = await h.list(`&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
        total = page.total;
        seen.push(...page.comments.map((c) => c.body));
        for (const c of page.comments) byBody.set(c.body, c);
        cursor = page.next ?? '';
        pages++;
      } while (cursor);
      assert.equal(pages, 12);
      assert.equal(total, 1320);
      assert.deepEqual(seen, Array.from({ length: 1200 }, (_, i) => `Comment ${1200 - i}`));

      const first = await h.list('&limit=10&sort=oldest');
      assert.deepEqual(first.comments.map((c) => c.body), Array.from({ length: 10 }, (_, i) => `Comment ${i + 1}`));
      const root = byBody.get('Comment 600')!;
      assert.equal(root.replyCount, 120);
      assert.equal(root.replies!.length, 50);
      const replies = root.replies!.map((r) => r.body);
      let next = root.repliesNext;
      while (next) {
        const more = await h.list(`&parent=${root.id}&limit=30&cursor=${next}`);
        replies.push(...more.comments.map((c) => c.body));
        next = more.next;
      }
      assert.deepEqual(replies, Array.from({ length: 120 }, (_, i) => `Comment r${i + 1}`));
      const firstReplies = await h.list(`&parent=${root.id}&limit=5`);
      assert.deepEqual(firstReplies.comments.map((c) => c.body), ['Comment r1', 'Comment r2', 'Comment r3', 'Comment r4', 'Comment r5']);
      assert.equal((await h.call('get', `/v1/comments?thread=${encodeURIComponent(THREAD)}&parent=${root.replies![0]!.id}`)).status, 404,
        'replies are paged under top-level comments only');
    });
  });
}
