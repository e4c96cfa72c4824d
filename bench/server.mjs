// Endpoint benchmarks, loopback only and bounded in time: the tracker's size, events ingested per
// second (batches of 50) with SQLite and PostgreSQL, and /v1/counts latency at a fixed 500 req/s.
//
// The server runs as `smm-kit serve` (the real CLI, from source) in its own process, so on two
// cores the load generator (autocannon, here) and the server each get one.
//
//   node bench/server.mjs        prints a table; starts a throwaway PostgreSQL if it can
//   benchServer({ pgUrl })       used by bench/run.mjs; returns rows { name, value, unit, note }
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Agent, request } from 'node:http';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NETWORKS = ['x', 'facebook', 'linkedin', 'whatsapp', 'email', 'copy', 'bluesky', 'reddit'];
const PAGES = 2000;
const GOALS = { ingest: 5000, countsP99: 20 };

/** @param {{ pgUrl?: string, seconds?: number }} [opts] */
export async function benchServer({ pgUrl, seconds = 5 } = {}) {
  const rows = [await trackerRow()];
  // Timings on a shared machine are only as good as its quiet: say how busy it was.
  rows.push({ name: 'load average before', value: Math.round(loadavg()[0] * 100) / 100, unit: '', note: `1 min, ${cpus().length} cores; above ~0.5 the timings below are disturbed` });
  const stores = [['SQLite', null], ['PostgreSQL', pgUrl]];
  for (const [label, url] of stores) {
    if (label === 'PostgreSQL' && !url) {
      rows.push({ name: 'PostgreSQL', value: 'skipped', unit: '', note: 'no PostgreSQL available' });
      continue;
    }
    const dir = mkdtempSync(join(tmpdir(), 'smm-bench-'));
    const server = await startServer(url ?? join(dir, 'smm.db'));
    try {
      const ingest = await ingestRate(server.url, seconds);
      rows.push({
        name: `ingest, ${label}`, value: Math.round(ingest.eventsPerSec), unit: 'events/s',
        note: `batches of 50, ${ingest.connections} connections, ${ingest.seconds} s, ${ingest.errors} errors; goal ≥ ${GOALS.ingest.toLocaleString('en-US')}${label === 'SQLite' ? (ingest.eventsPerSec >= GOALS.ingest ? ' met' : ' NOT met') : ''}`,
      });
      const counts = await countsLatency(server.url, seconds);
      const met = counts.p99 <= GOALS.countsP99 ? 'met' : 'NOT met';
      rows.push({ name: `counts p50, ${label}`, value: counts.p50, unit: 'ms', note: `3 URLs per request at ${counts.rate} req/s for ${seconds} s, ${counts.errors} errors` });
      rows.push({ name: `counts p99, ${label}`, value: counts.p99, unit: 'ms', note: `goal ≤ ${GOALS.countsP99} ms ${met}` });
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

async function trackerRow() {
  const out = await build({
    entryPoints: [join(ROOT, 'src/track/auto.ts')], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
  });
  const src = gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
  const dist = join(ROOT, 'dist/cdn/smm-track.js');
  const built = existsSync(dist) ? gzipSync(readFileSync(dist), { level: 9 }).length : null;
  return {
    name: 'tracker smm-track.js', value: built ?? src, unit: 'B gzip',
    note: `${built != null ? `dist/cdn (esbuild minify: ${src} B)` : 'esbuild minify of src/track/auto.ts'}; budget 600 B ${(built ?? src) <= 600 ? 'met' : 'NOT met'}`,
  };
}

/** `smm-kit serve` on a free loopback port, no rate limit (the load comes from one address). */
function startServer(db) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/cli.ts'), 'serve',
    '--db', db, '--port', '0', '--rate-limit', '0'], { cwd: ROOT, env: { ...process.env, SMM_ADMIN_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill(); reject(new Error(`server did not start:\n${out}`)); }, 20_000);
    child.once('exit', () => { clearTimeout(timer); reject(new Error(`server exited:\n${out}`)); });
    child.stdout.on('data', () => {
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({ url: m[1], stop: async () => { child.kill('SIGTERM'); await exited; } });
    });
  });
}

