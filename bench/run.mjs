// `npm run bench`: how big smm-kit is, how soon its share bar is usable next to shareon and
// shariff, and (when bench/server.mjs exists) how fast the endpoint is. Prints tables, writes
// .tmp/bench.json, and never fails the build: numbers are reported against their budgets, not
// asserted, because timings on a shared two-core machine are not a pass/fail signal.
//
//   node bench/run.mjs [--no-build] [--runs 15] [--throttle 4] [--no-browser] [--no-server] [--no-stats]
//   [--no-comments] [--comment-runs 9] [--no-testimonials] [--testimonial-runs 9]
//   --shots saves a screenshot of each page (warm-up round) to .tmp/bench-<page>.png
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
process.chdir(ROOT);

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
};
const RUNS = Math.max(1, option('runs', 15));
const THROTTLE = option('throttle', 4);

const report = { date: new Date().toISOString(), node: process.version, sizes: [], load: null, server: null, budgets: [], notes: [] };
const note = (msg) => {
  report.notes.push(msg);
  console.log(`note: ${msg}`);
};

// ── helpers ────────────────────────────────────────────────────────────────────────────────
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
const fmt = (n) => (n == null ? '—' : n.toLocaleString('en-US'));
const ms = (n) => (n == null ? '—' : n.toFixed(1));

/** Prints an aligned table; numbers are right-aligned. */
function table(title, head, rows) {
  console.log(`\n${title}`);
  const cells = [head, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i > 0 && /^[-\d.,×%<≤>—]+\s?\w*$/.test(c) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  return v[lo] + (v[Math.min(lo + 1, v.length - 1)] - v[lo]) * (pos - lo);
}

// ── 0. build ───────────────────────────────────────────────────────────────────────────────
if (!flag('no-build')) {
  console.log('Building (npm run build)…');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (r.status !== 0) note(`npm run build exited with ${r.status}: measuring whatever dist/ holds`);
}

// ── 1. sizes ───────────────────────────────────────────────────────────────────────────────
const sizeRows = [];
function addSize(name, files, budget, budgetNote) {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    note(`${name}: missing ${missing.join(', ')}`);
    return null;
  }
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  const row = { name, raw: buf.length, gzip: gz(buf), brotli: br(buf), budget, budgetNote };
  sizeRows.push(row);
  return row;
}

const cdnDir = 'dist/cdn';
const cdnFiles = existsSync(cdnDir) ? readdirSync(cdnDir).filter((f) => f.endsWith('.js')).sort() : [];
if (!cdnFiles.length) note('no dist/cdn/*.js: run `npm run build`');
if (cdnFiles.includes('smm-share.js')) addSize('cdn/smm-share.js', [join(cdnDir, 'smm-share.js')], 12_800, 'issue 15: 12.5 KB');
for (const f of cdnFiles) {
  if (f === 'smm-share.js') continue;
  const budgets = {
    'smm-track.js': [600, 'issue: 600 B'],
    'smm-follow.js': [12_800, 'issue 15: as smm-share.js'],
    'smm-comments.js': [10_240, 'issue 11: what a reader loads to see the thread'],
    'smm-testimonials.js': [8_192, 'issue 12: what a reader loads to see the wall'],
  };
  const [budget, why] = budgets[f] ?? [];
  addSize(`cdn/${f}`, [join(cdnDir, f)], budget, why);
}
addSize('cdn/locales/de.js (on demand)', [join(cdnDir, 'locales/de.js')]);
// The admin room (/admin): never on a reader's page; Lit, the queue, the charts and both languages.
addSize('admin/app.js (the /admin page)', ['dist/admin/app.js']);
// Extras a bundle fetches the first time a page uses them (share counts, the Mastodon picker, the
// follow prompt): not part of the budgeted file, listed so nothing hides there.
const chunkDir = join(cdnDir, 'chunks');
for (const f of existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).sort() : []) {
  // The comment form is budgeted on its own (issue 11: ≤ 6 KB, loaded when a reader starts writing).
  if (/^smm-comments-writer-/.test(f)) addSize(`cdn/chunks/${f} (on demand)`, [join(chunkDir, f)], 6_144, 'issue 11: the writing chunk');
  else if (/^smm-testimonials-smm-testimonial-form-/.test(f)) addSize(`cdn/chunks/${f} (on demand)`, [join(chunkDir, f)], 5_120, 'issue 12: the form');
  else addSize(`cdn/chunks/${f} (on demand)`, [join(chunkDir, f)]);
}

