// A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks, built from Debian's
// server binaries (`apt-get install -y postgresql`). Nothing is left behind: stop() removes it,
// and an exit hook stops it if the process dies first.
//
//   import { startPg } from './scripts/pg.mjs';
//   const pg = await startPg();   // { url: 'postgres://postgres@127.0.0.1:PORT/smm', stop() }
//
// CLI, for poking at it by hand: `node scripts/pg.mjs` prints the URL and stops on Ctrl-C.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Folder of the newest installed PostgreSQL's binaries, or undefined. */
export function findPgBin() {
  const root = '/usr/lib/postgresql';
  if (process.env.PG_BIN) return process.env.PG_BIN;
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : undefined;
}

/**
 * Starts a fresh cluster and database.
 * @param {{ durable?: boolean, db?: string }} [opts] `durable`: keep fsync and synchronous
 *   commits on (benchmarks); off by default, which makes tests faster.
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startPg({ durable = false, db = 'smm' } = {}) {
  const bin = findPgBin();
  if (!bin) {
    const err = new Error(
      'PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin. ' +
      "Install Debian's with `apt-get install -y postgresql`, or set PG_BIN to the folder holding initdb.",
    );
    err.code = 'PG_NOT_FOUND';
    throw err;
  }
  // initdb refuses to run as root: as root, the cluster belongs to the `postgres` user.
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'smm-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const run = (cmd, args) => {
    const file = join(bin, cmd);
    return asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe', cwd: dir })
      : execFileSync(file, args, { stdio: 'pipe', cwd: dir });
  };
  const data = join(dir, 'data');
  const port = await freePort();
  let started = false;
  const stopSync = () => {
    if (started) {
      try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already gone */ }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onExit = () => stopSync();
  process.once('exit', onExit);
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const settings = [
      `-p ${port}`, '-h 127.0.0.1', `-k ${dir}`, '-c max_connections=100',
      ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ].join(' ');
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings, '-w', '-t', '60', 'start']);
    started = true;
    run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', db]);
  } catch (err) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
    stopSync();
    process.off('exit', onExit);
    throw new Error(`could not start a throwaway PostgreSQL: ${err.stderr?.toString() || err.message}\n${log}`, { cause: err });
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${db}`,
    port,
    async stop() {
      stopSync();
      process.off('exit', onExit);
    },
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pg = await startPg();
  console.log(`PostgreSQL ready: ${pg.url}\n(SMM_TEST_PG_URL=${pg.url}) — Ctrl-C stops and removes it.`);
  const stop = async () => { await pg.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
