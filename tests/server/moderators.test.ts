// Named moderator tokens and the audit log, against each real storage adapter: tokens are stored
// only hashed, get into every admin route beside the owner's token, are refused at once after a
// revocation (also by another server instance on the same database), and every action recorded
// with audit() names who did it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { audit, newModeratorId, newModeratorToken, requireAdmin, tokenHash } from '../../src/server/admin.js';
import { createApp, openStore, type Store } from '../../src/server/index.js';
import { adapters, contract, freshStore } from './helpers.js';

const TOKEN = 'test-admin-token-0123456789';
const T0 = new Date('2025-03-10T10:00:00Z');

async function addModerator(store: Store, name: string): Promise<string> {
  const token = newModeratorToken();
  assert.ok(await store.addModerator({ id: newModeratorId(), name, tokenHash: tokenHash(token), createdAt: T0.getTime() }));
  return token;
}

const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

for (const adapter of adapters) {
  describe(`moderators and audit (${adapter.name})`, { skip: adapter.skip }, () => {
    test('a moderator token opens the admin routes and says who it is; the owner is "admin"', async () => {
      const { store } = await freshStore(adapter);
      const app = createApp({ store, adminToken: TOKEN, now: () => T0 });
      const token = await addModerator(store, 'marta');
      assert.match(token, /^smm_mod_[\w-]{43}$/);
      const me = await contract(await app.request('/v1/admin/me', auth(token)), 'get', '/v1/admin/me');
      assert.deepEqual({ ...me.moderator, id: undefined }, { id: undefined, name: 'marta', role: 'moderator' });
      const owner = await contract(await app.request('/v1/admin/me', auth(TOKEN)), 'get', '/v1/admin/me');
      assert.deepEqual(owner.moderator, { id: null, name: 'admin', role: 'owner' });
      assert.equal((await app.request('/v1/stats', auth(token))).status, 200);
    });

    test('only the hash is stored; names are unique among active moderators', async () => {
      const { store } = await freshStore(adapter);
      const token = await addModerator(store, 'marta');
      const [m] = await store.moderators();
      assert.equal(JSON.stringify(m).includes(token), false);
      assert.equal(await store.addModerator({ id: newModeratorId(), name: 'marta', tokenHash: tokenHash('x'), createdAt: 1 }), false);
      assert.ok(await store.revokeModerator('marta', 2));
      assert.equal(await store.revokeModerator('marta', 3), false, 'already revoked');
      assert.ok(await store.addModerator({ id: newModeratorId(), name: 'marta', tokenHash: tokenHash('y'), createdAt: T0.getTime() + 4 }),
        'the name is free again once revoked');
      assert.deepEqual((await store.moderators()).map((x) => [x.name, x.revokedAt]), [['marta', 2], ['marta', null]]);
    });

    test('a revoked token is refused at once, also by another instance on the same database', async () => {
      const { store, spec } = await freshStore(adapter);
      const other = await openStore(spec);
      try {
        const a = createApp({ store, adminToken: TOKEN });
        const b = createApp({ store: other, adminToken: TOKEN });
        const token = await addModerator(store, 'luca');
        assert.equal((await a.request('/v1/admin/me', auth(token))).status, 200);
        assert.equal((await b.request('/v1/admin/me', auth(token))).status, 200);
        assert.ok(await other.revokeModerator('luca', Date.now()));
        for (const app of [a, b]) {
          const res = await app.request('/v1/admin/me', auth(token));
          assert.equal(res.status, 401);
          assert.match((await contract(res, 'get', '/v1/admin/me')).error.message, /neither the admin token nor an active moderator/);
        }
      } finally {
        await other.close();
      }
    });

    test('one guard on /v1/admin/*: one token lookup per request, whichever module serves the route', async () => {
      const { store } = await freshStore(adapter);
      const app = createApp({ store, adminToken: TOKEN, rateLimit: false });
      const token = await addModerator(store, 'ada');
      let lookups = 0;
      const lookup = store.moderatorByToken.bind(store);
      store.moderatorByToken = (hash) => { lookups++; return lookup(hash); };
      for (const path of ['/v1/admin/me', '/v1/admin/comments', '/v1/admin/bans', '/v1/admin/testimonials', '/v1/admin/walls/main', '/v1/admin/nothing-here']) {
        lookups = 0;
        const res = await app.request(path, auth(token));
        assert.equal(res.status, path.endsWith('nothing-here') ? 404 : 200, path);
        assert.equal(lookups, 1, path);
        lookups = 0;
        assert.equal((await app.request(path, auth(newModeratorToken()))).status, 401, path);
        assert.equal(lookups, 1, path);
      }
    });

    test('without an admin token, moderators still get in and everyone else gets 403', async () => {
      const { store } = await freshStore(adapter);
      const app = createApp({ store });
      const token = await addModerator(store, 'marta');
      assert.equal((await app.request('/v1/admin/me', auth(token))).status, 200);
      const res = await app.request('/v1/admin/me', auth(`${token}x`));
      assert.equal(res.status, 403);
      assert.equal((await contract(res, 'get', '/v1/admin/me')).error.code, 'admin_disabled');
    });

    test('guessing tokens is rate limited', async () => {
      const { store } = await freshStore(adapter);
      const app = createApp({ store, adminToken: TOKEN, rateLimit: { max: 2, windowSec: 60 } });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await app.request('/v1/admin/me', auth(newModeratorToken()))).status);
      assert.deepEqual(statuses, [401, 401, 429]);
    });

    test('audit() records who did what to which item; the log pages newest first and filters', async () => {
      const { store } = await freshStore(adapter);
      let clock = T0.getTime();
      const now = () => new Date(clock);
      // A moderation route of any kind, behind the same guard the app uses.
      const mod = new Hono();
      mod.post('/:kind/:id/:action', requireAdmin({ token: TOKEN, store, limiter: undefined, ip: () => 'x', now }), async (c) => {
        await audit(c, c.req.param('action'), c.req.param('kind'), c.req.param('id'), c.req.query('detail'));
        return c.json({ ok: true });
      });
      const marta = await addModerator(store, 'marta');
      const post = (path: string, token: string) => mod.request(path, { method: 'POST', ...auth(token) });
      assert.equal((await post('/comment/c1/approve', marta)).status, 200);
      clock += 1000;
      assert.equal((await post('/comment/c2/spam', TOKEN)).status, 200);
      clock += 1000;
      assert.equal((await post('/testimonial/t1/feature?detail=tag%3Dhome', marta)).status, 200);
      assert.equal((await post('/comment/c3/approve', 'wrong-token-0123456789')).status, 401);

      const app = createApp({ store, adminToken: TOKEN });
      const log = await contract(await app.request('/v1/admin/audit', auth(marta)), 'get', '/v1/admin/audit');
      assert.deepEqual(log.entries.map((e) => [e.moderator, e.owner, e.action, e.kind, e.item, e.detail ?? null, e.at]), [
        ['marta', false, 'feature', 'testimonial', 't1', 'tag=home', '2025-03-10T10:00:02.000Z'],
        ['admin', true, 'spam', 'comment', 'c2', null, '2025-03-10T10:00:01.000Z'],
        ['marta', false, 'approve', 'comment', 'c1', null, '2025-03-10T10:00:00.000Z'],
      ]);
      assert.equal(log.next, null);
      const first = await contract(await app.request('/v1/admin/audit?limit=2', auth(TOKEN)), 'get', '/v1/admin/audit');
      assert.equal(first.entries.length, 2);
      const rest = await contract(await app.request(`/v1/admin/audit?limit=2&before=${first.next}`, auth(TOKEN)), 'get', '/v1/admin/audit');
      assert.deepEqual(rest.entries.map((e) => e.item), ['c1']);
      const comments = await contract(await app.request('/v1/admin/audit?kind=comment&item=c2', auth(TOKEN)), 'get', '/v1/admin/audit');
      assert.deepEqual(comments.entries.map((e) => e.action), ['spam']);
      const bad = await app.request('/v1/admin/audit?limit=0', auth(TOKEN));
      assert.equal(bad.status, 400);
      assert.match((await contract(bad, 'get', '/v1/admin/audit')).error.message, /limit: must be at least 1/);
      assert.equal((await app.request('/v1/admin/audit')).status, 401);
    });
  });
}

