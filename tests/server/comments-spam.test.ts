// The comment wall's defences, against each real store: validation with field-naming 400s (and
// the OpenAPI schema rejecting the same input), text cleaning, honeypot, form token and minimum
// fill time, rate limits held in the database, duplicates, links, bans and the spam hook.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { openapi } from '../../src/server/openapi.js';
import { harness, SITE, THREAD, TOKEN } from './comment-harness.js';
import { adapters } from './helpers.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
ajv.addSchema(structuredClone(openapi) as object, 'openapi');
const matches = (schema: string, body: unknown) => ajv.getSchema(`openapi#/components/schemas/${schema}`)!(body) as boolean;

const ok = { thread: THREAD, name: 'Ann', body: 'Hello', form: 'x' };
const invalid: [name: string, body: unknown, path: string, message: RegExp][] = [
  ['an array', [ok], '', /must be a JSON object/],
  ['no thread', { ...ok, thread: undefined }, 'thread', /is required/],
  ['a relative thread', { ...ok, thread: '/post' }, 'thread', /absolute http\(s\) URL/],
  ['a javascript: thread', { ...ok, thread: 'javascript:alert(1)' }, 'thread', /absolute http\(s\) URL/],
  ['no name and no identity', { ...ok, name: undefined }, 'name', /is required/],
  ['a name of 81 characters', { ...ok, name: 'n'.repeat(81) }, 'name', /at most 80 characters/],
  ['a blank name', { ...ok, name: '   ' }, 'name', /must not be empty/],
  ['a name that is a number', { ...ok, name: 42 }, 'name', /must be a string/],
  ['an empty body', { ...ok, body: '' }, 'body', /must not be empty/],
  ['a body of white space', { ...ok, body: ' \n\t ' }, 'body', /must not be empty/],
  ['a body of 5001 characters', { ...ok, body: 'b'.repeat(5001) }, 'body', /at most 5000 characters/],
  ['a body of 5001 emoji', { ...ok, body: '😀'.repeat(5001) }, 'body', /at most 5000 characters/],
  ['a javascript: website', { ...ok, url: 'javascript:alert(1)' }, 'url', /absolute http\(s\) URL/],
  ['a data: website', { ...ok, url: 'data:text/html,<script>alert(1)</script>' }, 'url', /absolute http\(s\) URL/],
  ['a quote-breaking website', { ...ok, url: '" onmouseover="alert(1)' }, 'url', /absolute http\(s\) URL/],
  ['an e-mail without @', { ...ok, email: 'ann.example.org' }, 'email', /e-mail address/],
  ['an e-mail with spaces', { ...ok, email: 'ann @example.org' }, 'email', /e-mail address/],
  ['an e-mail without a dot in the domain', { ...ok, email: 'ann@localhost' }, 'email', /e-mail address/],
  ['a parent that is not an id', { ...ok, parent: '../x' }, 'parent', /comment id/],
  ['a filled honeypot', { ...ok, hp: 'http://spam.example' }, 'hp', /must be empty/],
  ['an unknown field', { ...ok, admin: true }, 'admin', /unknown field "admin"/],
  ['an empty form token', { ...ok, form: '' }, 'form', /form token/],
];
const valid: [name: string, body: unknown][] = [
  ['the minimum', ok],
  ['empty optional fields, as a form sends them', { ...ok, email: '', url: '' }],
  ['every field', { ...ok, parent: 'abcDEF123_-x', email: 'ann@mail.example.org', url: 'https://ann.example/', hp: '', proof: 'p', identity: 'a.b.c' }],
  ['an identity instead of a name', { thread: THREAD, body: 'x', identity: 'a.b.c', form: 'x' }],
  ['5000 emoji', { ...ok, body: '😀'.repeat(5000) }],
];