// The npm consumer: what a developer's bundler ships for <smm-share> with eight networks.
let consumer = null;
try {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const warnings = [];
  const bundle = await rollup({
    input: 'bench/consumer/eight.js',
    plugins: [nodeResolve({ exportConditions: ['production'], browser: true }), terser()],
    onwarn: (w) => warnings.push(w.message),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  // The entry is what every page loads; the more menu's code is a chunk the bundler splits off,
  // fetched only by a row short of room: listed on its own, as the CDN's chunks are.
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  const code = Buffer.from(entry.code);
  // Where the bytes go: each module's rendered (minified, tree-shaken) length, largest first.
  const modules = Object.entries(entry.modules)
    .map(([id, m]) => ({ id: id.replace(`${ROOT}${sep}`, ''), bytes: m.renderedLength }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  consumer = { raw: code.length, gzip: gz(code), brotli: br(code), modules, warnings };
  sizeRows.push({ name: 'npm: SmmShare + 8 networks (rollup+terser)', ...consumer, budget: 9_500, budgetNote: 'issue; shareon js+css ≈ 9.7 KB' });
  for (const c of output.filter((o) => o.type === 'chunk' && !o.isEntry)) {
    const buf = Buffer.from(c.code);
    sizeRows.push({ name: `npm: + ${c.name} (on demand)`, raw: buf.length, gzip: gz(buf), brotli: br(buf) });
  }
} catch (err) {
  note(`npm consumer bundle failed: ${err.message}`);
}

// Competitors, for comparison (no budget).
const shareon = 'node_modules/shareon/dist';
const shariff = 'node_modules/shariff/dist';
const jquery = 'node_modules/jquery/dist/jquery.min.js';
addSize('shareon 2 (iife js + min.css)', [`${shareon}/shareon.iife.js`, `${shareon}/shareon.min.css`]);
addSize('shariff 3 (min.js + min.css, jQuery not counted)', [`${shariff}/shariff.min.js`, `${shariff}/shariff.min.css`]);
addSize('shariff 3 (min.js + min.css + jquery.min.js)', [`${shariff}/shariff.min.js`, `${shariff}/shariff.min.css`, jquery]);
addSize('shariff 3 (complete.js + complete.css, fonts not counted)', [`${shariff}/shariff.complete.js`, `${shariff}/shariff.complete.css`]);

const verdict = (r) => (r.budget == null ? '' : r.gzip <= r.budget ? 'ok' : `OVER by ${fmt(r.gzip - r.budget)}`);
table('1. Sizes (bytes; gzip -9 and brotli q11 via node:zlib)', ['file', 'raw', 'gzip', 'brotli', 'budget (gzip)', ''],
  sizeRows.map((r) => [r.name, fmt(r.raw), fmt(r.gzip), fmt(r.brotli), r.budget == null ? '' : `≤ ${fmt(r.budget)} (${r.budgetNote})`, verdict(r)]));
if (consumer) {
  console.log('\n   npm consumer bundle, largest modules (minified, before gzip):');
  for (const m of consumer.modules.slice(0, 8)) console.log(`   ${fmt(m.bytes).padStart(7)}  ${m.id}`);
}
report.sizes = sizeRows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "modules" && k !== "warnings")));
if (consumer) report.consumerModules = consumer.modules;
for (const r of sizeRows) if (r.budget != null) report.budgets.push({ what: r.name, value: r.gzip, budget: r.budget, unit: 'B gzip', met: r.gzip <= r.budget });

// ── 2. time to usable buttons and layout shift, in Chromium ────────────────────────────────
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject' };
const MOUNTS = [['/cdn/', 'dist/cdn'], ['/vendor/shareon/', shareon], ['/vendor/shariff/', shariff], ['/', 'bench/pages']];

// The README's reservation snippet (the <style> of its script-tag section), served verbatim in
// place of <!-- README: reservation --> in the bench pages: CLS is measured with what owners copy.
const README_SNIPPET = /<style>\n\s*\/\* reserves the bar[\s\S]*?<\/style>/.exec(readFileSync('README.md', 'utf8'))?.[0];
if (!README_SNIPPET) note('README: no reservation snippet found (a <style> starting "/* reserves the bar"); CLS pages have none');

/** A plain static server on loopback: no compression, no cache, no artificial latency. */
function staticServer() {
  const misses = new Set();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    for (const [prefix, dir] of MOUNTS) {
      if (!path.startsWith(prefix)) continue;
      const base = resolve(dir);
      const file = normalize(join(base, path.slice(prefix.length)));
      if (file.startsWith(base) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        const body = readFileSync(file);
        res.end(extname(file) === '.html' ? body.toString().replace('<!-- README: reservation -->', README_SNIPPET ?? '') : body);
        return;
      }
    }
    misses.add(path);
    res.writeHead(404).end();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, misses, url: `http://127.0.0.1:${server.address().port}` })));
}