for (const adapter of adapters) {
  describe(`comment moderation is audited (${adapter.name})`, { skip: adapter.skip }, () => {
    test('approve, edit, reply as the site, ban and delete each leave who, what and which comment', async () => {
      const { store } = await freshStore(adapter);
      const SITE = 'https://blog.example';
      let clock = Date.parse('2025-03-10T10:00:00Z');
      const app = createApp({ store, adminToken: TOKEN, origins: [SITE], now: () => new Date(clock), comments: { moderation: 'pre', minFillSec: 0 } });
      const marta = await addModerator(store, 'marta');
      const thread = `${SITE}/post`;
      const page = await (await app.request(`/v1/comments?thread=${encodeURIComponent(thread)}`, { headers: { origin: SITE } })).json();
      const posted = await app.request('/v1/comments', {
        method: 'POST', headers: { 'content-type': 'application/json', origin: SITE },
        body: JSON.stringify({ thread, name: 'Reader', email: 'reader@example.org', body: 'Hello there', form: page.form }),
      });
      assert.equal(posted.status, 202, await posted.clone().text());
      const { comment } = await posted.json();
      const as = (token: string, method: string, path: string, body?: unknown) => app.request(path, {
        method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin: SITE },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      assert.equal((await as(marta, 'POST', `/v1/admin/comments/${comment.id}/approve`)).status, 200);
      assert.equal((await as(TOKEN, 'PATCH', `/v1/admin/comments/${comment.id}`, { body: 'Hello there!' })).status, 200);
      const reply = await as(marta, 'POST', '/v1/comments', { thread, parent: comment.id, name: 'The blog', body: 'Thanks!', form: page.form });
      assert.equal(reply.status, 201, await reply.clone().text());
      const replied = (await reply.json()).comment;
      assert.equal(replied.author.badge, 'moderator');
      assert.equal((await as(marta, 'POST', `/v1/admin/comments/${comment.id}/ban`, { ip: true, email: true })).status, 201);
      clock += 1000;
      assert.equal((await as(marta, 'DELETE', `/v1/admin/comments/${replied.id}`)).status < 300, true);
      const log = await contract(await app.request('/v1/admin/audit', auth(TOKEN)), 'get', '/v1/admin/audit');
      assert.deepEqual(log.entries.map((e) => [e.moderator, e.action, e.item]), [
        ['marta', 'delete', replied.id],
        ['marta', 'ban', comment.id],
        ['marta', 'reply', replied.id],
        ['admin', 'edit', comment.id],
        ['marta', 'approve', comment.id],
      ]);
      assert.equal(log.entries.at(-1)!.detail, 'pending → published');
    });
  });
}