// The other request bodies: [schema, body, the route's issue path or null when valid].
const bodies: [schema: string, body: unknown, path: string | null][] = [
  ['CommentEdit', { body: 'fixed' }, null],
  ['CommentEdit', { body: '' }, 'body'],
  ['CommentEdit', { body: 'x', status: 'published' }, 'status'],
  ['LikeRequest', { reader: 'a-device-id-0123456789' }, null],
  ['LikeRequest', { reader: 'short' }, 'reader'],
  ['LikeRequest', { reader: 'has spaces in it 0123456789' }, 'reader'],
  ['LikeRequest', {}, 'reader'],
  ['BanRequest', { ip: true }, null],
  ['BanRequest', { ip: true, email: false }, null],
  ['BanRequest', { ip: false, email: false }, ''],
  ['BanRequest', { ip: 'yes' }, 'ip'],
  ['ThreadSettings', { thread: THREAD, closed: true, moderation: null }, null],
  ['ThreadSettings', { thread: THREAD, moderation: 'sometimes' }, 'moderation'],
  ['ThreadSettings', { closed: true }, 'thread'],
];
const routes: Record<string, (h: Awaited<ReturnType<typeof harness>>, id: string, body: unknown) => ReturnType<Awaited<ReturnType<typeof harness>>['admin']>> = {
  CommentEdit: (h, id, body) => h.admin('patch', `/v1/comments/${id}`, body),
  LikeRequest: (h, id, body) => h.call('post', `/v1/comments/${id}/like`, body),
  BanRequest: (h, id, body) => h.admin('post', `/v1/admin/comments/${id}/ban`, body),
  ThreadSettings: (h, _id, body) => h.admin('put', '/v1/admin/threads', body),
};

