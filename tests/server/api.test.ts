// The HTTP API through app.request() (no port), against each real storage adapter. Every
// response is checked against the OpenAPI document; every bad input must get a clear 4xx and
// leave the database untouched.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp, type AppOptions, type Store } from '../../src/server/index.js';
import { openapi } from '../../src/server/openapi.js';
import { adapters, batchMatchesContract, contract, freshStore } from './helpers.js';

const SITE = 'https://blog.example';
const TOKEN = 'test-admin-token-0123456789';
const T0 = new Date('2025-03-10T10:00:00Z');

interface Harness {
  app: ReturnType<typeof createApp>;
  store: Store;
  clock: { now: Date };
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  totals(): Promise<Record<string, number>>;
}

const share = (over: Record<string, unknown> = {}) => ({ type: 'share', network: 'x', url: `${SITE}/post`, ...over });

for (const adapter of adapters) {
  describe(`api (${adapter.name})`, { skip: adapter.skip }, () => {
    async function harness(opts: Partial<AppOptions> = {}): Promise<Harness> {
      const { store } = await freshStore(adapter);
      const clock = { now: T0 };
      const app = createApp({ store, origins: [SITE], adminToken: TOKEN, now: () => clock.now, ...opts });
      return {
        app, store, clock,
        post: async (body, headers = {}) => app.request('/v1/events', {
          method: 'POST',
          body: typeof body === 'string' ? body : JSON.stringify(body),
          headers: { 'content-type': 'text/plain;charset=UTF-8', origin: SITE, ...headers },
        }),
        totals: async () => (await store.stats({ from: '2000-01-01', to: '2100-01-01', limit: 1 })).totals,
      };
    }

    const counts = async (h: Harness, ...urls: string[]) => {
      const res = await h.app.request(`/v1/counts?${urls.map((u) => `url=${encodeURIComponent(u)}`).join('&')}`, { headers: { origin: SITE } });
      assert.equal(res.status, 200);
      return (await contract(res, 'get', '/v1/counts')).counts;
    };
    const stats = async (h: Harness, query = '') => {
      const res = await h.app.request(`/v1/stats${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(res.status, 200, await res.clone().text());
      return contract(res, 'get', '/v1/stats');
    };

    describe('recording and counting', () => {
      test('a batch is accepted (202) and counted by page key and network', async () => {
        const h = await harness();
        const batch = {
          events: [
            share({ url: 'https://Blog.Example/post?utm_source=x&utm_campaign=spring#comments', ts: Date.now() }),
            share({ network: 'facebook' }),
            share({ network: 'copy', ref: 'News.Example.org' }),
            { type: 'follow', network: 'github', url: `${SITE}/post` },
            { type: 'visit', network: 'x', url: `${SITE}/post?utm_source=x&utm_medium=social`, ref: 't.co' },
            { type: 'comment', url: `${SITE}/post` },
          ],
        };
        assert.ok(batchMatchesContract(batch));
        const res = await h.post(batch);
        assert.equal(res.status, 202);
        assert.deepEqual(await contract(res, 'post', '/v1/events'), { accepted: 6 });
        assert.deepEqual(await counts(h, `${SITE}/post?ref=abc`, `${SITE}/never-shared`), [
          { url: `${SITE}/post?ref=abc`, total: 3, networks: { x: 1, facebook: 1, copy: 1 } },
          { url: `${SITE}/never-shared`, total: 0, networks: {} },
        ]);
        assert.deepEqual(await h.totals(), { share: 3, follow: 1, visit: 1, comment: 1 });
      });

      test('a visit without network is credited to the utm_source of its URL', async () => {
        const h = await harness();
        const batch = {
          events: [
            { type: 'visit', url: `${SITE}/post?utm_source=bluesky&utm_medium=social&utm_campaign=spring&` },
            { type: 'visit', url: `${SITE}/post?utm_medium=social&utm_source=facebook` },
            { type: 'visit', network: 'x', url: `${SITE}/post` },
          ],
        };
        assert.ok(batchMatchesContract(batch));
        assert.equal((await h.post(batch)).status, 202);
        const s = await stats(h);
        assert.deepEqual(s.visitsPerNetwork.map((v: { network: string; count: number }) => [v.network, v.count]).sort(),
          [['bluesky', 1], ['facebook', 1], ['x', 1]]);
      });

      test('an empty ref means no referrer; a ref of the page\'s own host is accepted', async () => {
        const h = await harness();
        const batch = { events: [share({ ref: '' }), share({ ref: 'blog.example' }), share({ ref: 'localhost:8080' })] };
        assert.ok(batchMatchesContract(batch));
        assert.equal((await h.post(batch)).status, 202);
      });

      test('application/json and a missing content type are accepted too', async () => {
        const h = await harness();
        assert.equal((await h.post({ events: [share()] }, { 'content-type': 'application/json' })).status, 202);
        const res = await h.app.request('/v1/events', { method: 'POST', body: new TextEncoder().encode(JSON.stringify({ events: [share()] })) });
        assert.equal(res.status, 202);
        assert.equal((await counts(h, `${SITE}/post`))[0].total, 2);
      });

      test('counts answer in the order asked, once per url parameter, and are cacheable', async () => {
        const h = await harness();
        await h.post({ events: [share({ url: `${SITE}/b` }), share({ url: `${SITE}/b`, network: 'email' }), share({ url: `${SITE}/a` })] });
        const res = await h.app.request(`/v1/counts?url=${SITE}/b&url=${SITE}/a&url=${SITE}/b`);
        assert.match(res.headers.get('cache-control') ?? '', /max-age=\d+/);
        const body = await contract(res, 'get', '/v1/counts');
        assert.deepEqual(body.counts.map((c: { total: number }) => c.total), [2, 1, 2]);
        assert.deepEqual(body.counts[0].networks, { x: 1, email: 1 });
      });

      test('the time stored is the server\'s, whatever ts the client sends', async () => {
        const h = await harness();
        await h.post({ events: [share({ ts: Date.parse('1999-01-01') })] });
        // The range's ends are accepted: 0 and the largest Date.
        assert.equal((await h.post({ events: [share({ ts: 0 }), share({ ts: 8.64e15 })] })).status, 202);
        const s = await stats(h, '?from=2025-03-10&to=2025-03-10');
        assert.deepEqual(s.sharesPerDay, [{ day: '2025-03-10', network: 'x', count: 3 }]);
      });

      test('stats: per day and network, per page, visits and follows, default range = last 30 days', async () => {
        const h = await harness();
        h.clock.now = new Date('2025-03-01T08:00:00Z');
        await h.post({ events: [share(), share({ network: 'facebook' }), { type: 'follow', network: 'rss', url: `${SITE}/` }] });
        h.clock.now = new Date('2025-03-10T23:59:00Z');
        await h.post({
          events: [
            share(), share({ url: `${SITE}/other` }),
            { type: 'visit', network: 'x', url: `${SITE}/post?utm_source=x&utm_medium=social` },
            { type: 'visit', network: 'x', url: `${SITE}/other` },
            { type: 'visit', network: 'facebook', url: `${SITE}/post` },
          ],
        });
        h.clock.now = new Date('2025-01-15T00:00:00Z'); // outside the default range of 2025-03-10
        await h.post({ events: [share({ network: 'email' })] });
        h.clock.now = new Date('2025-03-10T23:59:30Z');
        const s = await stats(h);
        assert.equal(s.from, '2025-02-09');
        assert.equal(s.to, '2025-03-10');
        assert.deepEqual(s.totals, { share: 4, follow: 1, visit: 3, comment: 0 });
        assert.deepEqual(s.sharesPerDay, [
          { day: '2025-03-01', network: 'facebook', count: 1 },
          { day: '2025-03-01', network: 'x', count: 1 },
          { day: '2025-03-10', network: 'x', count: 2 },
        ]);
        assert.deepEqual(s.sharesPerPage, [{ url: `${SITE}/post`, count: 3 }, { url: `${SITE}/other`, count: 1 }]);
        assert.deepEqual(s.visitsPerNetwork, [{ network: 'x', count: 2 }, { network: 'facebook', count: 1 }]);
        assert.deepEqual(s.visitsPerPage, [{ url: `${SITE}/post`, count: 2 }, { url: `${SITE}/other`, count: 1 }]);
        assert.deepEqual(s.followsPerNetwork, [{ network: 'rss', count: 1 }]);
        const one = await stats(h, '?from=2025-01-01&to=2025-01-31&limit=1');
        assert.deepEqual(one.sharesPerDay, [{ day: '2025-01-15', network: 'email', count: 1 }]);
      });

      test('healthz and the OpenAPI document', async () => {
        const h = await harness();
        const health = await h.app.request('/healthz');
        assert.equal(health.status, 200);
        assert.deepEqual(await contract(health, 'get', '/healthz'), { status: 'ok', store: adapter.name });
        const spec = await h.app.request('/v1/openapi.json', { headers: { origin: 'https://anywhere.example' } });
        assert.equal(spec.status, 200);
        assert.equal(spec.headers.get('access-control-allow-origin'), '*');
        assert.deepEqual(await contract(spec, 'get', '/v1/openapi.json'), JSON.parse(JSON.stringify(openapi)));
      });

      test('healthz answers 503 when the database is gone', async () => {
        const h = await harness();
        await h.store.close();
        const res = await h.app.request('/healthz');
        assert.equal(res.status, 503);
        assert.equal((await contract(res, 'get', '/healthz')).status, 'unavailable');
      });
    });

    describe('bad input: a clear 4xx and nothing stored', () => {
      const cases: [name: string, body: unknown, path: string, message: RegExp][] = [
        ['a JSON array instead of an object', [share()], '', /must be a JSON object/],
        ['JSON null', null, '', /must be a JSON object/],
        ['events missing', {}, 'events', /is required/],
        ['events not an array', { events: share() }, 'events', /must be an array/],
        ['an empty batch', { events: [] }, 'events', /at least one event/],
        ['a batch of 51 events', { events: Array.from({ length: 51 }, () => share()) }, 'events', /at most 50 events/],
        ['an unknown top-level field', { events: [share()], token: 'x' }, 'token', /unknown field "token"/],
        ['an event that is a string', { events: ['share'] }, 'events.0', /must be an object/],
        ['an unknown event type', { events: [share({ type: 'like' })] }, 'events.0.type', /must be one of share, follow, visit, comment/],
        ['an unknown network', { events: [share(), share({ network: 'fb' })] }, 'events.1.network', /unknown network "fb"; known: .*facebook/],
        ['a retired network', { events: [share({ network: 'googleplus' })] }, 'events.0.network', /unknown network "googleplus"/],
        ['a network of the wrong type', { events: [share({ network: 42 })] }, 'events.0.network', /must be a string/],
        ['a share without network', { events: [{ type: 'share', url: `${SITE}/post` }] }, 'events.0', /network is required for a share event/],
        ['a visit without network nor utm', { events: [{ type: 'visit', url: `${SITE}/post` }] }, 'events.0.url', /visit without network needs a url with utm_medium=social and utm_source/],
        ['a visit whose utm_medium is not social', { events: [{ type: 'visit', url: `${SITE}/post?utm_source=x&utm_medium=email` }] }, 'events.0.url', /utm_medium=social/],
        ['a visit from an unknown utm_source', { events: [{ type: 'visit', url: `${SITE}/post?utm_source=fb&utm_medium=social` }] }, 'events.0.url', /unknown network "fb" in utm_source; known: .*facebook/],
        ['a visit with utm only in the fragment', { events: [{ type: 'visit', url: `${SITE}/post#utm_source=x&utm_medium=social` }] }, 'events.0.url', /utm_medium=social/],
        ['a url of the wrong type', { events: [share({ url: 42 })] }, 'events.0.url', /must be a string/],
        ['a url missing', { events: [{ type: 'share', network: 'x' }] }, 'events.0.url', /is required/],
        ['an ftp: url', { events: [share({ url: 'ftp://blog.example/post' })] }, 'events.0.url', /absolute http\(s\) URL/],
        ['a javascript: url', { events: [share({ url: 'javascript:alert(1)' })] }, 'events.0.url', /absolute http\(s\) URL/],
        ['a relative url', { events: [share({ url: '/post' })] }, 'events.0.url', /absolute http\(s\) URL/],
        ['a url over 2048 characters', { events: [share({ url: `${SITE}/${'a'.repeat(2048)}` })] }, 'events.0.url', /at most 2048 characters/],
        ['a ref that is a URL', { events: [share({ ref: 'https://t.co/abc' })] }, 'events.0.ref', /host name/],
        ['a ts that is a string', { events: [share({ ts: '2025-03-10' })] }, 'events.0.ts', /must be a number/],
        ['a negative ts', { events: [share({ ts: -1 })] }, 'events.0.ts', /≥ 0/],
        ['a ts of -1e20', { events: [share({ ts: -1e20 })] }, 'events.0.ts', /≥ 0/],
        ['a ts of 1e300', { events: [share({ ts: 1e300 })] }, 'events.0.ts', /at most 8640000000000000/],
        ['a ts of 30 digits', '{"events":[{"type":"share","network":"x","url":"https://blog.example/post","ts":123456789012345678901234567890}]}', 'events.0.ts', /at most 8640000000000000/],
        ['a ts past the largest Date', { events: [share({ ts: 8.64e15 + 1 })] }, 'events.0.ts', /largest time a Date holds/],
        ['a ts of 1e400 (Infinity once parsed)', '{"events":[{"type":"share","network":"x","url":"https://blog.example/post","ts":1e400}]}', 'events.0.ts', /must be finite|must be a number/],
        ['an unknown event field', { events: [share({ ip: '1.2.3.4' })] }, 'events.0.ip', /unknown field "ip"/],
      ];
      for (const [name, body, path, message] of cases) {
        test(`400 for ${name}`, async () => {
          const h = await harness();
          assert.equal(batchMatchesContract(typeof body === 'string' ? JSON.parse(body) : body), false, 'the OpenAPI schema must reject it too');
          const res = await h.post(body);
          assert.equal(res.status, 400);
          const { error } = await contract(res, 'post', '/v1/events');
          assert.equal(error.code, 'invalid_request');
          const issue = error.issues.find((i: { path: string }) => i.path === path);
          assert.ok(issue, `an issue at "${path}" in ${JSON.stringify(error.issues)}`);
          assert.match(issue.message, message);
          assert.match(error.message, message, 'the summary names the problem too');
          assert.deepEqual(await h.totals(), { share: 0, follow: 0, visit: 0, comment: 0 });
        });
      }

      for (const [name, text] of [['malformed JSON', '{"events": [}'], ['an empty body', ''], ['a form body', 'events=1']]) {
        test(`400 malformed_json for ${name}`, async () => {
          const h = await harness();
          const res = await h.post(text);
          assert.equal(res.status, 400);
          const { error } = await contract(res, 'post', '/v1/events');
          assert.equal(error.code, 'malformed_json');
          assert.match(error.message, /not valid JSON/);
          assert.equal((await h.totals()).share, 0);
        });
      }

      test('413 for a body over 16 KB, with or without Content-Length', async () => {
        const h = await harness();
        const big = JSON.stringify({ events: Array.from({ length: 40 }, (_, i) => share({ url: `${SITE}/${String(i).padEnd(500, 'x')}` })) });
        assert.ok(big.length > 16 * 1024);
        const res = await h.post(big);
        assert.equal(res.status, 413);
        assert.match((await contract(res, 'post', '/v1/events')).error.message, /at most 16384 bytes/);
        const stream = new ReadableStream({
          start(ctl) {
            for (let i = 0; i < big.length; i += 4096) ctl.enqueue(new TextEncoder().encode(big.slice(i, i + 4096)));
            ctl.close();
          },
        });
        const chunked = await h.app.request('/v1/events', { method: 'POST', body: stream, duplex: 'half', headers: { origin: SITE } } as RequestInit);
        assert.equal(chunked.status, 413);
        assert.equal((await h.totals()).share, 0);
      });

      test('415 for a content type that is not JSON', async () => {
        const h = await harness();
        const res = await h.post({ events: [share()] }, { 'content-type': 'application/x-www-form-urlencoded' });
        assert.equal(res.status, 415);
        assert.match((await contract(res, 'post', '/v1/events')).error.message, /text\/plain or application\/json/);
        assert.equal((await h.totals()).share, 0);
      });

      test('405 with Allow for a wrong method; JSON 404 for unknown paths', async () => {
        const h = await harness();
        const res = await h.app.request('/v1/events');
        assert.equal(res.status, 405);
        assert.equal(res.headers.get('allow'), 'POST');
        assert.equal((await res.json()).error.code, 'method_not_allowed');
        const nf = await h.app.request('/v1/nothing');
        assert.equal(nf.status, 404);
        assert.match((await nf.json()).error.message, /no route GET \/v1\/nothing/);
      });

      const countCases: [string, string, RegExp][] = [
        ['no url', '', /at least one url parameter/],
        ['a url that is not http(s)', '?url=mailto:me@blog.example', /absolute http\(s\) URL/],
        ['51 urls', `?${Array.from({ length: 51 }, (_, i) => `url=${SITE}/${i}`).join('&')}`, /at most 50 url parameters/],
      ];
      for (const [name, query, message] of countCases) {
        test(`counts: 400 for ${name}`, async () => {
          const h = await harness();
          const res = await h.app.request(`/v1/counts${query}`);
          assert.equal(res.status, 400);
          assert.match((await contract(res, 'get', '/v1/counts')).error.message, message);
        });
      }

      const statsCases: [string, string, RegExp][] = [
        ['a from that is not a day', '?from=yesterday', /from: must be a day as YYYY-MM-DD/],
        ['a day that does not exist', '?from=2025-02-30&to=2025-03-01', /not a calendar day/],
        ['from after to', '?from=2025-03-02&to=2025-03-01', /from must not be after to/],
        ['a range over 366 days', '?from=2023-01-01&to=2025-01-01', /at most 366 days/],
        ['limit 0', '?limit=0', /limit: must be at least 1/],
        ['limit 101', '?limit=101', /limit: must be at most 100/],
        ['a limit that is not a number', '?limit=ten', /limit: must be a whole number/],
      ];
      for (const [name, query, message] of statsCases) {
        test(`stats: 400 for ${name}`, async () => {
          const h = await harness();
          const res = await h.app.request(`/v1/stats${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
          assert.equal(res.status, 400);
          assert.match((await contract(res, 'get', '/v1/stats')).error.message, message);
        });
      }
    });

    describe('origins and CORS', () => {
      test('a foreign origin is refused (403) and nothing is stored; no CORS headers', async () => {
        const h = await harness();
        const res = await h.post({ events: [share()] }, { origin: 'https://evil.example' });
        assert.equal(res.status, 403);
        assert.equal(res.headers.get('access-control-allow-origin'), null);
        const { error } = await contract(res, 'post', '/v1/events');
        assert.equal(error.code, 'forbidden_origin');
        assert.match(error.message, /https:\/\/evil\.example is not allowed; this server accepts https:\/\/blog\.example/);
        assert.equal((await h.totals()).share, 0);
        const c = await h.app.request(`/v1/counts?url=${SITE}/post`, { headers: { origin: 'https://evil.example' } });
        assert.equal(c.status, 403);
        await contract(c, 'get', '/v1/counts');
        const s = await h.app.request('/v1/stats', { headers: { origin: 'https://evil.example', authorization: `Bearer ${TOKEN}` } });
        assert.equal(s.status, 403);
        await contract(s, 'get', '/v1/stats');
      });

      test('configured and same origins get CORS headers; requests without Origin pass', async () => {
        const h = await harness();
        const ok = await h.post({ events: [share()] });
        assert.equal(ok.status, 202);
        assert.equal(ok.headers.get('access-control-allow-origin'), SITE);
        assert.equal(ok.headers.get('access-control-expose-headers'), 'Retry-After', 'a page on another host may read how long to wait');
        assert.match(ok.headers.get('vary') ?? '', /Origin/);
        const same = await h.post({ events: [share()] }, { origin: 'http://localhost' });
        assert.equal(same.status, 202, 'the server\'s own origin is always allowed');
        const none = await h.app.request('/v1/events', { method: 'POST', body: JSON.stringify({ events: [share()] }) });
        assert.equal(none.status, 202);
        assert.equal(none.headers.get('access-control-allow-origin'), null);
        assert.equal((await h.totals()).share, 3);
      });

      test('preflight: 204 with methods and headers for allowed origins, 403 for others', async () => {
        const h = await harness();
        const pre = await h.app.request('/v1/stats', {
          method: 'OPTIONS',
          headers: { origin: SITE, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
        });
        assert.equal(pre.status, 204);
        assert.equal(pre.headers.get('access-control-allow-origin'), SITE);
        assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
        assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Authorization/);
        const foreign = await h.app.request('/v1/events', {
          method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        });
        assert.equal(foreign.status, 403);
        assert.equal(foreign.headers.get('access-control-allow-origin'), null);
      });

      test('"*" allows any origin; without origins only the server\'s own', async () => {
        const any = await harness({ origins: ['*'] });
        assert.equal((await any.post({ events: [share()] }, { origin: 'https://elsewhere.example' })).status, 202);
        const own = await harness({ origins: [] });
        assert.equal((await own.post({ events: [share()] })).status, 403);
        assert.equal((await own.post({ events: [share()] }, { origin: 'http://localhost' })).status, 202);
      });

      test('a malformed origin in the configuration is refused at start', async () => {
        const { store } = await freshStore(adapter);
        assert.throws(() => createApp({ store, origins: ['blog.example'] }), /origin "blog\.example" is not a URL/);
        assert.throws(() => createApp({ store, origins: ['https://blog.example/path'] }), /scheme:\/\/host\[:port\] only/);
        const app = createApp({ store, origins: ['https://blog.example/', ' http://localhost:8080 '] });
        const res = await app.request('/v1/counts?url=https://x.example/', { headers: { origin: 'http://localhost:8080' } });
        assert.equal(res.status, 200);
      });
    });

    describe('admin', () => {
      test('without a configured token the admin API is closed to everyone', async () => {
        const h = await harness({ adminToken: undefined });
        for (const auth of [undefined, 'Bearer ', `Bearer ${TOKEN}`, 'Bearer undefined']) {
          const res = await h.app.request('/v1/stats', { headers: auth ? { authorization: auth } : {} });
          assert.equal(res.status, 403);
          const { error } = await contract(res, 'get', '/v1/stats');
          assert.equal(error.code, 'admin_disabled');
          assert.match(error.message, /--admin-token or SMM_ADMIN_TOKEN/);
        }
      });

      test('missing or wrong token: 401 with WWW-Authenticate; the right one: 200', async () => {
        const h = await harness();
        const missing = await h.app.request('/v1/stats');
        assert.equal(missing.status, 401);
        assert.equal(missing.headers.get('www-authenticate'), 'Bearer realm="smm-kit"');
        assert.match((await contract(missing, 'get', '/v1/stats')).error.message, /missing admin token/);
        for (const auth of [`Bearer ${TOKEN}x`, `Basic ${btoa(`admin:${TOKEN}`)}`, TOKEN, `Bearer ${TOKEN.slice(0, -1)}`]) {
          const res = await h.app.request('/v1/stats', { headers: { authorization: auth } });
          assert.equal(res.status, 401, auth);
          await contract(res, 'get', '/v1/stats');
        }
        const ok = await h.app.request('/v1/stats', { headers: { authorization: `bearer ${TOKEN}` } });
        assert.equal(ok.status, 200);
        assert.equal(ok.headers.get('cache-control'), 'no-store');
      });

      test('a short admin token is refused at start', async () => {
        const { store } = await freshStore(adapter);
        assert.throws(() => createApp({ store, adminToken: 'secret' }), /at least 16 characters/);
        assert.throws(() => createApp({ store, adminToken: '' }), /at least 16 characters/);
      });

      test('failed admin attempts are rate limited', async () => {
        const h = await harness({ rateLimit: { max: 2, windowSec: 60 } });
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await h.app.request('/v1/stats', { headers: { authorization: 'Bearer guess-guess-guess-guess' } })).status);
        assert.deepEqual(statuses, [401, 401, 429]);
      });
    });

    describe('rate limit', () => {
      test('429 with Retry-After once a client spent its budget; others are unaffected; it refills', async () => {
        const h = await harness({ rateLimit: { max: 3, windowSec: 60 }, trustProxy: true });
        const from = (ip: string) => ({ 'x-forwarded-for': `203.0.113.9, ${ip}` });
        for (let i = 0; i < 3; i++) assert.equal((await h.post({ events: [share()] }, from('198.51.100.1'))).status, 202);
        const limited = await h.post({ events: [share()] }, from('198.51.100.1'));
        assert.equal(limited.status, 429);
        assert.equal(limited.headers.get('retry-after'), '20');
        const { error } = await contract(limited, 'post', '/v1/events');
        assert.equal(error.code, 'rate_limited');
        assert.match(error.message, /retry in 20 s/);
        assert.equal((await h.post({ events: [share()] }, from('198.51.100.2'))).status, 202, 'another client');
        h.clock.now = new Date(T0.getTime() + 20_000);
        assert.equal((await h.post({ events: [share()] }, from('198.51.100.1'))).status, 202, 'refilled after Retry-After');
        assert.equal((await h.totals()).share, 5);
      });

      test('without trustProxy, X-Forwarded-For cannot be used to dodge the limit', async () => {
        const h = await harness({ rateLimit: { max: 2, windowSec: 60 } });
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await h.post({ events: [share()] }, { 'x-forwarded-for': `10.0.0.${i}` })).status);
        assert.deepEqual(statuses, [202, 202, 429]);
      });

      test('reads are not rate limited', async () => {
        const h = await harness({ rateLimit: { max: 1, windowSec: 60 } });
        for (let i = 0; i < 5; i++) assert.equal((await h.app.request(`/v1/counts?url=${SITE}/`)).status, 200);
      });
    });

    test('fallback answers what the API does not, e.g. static files', async () => {
      const { store } = await freshStore(adapter);
      const app = createApp({
        store,
        fallback: async (c, next) => (c.req.path === '/index.html' ? c.html('<h1>blog</h1>') : next()),
      });
      assert.equal(await (await app.request('/index.html')).text(), '<h1>blog</h1>');
      assert.equal((await app.request('/missing.html')).status, 404);
      assert.equal((await app.request('/healthz')).status, 200);
    });
  });
}
