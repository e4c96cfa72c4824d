// A throwaway WordPress for the integration test: Debian's wordpress package served by `php -S`,
// MariaDB on a temporary data dir and socket (no TCP port), the plugin folder in a temporary
// WP_CONTENT_DIR. Nothing of the machine's own WordPress or MariaDB is touched, except
// /etc/wordpress/config-<host>.php (Debian's wp-config.php reads its settings from there): each
// run serves on a loopback address of its own (127.x.y.z), so runs in several worktrees at once
// never share that file; it is written with a marker and removed at the end.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WP_ROOT = '/usr/share/wordpress';
const MARKER = 'smm-kit tests/wordpress';
const HERE = new URL('.', import.meta.url).pathname;

const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
const sbin = (name) => which(name) || (existsSync(`/usr/sbin/${name}`) ? `/usr/sbin/${name}` : '');

/** Why the integration test cannot run here, or '' when it can. */
export function wordpressMissing() {
  const missing = [];
  if (!existsSync(`${WP_ROOT}/wp-load.php`)) missing.push('wordpress');
  if (!sbin('mariadbd') || !which('mariadb-install-db')) missing.push('mariadb-server');
  if (!which('php')) missing.push('php-cli');
  else if (!/^mysqli$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout)) missing.push('php-mysql');
  return missing.length ? `Debian packages missing: ${missing.join(', ')} (apt-get install -y wordpress mariadb-server php-cli php-mysql php-curl)` : '';
}

async function until(what, fn, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await fn()) return;
    } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A loopback address of this run's own, and a free port on it. */
export async function freeAddress() {
  const { createServer } = await import('node:net');
  for (;;) {
    const host = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
    if (existsSync(`/etc/wordpress/config-${host}.php`)) continue;
    const port = await new Promise((resolve, reject) => {
      const srv = createServer().once('error', reject).listen(0, host, () => {
        const { port } = srv.address();
        srv.close(() => resolve(port));
      });
    });
    return { host, port };
  }
}

/**
 * Starts MariaDB and WordPress (not yet installed) at http://host:port.
 * @returns {Promise<{url: string, dir: string, content: string, env: object, php(script: string, args?: string[]): object, stop(): Promise<void>}>}
 */
export async function startWordPress({ host, port }) {
  const CONFIG = `/etc/wordpress/config-${host}.php`;
  const dir = mkdtempSync(join(tmpdir(), 'smm-wp-'));
  const data = join(dir, 'db');
  const socket = join(dir, 'mysqld.sock');
  const content = join(dir, 'wp-content');
  const logs = [];
  const procs = [];
  const stop = async () => {
    // Each was started as its own process group: php -S forks its workers, which outlive the
    // parent if only it is signalled, and would keep the port.
    for (const p of procs.reverse()) {
      if (p.exitCode === null) {
        const gone = new Promise((r) => { p.once('exit', r); setTimeout(r, 10000); });
        try { process.kill(-p.pid, 'SIGTERM'); } catch { p.kill('SIGTERM'); }
        await gone;
      }
    }
    if (existsSync(CONFIG) && readFileSync(CONFIG, 'utf8').includes(MARKER)) rmSync(CONFIG);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const init = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root',
      '--auth-root-authentication-method=normal', '--skip-test-db'], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr || init.stdout}`);
    const db = spawn(sbin('mariadbd'), ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking',
      '--user=root', `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${join(dir, 'mysqld.err')}`,
      '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { stdio: 'ignore', detached: true });
    procs.push(db);
    await until('MariaDB', () => spawnSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'], { encoding: 'utf8' }).status === 0);
    const create = spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wp CHARACTER SET utf8mb4'], { encoding: 'utf8' });
    if (create.status !== 0) throw new Error(`CREATE DATABASE failed: ${create.stderr}`);

    // wp-content: the plugin is uploaded here; themes and languages are Debian's.
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'uploads'), { recursive: true });
    // Debian's block theme, and a classic one of the test's own (tests/wordpress/classic-theme).
    mkdirSync(join(content, 'themes'));
    symlinkSync(`${WP_ROOT}/wp-content/themes/twentytwentythree`, join(content, 'themes', 'twentytwentythree'));
    symlinkSync(join(HERE, 'classic-theme'), join(content, 'themes', 'smm-classic'));
    symlinkSync(`${WP_ROOT}/wp-content/languages`, join(content, 'languages'));

    mkdirSync('/etc/wordpress', { recursive: true });
    if (existsSync(CONFIG)) throw new Error(`${CONFIG} exists already`);
    writeFileSync(CONFIG, `<?php
// ${MARKER}: a throwaway WordPress whose settings come from the environment of the test.
define('DB_NAME', 'wp');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('SMM_WP_DB_SOCKET'));
define('WP_CONTENT_DIR', getenv('SMM_WP_CONTENT'));
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', false);
`);
    const env = { ...process.env, SMM_WP_DB_SOCKET: socket, SMM_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' };
    const url = `http://${host}:${port}`;
    if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${port} is taken: another WordPress test still running?`);
    const server = spawn('php', ['-S', `${host}:${port}`, '-t', WP_ROOT, join(HERE, 'router.php')], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    server.stdout.on('data', (d) => logs.push(String(d)));
    server.stderr.on('data', (d) => logs.push(String(d)));
    procs.push(server);
    await until('php -S', async () => (await fetch(`${url}/wp-login.php`, { redirect: 'manual' })).status > 0);

    /** Runs a PHP script of this folder with WordPress loaded; returns its JSON output. */
    const php = (script, args = []) => {
      const r = spawnSync('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', join(HERE, script), ...args], {
        encoding: 'utf8', env: { ...env, SMM_WP_HOST: `${host}:${port}` },
      });
      if (r.status !== 0) throw new Error(`php ${script} ${args.join(' ')} failed (${r.status}): ${r.stderr}\n${r.stdout}`);
      try {
        return JSON.parse(r.stdout);
      } catch {
        throw new Error(`php ${script} printed no JSON: ${r.stdout}\n${r.stderr}`);
      }
    };
    return { url, dir, content, env, php, logs, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
