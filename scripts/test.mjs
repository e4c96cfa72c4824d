// `npm test`: every check the project has, in one run, ending with `N passed, N failed`.
//   typecheck, lint, build (npm + CDN bundles + manifest), component tests in Chromium,
//   Node tests (server against SQLite and PostgreSQL, tracker and end-to-end in Chromium),
//   framework types, imports under Node and React/Vue/Svelte apps (tests/frameworks/),
//   the WordPress plugin in Debian's WordPress (skipped without its packages, except on CI),
//   Storybook build + a test of every story.
// `npm test -- --only components,node` runs a subset; `--no-build` reuses dist/.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome } from './chrome.mjs';
import { run } from './run.mjs';

const args = process.argv.slice(2);
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const only = new Set(onlyArg.split(',').filter(Boolean));
const want = (name) => only.size === 0 || only.has(name);
const CI = !!process.env.CI && process.env.CI !== 'false';

const results = [];
const record = (name, passed, failed, note = '') => {
  results.push({ name, passed, failed, note });
  console.log(`\n── ${name}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}\n`);
};

/** A step that is one check: it passes or fails as a whole. */
async function check(name, cmd, argv, opts) {
  console.log(`\n── ${name}: ${cmd} ${argv.join(' ')}`);
  try {
    await run(cmd, argv, opts);
    record(name, 1, 0);
    return true;
  } catch (err) {
    record(name, 0, 1, err.message);
    return false;
  }
}

function files(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, suffix) : p.endsWith(suffix) ? [p] : [];
  });
}

/** Counts from node's test runner output (spec or TAP reporter). */
function nodeCounts(out) {
  const num = (re) => Number(out.match(re)?.[1] ?? NaN);
  const passed = num(/^(?:ℹ|#) pass (\d+)/m);
  const failed = num(/^(?:ℹ|#) fail (\d+)/m);
  const cancelled = num(/^(?:ℹ|#) cancelled (\d+)/m) || 0;
  return { passed, failed: failed + cancelled };
}

mkdirSync('.tmp', { recursive: true });

// The browser first: every browser runner needs it, and a clear message beats a stack trace.
let chromeOk = true;
try {
  process.env.CHROME_PATH = findChrome({ install: true });
  console.log(`Chromium: ${process.env.CHROME_PATH}`);
} catch (err) {
  chromeOk = false;
  console.error(`\n${err.message}\n`);
  record('chromium', 0, 1, 'no browser');
}

if (want('typecheck')) await check('typecheck', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
if (want('lint')) await check('lint', 'eslint', ['.', '--max-warnings', '0']);
let built = existsSync('dist/cdn/smm.js');
if (want('build') && !args.includes('--no-build')) built = await check('build', 'node', ['scripts/build.mjs']);

if (want('components') && chromeOk) {
  const countsFile = '.tmp/wtr-counts.json';
  rmSync(countsFile, { force: true });
  console.log('\n── components: web-test-runner in Chromium');
  const { code } = await run('wtr', [], { allowFail: true, env: { WTR_COUNTS_FILE: countsFile } });
  if (existsSync(countsFile)) {
    const c = JSON.parse(readFileSync(countsFile, 'utf8'));
    record('components', c.passed, c.failed + (code !== 0 && c.failed === 0 ? 1 : 0));
  } else record('components', 0, 1, `web-test-runner exited with ${code} before reporting`);
}

if (want('node')) {
  let pg;
  try {
    const { startPg } = await import('./pg.mjs');
    pg = await startPg();
    console.log(`PostgreSQL for tests: ${pg.url.replace(/:[^:@/]*@/, ':***@')}`);
  } catch (err) {
    const msg = `PostgreSQL not available (${err.message})`;
    if (CI) record('postgresql', 0, 1, msg);
    else console.warn(`\n${msg}: PostgreSQL adapter tests are skipped on this machine; CI runs them.\n`);
  }
  const list = [...files('tests/server', '.test.ts'), ...files('tests/track', '.test.ts'), ...(built ? files('tests/e2e', '.test.ts') : [])];
  if (!built && files('tests/e2e', '.test.ts').length) record('e2e', 0, 1, 'no build to test');
  if (list.length) {
    console.log(`\n── node: node --test (${list.length} files)`);
    // --test-force-exit: a file whose tests are done ends even if something it started (a server,
    // a child process) still holds it open, so a failure cannot hang the run until CI's timeout.
    const { out } = await run('node', ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter=spec', ...list], {
      capture: true, echo: true, allowFail: true, env: pg ? { SMM_TEST_PG_URL: pg.url } : {},
    });
    const c = nodeCounts(out);
    if (Number.isNaN(c.passed)) record('node', 0, 1, 'node --test printed no summary');
    else record('node', c.passed, c.failed);
  }
  await pg?.stop();
}

// Framework integration (needs the build): the generated React/Vue/Svelte/Solid types checked by
// each framework's checker, every package entry imported under plain Node, and small React, Vue
// and Svelte apps built with Vite and driven in Chromium (tests/frameworks/).
if (want('frameworks')) {
  const list = files('tests/frameworks', '.test.ts');
  if (!built) record('frameworks', 0, 1, 'no build to test');
  else if (list.length) {
    console.log(`\n── frameworks: node --test (${list.length} files)`);
    const { out } = await run('node', ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter=spec', ...list], { capture: true, echo: true, allowFail: true });
    const c = nodeCounts(out);
    if (Number.isNaN(c.passed)) record('frameworks', 0, 1, 'node --test printed no summary');
    else record('frameworks', c.passed, c.failed);
  }
}

// The WordPress plugin in Debian's WordPress (tests/wordpress/): needs the packages CI installs.
if (want('wordpress') && chromeOk) {
  const { wordpressMissing } = await import('../tests/wordpress/wp.mjs');
  const missing = wordpressMissing();
  if (missing) {
    if (CI) record('wordpress', 0, 1, missing);
    else console.warn(`\n── wordpress: skipped on this machine. ${missing}; CI runs it.\n`);
  } else if (!built) record('wordpress', 0, 1, 'no build to test');
  else {
    console.log('\n── wordpress: the plugin from its zip in WordPress, MariaDB and Chromium');
    const { out } = await run('node', ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter=spec', ...files('tests/wordpress', '.test.ts')], {
      capture: true, echo: true, allowFail: true,
    });
    const c = nodeCounts(out);
    if (Number.isNaN(c.passed)) record('wordpress', 0, 1, 'node --test printed no summary');
    else record('wordpress', c.passed, c.failed);
  }
}

if (want('stories') && chromeOk) {
  const ok = await check('storybook build', 'storybook', ['build', '--quiet', '-o', 'storybook-static'], { env: { STORYBOOK_DISABLE_TELEMETRY: '1' } });
  if (ok) {
    console.log('\n── stories: every story rendered in Chromium, with axe');
    const { out } = await run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...files('tests/stories', '.test.ts')], { capture: true, echo: true, allowFail: true });
    const c = nodeCounts(out);
    if (Number.isNaN(c.passed)) record('stories', 0, 1, 'no summary');
    else record('stories', c.passed, c.failed);
  }
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nSummary');
for (const r of results) console.log(`  ${r.name.padEnd(18)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${r.note ? `  ${r.note}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
