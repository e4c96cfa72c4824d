// An import names parents by source id, and source ids are only unique per source: a reply whose
// parent id exists only on another page must not be hung under that page's comment (it would
// show on the wrong page, under a stranger's comment). Found by the comment bench, which seeded two
// threads with overlapping ids.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportedComment } from '../../src/server/index.js';
import { adapters, freshStore } from './helpers.js';

const A = 'https://blog.example/a';
const B = 'https://blog.example/b';
const row = (thread: string, sourceId: string, parentSourceId?: string): ImportedComment => ({
  source: 'json', sourceId, parentSourceId, thread, name: `Reader ${sourceId}`, body: `${thread} ${sourceId}`,
  createdAt: new Date(Date.UTC(2024, 0, 1, 0, Number(sourceId))), status: 'published',
});

for (const adapter of adapters) {
  describe(`comment import across threads (${adapter.name})`, { skip: adapter.skip }, () => {
    test('a parent is looked for on the reply\'s own page only', async () => {
      const { store } = await freshStore(adapter);
      await store.importComments([row(A, '1')]);
      await store.importComments([row(B, '2', '1')]);
      const a = await store.commentPage({ thread: A, sort: 'oldest', limit: 10 }, 50);
      assert.deepEqual(a.rows.map((r) => [r.body, r.replies.map((x) => x.body)]), [[`${A} 1`, []]]);
      const reply = (await store.commentPage({ thread: B, sort: 'oldest', limit: 10 }, 50)).rows;
      // Its parent is not on page B: it is not linked to page A's comment.
      for (const r of reply) assert.notEqual(r.parent ?? null, a.rows[0].id);
      assert.equal((await store.thread(A)).total, 1);
    });
  });
}