/**
 * Runs in the page before any of its scripts: records performance.now() (ms since navigation
 * start) at the first moment `usable()` holds, checking on every DOM mutation and every frame
 * (shadow roots are not seen by a document-level MutationObserver, the frame poll covers them),
 * and sums layout shifts without recent input.
 */
function probe(kind) {
  const w = window;
  w.__bench = { usable: null, cls: 0, links: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) w.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const links = () => {
    if (kind === 'smm-kit') {
      const root = document.querySelector('smm-share')?.shadowRoot;
      return root ? [...root.querySelectorAll('a[part~="button"]')] : [];
    }
    if (kind === 'shareon') return [...document.querySelectorAll('.shareon a')];
    return [...document.querySelectorAll('.shariff a')];
  };
  const final = (a) => /^(https?:|mailto:)/.test(a.getAttribute('href') ?? '');
  const visible = (a) => {
    const r = a.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && a.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const check = () => {
    if (w.__bench.usable != null) return true;
    const found = links();
    // Cheap tests first: only when six final links exist is layout asked for.
    if (found.length < 6 || !found.every(final) || !found.every(visible)) return false;
    w.__bench.usable = performance.now();
    w.__bench.links = found.length;
    mo.disconnect();
    return true;
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true });
  const frame = () => { if (!check()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
}

const CONTESTANTS = [
  { id: 'smm-kit', page: '/smm-kit.html' },
  { id: 'shareon', page: '/shareon.html' },
  { id: 'shariff', page: '/shariff.html' },
];

async function measureOnce(browser, base, c, shot) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } }); // fresh: cold cache
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.addInitScript(probe, c.id);
    await page.goto(base + c.page, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.usable != null, null, { timeout: 15_000 });
    // Let late shifts (fonts, images, a bar that grows after it is usable) be counted.
    await page.waitForTimeout(500);
    const r = await page.evaluate(() => window.__bench);
    if (shot) await page.screenshot({ path: shot });
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
    });
    return { ...r, ...nav, errors };
  } finally {
    await context.close();
  }
}

