// Shared by the server tests: the storage adapters to run every suite against, and the OpenAPI
// checker every response goes through.
//
// SQLite always runs (a real file in a temp dir). PostgreSQL runs when SMM_TEST_PG_URL is a
// server URL (each suite gets its own fresh database on it, dropped afterwards), or `auto` to start
// a throwaway cluster with scripts/pg.mjs. Unset: the PostgreSQL suites are skipped, loudly.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach } from 'node:test';
import postgres from 'postgres';
import Ajv2020 from 'ajv/dist/2020.js';
import { openapi } from '../../src/server/openapi.js';
import { openStore, type Store } from '../../src/server/index.js';

export interface Adapter {
  name: 'sqlite' | 'postgres';
  /** Why the suite is skipped, if it is. */
  skip?: string;
  /** A fresh, empty database spec for openStore(); removed when the test file ends. */
  fresh(): Promise<string>;
}

// Cleanups run last-in first-out when the test file ends: stores close before their databases are
// dropped, databases before the cluster stops.
const cleanups: (() => unknown)[] = [];
export const onCleanup = (fn: () => unknown) => void cleanups.push(fn);
after(async () => {
  // Every cleanup runs even if one fails, so a throwaway cluster is never left running.
  const errors = [];
  for (const fn of cleanups.reverse()) {
    try { await fn(); } catch (err) { errors.push(err); }
  }
  if (errors.length) throw new AggregateError(errors, 'test cleanup failed');
});

let pgBase: Promise<string> | undefined;
function pgBaseUrl(): Promise<string> {
  pgBase ??= (async () => {
    const url = process.env.SMM_TEST_PG_URL!;
    if (url !== 'auto') return url;
    const { startPg } = (await import(new URL('../../scripts/pg.mjs', import.meta.url).href)) as
      { startPg: () => Promise<{ url: string; stop(): Promise<void> }> };
    const pg = await startPg();
    onCleanup(() => pg.stop());
    return pg.url;
  })();
  return pgBase;
}

let tmp: string | undefined;
let n = 0;

export const adapters: Adapter[] = [
  {
    name: 'sqlite',
    async fresh() {
      if (!tmp) {
        const dir = mkdtempSync(join(tmpdir(), 'smm-test-'));
        tmp = dir;
        onCleanup(() => rmSync(dir, { recursive: true, force: true }));
      }
      return join(tmp, `t${++n}`, 'smm.db');
    },
  },
  {
    name: 'postgres',
    skip: process.env.SMM_TEST_PG_URL ? undefined
      : 'PostgreSQL suite skipped: set SMM_TEST_PG_URL to a server URL, or to "auto" to start a throwaway cluster',
    async fresh() {
      const base = await pgBaseUrl();
      const db = `smm_t_${process.pid}_${++n}_${Date.now() % 1e6}`;
      const admin = postgres(base, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${db}`);
      await admin.end();
      onCleanup(async () => {
        const a = postgres(base, { max: 1, onnotice: () => {} });
        await a.unsafe(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
        await a.end();
      });
      const u = new URL(base);
      u.pathname = `/${db}`;
      return u.href;
    },
  },
];

// Stores opened by a test are closed after it, so PostgreSQL connections do not pile up.
const live = new Set<Store>();
afterEach(async () => {
  await Promise.all([...live].map((s) => s.close()));
  live.clear();
});

/** Opens a fresh store for one test; closed after the test (or earlier by the test). */
export async function freshStore(adapter: Adapter): Promise<{ store: Store; spec: string }> {
  const spec = await adapter.fresh();
  const store = await openStore(spec);
  live.add(store);
  return { store, spec };
}

// ── OpenAPI checks ────────────────────────────────────────────────────────────────────────────

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
ajv.addSchema(structuredClone(openapi) as object, 'openapi');

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function validator(ref: string) {
  const v = ajv.getSchema(`openapi#/${ref}`);
  assert.ok(v, `no schema at ${ref} in openapi.ts`);
  return v;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Row = { network: string; url: string; day: string; count: number };

/** Every field any response of the contract may carry; a test reads the ones its response has. */
export interface ApiBody {
  error: { code: string; message: string; issues: { path: string; message: string }[] };
  accepted: number;
  counts: { url: string; total: number; networks: Record<string, number> }[];
  from: string;
  to: string;
  totals: Record<string, number>;
  sharesPerDay: Omit<Row, 'url'>[];
  sharesPerPage: Pick<Row, 'url' | 'count'>[];
  visitsPerNetwork: Pick<Row, 'network' | 'count'>[];
  visitsPerPage: Pick<Row, 'url' | 'count'>[];
  followsPerNetwork: Pick<Row, 'network' | 'count'>[];
  status: string;
  store: string;
  url: string;
  networks: { network: string; shares: number; visits: number; follows: number; ratio: number | null }[];
  commentsPerPage: Pick<Row, 'url' | 'count'>[];
  commentsPerDay: Pick<Row, 'day' | 'count'>[];
  testimonialsPerDay: Pick<Row, 'day' | 'count'>[];
  visitsPerDay: Omit<Row, 'url'>[];
  previous: { from: string; to: string; totals: Record<string, number>; networks: ApiBody['networks']; comments: number; testimonials: number };
  moderator: { id: string | null; name: string; role: 'owner' | 'moderator' };
  entries: { id: number; at: string; moderator: string; owner: boolean; action: string; kind: string; item: string; detail?: string }[];
  next: number | null;
}

/**
 * Asserts a response is one the contract documents for this operation (status, JSON body matching
 * its schema) and returns the body.
 */
export async function contract(res: Response, method: Method, path: keyof typeof openapi.paths): Promise<ApiBody> {
  const op = (openapi.paths[path] as Record<string, { responses: Record<string, unknown> }>)[method];
  assert.ok(op, `${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  assert.ok(op.responses[res.status], `${method.toUpperCase()} ${path} answered ${res.status}, which the OpenAPI document does not list`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/, 'responses are JSON');
  const body = await res.json();
  const validate = validator(pointer('paths', path, method, 'responses', String(res.status), 'content', 'application/json', 'schema'));
  assert.ok(validate(body), `${method.toUpperCase()} ${path} ${res.status} body breaks the contract: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`);
  return body;
}

/** Whether a request body satisfies the contract's EventBatch schema. */
export function batchMatchesContract(body: unknown): boolean {
  return validator(pointer('components', 'schemas', 'EventBatch'))(body) as boolean;
}
