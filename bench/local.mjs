// What the page benches share: a child server started and waited for, and a loopback static server
// for the bench pages and the built bundles, gzip sizes and the printed tables (comments.mjs,
// testimonials.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Starts a child process and resolves once its output matches `ready` (group 1: the URL). */
export function startProcess(label, cmd, args, ready, opts = {}) {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  let out = '';
  const exited = new Promise((ok) => child.once('exit', ok));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => { child.kill(); fail(new Error(`${label} did not start in 60 s:\n${out.slice(-2000)}`)); }, 60_000);
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`${label} exited (${code}):\n${out.slice(-2000)}`)); });
    const onData = (d) => {
      // Keep only the tail: Waline logs every SQL statement it runs.
      out = (out + d).slice(-20_000);
      const m = ready.exec(out);
      if (!m) return;
      clearTimeout(timer);
      ok({ url: m[1], pid: child.pid, stop: async () => { child.kill('SIGTERM'); await exited; } });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

/**
 * Loopback static server: each [prefix, folder] of `mounts` in turn, the first with the file wins;
 * {{NAME}} in an HTML file becomes `vars(url)[NAME]` (empty when it has none).
 */
export function servePages(mounts, vars) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) continue;
      let body = readFileSync(file);
      if (extname(file) === '.html') {
        const values = vars(url);
        body = Buffer.from(body.toString().replace(/\{\{(\w+)\}\}/g, (_, k) => values[k] ?? ''));
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/** Bytes after gzip -9, as the other benches and the before-stop check count them. */
export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** A table on stdout: the first column left-aligned, the others right-aligned. */
export function defaultTable(title, head, rows) {
  console.log(`\n${title}`);
  const cells = [head, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  for (const [k, r] of cells.entries()) {
    console.log(r.map((c, i) => (i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
    if (k === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
}
