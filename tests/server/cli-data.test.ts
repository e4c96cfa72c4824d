// `smm-kit import | export | sign-identity` and the notification settings of `serve`, as real
// processes on temp databases, the way an owner runs them.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { verifyIdentity } from '../../src/server/comments/identity.js';
import { verifyWebhook } from '../../src/server/notify.js';

const CLI = fileURLToPath(new URL('../../src/server/cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('fixtures/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'smm-cli-data-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SMM_') && k !== 'PORT'));
const children = new Set<ChildProcess>();
after(() => { for (const c of children) c.kill('SIGKILL'); });

/** Runs the CLI to its end: exit code, stdout and stderr apart. */
function run(args: string[], env: Record<string, string> = {}, stdin?: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...baseEnv, ...env } });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
  if (stdin !== undefined) child.stdin.end(stdin);
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('exit', (code) => {
    children.delete(child);
    // Let the pipes drain.
    setImmediate(() => resolve({ code, out, err }));
  }));
}

describe('smm-kit import / export', () => {
  const db = join(dir, 'a.db');

  test('imports a Disqus export with a summary, and adds nothing the second time', async () => {
    const r = await run(['import', '--format', 'disqus', join(FIXTURES, 'disqus.xml'), '--db', db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /imported 6 new comments from .*disqus\.xml into SQLite .*a\.db in [\d.]+ s \(6 read, 0 already there, 2 not importable\)/);
    assert.match(r.out, /^ {2}1 × its thread's link is not an http\(s\) URL$/m);
    const again = await run(['import', '--format', 'disqus', join(FIXTURES, 'disqus.xml'), '--db', db]);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /imported 0 new comments .*\(6 read, 6 already there, 2 not importable\)/);
    const wxr = await run(['import', '--format', 'wxr', join(FIXTURES, 'wxr.xml')], { SMM_DB: db });
    assert.equal(wxr.code, 0, wxr.err);
    assert.match(wxr.out, /imported 6 new comments/);
  });

  test('exports JSON to stdout or a file; it imports into another database and exports the same bytes', async () => {
    const r = await run(['export', '--db', db]);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.equal(doc.format, 'smm-kit/comments');
    assert.equal(doc.comments.length, 12);
    assert.match(r.err, /exported 12 comments from SQLite/);
    const file = join(dir, 'comments.json');
    assert.equal((await run(['export', '--db', db, '--out', file])).code, 0);
    assert.equal(readFileSync(file, 'utf8'), r.out);

    const copy = join(dir, 'b.db');
    const imp = await run(['import', '--format', 'json', '-', '--db', copy], {}, r.out);
    assert.equal(imp.code, 0, imp.err);
    assert.match(imp.out, /imported 12 new comments from stdin/);
    const back = await run(['export', '--db', copy]);
    assert.equal(back.out, r.out);
    // --with-secret: the copy takes the server secret (it is empty), so the hashes match there too.
    const sealed = await run(['export', '--db', db, '--with-secret']);
    assert.match(JSON.parse(sealed.out).secret, /^[\w-]{43}$/);
    const third = join(dir, 'c.db');
    const took = await run(['import', '--format', 'json', '-', '--db', third], {}, sealed.out);
    assert.match(took.out, /server secret of the export is this database's now/);
    assert.equal((await run(['export', '--db', third, '--with-secret'])).out, sealed.out);
    const kept = await run(['import', '--format', 'json', '-', '--db', copy], {}, sealed.out);
    assert.match(kept.out, /kept its own server secret/);
  });

  test('mistakes end with exit code 2 and say what to write', async () => {
    const cases: [string[], RegExp][] = [
      [['import', join(FIXTURES, 'disqus.xml')], /import needs --format disqus\|wxr\|json/],
      [['import', '--format', 'csv', join(FIXTURES, 'disqus.xml')], /got "csv"/],
      [['import', '--format', 'disqus'], /import needs the file to read/],
      [['import', '--format', 'disqus', join(dir, 'missing.xml')], /cannot read ".*missing\.xml": no such file/],
      [['import', '--format', 'disqus', 'a.xml', 'b.xml'], /unexpected argument "b\.xml"/],
    ];
    for (const [args, message] of cases) {
      const r = await run([...args, '--db', join(dir, 'mistakes.db')]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, message);
    }
    const notXml = join(dir, 'not.xml');
    writeFileSync(notXml, '{"format":"smm-kit/comments"}');
    const r = await run(['import', '--format', 'wxr', notXml, '--db', join(dir, 'mistakes.db')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /the WordPress export is not well-formed XML/);
  });
});

describe('smm-kit sign-identity', () => {
  const secret = 'identity-secret-0123456789abcdef-0123';

  test('prints a token the server accepts', async () => {
    const r = await run(['sign-identity', '--id', '42', '--name', 'Marta Rossi', '--url', 'https://marta.example', '--expires', '2h'],
      { SMM_IDENTITY_SECRET: secret });
    assert.equal(r.code, 0, r.err);
    const token = r.out.trim();
    assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    const check = await verifyIdentity(token, secret);
    assert.deepEqual(check, { ok: true, identity: { id: '42', name: 'Marta Rossi', url: 'https://marta.example/' } });
    const exp = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).exp;
    assert.ok(Math.abs(exp - (Date.now() / 1000 + 7200)) < 60, 'expires in two hours');
    assert.equal((await verifyIdentity(token, `${secret}-other`)).ok, false);
  });

  test('--moderator: the token carries moderator: true, which the server reads; without it, none', async () => {
    const moderator = await run(['sign-identity', '--id', '1', '--name', 'Chiara', '--moderator'], { SMM_IDENTITY_SECRET: secret });
    assert.equal(moderator.code, 0, moderator.err);
    assert.deepEqual(await verifyIdentity(moderator.out.trim(), secret), { ok: true, identity: { id: '1', name: 'Chiara', moderator: true } });
    const reader = await run(['sign-identity', '--id', '2', '--name', 'Paolo'], { SMM_IDENTITY_SECRET: secret });
    assert.equal(JSON.parse(Buffer.from(reader.out.trim().split('.')[1]!, 'base64url').toString()).moderator, undefined);
  });

  test('the secret only from the environment; clear mistakes', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['--id', '1', '--name', 'A'], {}, /SMM_IDENTITY_SECRET/],
      [['--id', '1', '--name', 'A'], { SMM_IDENTITY_SECRET: 'short' }, /at least 32 characters/],
      [['--name', 'A'], { SMM_IDENTITY_SECRET: secret }, /needs --id/],
      [['--id', '1'], { SMM_IDENTITY_SECRET: secret }, /needs --name/],
      [['--id', '1', '--name', 'A', '--url', 'javascript:x'], { SMM_IDENTITY_SECRET: secret }, /--url must be an http\(s\) URL/],
      [['--id', '1', '--name', 'A', '--expires', 'soon'], { SMM_IDENTITY_SECRET: secret }, /--expires must look like/],
      [['--id', '1', '--name', 'A', '--secret', secret], {}, /Unknown option '--secret'/],
    ];
    for (const [args, env, message] of cases) {
      const r = await run(['sign-identity', ...args], env);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, message);
    }
  });
});