async function browserBench() {
  const { chromium } = await import('playwright-core');
  const { findChrome, chromeArgs } = await import('../scripts/chrome.mjs');
  const { server, misses, url } = await staticServer();
  const browser = await chromium.launch({ executablePath: findChrome({ install: true }), headless: true, args: chromeArgs });
  const samples = Object.fromEntries(CONTESTANTS.map((c) => [c.id, []]));
  const ratios = Object.fromEntries(CONTESTANTS.map((c) => [c.id, []]));
  const failures = [];
  try {
    // One discarded warm-up round: the browser's own first-launch costs are nobody's.
    for (const c of CONTESTANTS) {
      await measureOnce(browser, url, c, flag('shots') ? `.tmp/bench-${c.id}.png` : undefined).catch((err) => note(`warm-up ${c.id}: ${err.message.split('\n')[0]}`));
    }
    const [load1] = loadavg();
    report.loadAverageBefore = load1;
    process.stdout.write(`\nLoad average before (1 min, ${cpus().length} cores): ${load1.toFixed(2)}${load1 > 0.5 ? ' — other work is running: expect noisy p90s, trust same-run ratios' : ''}`);
    process.stdout.write(`\nMeasuring ${RUNS} interleaved runs × ${CONTESTANTS.length} pages (CPU throttled ${THROTTLE}×) `);
    for (let run = 0; run < RUNS; run++) {
      // Round-robin, rotating who goes first so no page always follows the same neighbour.
      const order = CONTESTANTS.map((_, i) => CONTESTANTS[(i + run) % CONTESTANTS.length]);
      const thisRun = {};
      for (const c of order) {
        try {
          const r = await measureOnce(browser, url, c);
          samples[c.id].push(r);
          thisRun[c.id] = r;
          if (r.errors.length) failures.push(`${c.id} run ${run + 1}: ${r.errors.join('; ')}`);
        } catch (err) {
          failures.push(`${c.id} run ${run + 1}: ${err.message.split('\n')[0]}`);
        }
      }
      for (const c of CONTESTANTS) {
        if (thisRun[c.id] && thisRun.shareon) ratios[c.id].push(thisRun[c.id].usable / thisRun.shareon.usable);
      }
      process.stdout.write('.');
    }
    process.stdout.write('\n');
  } finally {
    await browser.close();
    server.close();
  }
  if (misses.size) note(`the bench server answered 404 for: ${[...misses].join(', ')}`);
  for (const f of [...new Set(failures)].slice(0, 10)) note(`browser: ${f}`);

  const rows = CONTESTANTS.map((c) => {
    const s = samples[c.id];
    const t = s.map((r) => r.usable);
    const cls = s.map((r) => r.cls);
    return {
      id: c.id, runs: s.length,
      usableMedian: quantile(t, 0.5), usableP90: quantile(t, 0.9),
      ratioMedian: quantile(ratios[c.id], 0.5), ratioP90: quantile(ratios[c.id], 0.9),
      clsMedian: quantile(cls, 0.5), clsMax: cls.length ? Math.max(...cls) : null,
      dclMedian: quantile(s.map((r) => r.dcl), 0.5), loadMedian: quantile(s.map((r) => r.load), 0.5),
    };
  });
  table(`2. Time to usable share buttons and layout shift — Chromium, CPU throttled ${THROTTLE}× via CDP, loopback, no added latency,\n   fresh context (cold cache) per run, ${RUNS} interleaved runs; ms since navigation start; ratio = run's time ÷ shareon's in the same run`,
    ['page', 'runs', 'usable p50', 'usable p90', '÷ shareon p50', '÷ shareon p90', 'CLS p50', 'CLS max', 'DCL p50', 'load p50'],
    rows.map((r) => [r.id, r.runs, ms(r.usableMedian), ms(r.usableP90), r.ratioMedian == null ? '—' : `${r.ratioMedian.toFixed(2)}×`,
      r.ratioP90 == null ? '—' : `${r.ratioP90.toFixed(2)}×`, r.clsMedian?.toFixed(4) ?? '—', r.clsMax?.toFixed(4) ?? '—', ms(r.dclMedian), ms(r.loadMedian)]));
  console.log('   usable = six share links with their final http(s)/mailto hrefs, laid out and visible (for smm-share: in its shadow root).');
  return { throttle: THROTTLE, runs: RUNS, rows, samples };
}