for (const adapter of adapters) {
  describe(`comment defences (${adapter.name})`, { skip: adapter.skip }, () => {
    describe('validation: 400 naming the field, nothing stored, and the OpenAPI schema agrees', () => {
      for (const [name, body, path, message] of invalid) {
        test(`400 for ${name}`, async () => {
          const h = await harness(adapter, { comments: { moderation: 'post' } });
          assert.equal(matches('NewComment', body), false, 'the OpenAPI schema must reject it too');
          // Fields are checked before the form token, so none is needed here.
          const res = await h.call('post', '/v1/comments', body);
          assert.equal(res.status, 400);
          const issue = res.body.error.issues?.find((i) => i.path === path);
          assert.ok(issue, `an issue at "${path}" in ${JSON.stringify(res.body.error)}`);
          assert.match(issue.message, message);
          assert.match(res.body.error.message, message);
          assert.equal((await h.admin('get', '/v1/admin/comments')).body.comments.length, 0);
        });
      }
      for (const [name, body] of valid) {
        test(`the OpenAPI schema accepts ${name}`, () => assert.ok(matches('NewComment', body)));
      }
      for (const [schema, body, path] of bodies) {
        test(`${schema} ${JSON.stringify(body)}: ${path === null ? 'accepted' : `400 at "${path}"`} by the route and the OpenAPI schema alike`, async () => {
          assert.equal(matches(schema, body), path === null);
          const h = await harness(adapter, { comments: { moderation: 'post' } });
          const { body: made } = await h.post({ body: 'target' });
          const res = await routes[schema]!(h, made.comment.id, body);
          if (path === null) return assert.ok(res.status < 300, JSON.stringify(res.body));
          assert.equal(res.status, 400);
          assert.ok(res.body.error.issues?.some((i) => i.path === path), JSON.stringify(res.body.error));
        });
      }
      test('malformed JSON, a form body, a wrong content type and a huge body are refused', async () => {
        const h = await harness(adapter);
        assert.equal((await h.call('post', '/v1/comments', '{"thread":')).body.error.code, 'malformed_json');
        const form = await h.app.request('/v1/comments', { method: 'POST', body: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        assert.equal(form.status, 415);
        const big = await h.call('post', '/v1/comments', { ...ok, body: 'x'.repeat(40_000) });
        assert.equal(big.status, 413);
      });
      test('text/plain JSON (no CORS preflight) is accepted', async () => {
        const h = await harness(adapter, { comments: { moderation: 'post' } });
        const { form } = await h.list();
        h.tick(5);
        const res = await h.call('post', '/v1/comments', { ...ok, form }, { 'content-type': 'text/plain;charset=UTF-8' });
        assert.equal(res.status, 201);
      });
    });

    test('texts are stored NFC, without control or bidi-override characters; bodies stay raw text', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const raw = 'Cafe\u0301 <script>alert(1)</script>\r\n**ok** \u202Egnp.exe\u202C\u0007 \u2066iso\u2069\ud800';
      const { body } = await h.post({ name: ' Jose\u0301\u0000\n Smith\u202E ', body: raw, url: 'HTTPS://Ann.Example' });
      assert.equal(body.comment.author.name, 'José Smith');
      assert.equal(body.comment.body, 'Café <script>alert(1)</script>\n**ok** gnp.exe iso\uFFFD');
      assert.equal(body.comment.author.url, 'https://ann.example/');
      assert.equal((await h.list()).comments[0]!.body, body.comment.body);
    });

    test('the form token: required, bound to its thread, signed by this server, good for a day', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const { form } = await h.list();
      h.tick(5);
      const post = (fields: Record<string, unknown>) => h.call('post', '/v1/comments', { ...ok, ...fields });
      assert.deepEqual((await post({ form: undefined })).body.error.issues, [{ path: 'form', message: 'is required (the form token from GET /v1/comments)' }]);
      const other = await post({ form, thread: `${SITE}/other` });
      assert.equal(other.status, 400);
      assert.match(other.body.error.message, /form: is not a form token of this server for this thread/);
      const forged = await post({ form: form.replace(/\.(.)/, (_, c) => `.${c === 'A' ? 'B' : 'A'}`) });
      assert.equal(forged.status, 400);
      const elsewhere = await harness(adapter);
      const foreign = await elsewhere.list();
      assert.equal((await post({ form: foreign.form })).status, 400, 'another database, another secret');
      h.tick(86_400);
      const expired = await post({ form, body: 'late' });
      assert.equal(expired.status, 400);
      assert.match(expired.body.error.message, /expired/);
    });

    test('minimum fill time: posting sooner than minFillSec after loading the form is 429 with Retry-After', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post', minFillSec: 4 } });
      const { form } = await h.list();
      h.tick(1);
      const fast = await h.call('post', '/v1/comments', { ...ok, form });
      assert.equal(fast.status, 429);
      assert.equal(fast.body.error.code, 'too_fast');
      assert.equal(fast.res.headers.get('retry-after'), '3');
      h.tick(3);
      assert.equal((await h.call('post', '/v1/comments', { ...ok, form })).status, 201);
    });

    test('rate limits per client, per thread and site-wide, held in the database, with Retry-After', async () => {
      const h = await harness(adapter, {
        trustProxy: true,
        comments: { moderation: 'post', limits: { perIp: { max: 2, windowSec: 60 }, perThread: { max: 3, windowSec: 60 }, site: { max: 4, windowSec: 600 } } },
      });
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      assert.equal((await h.post({ body: '1' }, from('10.0.0.1'))).status, 201);
      assert.equal((await h.post({ body: '2' }, from('10.0.0.1'))).status, 201);
      const third = await h.post({ body: '3' }, from('10.0.0.1'));
      assert.equal(third.status, 429);
      assert.match(third.body.error.message, /from this client/);
      assert.equal((await h.post({ body: '4' }, from('10.0.0.2'))).status, 201);
      const thread = await h.post({ body: '5' }, from('10.0.0.3'));
      assert.equal(thread.status, 429);
      assert.match(thread.body.error.message, /on this thread/);
      assert.equal((await h.post({ body: '6', thread: `${SITE}/b` }, from('10.0.0.4'))).status, 201);
      const site = await h.post({ body: '7', thread: `${SITE}/c` }, from('10.0.0.5'));
      assert.equal(site.status, 429);
      assert.match(site.body.error.message, /on this site/);
      h.tick(600);
      assert.equal((await h.post({ body: '8', thread: `${SITE}/c` }, from('10.0.0.1'))).status, 201, 'the windows pass');
      assert.equal((await h.adminPost({ body: 'admins are not limited' })).status, 201);
    });

    test('the same body on the same thread within a day is 409; elsewhere or later it is fine', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      assert.equal((await h.post({ body: 'First!' })).status, 201);
      const dup = await h.post({ body: 'First!', name: 'Other' });
      assert.equal(dup.status, 409);
      assert.equal(dup.body.error.code, 'duplicate');
      assert.equal((await h.post({ body: 'First!', thread: `${SITE}/b` })).status, 201);
      h.tick(86_400);
      assert.equal((await h.post({ body: 'First!' })).status, 201);
    });

    test('more links than maxLinks wait for a moderator, even in post mode', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post', maxLinks: 2 } });
      assert.equal((await h.post({ body: 'https://a.example and http://b.example' })).status, 201);
      const many = await h.post({ body: 'https://a.example http://b.example www.c.example' });
      assert.equal(many.status, 202);
      assert.equal(many.body.comment.status, 'pending');
    });

    test('bans by hashed address and by e-mail hash hold for new comments; lifting one lets the author back', async () => {
      const h = await harness(adapter, { trustProxy: true, comments: { moderation: 'post' } });
      const a = await h.post({ body: 'troll', email: 'Troll@Example.org' }, { 'x-forwarded-for': '10.0.0.9' });
      const byIp = await h.admin('post', `/v1/admin/comments/${a.body.comment.id}/ban`, { ip: true });
      assert.equal(byIp.status, 201);
      assert.deepEqual([byIp.body.ban.ip, byIp.body.ban.email, byIp.body.ban.comment], [true, false, a.body.comment.id]);
      const again = await h.post({ body: 'troll again' }, { 'x-forwarded-for': '10.0.0.9' });
      assert.equal(again.status, 403);
      assert.equal(again.body.error.code, 'banned');
      assert.equal((await h.post({ body: 'someone else' }, { 'x-forwarded-for': '10.0.0.10' })).status, 201);
      await h.admin('post', `/v1/admin/comments/${a.body.comment.id}/ban`, { email: true });
      const moved = await h.post({ body: 'new address, same e-mail', email: 'TROLL@example.ORG' }, { 'x-forwarded-for': '10.0.0.11' });
      assert.equal(moved.status, 403);
      const bans = (await h.admin('get', '/v1/admin/bans')).body.bans;
      assert.equal(bans.length, 2);
      // The list says whom each ban is about (the banned comment's author and thread) and by what.
      assert.deepEqual(bans.map((b) => [b.name, b.thread, b.ip, b.email]).sort(),
        [[a.body.comment.author.name, THREAD, false, true], [a.body.comment.author.name, THREAD, true, false]]);
      for (const b of bans) assert.equal((await h.admin('delete', `/v1/admin/bans/${b.id}`)).status, 204);
      assert.equal((await h.admin('delete', `/v1/admin/bans/${bans[0]!.id}`)).status, 404);
      assert.equal((await h.post({ body: 'back', email: 'troll@example.org' }, { 'x-forwarded-for': '10.0.0.9' })).status, 201);
      const noEmail = await h.post({ body: 'no e-mail' }, { 'x-forwarded-for': '10.0.0.12' });
      const bad = await h.admin('post', `/v1/admin/comments/${noEmail.body.comment.id}/ban`, { email: true });
      assert.equal(bad.status, 400);
      assert.equal((await h.admin('post', `/v1/admin/comments/${noEmail.body.comment.id}/ban`, { ip: false })).status, 400);
    });

    test('the opt-in spam hook: "spam" stores the comment unseen (202), in the admin\'s spam list', async () => {
      const asked: string[] = [];
      const h = await harness(adapter, {
        comments: { moderation: 'post', spamCheck: async (c) => (asked.push(c.body), c.body.includes('casino') ? 'spam' : 'ok') },
      });
      assert.equal((await h.post({ body: 'nice post' })).status, 201);
      const spam = await h.post({ body: 'best casino' });
      assert.equal(spam.status, 202);
      assert.equal(spam.body.comment.status, 'spam');
      assert.deepEqual(asked, ['nice post', 'best casino']);
      assert.equal((await h.list()).total, 1);
      const listed = await h.admin('get', '/v1/admin/comments?status=spam');
      assert.deepEqual(listed.body.comments.map((c) => c.body), ['best casino']);
      const down = await harness(adapter, { comments: { moderation: 'post', spamCheck: async () => { throw new Error('service down'); } } });
      const errors: unknown[] = [];
      const error = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      try {
        const held = await down.post({ body: 'while the service is down' });
        assert.deepEqual([held.status, held.body.comment.status], [202, 'pending'], 'a failing hook holds the comment');
      } finally {
        console.error = error;
      }
      assert.equal(errors.length, 1);
      const restored = await h.admin('post', `/v1/admin/comments/${spam.body.comment.id}/restore`);
      assert.equal(restored.body.comment.status, 'published');
      assert.equal((await h.list()).total, 2);
    });

    test('admin: lists by status and thread, reject, spam, edit, delete; every admin route needs the token', async () => {
      const h = await harness(adapter, { comments: { moderation: 'pre' } });
      const a = (await h.post({ body: 'a' })).body.comment;
      const b = (await h.post({ body: 'b', thread: `${SITE}/b` })).body.comment;
      assert.deepEqual((await h.admin('get', `/v1/admin/comments?thread=${encodeURIComponent(`${SITE}/b`)}`)).body.comments.map((c) => c.id), [b.id]);
      assert.equal((await h.admin('post', `/v1/admin/comments/${a.id}/reject`)).body.comment.status, 'rejected');
      assert.equal((await h.admin('post', `/v1/admin/comments/${b.id}/spam`)).body.comment.status, 'spam');
      assert.deepEqual((await h.admin('get', '/v1/admin/comments?status=pending')).body.comments, []);
      const edited = await h.admin('patch', `/v1/admin/comments/${a.id}`, { body: 'a, edited' });
      assert.deepEqual([edited.body.comment.body, edited.body.comment.status], ['a, edited', 'rejected']);
      assert.equal((await h.admin('delete', `/v1/admin/comments/${a.id}`)).status, 204);
      assert.equal((await h.admin('get', '/v1/admin/comments?status=deleted')).body.comments[0]!.body, 'a, edited', 'moderators still see it');
      const audit = await h.app.request(`/v1/admin/audit?kind=comment&item=${a.id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const entries = ((await audit.json()) as { entries: { action: string; moderator: string; detail?: string }[] }).entries;
      assert.deepEqual(entries.map((e) => [e.action, e.moderator, e.detail]).reverse(),
        [['reject', 'admin', 'pending → rejected'], ['edit', 'admin', undefined], ['delete', 'admin', 'rejected']]);
      assert.equal((await h.admin('post', '/v1/admin/comments/nope00000000/approve')).status, 404);
      assert.equal((await h.admin('get', '/v1/admin/comments?status=gone')).status, 400);
      const page1 = await h.admin('get', '/v1/admin/comments?limit=1');
      const page2 = await h.admin('get', `/v1/admin/comments?limit=1&cursor=${page1.body.next}`);
      assert.equal(page2.body.comments.length, 1);
      assert.notEqual(page2.body.comments[0]!.id, page1.body.comments[0]!.id);
      for (const [method, url] of [['get', '/v1/admin/comments'], ['post', `/v1/admin/comments/${a.id}/approve`], ['get', '/v1/admin/bans'], ['put', '/v1/admin/threads']] as const) {
        const res = await h.call(method, url, method === 'put' ? { thread: THREAD } : undefined, { authorization: 'Bearer wrong-token-wrong-token' });
        assert.equal(res.status, 401, url);
      }
      const closed = await harness(adapter, { adminToken: undefined });
      assert.equal((await closed.call('get', '/v1/admin/comments', undefined, { authorization: `Bearer ${TOKEN}` })).status, 403);
    });
  });
}
