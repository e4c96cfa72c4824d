// `smm-kit serve` as a real process: it starts on a free port against a temp database, answers,
// honours flags and environment variables, stops cleanly; bad input ends it with a clear message.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { migrations } from '../../src/server/migrations/index.js';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/server/cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'smm-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const blockingFile = join(dir, 'not-a-dir');
writeFileSync(blockingFile, '');

// Only what the test gives: no SMM_* from the developer's shell.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SMM_') && k !== 'PORT'));

// A test that fails before stopping its server must not leave it running: the file would never end.
const children = new Set<ChildProcess>();
after(() => { for (const c of children) c.kill('SIGKILL'); });

function start(args: string[], env: Record<string, string> = {}): ChildProcess & { out: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...baseEnv, ...env } });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  return Object.assign(child, { out: () => out });
}

/** Runs the CLI to its end: exit code and everything it printed. */
async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  const child = start(args, env);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, out: child.out() };
}

/** Starts `serve`, waits for its URL; stop() sends SIGTERM and returns exit code and output. */
async function serving(args: string[], env: Record<string, string> = {}) {
  const child = start(['serve', '--port', '0', ...args], env);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 15 s:\n${child.out()}`)), 15_000);
    const poll = setInterval(() => {
      // The banner ends with the admin line; it is written at once, but wait for all of it anyway.
      const m = /serving (http:\/\/\S+)[^]*admin API/.exec(child.out());
      if (m) { clearInterval(poll); clearTimeout(timer); resolve(m[1]!); }
    }, 20);
    child.on('exit', () => { clearInterval(poll); clearTimeout(timer); reject(new Error(`exited early:\n${child.out()}`)); });
  });
  return {
    url,
    out: child.out,
    async stop() {
      child.kill('SIGTERM');
      return { code: await exited, out: child.out() };
    },
  };
}

const TOKEN = 'cli-admin-token-0123456789';
const event = JSON.stringify({ events: [{ type: 'share', network: 'x', url: 'https://blog.example/post' }] });

describe('smm-kit serve', () => {
  test('serves on a free port with flags, then stops cleanly on SIGTERM', async () => {
    const db = join(dir, 'flags', 'smm.db');
    const s = await serving(['--db', db, '--origin', 'https://blog.example,https://www.blog.example', '--admin-token', TOKEN]);
    assert.match(s.out(), /SQLite .*flags\/smm\.db/);
    assert.match(s.out(), /origins allowed: https:\/\/blog\.example, https:\/\/www\.blog\.example/);
    assert.match(s.out(), /admin API on/);
    const health = await fetch(`${s.url}/healthz`);
    assert.deepEqual(await health.json(), { status: 'ok', store: 'sqlite' });
    const post = await fetch(`${s.url}/v1/events`, { method: 'POST', body: event, headers: { origin: 'https://www.blog.example' } });
    assert.equal(post.status, 202);
    const foreign = await fetch(`${s.url}/v1/events`, { method: 'POST', body: event, headers: { origin: 'https://evil.example' } });
    assert.equal(foreign.status, 403);
    const stats = await fetch(`${s.url}/v1/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal((await stats.json()).totals.share, 1);
    const { code, out } = await s.stop();
    assert.equal(code, 0, out);
    assert.match(out, /stopped/);
  });

  test('comment settings from flags and SMM_* variables reach the comment wall', async () => {
    const s = await serving(['--db', join(dir, 'comments.db'), '--moderation', 'post', '--edit-window', '60'],
      { SMM_IDENTITY_SECRET: 'x'.repeat(32), SMM_MAX_LINKS: '0' });
    assert.match(s.out(), /comments: moderation post, edit window 60 s, identity tokens accepted/);
    const page = await fetch(`${s.url}/v1/comments?thread=https://blog.example/post`);
    assert.equal((await page.json()).thread.moderation, 'post');
    assert.equal((await s.stop()).code, 0);
  });

  test('takes its settings from SMM_* variables, and keeps data across restarts', async () => {
    const db = join(dir, 'env.db');
    const env = { SMM_DB: db, SMM_ORIGINS: 'https://blog.example', SMM_ADMIN_TOKEN: TOKEN, SMM_RATE_LIMIT: '2' };
    const a = await serving([], env);
    assert.match(a.out(), /env\.db/);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${a.url}/v1/events`, { method: 'POST', body: event })).status);
    assert.deepEqual(statuses, [202, 202, 429], 'SMM_RATE_LIMIT=2 applies per client address');
    assert.equal((await a.stop()).code, 0);
    const b = await serving([], env);
    const counts = await fetch(`${b.url}/v1/counts?url=https://blog.example/post`);
    assert.equal((await counts.json()).counts[0].total, 2);
    assert.equal((await b.stop()).code, 0);
  });

  test('--help and --version', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage:\n\s+smm-kit serve/);
    assert.match(help.out, /SMM_ADMIN_TOKEN/);
    const version = await run(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.out, /^\d+\.\d+\.\d+/);
  });

  test('migrate applies the schema and exits', async () => {
    const r = await run(['migrate', '--db', join(dir, 'migrate.db')]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, new RegExp(`schema version ${Math.max(...migrations.map((m) => m.version))}\\b`));
  });

  test('moderator add prints a token once, list shows it, revoke refuses it at once on a running server', async () => {
    const db = join(dir, 'mods.db');
    const added = await run(['moderator', 'add', 'marta', '--db', db]);
    assert.equal(added.code, 0, added.out);
    const token = /^\s+(smm_mod_[\w-]{43})$/m.exec(added.out)?.[1];
    assert.ok(token, added.out);
    const again = await run(['moderator', 'add', 'marta', '--db', db]);
    assert.equal(again.code, 1);
    assert.match(again.out, /already exists/);
    const s = await serving(['--db', db]);
    assert.match(s.out(), /admin API moderator tokens only/);
    const me = await fetch(`${s.url}/v1/admin/me`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(me.status, 200);
    const { moderator } = await me.json();
    assert.equal(moderator.name, 'marta');
    assert.equal(moderator.role, 'moderator');
    const list = await run(['moderator', 'list', '--db', db]);
    assert.match(list.out, /^marta\s+added \d{4}-\d{2}-\d{2}$/m);
    const revoked = await run(['moderator', 'revoke', 'marta', '--db', db]);
    assert.equal(revoked.code, 0, revoked.out);
    const refused = await fetch(`${s.url}/v1/admin/me`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(refused.status, 403, 'refused at once by the running server (no admin token: closed)');
    assert.match((await run(['moderator', 'list', '--db', db])).out, /^marta\s+added \S+\s+revoked \S+$/m);
    assert.equal((await run(['moderator', 'revoke', 'marta', '--db', db])).code, 1);
    assert.equal((await s.stop()).code, 0);
    const bad = await run(['moderator', 'add', 'admin', '--db', db]);
    assert.equal(bad.code, 2);
    assert.match(bad.out, /not allowed/);
  });

  const bad: [string, string[], number, RegExp][] = [
    ['an unknown flag', ['serve', '--prot', '80'], 2, /Unknown option '--prot'[\s\S]*smm-kit --help/],
    ['an unknown command', ['start'], 2, /unknown command "start"; commands are serve, migrate, moderator, import, import-testimonials, export, sign-identity/],
    ['a port that is not a number', ['serve', '--port', 'eighty'], 2, /--port must be a whole number from 0 to 65535, got "eighty"/],
    ['a port out of range', ['serve', '--port', '70000'], 2, /--port must be a whole number/],
    ['a flag without its value', ['serve', '--db'], 2, /--db/],
    ['a bad rate limit', ['serve', '--rate-limit', '-1'], 2, /--rate-limit/],
    ['an unknown moderation mode', ['serve', '--moderation', 'maybe'], 2, /--moderation must be pre, first or post, got "maybe"/],
    ['an edit window that is not a number', ['serve', '--edit-window', '15m'], 2, /--edit-window must be a whole number/],
    ['a short identity secret', ['serve', '--identity-secret', 'short'], 2, /--identity-secret must be at least 32 characters/],
    ['a short admin token', ['serve', '--port', '0', '--db', ':memory:', '--admin-token', 'secret'], 1, /admin token must be at least 16 characters/],
    ['an origin that is not a URL', ['serve', '--port', '0', '--db', ':memory:', '--origin', 'blog.example'], 1, /origin "blog\.example" is not a URL/],
    ['an unsupported database URL', ['serve', '--db', 'mysql://localhost/smm'], 1, /unsupported database URL/],
    ['a database path under a file', ['serve', '--db', join(blockingFile, 'smm.db')], 1, /smm-kit: cannot open SQLite database ".*not-a-dir\/smm\.db": .*(ENOTDIR|EEXIST)/],
  ];
  for (const [name, args, code, message] of bad) {
    test(`exits ${code} with a clear message for ${name}`, async () => {
      const r = await run(args);
      assert.equal(r.code, code, r.out);
      assert.match(r.out, message);
      assert.doesNotMatch(r.out, /^\s+at /m, 'no stack trace for a user mistake');
    });
  }

  test('exits 1 when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const r = await run(['serve', '--db', ':memory:', '--port', String(port)]);
    blocker.close();
    assert.equal(r.code, 1);
    assert.match(r.out, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use; pick another with --port`));
  });
});
