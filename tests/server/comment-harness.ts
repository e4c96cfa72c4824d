// A server with the comment wall on a real store, for the comment tests: requests through
// app.request() (no port), every JSON answer checked against the OpenAPI document, a clock the
// test moves, and a reader that fetches the form token before posting as the element does.
import assert from 'node:assert/strict';
import { createApp, type AppOptions, type Store } from '../../src/server/index.js';
import { openapi } from '../../src/server/openapi.js';
import { contract, freshStore, type Adapter } from './helpers.js';

export const SITE = 'https://blog.example';
export const THREAD = `${SITE}/post`;
export const TOKEN = 'test-admin-token-0123456789';
export const T0 = new Date('2025-03-10T10:00:00Z');
export const IDENTITY_SECRET = 'identity-secret-for-tests-0123456789abcdef';

export interface Author { name: string; url?: string; badge?: string }
export interface CommentJson {
  id: string; parent: string | null; author: Author; body: string; createdAt: string; editedAt?: string;
  likes: number; deleted?: true; status?: string; replies?: CommentJson[]; replyCount?: number; repliesNext?: string | null;
  thread?: string; emailHash?: string; ipHash?: string; identity?: { id: string };
}
export interface Body {
  comment: CommentJson; secret: string; editableUntil: string; comments: CommentJson[]; next: string | null; total: number;
  thread: { key: string; closed: boolean; moderation: string | null; total?: number }; form: string;
  counts: Record<string, number>; likes: number; liked: boolean;
  ban: { id: string; ip: boolean; email: boolean; comment: string | null }; bans: { id: string; ip: boolean; email: boolean; name: string | null; thread: string | null }[];
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

type Path = keyof typeof openapi.paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The documented path of a concrete URL: /v1/comments/abc/like → /v1/comments/{id}/like. */
function template(url: string): Path {
  const path = url.split('?')[0]!;
  const found = (Object.keys(openapi.paths) as Path[]).find((p) =>
    new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path) && !(p.includes('{') && (openapi.paths as Record<string, unknown>)[path]));
  assert.ok(found, `${path} is not in the OpenAPI document`);
  return found;
}

export interface Harness {
  app: ReturnType<typeof createApp>;
  store: Store;
  clock: { now: Date };
  tick(sec: number): void;
  /** Any request; the answer is checked against the contract and its JSON returned. */
  call(method: Method, url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Body; res: Response }>;
  /** GET /v1/comments for a thread (default THREAD) with extra query. */
  list(query?: string, thread?: string): Promise<Body>;
  /** Fetches the form as a reader would, waits past the minimum fill time, posts. */
  post(fields: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: Body; res: Response }>;
  /** Posts as the admin (moderator badge, published, no form needed). */
  adminPost(fields: Record<string, unknown>): Promise<{ status: number; body: Body }>;
  admin(method: Method, url: string, body?: unknown): Promise<{ status: number; body: Body }>;
}

export async function harness(adapter: Adapter, opts: Partial<AppOptions> = {}, store?: Store): Promise<Harness> {
  store ??= (await freshStore(adapter)).store;
  const clock = { now: T0 };
  const app = createApp({
    store, origins: [SITE], adminToken: TOKEN, now: () => clock.now, rateLimit: false,
    ...opts, comments: { identitySecret: IDENTITY_SECRET, ...opts.comments },
  });
  const h: Harness = {
    app, store, clock,
    tick: (sec) => void (clock.now = new Date(clock.now.getTime() + sec * 1000)),
    async call(method, url, body, headers = {}) {
      const res = await app.request(url, {
        method: method.toUpperCase(),
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        headers: { origin: SITE, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      });
      const path = template(url);
      if (res.status === 204) {
        const op = (openapi.paths[path] as Record<string, { responses: Record<string, unknown> }>)[method]!;
        assert.ok(op.responses[204], `${method} ${path} answered 204, which the OpenAPI document does not list`);
        return { status: 204, body: {} as Body, res };
      }
      return { status: res.status, body: (await contract(res.clone(), method, path)) as unknown as Body, res };
    },
    async list(query = '', thread = THREAD) {
      const r = await h.call('get', `/v1/comments?thread=${encodeURIComponent(thread)}${query}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return r.body;
    },
    async post(fields, headers) {
      const thread = (fields.thread as string | undefined) ?? THREAD;
      const { form } = await h.list('&limit=1', thread);
      h.tick(5);
      return h.call('post', '/v1/comments', { thread, name: 'Ann', form, ...fields }, headers);
    },
    adminPost: (fields) => h.call('post', '/v1/comments', { thread: THREAD, name: 'Mod', ...fields }, { authorization: `Bearer ${TOKEN}` }),
    admin: (method, url, body) => h.call(method, url, body, { authorization: `Bearer ${TOKEN}` }),
  };
  return h;
}
