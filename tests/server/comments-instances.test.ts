// Two server instances on one database, the way a site outgrows one machine (PostgreSQL behind a
// load balancer; two processes on one SQLite file work the same). What one instance decides, the
// other must honour: form tokens, rate limits, likes, the edit window, bans and duplicates all
// live in the database, not in one process's memory.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openStore, type CommentOptions } from '../../src/server/index.js';
import { harness, THREAD, TOKEN, type Harness } from './comment-harness.js';
import { adapters, onCleanup } from './helpers.js';

for (const adapter of adapters) {
  describe(`two instances on one database (${adapter.name})`, { skip: adapter.skip }, () => {
    async function pair(comments: CommentOptions = {}): Promise<[Harness, Harness]> {
      const spec = await adapter.fresh();
      const opts = { trustProxy: true, comments: { moderation: 'post' as const, ...comments } };
      const stores = await Promise.all([openStore(spec), openStore(spec)]);
      onCleanup(() => Promise.all(stores.map((s) => s.close())));
      return [await harness(adapter, opts, stores[0]), await harness(adapter, opts, stores[1])];
    }
    const ip = { 'x-forwarded-for': '192.0.2.7' };
    const both = (a: Harness, b: Harness, sec: number) => (a.tick(sec), b.tick(sec));

    test('a form token from one instance is good on the other (one server secret in the database)', async () => {
      const [a, b] = await pair();
      const { form } = await a.list();
      b.tick(5);
      const res = await b.call('post', '/v1/comments', { thread: THREAD, name: 'Ann', body: 'hi', form }, ip);
      assert.equal(res.status, 201);
      assert.equal((await a.list()).total, 1);
    });

    test('rate limits count the writes of both instances', async () => {
      const [a, b] = await pair({ limits: { perIp: { max: 3, windowSec: 60 } } });
      assert.equal((await a.post({ body: '1' }, ip)).status, 201);
      assert.equal((await b.post({ body: '2' }, ip)).status, 201);
      assert.equal((await a.post({ body: '3' }, ip)).status, 201);
      const fourth = await b.post({ body: '4' }, ip);
      assert.equal(fourth.status, 429);
      assert.ok(Number(fourth.res.headers.get('retry-after')) >= 1);
      assert.equal((await a.post({ body: '5' }, ip)).status, 429);
    });

    test('a like is counted once whichever instance receives it, and taken back on either', async () => {
      const [a, b] = await pair();
      const { body } = await a.post({ body: 'like me' });
      const like = (h: Harness, method: 'post' | 'delete' = 'post') => h.call(method, `/v1/comments/${body.comment.id}/like`, { reader: 'one-device-0123456789' });
      const [x, y] = await Promise.all([like(a), like(b)]);
      assert.deepEqual([x.body.liked, y.body.liked], [true, true]);
      assert.deepEqual((await like(b)).body, { likes: 1, liked: true });
      assert.deepEqual((await like(a, 'delete')).body, { likes: 0, liked: false });
      assert.deepEqual((await like(b, 'delete')).body, { likes: 0, liked: false });
      assert.equal((await b.list()).comments[0]!.likes, 0);
    });

    test('the edit window started on one instance ends on the other', async () => {
      const [a, b] = await pair({ editWindowSec: 900 });
      const { body } = await a.post({ body: 'typo' });
      b.clock.now = a.clock.now;
      const auth = { authorization: `Bearer ${body.secret}` };
      both(a, b, 600);
      assert.equal((await b.call('patch', `/v1/comments/${body.comment.id}`, { body: 'fixed on b' }, auth)).status, 200);
      assert.equal((await a.list()).comments[0]!.body, 'fixed on b');
      both(a, b, 301);
      const late = await b.call('patch', `/v1/comments/${body.comment.id}`, { body: 'too late' }, auth);
      assert.equal(late.status, 403);
      assert.match(late.body.error.message, /edit window is over/);
      assert.equal((await a.call('delete', `/v1/comments/${body.comment.id}`, undefined, auth)).status, 403);
    });

    test('a ban made through one instance holds on the other; a duplicate is seen across them', async () => {
      const [a, b] = await pair();
      const { body } = await a.post({ body: 'spam spam' }, ip);
      assert.equal((await b.post({ body: 'spam spam', name: 'Other' }, { 'x-forwarded-for': '192.0.2.99' })).status, 409);
      assert.equal((await a.call('post', `/v1/admin/comments/${body.comment.id}/ban`, { ip: true }, { authorization: `Bearer ${TOKEN}` })).status, 201);
      const refused = await b.post({ body: 'from the other instance' }, ip);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'banned');
    });

    test('concurrent posts on both instances keep the thread\'s count exact', async () => {
      const [a, b] = await pair({ limits: { perIp: false, perThread: false, site: false } });
      const [fa, fb] = [await a.list(), await b.list()];
      both(a, b, 5);
      const posts = Array.from({ length: 20 }, (_, i) => (i % 2 ? b : a).call('post', '/v1/comments',
        { thread: THREAD, name: `R${i}`, body: `concurrent ${i}`, form: (i % 2 ? fb : fa).form }));
      assert.deepEqual((await Promise.all(posts)).map((r) => r.status), Array(20).fill(201));
      assert.equal((await a.list()).total, 20);
      assert.equal((await b.list('&limit=100')).comments.length, 20);
    });
  });
}