describe('notification settings', () => {
  test('--help lists the commands, flags and variables', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    for (const s of ['smm-kit import --format disqus|wxr|json', 'smm-kit export', 'smm-kit sign-identity', 'SMM_IDENTITY_SECRET',
      '--webhook-url', 'SMM_WEBHOOK_URL', 'SMM_WEBHOOK_SECRET', '--smtp-url', 'SMM_SMTP_URL', '--notify-email', 'SMM_NOTIFY_EMAIL', '--mail-from']) {
      assert.ok(r.out.includes(s), `--help mentions ${s}`);
    }
  });

  test('serve refuses half-made notification settings', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['--webhook-url', 'https://hooks.example/x'], {}, /needs SMM_WEBHOOK_SECRET/],
      [[], { SMM_WEBHOOK_URL: 'https://hooks.example/x', SMM_WEBHOOK_SECRET: 'short' }, /at least 16 characters/],
      [[], { SMM_WEBHOOK_URL: 'ftp://hooks.example/x', SMM_WEBHOOK_SECRET: 'a-long-enough-secret' }, /absolute http\(s\) URL/],
      [['--smtp-url', 'smtp://u:p@127.0.0.1:2525'], {}, /needs --notify-email/],
      [['--notify-email', 'me@blog.example'], {}, /needs --smtp-url/],
      [['--notify-email', 'not an address'], { SMM_SMTP_URL: 'smtp://u:p@127.0.0.1:2525' }, /comma-separated addresses/],
    ];
    for (const [args, env, message] of cases) {
      const r = await run(['serve', '--port', '0', '--db', join(dir, 'serve.db'), ...args], env);
      assert.equal(r.code, 2, `${args.join(' ')} ${JSON.stringify(env)}: ${r.err}`);
      assert.match(r.err, message);
    }
  });
});

test('serve sends new comments to the webhook from SMM_WEBHOOK_URL, signed with SMM_WEBHOOK_SECRET', async () => {
  const secret = 'cli-webhook-secret-0123456789';
  const got: { body: string; signature: string; timestamp: string }[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => { body += d; }).on('end', () => {
      got.push({ body, signature: String(req.headers['x-smm-signature']), timestamp: String(req.headers['x-smm-timestamp']) });
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  after(() => new Promise((r) => receiver.close(r)));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/smm`;
  const token = 'cli-admin-token-0123456789';
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--db', join(dir, 'notify.db')], {
    cwd: ROOT, env: { ...baseEnv, SMM_WEBHOOK_URL: hook, SMM_WEBHOOK_SECRET: secret, SMM_ADMIN_TOKEN: token },
  });
  children.add(child);
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { out += d; });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 15 s:\n${out}`)), 15_000);
    const poll = setInterval(() => {
      const m = /serving (http:\/\/\S+)[^]*admin API/.exec(out);
      if (m) { clearInterval(poll); clearTimeout(timer); resolve(m[1]!); }
    }, 20);
  });
  assert.match(out, /new comments notified by webhook to http:\/\/127\.0\.0\.1:\d+/);
  assert.ok(!out.includes(secret));
  const res = await fetch(`${url}/v1/comments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ thread: 'https://blog.example/post', name: 'Owner', body: 'Welcome!' }),
  });
  assert.equal(res.status, 201, await res.text());
  for (let i = 0; i < 250 && !got.length; i++) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGTERM');
  assert.equal(got.length, 1);
  assert.ok(verifyWebhook(secret, got[0]!, got[0]!.body));
  const n = JSON.parse(got[0]!.body);
  assert.equal(n.type, 'comment.created');
  assert.equal(n.body, 'Welcome!');
  assert.equal(n.status, 'published');
});
