// Testimonial walls against each real store: sending (JSON and the server's own collection page),
// approval, the wall with its summary and filters, moderators' edits that keep the original words,
// the spam defences shared with the comment wall, and data requests by e-mail address. Every JSON
// answer is checked against the OpenAPI document by the harness.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TestimonialNotice } from '../../src/server/index.js';
import { harness, type Harness } from './comment-harness.js';
import { adapters } from './helpers.js';

interface T { id: string; name: string; role?: string; company?: string; rating?: number; text: string; featured?: boolean | true; tags?: string[]; status?: string; email?: string | null; original?: string | null; consent?: { text: string; at: string } | null }
interface Page { testimonials: T[]; next: string | null; summary: { count: number; average: number | null; distribution: Record<string, number> }; form: string }

const CONSENT = 'I agree that my testimonial may be shown publicly on this site.';
const wallPage = async (h: Harness, query = '') => {
  const r = await h.call('get', `/v1/testimonials?wall=main${query}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body as unknown as Page;
};
async function send(h: Harness, fields: Record<string, unknown> = {}, wait = 5) {
  const { form } = await wallPage(h, '&limit=1');
  h.tick(wait);
  const r = await h.call('post', '/v1/testimonials', {
    wall: 'main', name: 'Giulia Rossi', email: 'giulia@example.org', rating: 5, text: 'Il pane più buono del quartiere.',
    consent: true, consentText: CONSENT, form, ...fields,
  });
  return r as unknown as { status: number; body: { testimonial: T; error: { code: string; message: string; issues?: { path: string }[] } }; res: Response };
}
const approve = (h: Harness, id: string) => h.admin('post', `/v1/admin/testimonials/${id}/approve`);

for (const adapter of adapters) {
  describe(`testimonials (${adapter.name})`, { skip: adapter.skip }, () => {
    test('an empty wall: nothing shown, an empty summary, a form token', async () => {
      const h = await harness(adapter);
      const p = await wallPage(h);
      assert.deepEqual(p.testimonials, []);
      assert.deepEqual(p.summary, { count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
      assert.match(p.form, /^[0-9a-z]+\.[\w-]+$/);
    });

    test('everything waits (202) until approved; then shown with the right average and distribution, never with the e-mail', async () => {
      const notices: TestimonialNotice[] = [];
      const h = await harness(adapter, { testimonials: { notify: async (n) => void notices.push(n), limits: { perIp: false } } });
      const ids: string[] = [];
      for (const [rating, text] of [[5, 'Ottimo'], [4, 'Buono'], [4, 'Molto buono'], [2, 'Così così']] as const) {
        const r = await send(h, { rating, text, role: 'Chef', company: 'Trattoria da Gino' });
        assert.equal(r.status, 202, JSON.stringify(r.body));
        assert.equal(r.body.testimonial.status, 'pending');
        ids.push(r.body.testimonial.id);
      }
      assert.equal((await wallPage(h)).summary.count, 0, 'nothing shown before approval');
      for (const id of ids.slice(0, 3)) assert.equal((await approve(h, id)).status, 200);
      const p = await wallPage(h);
      assert.deepEqual(p.testimonials.map((t) => t.text), ['Molto buono', 'Buono', 'Ottimo']);
      assert.deepEqual(p.summary, { count: 3, average: 4.33, distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 } });
      const t = p.testimonials[0]!;
      assert.deepEqual([t.name, t.role, t.company, t.rating], ['Giulia Rossi', 'Chef', 'Trattoria da Gino', 4]);
      assert.equal(JSON.stringify(p).includes('giulia@example.org'), false, 'the e-mail address is private');
      await new Promise((r) => setTimeout(r, 10));
      assert.deepEqual(notices.map((n) => [n.type, n.status, n.page, n.rating]), [
        ['testimonial.created', 'pending', 'main', 5], ['testimonial.created', 'pending', 'main', 4],
        ['testimonial.created', 'pending', 'main', 4], ['testimonial.created', 'pending', 'main', 2]]);
    });

    test('filters: min-rating, tag, featured (featured also first), and a cursor through a long wall', async () => {
      const h = await harness(adapter, { testimonials: { moderation: 'post', limits: { perIp: false } } });
      const made: T[] = [];
      for (let i = 0; i < 30; i++) made.push((await send(h, { text: `Testimonianza ${i}`, rating: (i % 5) + 1 }, 4)).body.testimonial);
      assert.equal(made[0]!.status, 'published');
      await h.admin('patch', `/v1/admin/testimonials/${made[3]!.id}`, { featured: true, tags: ['pane', 'dolci'] });
      await h.admin('patch', `/v1/admin/testimonials/${made[7]!.id}`, { tags: ['pane'] });
      const first = await wallPage(h, '&limit=10');
      assert.equal(first.testimonials[0]!.id, made[3]!.id, 'featured first');
      assert.equal(first.testimonials[0]!.featured, true);
      assert.equal(first.summary.count, 30);
      const seen = [...first.testimonials];
      let next = first.next;
      while (next) {
        const p = await wallPage(h, `&limit=10&cursor=${next}`);
        seen.push(...p.testimonials);
        next = p.next;
      }
      assert.equal(new Set(seen.map((t) => t.id)).size, 30);
      const high = await wallPage(h, '&min-rating=4');
      assert.ok(high.testimonials.every((t) => t.rating! >= 4));
      assert.equal(high.summary.count, 12);
      assert.deepEqual((await wallPage(h, '&tag=pane')).testimonials.map((t) => t.id).sort(), [made[3]!.id, made[7]!.id].sort());
      assert.deepEqual((await wallPage(h, '&featured=true')).testimonials.map((t) => t.id), [made[3]!.id]);
      assert.equal((await h.call('get', '/v1/testimonials?wall=main&min-rating=6')).status, 400);
      assert.equal((await h.call('get', '/v1/testimonials?wall=main&cursor=nonsense')).status, 400);
    });

    test('bad input is refused with the field named, and nothing is stored', async () => {
      const h = await harness(adapter);
      for (const [fields, path] of [
        [{ consent: false }, 'consent'], [{ consent: undefined }, 'consent'], [{ rating: 6 }, 'rating'], [{ rating: 4.5 }, 'rating'],
        [{ name: '   ' }, 'name'], [{ text: '' }, 'text'], [{ text: 'x'.repeat(2001) }, 'text'], [{ email: 'not-an-address' }, 'email'],
        [{ wall: 'Main Wall' }, 'wall'], [{ hp: 'http://spam.example' }, 'hp'], [{ extra: 1 }, 'extra'], [{ consentText: '' }, 'consentText'],
      ] as const) {
        const r = await send(h, fields as Record<string, unknown>, 4);
        assert.equal(r.status, 400, `${JSON.stringify(fields)} → ${r.status}`);
        assert.ok(r.body.error.issues!.some((i) => i.path === path), `${JSON.stringify(fields)}: ${r.body.error.message}`);
      }
      assert.equal((await h.admin('get', '/v1/admin/testimonials')).body.comments, undefined);
      const all = (await h.admin('get', '/v1/admin/testimonials')).body as unknown as { testimonials: T[] };
      assert.deepEqual(all.testimonials, []);
    });

    test('spam defences shared with the comment wall: minimum fill time, duplicates, rate limits, bans', async () => {
      const h = await harness(adapter);
      const early = await send(h, {}, 1);
      assert.equal(early.status, 429);
      assert.equal(early.body.error.code, 'too_fast');
      assert.equal((await send(h, { text: 'Uno' })).status, 202);
      const dup = await send(h, { text: 'Uno' });
      assert.equal(dup.status, 409);
      assert.equal((await send(h, { text: 'Due' })).status, 202);
      const limited = await send(h, { text: 'Tre' });
      assert.equal(limited.status, 429, 'three tries per hour per client by default (the duplicate was one)');
      assert.match(limited.res.headers.get('retry-after') ?? '', /^\d+$/);
      const forged = await send(h, { form: '1.abcdefghijklmnopqrstuv' });
      assert.equal(forged.status, 400);
    });

    test('moderators correct typos without losing the original; see e-mail and consent; reject and delete', async () => {
      const h = await harness(adapter);
      const { body } = await send(h, { text: 'Pane buonissmo' });
      const id = body.testimonial.id;
      const edited = (await h.admin('patch', `/v1/admin/testimonials/${id}`, { text: 'Pane buonissimo', company: '' })).body as unknown as { testimonial: T };
      assert.equal(edited.testimonial.text, 'Pane buonissimo');
      assert.equal(edited.testimonial.original, 'Pane buonissmo');
      const again = (await h.admin('patch', `/v1/admin/testimonials/${id}`, { text: 'Pane buonissimo!' })).body as unknown as { testimonial: T };
      assert.equal(again.testimonial.original, 'Pane buonissmo', 'the first words stay on record');
      assert.equal(again.testimonial.email, 'giulia@example.org');
      assert.equal(again.testimonial.consent!.text, CONSENT);
      assert.equal(again.testimonial.consent!.at, new Date(h.clock.now.getTime() - 0).toISOString().replace(/\.\d+Z$/, '.000Z'));
      assert.equal((await h.admin('patch', `/v1/admin/testimonials/${id}`, {})).status, 400);
      const pending = (await h.admin('get', '/v1/admin/testimonials?status=pending')).body as unknown as { testimonials: T[] };
      assert.deepEqual(pending.testimonials.map((t) => t.id), [id]);
      assert.equal((await h.admin('post', `/v1/admin/testimonials/${id}/reject`)).status, 200);
      assert.equal((await wallPage(h)).summary.count, 0);
      assert.equal((await h.admin('delete', `/v1/admin/testimonials/${id}`)).status, 204);
      assert.equal((await h.admin('delete', `/v1/admin/testimonials/${id}`)).status, 404);
      assert.equal((await h.call('get', '/v1/admin/testimonials')).status, 401, 'admin routes need a token');
    });

    test('a wall\'s own texts and moderation; post mode publishes at once (201)', async () => {
      const h = await harness(adapter);
      const w = await h.admin('put', '/v1/admin/walls', { wall: 'main', title: 'Dite la vostra', moderation: 'post' });
      assert.equal(w.status, 200);
      assert.equal((await h.admin('get', '/v1/admin/walls/main')).body.thread, undefined);
      const r = await send(h);
      assert.equal(r.status, 201);
      assert.equal((await wallPage(h)).summary.count, 1);
      const reset = (await h.admin('put', '/v1/admin/walls', { wall: 'main', moderation: null })).body as unknown as { wall: { title: string; moderation: null } };
      assert.deepEqual([reset.wall.title, reset.wall.moderation], ['Dite la vostra', null], 'fields left out keep their value');
      assert.equal((await h.admin('put', '/v1/admin/walls', { wall: 'main', moderation: 'first' })).status, 400);
    });

    test('the collection page at /t/<wall>: a form without script; errors keep every typed value, escaped; a good one is thanked and stored with its consent', async () => {
      const h = await harness(adapter);
      await h.admin('put', '/v1/admin/walls', { wall: 'forno', intro: 'Com\'era il nostro pane?\n\nGrazie!', thanks: 'Grazie di cuore.' });
      const get = await h.app.request('/t/forno', { headers: { 'accept-language': 'it-IT,it;q=0.9' } });
      assert.equal(get.status, 200);
      assert.match(get.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const html = await get.text();
      assert.match(html, /<html lang="it">/);
      assert.match(html, /Raccontaci la tua esperienza/);
      assert.match(html, /<p>Com&#39;era il nostro pane\?<\/p><p>Grazie!<\/p>/);
      assert.doesNotMatch(html, /<script/i);
      const token = /name="form" value="([^"]+)"/.exec(html)![1]!;
      const consent = /name="consentText" value="([^"]+)"/.exec(html)![1]!;
      h.tick(5);
      const post = (fields: Record<string, string>) => h.app.request('/t/forno?lang=it', {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ form: token, consentText: consent, name: '<script>alert(1)</script>', text: 'Buono "davvero"', rating: '4', ...fields }).toString(),
      });
      const bad = await post({});
      assert.equal(bad.status, 400);
      const again = await bad.text();
      assert.match(again, /value="&#60;script&#62;alert\(1\)&#60;\/script&#62;"/, 'the name comes back, escaped');
      assert.match(again, /Buono &#34;davvero&#34;<\/textarea>/);
      assert.match(again, /value="4" checked/);
      assert.match(again, /id="consent" aria-invalid="true" aria-describedby="consent-err"/);
      assert.doesNotMatch(again, /<script>/);
      const ok = await post({ consent: 'yes' });
      assert.equal(ok.status, 202);
      assert.match(await ok.text(), /Grazie di cuore\./);
      const stored = (await h.admin('get', '/v1/admin/testimonials?wall=forno')).body as unknown as { testimonials: T[] };
      assert.equal(stored.testimonials.length, 1);
      assert.equal(stored.testimonials[0]!.name, '<script>alert(1)</script>', 'stored as the raw text');
      assert.match(stored.testimonials[0]!.consent!.text, /Acconsento/);
      assert.equal((await h.app.request('/t/Not%20A%20Wall')).status, 404);
    });

    test('data requests: everything about an e-mail address in one call, erased in one call, nothing left behind', async () => {
      const h = await harness(adapter, { comments: { moderation: 'post' } });
      const t = (await send(h, { email: 'Marta@Example.org', name: 'Marta' })).body.testimonial;
      await send(h, { email: 'other@example.org', text: 'Altro' });
      const c = (await h.post({ name: 'Marta', email: 'marta@example.org', body: 'Un commento' })).body.comment;
      const reply = (await h.post({ name: 'Bob', body: 'Risposta', parent: c.id })).body.comment;
      await h.admin('post', `/v1/admin/comments/${c.id}/ban`, { email: true });
      const data = (await h.admin('get', '/v1/admin/data?email=marta@example.org')).body as unknown as { testimonials: T[]; comments: { id: string; body: string }[]; bans: number };
      assert.deepEqual(data.testimonials.map((x) => x.id), [t.id]);
      assert.deepEqual(data.comments.map((x) => [x.id, x.body]), [[c.id, 'Un commento']]);
      assert.equal(data.bans, 1);
      const erased = (await h.admin('delete', '/v1/admin/data?email=marta@example.org')).body as unknown as { erased: object };
      assert.deepEqual(erased.erased, { testimonials: 1, comments: 1, bans: 1 });
      const after = (await h.admin('get', '/v1/admin/data?email=marta@example.org')).body as unknown as { testimonials: T[]; comments: unknown[]; bans: number };
      assert.deepEqual([after.testimonials, after.comments, after.bans], [[], [], 0]);
      const thread = await h.list();
      const placeholder = thread.comments.find((x) => x.id === c.id)!;
      assert.deepEqual([placeholder.deleted, placeholder.author.name, placeholder.body], [true, '', '']);
      assert.equal(placeholder.replies![0]!.id, reply.id, 'replies by others stay');
      assert.equal(JSON.stringify(await h.store.comment(c.id)).includes('Marta'), false);
      assert.equal((await h.admin('get', '/v1/admin/testimonials')).body.comments, undefined);
      assert.equal((await h.admin('get', '/v1/admin/data?email=nope')).status, 400);
    });
  });
}