/** Batches of 50 events over many pages and networks, as many tracker beacons would send. */
function batches(n) {
  let seed = 1;
  const rand = (k) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % k);
  return Array.from({ length: n }, () => JSON.stringify({
    events: Array.from({ length: 50 }, () => {
      const page = `https://blog.example/posts/${rand(PAGES)}`;
      const network = NETWORKS[rand(NETWORKS.length)];
      const kind = rand(10);
      return kind < 7 ? { type: 'share', network, url: page, ref: 'news.example.org', ts: Date.now() }
        : kind < 9 ? { type: 'visit', network, url: `${page}?utm_source=${network}&utm_medium=social&utm_campaign=smm` }
        : { type: 'follow', network: 'rss', url: page };
    }),
  }));
}

function run(opts) {
  return new Promise((resolve, reject) => {
    const inst = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    autocannon.track(inst, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false, outputStream: { write() {} } });
  });
}

async function ingestRate(base, seconds) {
  const bodies = batches(500);
  let i = 0;
  const connections = 8;
  const opts = {
    url: `${base}/v1/events`, connections, pipelining: 1,
    requests: [{ method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  };
  await run({ ...opts, duration: 1 }); // warm-up: JIT, prepared statements, connection pool
  const r = await run({ ...opts, duration: seconds });
  const ok = r['2xx'];
  return { eventsPerSec: (ok * 50) / (r.duration || seconds), connections, seconds, errors: r.non2xx + r.errors + r.timeouts };
}

/**
 * /v1/counts at a fixed rate, open loop: a request leaves every 2 ms whether or not earlier ones
 * have answered, so a slow server shows up as latency instead of a lower rate. (autocannon's
 * overallRate sends each second's quota as a burst, which measures bursts, not a steady rate.)
 */
async function countsLatency(base, seconds) {
  const rate = 500;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const q = (n) => `url=${encodeURIComponent(`https://blog.example/posts/${n % PAGES}`)}`;
  const one = (i) => new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const req = request(`${base}/v1/counts?${q(i)}&${q(i * 7)}&${q(i * 13)}`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, ok: res.statusCode === 200 }));
    });
    req.on('error', () => resolve({ ms: NaN, ok: false }));
    req.end();
  });
  const paced = async (total) => {
    const pending = [];
    const t0 = performance.now();
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      pending.push(one(i));
    }
    const results = await Promise.all(pending);
    return { results, achieved: total / ((performance.now() - t0) / 1000) };
  };
  await paced(rate); // warm-up second
  const { results, achieved } = await paced(rate * seconds);
  agent.destroy();
  const ms = results.filter((r) => r.ok).map((r) => r.ms).sort((a, b) => a - b);
  const at = (p) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] * 100) / 100;
  return { p50: at(0.5), p99: at(0.99), rate: Math.round(achieved), errors: results.length - ms.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let pg = null;
  try {
    const { startPg } = await import('../scripts/pg.mjs');
    pg = await startPg({ durable: true });
  } catch (err) {
    console.log(`PostgreSQL rows skipped: ${err.message.split('\n')[0]}`);
  }
  try {
    const rows = await benchServer({ pgUrl: pg?.url });
    const w = [28, 10, 9];
    console.log(['measure'.padEnd(w[0]), 'value'.padStart(w[1]), 'unit'.padEnd(w[2]), 'note'].join('  '));
    for (const r of rows) {
      const v = typeof r.value === 'number' ? r.value.toLocaleString('en-US', { maximumFractionDigits: 1 }) : r.value;
      console.log([r.name.padEnd(w[0]), String(v).padStart(w[1]), r.unit.padEnd(w[2]), r.note].join('  '));
    }
  } finally {
    await pg?.stop();
  }
}