// The follow prompt slides in over the page: it must move nothing (issue 5). Measured on its
// own page, prompt opening at once, layout shifts summed from navigation until 1.5 s after it shows.
async function promptShift(runs = 5) {
  const { chromium } = await import('playwright-core');
  const { findChrome, chromeArgs } = await import('../scripts/chrome.mjs');
  const { server, url } = await staticServer();
  const browser = await chromium.launch({ executablePath: findChrome({ install: true }), headless: true, args: chromeArgs });
  const values = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 800 }]) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.addInitScript(() => {
          window.__cls = 0;
          new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${url}/follow-prompt.html`);
        await page.waitForFunction(() => document.querySelector('smm-follow')?.shadowRoot?.querySelector('[part~="prompt"]'), null, { timeout: 10_000 });
        await page.waitForTimeout(1500);
        values.push(await page.evaluate(() => window.__cls));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const max = Math.max(...values);
  table('2b. Follow prompt layout shift — desktop and phone viewports, prompt opening at once', ['samples', 'CLS max', 'CLS p50'],
    [[values.length, max.toFixed(4), quantile(values, 0.5).toFixed(4)]]);
  report.budgets.push({ what: 'follow prompt CLS (max)', value: max, budget: 0, unit: '', met: max === 0 });
}

// Issue 15: with the README's snippet verbatim, the share bars (one row at every width) move
// nothing while they upgrade, on a desktop and on a phone, for every size and a row that needs
// its more menu. CPU throttled as above, so the script arrives well after the first paint.
async function rowShift(runs = 5) {
  const { chromium } = await import('playwright-core');
  const { findChrome, chromeArgs } = await import('../scripts/chrome.mjs');
  const { server, url } = await staticServer();
  const browser = await chromium.launch({ executablePath: findChrome({ install: true }), headless: true, args: chromeArgs });
  const rows = [];
  try {
    for (const width of [1280, 390]) {
      for (const page of ['/smm-kit.html', '/smm-kit-sizes.html']) {
        const values = [];
        let heights = [];
        for (let i = 0; i < runs; i++) {
          const context = await browser.newContext({ viewport: { width, height: 800 } });
          const p = await context.newPage();
          const cdp = await context.newCDPSession(p);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
          await p.addInitScript(() => {
            window.__cls = 0;
            new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
          });
          await p.goto(url + page, { waitUntil: 'load' });
          await p.waitForFunction(() => [...document.querySelectorAll('smm-share')].every((e) => e.shadowRoot?.querySelector('[part~="bar"] [part~="button"]')), null, { timeout: 15_000 });
          await p.waitForTimeout(500);
          values.push(await p.evaluate(() => window.__cls));
          heights = await p.evaluate(() => [...document.querySelectorAll('smm-share')].map((e) => Math.round(e.getBoundingClientRect().height)));
          await context.close();
        }
        rows.push({ width, page, runs: values.length, max: Math.max(...values), heights });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  table('2c. Share bar layout shift with the README\'s reservation verbatim — CPU throttled, fresh context per run',
    ['viewport', 'page', 'runs', 'CLS max', 'bar heights (px)'],
    rows.map((r) => [`${r.width} px`, r.page, r.runs, r.max.toFixed(4), r.heights.join(', ')]));
  for (const r of rows) report.budgets.push({ what: `smm-kit CLS at ${r.width} px, ${r.page} (README snippet)`, value: r.max, budget: 0, unit: '', met: r.max === 0 });
  report.rowShift = rows;
}

if (flag('no-browser')) note('browser timings skipped (--no-browser)');
else {
  try {
    report.load = await browserBench();
    const smm = report.load.rows.find((r) => r.id === 'smm-kit');
    if (smm?.clsMax != null) report.budgets.push({ what: 'smm-kit CLS (max over runs)', value: smm.clsMax, budget: 0, unit: '', met: smm.clsMax === 0 });
    if (existsSync('dist/cdn/smm-follow.js')) await promptShift();
    await rowShift();
  } catch (err) {
    note(`browser timings skipped: ${err.message.split('\n')[0]}`);
  }
}

// ── 2c. the comment wall beside Waline (bench/comments.mjs) ──────────────────────────────────
if (flag('no-comments') || flag('no-browser')) note('comment wall bench skipped (--no-comments / --no-browser)');
else {
  try {
    const { benchComments } = await import('./comments.mjs');
    report.comments = await benchComments({ runs: option('comment-runs', Math.min(RUNS, 9)), throttle: THROTTLE, shots: flag('shots'), table, note });
    report.budgets.push(...report.comments.budgets);
  } catch (err) {
    note(`comment wall bench failed: ${err.message.split('\n')[0]}`);
  }
}

// ── 2d. the testimonial wall: bytes, 100 testimonials in masonry and carousel, CLS (bench/testimonials.mjs)
if (flag('no-testimonials') || flag('no-browser')) note('testimonial wall bench skipped (--no-testimonials / --no-browser)');
else {
  try {
    const { benchTestimonials } = await import('./testimonials.mjs');
    // Its byte budgets are in the sizes table above already.
    report.testimonials = await benchTestimonials({ runs: option('testimonial-runs', Math.min(RUNS, 9)), throttle: THROTTLE, shots: flag('shots'), sizeBudgets: false, table, note });
    report.budgets.push(...report.testimonials.budgets);
  } catch (err) {
    note(`testimonial wall bench failed: ${err.message.split('\n')[0]}`);
  }
}

// ── 3. server throughput (bench/server.mjs, written separately) ────────────────────────────
if (flag('no-server')) note('server bench skipped (--no-server)');
else if (!existsSync('bench/server.mjs')) note('server bench skipped: bench/server.mjs does not exist yet');
else {
  let pg = null;
  try {
    const { startPg } = await import('../scripts/pg.mjs');
    pg = await startPg({ durable: true });
  } catch (err) {
    note(`PostgreSQL rows skipped: ${err.message.split('\n')[0]}`);
  }
  try {
    const { benchServer } = await import(pathToFileURL(resolve('bench/server.mjs')).href);
    if (typeof benchServer !== 'function') throw new Error('bench/server.mjs does not export benchServer');
    const rows = await benchServer({ pgUrl: pg?.url });
    report.server = rows;
    // The server rows carry their own goals in their notes ("goal ≤ 20 ms met"); the tracker's size
    // is already in the sizes table.
    for (const r of rows ?? []) {
      const m = /(?:goal|budget) ([^;]*?) (NOT met|met)\b/.exec(r.note ?? '');
      if (m && !/^tracker/.test(r.name)) report.budgets.push({ what: `server ${r.name}`, value: r.value, goal: m[1], unit: r.unit, met: m[2] === 'met' });
    }
    table('3. Server (bench/server.mjs)', ['measure', 'value', 'unit', 'note'],
      (rows ?? []).map((r) => [r.name, typeof r.value === 'number' ? fmt(Math.round(r.value * 10) / 10) : r.value, r.unit ?? '', r.note ?? '']));
  } catch (err) {
    note(`server bench failed: ${err.message.split('\n')[0]}`);
  } finally {
    await pg?.stop();
  }
}

// ── 3b. the dashboard's statistics on a year of a busy blog (bench/stats.mjs) ────────────────
if (flag('no-server') || flag('no-stats')) note('stats bench skipped (--no-server / --no-stats)');
else {
  try {
    const { benchStats } = await import('./stats.mjs');
    const rows = await benchStats({ events: option('stats-events', 1_000_000), runs: option('stats-runs', 60) });
    report.stats = rows;
    for (const r of rows) {
      const m = /goal ([^;]*?) (NOT met|met)\b/.exec(r.note ?? '');
      if (m) report.budgets.push({ what: r.name, value: r.value, goal: m[1], unit: r.unit, met: m[2] === 'met' });
    }
    table('3b. Dashboard statistics, SQLite (bench/stats.mjs)', ['measure', 'value', 'unit', 'note'],
      rows.map((r) => [r.name, fmt(r.value), r.unit, r.note]));
  } catch (err) {
    note(`stats bench failed: ${err.message.split('\n')[0]}`);
  }
}

// ── 4. summary ─────────────────────────────────────────────────────────────────────────────
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/bench.json', JSON.stringify(report, null, 2));
const parts = report.budgets.map((b) => (b.goal
  ? `${b.what} ${fmt(b.value)} ${b.unit} (goal ${b.goal}) ${b.met ? 'met' : 'NOT met'}`
  : `${b.what} ${b.unit ? fmt(b.value) : b.value.toFixed(4)}${b.unit ? ` ${b.unit}` : ''} ${b.met ? '≤' : '>'} ${b.unit ? fmt(b.budget) : b.budget} ${b.met ? 'met' : 'NOT met'}`));
const met = report.budgets.filter((b) => b.met).length;
console.log(`\nBudgets: ${met}/${report.budgets.length} met — ${parts.join('; ') || 'none measured'}. (Full data: .tmp/bench.json)`);
