// The comment wall's public routes against each real store: posting and reading, threads of
// replies, moderation modes, the author's own view by secret, edits inside and after the window,
// deletion with and without replies, likes, identities and counts. Every JSON answer is checked
// against the OpenAPI document by the harness.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signIdentity, type CommentNotice } from '../../src/server/index.js';
import { harness, IDENTITY_SECRET, SITE, THREAD, TOKEN } from './comment-harness.js';
import { adapters } from './helpers.js';

for (const adapter of adapters) {
  describe(`comments (${adapter.name})`, { skip: adapter.skip }, () => {
    test('an empty thread: no comments, total 0, the server\'s moderation mode and a form token', async () => {
      const h = await harness(adapter);
      const page = await h.list('', `${SITE}/Post?utm_source=x#c`);
      assert.deepEqual(page.comments, []);
      assert.equal(page.next, null);
      assert.equal(page.total, 0);
      assert.deepEqual(page.thread, { key: 'https://blog.example/Post', closed: false, moderation: 'first' });
      assert.match(page.form, /^[0-9a-z]+\.[\w-]+$/);
    });

    test('post mode: published at once (201), listed, counted; the secret is given once and only its hash kept', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const { status, body } = await h.post({ name: 'Marta', url: 'https://marta.example', body: 'Bel post!', email: 'marta@example.org' });
      assert.equal(status, 201);
      assert.equal(body.comment.status, 'published');
      assert.deepEqual(body.comment.author, { name: 'Marta', url: 'https://marta.example/' });
      assert.match(body.secret, /^[\w-]{32}$/);
      const page = await h.list();
      assert.equal(page.total, 1);
      assert.equal(page.comments.length, 1);
      const c = page.comments[0]!;
      assert.equal(c.body, 'Bel post!');
      assert.equal(c.status, undefined, 'readers never see a status');
      assert.deepEqual([c.replies, c.replyCount, c.repliesNext], [[], 0, null]);
      const row = await h.store.comment(c.id);
      assert.notEqual(row!.secretHash, body.secret);
      assert.ok(row!.emailHash && !row!.emailHash.includes('marta'));
      const counts = await h.call('get', `/v1/comments/counts?thread=${encodeURIComponent(`${THREAD}?utm_source=x`)}&thread=${encodeURIComponent(`${SITE}/none`)}`);
      assert.deepEqual(counts.body.counts, { [`${THREAD}?utm_source=x`]: 1, [`${SITE}/none`]: 0 });
      assert.match(counts.res.headers.get('cache-control') ?? '', /max-age=\d+/);
    });

    test('replies at any depth are listed flat under their top-level comment, oldest first, with their parent', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const a = (await h.post({ body: 'root' })).body.comment;
      const b = (await h.post({ body: 'reply', parent: a.id, name: 'Bob' })).body.comment;
      const c = (await h.post({ body: 'reply to reply', parent: b.id })).body.comment;
      await h.post({ body: 'second root' });
      const page = await h.list('&sort=oldest');
      assert.deepEqual(page.comments.map((x) => x.body), ['root', 'second root']);
      assert.deepEqual(page.comments[0]!.replies!.map((x) => [x.id, x.parent]), [[b.id, a.id], [c.id, b.id]]);
      assert.equal(page.comments[0]!.replyCount, 2);
      assert.equal(page.total, 4);
      const other = await h.post({ body: 'elsewhere', thread: `${SITE}/other`, parent: a.id });
      assert.equal(other.status, 404, 'a parent must be in the same thread');
    });

    test('pre mode: held (202), shown only to its author, not counted; approving publishes it', async () => {
      const h = await harness(adapter, { comments: { moderation: 'pre' } });
      const { status, body } = await h.post({ body: 'waiting' });
      assert.equal(status, 202);
      assert.equal(body.comment.status, 'pending');
      assert.equal((await h.list()).total, 0);
      assert.deepEqual((await h.list()).comments, []);
      const own = await h.call('get', `/v1/comments/${body.comment.id}`, undefined, { authorization: `Bearer ${body.secret}` });
      assert.equal(own.status, 200);
      assert.deepEqual([own.body.comment.status, own.body.comment.body], ['pending', 'waiting']);
      assert.equal((await h.call('get', `/v1/comments/${body.comment.id}`)).status, 403);
      assert.equal((await h.call('get', `/v1/comments/${body.comment.id}`, undefined, { authorization: 'Bearer not-the-secret' })).status, 403);
      const queue = await h.admin('get', '/v1/admin/comments?status=pending');
      assert.deepEqual(queue.body.comments.map((c) => c.id), [body.comment.id]);
      const ok = await h.admin('post', `/v1/admin/comments/${body.comment.id}/approve`);
      assert.equal(ok.body.comment.status, 'published');
      assert.equal((await h.list()).total, 1);
      const after = await h.call('get', `/v1/comments/${body.comment.id}`, undefined, { authorization: `Bearer ${body.secret}` });
      assert.equal(after.body.comment.status, 'published', 'the author\'s device learns it was approved');
    });

    test('first mode: a first comment waits; proof of an approved one publishes the next; a typed name or e-mail does not', async () => {
      const h = await harness(adapter);
      const first = await h.post({ body: 'hello', email: 'ann@example.org' });
      assert.equal(first.status, 202);
      await h.admin('post', `/v1/admin/comments/${first.body.comment.id}/approve`);
      const sameEmail = await h.post({ body: 'me again, same name and e-mail', email: 'ann@example.org' });
      assert.equal(sameEmail.status, 202, 'a claimed e-mail is never trusted');
      const proved = await h.post({ body: 'me again, with proof', proof: first.body.secret });
      assert.equal(proved.status, 201);
      const wrong = await h.post({ body: 'a guessed proof', proof: 'x'.repeat(32) });
      assert.equal(wrong.status, 202);
      const pendingProof = await h.post({ body: 'proof of a pending one', proof: sameEmail.body.secret });
      assert.equal(pendingProof.status, 202);
    });

    test('a thread\'s own mode and closing it (admin)', async () => {
      const h = await harness(adapter);
      const fresh = await h.admin('get', `/v1/admin/threads?thread=${encodeURIComponent(THREAD)}`);
      assert.deepEqual(fresh.body, { thread: { key: THREAD, closed: false, moderation: null, total: 0 }, serverModeration: 'first' });
      const set = await h.admin('put', '/v1/admin/threads', { thread: `${THREAD}?utm_medium=social`, moderation: 'post' });
      assert.deepEqual(set.body.thread, { key: THREAD, closed: false, moderation: 'post', total: 0 });
      assert.equal((await h.post({ body: 'instant' })).status, 201);
      assert.equal((await h.list()).thread.moderation, 'post');
      await h.admin('put', '/v1/admin/threads', { thread: THREAD, closed: true });
      const closed = await h.post({ body: 'too late' });
      assert.equal(closed.status, 403);
      assert.equal(closed.body.error.code, 'thread_closed');
      assert.equal((await h.list()).thread.closed, true);
      const own = await h.admin('get', `/v1/admin/threads?thread=${encodeURIComponent(`${THREAD}#comments`)}`);
      assert.deepEqual(own.body.thread, { key: THREAD, closed: true, moderation: 'post', total: 1 });
      assert.equal((await h.admin('get', '/v1/admin/threads?thread=javascript:alert(1)')).status, 400);
      const back = await h.admin('put', '/v1/admin/threads', { thread: THREAD, closed: false, moderation: null });
      assert.deepEqual(back.body.thread, { key: THREAD, closed: false, moderation: null, total: 1 });
      assert.equal((await h.post({ body: 'first mode again' })).status, 202);
    });

    test('sorts: newest (default), oldest, top (most liked, then newest)', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const ids: string[] = [];
      for (const body of ['one', 'two', 'three']) ids.push((await h.post({ body })).body.comment.id);
      for (const reader of ['reader-aaaaaaaaaaaa', 'reader-bbbbbbbbbbbb']) {
        await h.call('post', `/v1/comments/${ids[0]}/like`, { reader });
      }
      await h.call('post', `/v1/comments/${ids[1]}/like`, { reader: 'reader-aaaaaaaaaaaa' });
      assert.deepEqual((await h.list()).comments.map((c) => c.body), ['three', 'two', 'one']);
      assert.deepEqual((await h.list('&sort=oldest')).comments.map((c) => c.body), ['one', 'two', 'three']);
      assert.deepEqual((await h.list('&sort=top')).comments.map((c) => [c.body, c.likes]), [['one', 2], ['two', 1], ['three', 0]]);
      const top1 = await h.list('&sort=top&limit=1');
      const top2 = await h.list(`&sort=top&limit=1&cursor=${top1.next}`);
      assert.deepEqual(top2.comments.map((c) => c.body), ['two']);
      const bad = await h.call('get', `/v1/comments?thread=${encodeURIComponent(THREAD)}&sort=top&cursor=${(await h.list('&limit=1')).next}`);
      assert.equal(bad.status, 400, 'a newest cursor is not a top cursor');
      assert.equal(bad.body.error.issues![0]!.path, 'cursor');
    });

    test('edit within the window (editedAt set), refused after it with a reason; the admin may edit any time', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post', editWindowSec: 600 } });
      const { body } = await h.post({ body: 'typo' });
      // The window's end on the server's clock, beside createdAt: a client with another time can still count it.
      assert.equal(Date.parse(body.editableUntil) - Date.parse(body.comment.createdAt), 600_000);
      const auth = { authorization: `Bearer ${body.secret}` };
      h.tick(590);
      const ok = await h.call('patch', `/v1/comments/${body.comment.id}`, { body: 'fixed' }, auth);
      assert.equal(ok.status, 200);
      assert.equal(ok.body.comment.body, 'fixed');
      assert.equal(ok.body.comment.editedAt, h.clock.now.toISOString());
      h.tick(20);
      const late = await h.call('patch', `/v1/comments/${body.comment.id}`, { body: 'too late' }, auth);
      assert.equal(late.status, 403);
      assert.match(late.body.error.message, /edit window is over.*10 min/);
      const lateDelete = await h.call('delete', `/v1/comments/${body.comment.id}`, undefined, auth);
      assert.equal(lateDelete.status, 403);
      const other = await h.call('patch', `/v1/comments/${body.comment.id}`, { body: 'hijack' }, { authorization: 'Bearer someone-elses-secret' });
      assert.equal(other.status, 403);
      assert.match(other.body.error.message, /not your comment/);
      const admin = await h.call('patch', `/v1/comments/${body.comment.id}`, { body: 'moderated' }, { authorization: `Bearer ${TOKEN}` });
      assert.equal(admin.status, 200);
      assert.equal((await h.list()).comments[0]!.body, 'moderated');
      const empty = await h.call('patch', `/v1/comments/${body.comment.id}`, { body: '   ' }, { authorization: `Bearer ${TOKEN}` });
      assert.equal(empty.status, 400);
    });

    test('an author\'s edit sends a published comment back to the queue in pre mode, or when it adds too many links', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post', maxLinks: 1 } });
      const { body } = await h.post({ body: 'plain' });
      const auth = { authorization: `Bearer ${body.secret}` };
      const edited = await h.call('patch', `/v1/comments/${body.comment.id}`, { body: 'see https://a.example and www.b.example' }, auth);
      assert.equal(edited.body.comment.status, 'pending');
      assert.equal((await h.list()).total, 0);
    });

    test('deleting a comment with replies leaves a placeholder (200); without replies nothing (204)', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const root = (await h.post({ body: 'root', name: 'Ann' })).body;
      const reply = (await h.post({ body: 'reply', parent: root.comment.id, name: 'Bob' })).body;
      const del = await h.call('delete', `/v1/comments/${root.comment.id}`, undefined, { authorization: `Bearer ${root.secret}` });
      assert.equal(del.status, 200);
      assert.deepEqual([del.body.comment.deleted, del.body.comment.body, del.body.comment.author.name, del.body.comment.status], [true, '', '', 'deleted']);
      let page = await h.list();
      assert.equal(page.comments[0]!.deleted, true);
      assert.equal(page.comments[0]!.body, '');
      assert.equal(page.comments[0]!.replies![0]!.body, 'reply');
      assert.equal(page.total, 1);
      // Once the last reply goes, the placeholder goes too.
      const gone = await h.call('delete', `/v1/comments/${reply.comment.id}`, undefined, { authorization: `Bearer ${reply.secret}` });
      assert.equal(gone.status, 204);
      page = await h.list();
      assert.deepEqual(page.comments, []);
      assert.equal(page.total, 0);
      assert.equal((await h.call('post', '/v1/comments', { thread: THREAD, parent: root.comment.id, name: 'x', body: 'x' }, { authorization: `Bearer ${TOKEN}` })).status, 404,
        'no replies to a deleted comment');
      const again = await h.call('delete', `/v1/comments/${root.comment.id}`, undefined, { authorization: `Bearer ${root.secret}` });
      assert.equal(again.status, 403);
      assert.equal((await h.call('delete', '/v1/comments/nope00000000')).status, 404);
    });

    test('likes: once per reader, idempotent, taken back; only published comments', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const { body } = await h.post({ body: 'like me' });
      const like = (reader: string, method: 'post' | 'delete' = 'post') => h.call(method, `/v1/comments/${body.comment.id}/like`, { reader });
      assert.deepEqual((await like('device-1-aaaaaaaaaaaa')).body, { likes: 1, liked: true });
      assert.deepEqual((await like('device-1-aaaaaaaaaaaa')).body, { likes: 1, liked: true });
      assert.deepEqual((await like('device-2-aaaaaaaaaaaa')).body, { likes: 2, liked: true });
      assert.deepEqual((await like('device-1-aaaaaaaaaaaa', 'delete')).body, { likes: 1, liked: false });
      assert.deepEqual((await like('device-1-aaaaaaaaaaaa', 'delete')).body, { likes: 1, liked: false });
      assert.equal((await h.list()).comments[0]!.likes, 1);
      const short = await like('short');
      assert.equal(short.status, 400);
      assert.equal(short.body.error.issues![0]!.path, 'reader');
      const held = await harness(adapter, { comments: { moderation: 'pre', editWindowSec: 5 } });
      const posted = (await held.post({ body: 'pending' })).body;
      assert.equal(Date.parse(posted.editableUntil) - Date.parse(posted.comment.createdAt), 5000, 'a held comment has its window too');
      assert.equal((await held.call('post', `/v1/comments/${posted.comment.id}/like`, { reader: 'device-1-aaaaaaaaaaaa' })).status, 404);
    });

    test('a closed thread keeps its likes as they were: liking and unliking are refused (403 thread_closed) until it opens', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const { body } = await h.post({ body: 'liked before closing' });
      const like = (method: 'post' | 'delete', reader = 'device-1-aaaaaaaaaaaa') => h.call(method, `/v1/comments/${body.comment.id}/like`, { reader });
      assert.deepEqual((await like('post')).body, { likes: 1, liked: true });
      await h.admin('put', '/v1/admin/threads', { thread: THREAD, closed: true });
      for (const [method, reader] of [['post', 'device-2-aaaaaaaaaaaa'], ['delete', 'device-1-aaaaaaaaaaaa']] as const) {
        const refused = await like(method, reader);
        assert.equal(refused.status, 403, method);
        assert.equal(refused.body.error.code, 'thread_closed');
        assert.match(refused.body.error.message, /closed/);
      }
      assert.equal((await h.list()).comments[0]!.likes, 1);
      await h.admin('put', '/v1/admin/threads', { thread: THREAD, closed: false });
      assert.deepEqual((await like('post', 'device-2-aaaaaaaaaaaa')).body, { likes: 2, liked: true });
    });

    test('identity: a signed token names the author and gives "verified"; forged or expired tokens store nothing', async () => {
      const h = await harness(adapter);
      const token = await signIdentity({ id: '42', name: 'Marta Rossi', url: 'https://marta.example' }, IDENTITY_SECRET, { now: h.clock.now });
      const ok = await h.post({ identity: token, name: 'Someone Else', body: 'signed in' });
      assert.equal(ok.status, 202, 'first mode: a first comment by a new identity waits too');
      assert.deepEqual(ok.body.comment.author, { name: 'Marta Rossi', url: 'https://marta.example/', badge: 'verified' });
      await h.admin('post', `/v1/admin/comments/${ok.body.comment.id}/approve`);
      const second = await h.post({ identity: token, body: 'signed in again' });
      assert.equal(second.status, 201, 'a known identity is published at once');
      const odd = await signIdentity({ id: '7', name: ` ${'Ü\u202E'.repeat(60)} ` }, IDENTITY_SECRET, { now: h.clock.now });
      const cleaned = await h.post({ identity: odd, body: 'a long name from the site' });
      assert.equal(cleaned.body.comment.author.name, 'Ü'.repeat(60), 'a token\'s name is cleaned and cut like any name');
      const forged = await signIdentity({ id: '1', name: 'Admin' }, 'another-secret-of-at-least-32-characters!');
      const bad = await h.post({ identity: forged, body: 'forged' });
      assert.equal(bad.status, 401);
      assert.equal(bad.body.error.code, 'invalid_identity');
      assert.match(bad.body.error.message, /signature/);
      const old = await signIdentity({ id: '42', name: 'Marta Rossi' }, IDENTITY_SECRET, { now: new Date(h.clock.now.getTime() - 7200e3), expiresIn: 60 });
      const expired = await h.post({ identity: old, body: 'expired' });
      assert.equal(expired.status, 401);
      assert.match(expired.body.error.message, /expired/);
      const junk = await h.post({ identity: 'not.a.jwt', body: 'junk' });
      assert.equal(junk.status, 401);
      const anon = await h.post({ name: 'Marta Rossi', body: 'anonymous, same name' });
      assert.equal(anon.body.comment.author.badge, undefined, 'anonymous comments never get a badge');
      const all = await h.admin('get', '/v1/admin/comments');
      assert.equal(all.body.comments.length, 4, 'forged, expired and junk tokens stored nothing');
      assert.deepEqual(all.body.comments.find((c) => c.body === 'signed in')!.identity, { id: '42' });
      const noSecret = await harness(adapter, { comments: { identitySecret: undefined } });
      assert.equal((await noSecret.post({ identity: token, body: 'x' })).status, 401);
    });

    test('identity: a token the site marks moderator gives the moderator badge and is published at once; only the boolean true counts', async () => {
      const h = await harness(adapter, { comments: { moderation: 'pre' } });
      const mod = await signIdentity({ id: '1', name: 'Chef Paolo', moderator: true }, IDENTITY_SECRET, { now: h.clock.now });
      const r = await h.post({ identity: mod, body: 'from the kitchen' });
      assert.equal(r.status, 201, 'a moderator of the site is not held');
      assert.deepEqual(r.body.comment.author, { name: 'Chef Paolo', badge: 'moderator' });
      // A claim that is not the boolean true (a string, from a careless signer) is an ordinary identity.
      const { SignJWT } = await import('jose');
      const loose = await new SignJWT({ name: 'Marta', moderator: 'true' }).setProtectedHeader({ alg: 'HS256' }).setSubject('42')
        .setIssuedAt(Math.floor(h.clock.now.getTime() / 1000)).setExpirationTime('1h').sign(new TextEncoder().encode(IDENTITY_SECRET));
      const plain = await h.post({ identity: loose, body: 'just a reader' });
      assert.equal(plain.status, 202);
      assert.equal(plain.body.comment.author.badge, 'verified');
    });

    test('the admin token posts with the moderator badge, published at once, no form needed; a wrong bearer is refused', async () => {
      const h = await harness(adapter, { comments: { moderation: 'pre' } });
      const { status, body } = await h.adminPost({ name: 'La redazione', body: 'Grazie a tutti!' });
      assert.equal(status, 201);
      assert.deepEqual(body.comment.author, { name: 'La redazione', badge: 'moderator' });
      const wrong = await h.post({ body: 'x' }, { authorization: 'Bearer guess-guess-guess-guess' });
      assert.equal(wrong.status, 401);
    });

    test('notify is called after a comment is stored, published or pending, in the shape createNotifier() delivers', async () => {
      const notices: CommentNotice[] = [];
      const h = await harness(adapter, { comments: { notify: async (n) => void notices.push(n) } });
      const held = await h.post({ body: 'first time here', email: 'ann@example.org' });
      await h.admin('post', `/v1/admin/comments/${held.body.comment.id}/approve`);
      const proved = await h.post({ body: 'proved', proof: held.body.secret, parent: held.body.comment.id });
      await new Promise((r) => setTimeout(r, 10));
      assert.deepEqual(notices, [
        { type: 'comment.created', id: held.body.comment.id, status: 'pending', reason: 'first', page: THREAD, author: { name: 'Ann' },
          body: 'first time here', createdAt: held.body.comment.createdAt, parent: null },
        { type: 'comment.created', id: proved.body.comment.id, status: 'published', page: THREAD, author: { name: 'Ann' },
          body: 'proved', createdAt: proved.body.comment.createdAt, parent: held.body.comment.id },
      ]);
    });
  });
}
