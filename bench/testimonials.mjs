// The testimonial wall (issue 12): what a reader loads and how fast 100 testimonials render.
//   - gzip -9 bytes of dist/cdn/smm-testimonials.js (budget 8 KB), of the form's chunk (5 KB) and of
//     the chunks a wall fetches for its layout and the distribution, and what a wall of each layout
//     loads in all (the budget holds for a default wall: grid, the summary and the JSON-LD);
//   - time to render 100 testimonials in the masonry layout and in the carousel, on a page of the
//     built bundle against the built server (SQLite, 100 published testimonials of varied length):
//     from navigation to the first frame with all 100 cards laid out, and the element's own part,
//     from the last of its inputs (the testimonials, its chunks) to that frame;
//   - CLS until one second after that (target 0), with what moved.
// Interleaved rounds, a fresh browser context (cold cache) each, CPU throttled; medians.
//
//   node bench/testimonials.mjs [--runs 9] [--throttle 4] [--shots]
//   benchTestimonials(opts) → { sizes, rows, budgets, notes, loadAverage } (used by bench/run.mjs)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultTable, gz, servePages, startProcess } from './local.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CDN = join(ROOT, 'dist/cdn');
const WALL = 'bench';
const COUNT = 100;
export const BUDGETS = { wall: 8_192, form: 5_120, cls: 0 };
/**
 * The README's snippet for a wall with content under it: the room the wall takes once loaded, kept
 * from the first paint (a rule on the element itself, so it holds before the script has defined
 * it), so nothing under it moves. Here: a carousel's summary, buttons and tallest card (the
 * "height" column: about 510 px on this page); a masonry wall of 100 runs far below the fold, so a
 * screen's height is enough.
 */
export const RESERVE = {
  carousel: 'smm-testimonials[layout=carousel] { display: block; min-block-size: 560px; }',
  masonry: 'smm-testimonials[layout=masonry] { display: block; min-block-size: 100vh; }',
};

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = (v.length - 1) / 2;
  return (v[Math.floor(m)] + v[Math.ceil(m)]) / 2;
};

// ── sizes ─────────────────────────────────────────────────────────────────────────────────────
/** The wall's entry and its chunks (dist/cdn/chunks/smm-testimonials-<name>-<hash>.js), gzip -9. */
export function wallSizes() {
  const entry = join(CDN, 'smm-testimonials.js');
  if (!existsSync(entry)) return null;
  const chunks = {};
  const dir = join(CDN, 'chunks');
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    const m = /^smm-testimonials-(.+)-[\w-]{8}\.js$/.exec(f);
    if (m) chunks[m[1]] = { file: `chunks/${f}`, gzip: gz(readFileSync(join(dir, f))) };
  }
  const wall = gz(readFileSync(entry));
  const plus = (...names) => wall + names.reduce((s, n) => s + (chunks[n]?.gzip ?? 0), 0);
  return {
    wall, chunks,
    // What a page fetches for a wall of each layout (the summary's average and count and the
    // JSON-LD, both on by default, are in the wall; the distribution's bars are a chunk).
    totals: {
      grid: wall, list: wall, masonry: plus('masonry'), carousel: plus('carousel'), quote: plus('quote'),
      'grid, distribution': plus('distribution'),
    },
  };
}

// ── the server and the page ───────────────────────────────────────────────────────────────────
const WORDS = 'crust crumb sourdough focaccia cornetti every morning the queue is worth it soft warm bread like my grandmother made friendly people always on time Sunday a little slow but kind the best in town we order for the restaurant'.split(' ');

/** 100 published testimonials of 1–60 words, ratings 2–5, from a fixed seed (the same every run). */
function testimonials() {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const now = Date.now();
  return Array.from({ length: COUNT }, (_, i) => {
    const words = Array.from({ length: 1 + Math.floor(rand() ** 2 * 60) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    const at = now - i * 3_600_000 * 7;
    return {
      id: `bench-${i}`, wall: WALL, status: 'published', name: `Customer ${i + 1} Rossi`, email: null, emailHash: null,
      role: i % 3 ? 'Chef' : null, company: i % 4 ? 'Osteria' : null, rating: 2 + Math.floor(rand() * 4),
      body: `${words.join(' ')}.`, consentText: 'May be shown.', consentAt: at, ipHash: null, createdAt: at,
      featured: false, tags: [], source: 'bench', sourceId: `bench-${i}`,
    };
  });
}

async function seed(file) {
  const { openStore } = await import(pathToFileURL(join(ROOT, 'dist/server/index.js')).href);
  const store = await openStore(file);
  try {
    await store.importTestimonials(testimonials());
  } finally {
    await store.close?.();
  }
}

function startServer(file) {
  return startProcess('smm-kit serve', process.execPath, [join(ROOT, 'dist/server/cli.js'), 'serve', '--db', file, '--port', '0', '--origin', '*', '--rate-limit', '0'],
    /serving (http:\/\/\S+)/, { env: { ...process.env, SMM_ADMIN_TOKEN: '' } });
}

/** /cdn/ from dist/cdn, the rest from bench/pages; the page's {{LAYOUT}} and {{STYLE}} from ?layout= and ?reserve. */
function pageServer(smm) {
  return servePages([['/cdn/', CDN], ['/', join(ROOT, 'bench/pages')]], (url) => {
    const layout = url.searchParams.get('layout') ?? 'grid';
    return { SMM: smm, LAYOUT: layout, STYLE: url.searchParams.has('reserve') ? RESERVE[layout] ?? '' : '' };
  });
}

/**
 * Runs in the page before its scripts: the first frame in which the wall has `count` cards, the
 * first one laid out; the moment its last input arrived (the testimonials, its chunks); layout
 * shifts with what moved.
 */
function probe(count) {
  const w = window;
  w.__bench = { cards: null, inputs: null, height: null, cls: 0, shifts: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      w.__bench.cls += e.value;
      w.__bench.shifts.push({ at: Math.round(e.startTime), value: e.value, moved: e.sources.map((x) => x.node?.nodeName?.toLowerCase() ?? '?').join(' ') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    const cards = document.querySelector('smm-testimonials')?.shadowRoot?.querySelectorAll('[part~="card"]');
    if (cards?.length >= count && cards[0].getBoundingClientRect().height > 0) {
      w.__bench.cards = performance.now();
      const inputs = performance.getEntriesByType('resource').filter((r) => /\/v1\/testimonials|\/cdn\/chunks\//.test(r.name));
      w.__bench.inputs = Math.max(...inputs.map((r) => r.responseEnd));
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function measureOnce(browser, url, throttle, shot) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(probe, COUNT);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.cards != null, null, { timeout: 60_000 });
    await page.waitForTimeout(1000); // late shifts count too
    await page.evaluate(() => { window.__bench.height = document.querySelector('smm-testimonials').getBoundingClientRect().height; });
    const r = await page.evaluate(() => window.__bench);
    if (shot) await page.screenshot({ path: shot });
    return { ...r, errors };
  } finally {
    await context.close();
  }
}

/**
 * @param {{ runs?: number, throttle?: number, shots?: boolean, sizeBudgets?: boolean, table?: Function, note?: Function }} [opts]
 *   sizeBudgets: false when the caller counts the byte budgets itself (bench/run.mjs's sizes table).
 */
export async function benchTestimonials({ runs = 9, throttle = 4, shots = false, sizeBudgets = true, table = defaultTable, note = (m) => console.log(`note: ${m}`) } = {}) {
  const out = { runs, throttle, sizes: null, rows: [], budgets: [], notes: [], loadAverage: null };
  const say = (m) => { out.notes.push(m); note(m); };
  const sizes = wallSizes();
  if (!sizes) {
    say('testimonial bench skipped: dist/cdn/smm-testimonials.js is missing (npm run build)');
    return out;
  }
  out.sizes = sizes;
  const form = sizes.chunks['smm-testimonial-form'];
  table('2d. Testimonial wall: gzip -9 bytes (dist/cdn)', ['file', 'gzip B', 'budget'], [
    ['smm-testimonials.js (the wall)', sizes.wall, BUDGETS.wall],
    ...Object.entries(sizes.chunks).map(([name, c]) => [`${c.file} (on demand)`, c.gzip, name === 'smm-testimonial-form' ? BUDGETS.form : '']),
    ...Object.entries(sizes.totals).map(([layout, n]) => [`a ${layout} wall loads in all`, n, layout == 'grid' ? BUDGETS.wall : '']),
  ]);
  if (sizeBudgets) {
    // The budget is what a default wall (grid, the summary, the JSON-LD) loads in all, chunks included.
    out.budgets.push({ what: 'testimonials: a default wall in all', value: sizes.totals.grid, budget: BUDGETS.wall, unit: 'B gzip', met: sizes.totals.grid <= BUDGETS.wall });
    if (form) out.budgets.push({ what: 'testimonials: the form chunk', value: form.gzip, budget: BUDGETS.form, unit: 'B gzip', met: form.gzip <= BUDGETS.form });
  }
  if (!form) say('testimonial form chunk not found in dist/cdn/chunks');

  const dir = mkdtempSync(join(tmpdir(), 'smm-bench-testimonials-'));
  const stops = [];
  try {
    const file = join(dir, 'smm.db');
    await seed(file);
    const smm = await startServer(file);
    stops.push(smm.stop);
    const pages = await pageServer(smm.url);
    stops.push(() => new Promise((ok) => pages.server.close(ok)));
    const { chromium } = await import('playwright-core');
    const { findChrome, chromeArgs } = await import('../scripts/chrome.mjs');
    const browser = await chromium.launch({ executablePath: findChrome({ install: true }), headless: true, args: chromeArgs });
    stops.push(() => browser.close());
    const cases = [
      { id: 'masonry', path: '/smm-testimonials.html?layout=masonry' },
      { id: 'carousel', path: '/smm-testimonials.html?layout=carousel' },
      { id: 'masonry, README snippet', path: '/smm-testimonials.html?layout=masonry&reserve' },
      { id: 'carousel, README snippet', path: '/smm-testimonials.html?layout=carousel&reserve' },
    ];
    [out.loadAverage] = loadavg();
    const samples = Object.fromEntries(cases.map((c) => [c.id, []]));
    for (let round = 0; round <= runs; round++) { // round 0: warm-up, discarded
      for (const c of cases) {
        const shot = shots && round === 0 ? join(ROOT, `.tmp/bench-testimonials-${c.id.replace(/\W+/g, '-')}.png`) : undefined;
        const r = await measureOnce(browser, pages.url + c.path, throttle, shot);
        if (r.errors.length) say(`${c.id}: page errors: ${r.errors.join(' | ')}`);
        if (round > 0) samples[c.id].push(r);
      }
    }
    for (const c of cases) {
      const s = samples[c.id];
      const moved = [...new Set(s.flatMap((r) => r.shifts.map((x) => x.moved)))].join('; ');
      out.rows.push({
        id: c.id, runs: s.length, toCards: median(s.map((r) => r.cards)), render: median(s.map((r) => r.cards - r.inputs)),
        clsMax: Math.max(...s.map((r) => r.cls)), moved, height: median(s.map((r) => r.height)),
      });
    }
    table(`2d'. Testimonial wall, ${COUNT} testimonials (limit=100), built bundle and server, 1280×800, CPU ×${throttle}, median of ${runs} cold loads (load average ${out.loadAverage.toFixed(1)} on ${cpus().length} cores)`,
      ['page', 'to 100 cards ms', 'render after data ms', 'CLS max', 'moved', 'height px'],
      out.rows.map((r) => [r.id, r.toCards?.toFixed(0) ?? '—', r.render?.toFixed(0) ?? '—', r.clsMax.toFixed(4), r.moved || '—', r.height?.toFixed(0) ?? '—']));
    console.log('    to 100 cards: navigation start to the first frame with all 100 cards laid out. render after data: from the last of the');
    console.log('    wall\'s inputs (the testimonials, its layout\'s chunk) to that frame: what the element itself costs.');
    for (const r of out.rows) {
      if (r.id.includes('snippet')) out.budgets.push({ what: `testimonials: CLS, ${r.id}`, value: r.clsMax, budget: BUDGETS.cls, unit: '', met: r.clsMax === 0 });
    }
    if (out.loadAverage > 1) say(`load average ${out.loadAverage.toFixed(1)} on ${cpus().length} cores during the testimonial runs: other work is running, times are not the element's alone`);
  } catch (err) {
    say(`testimonial bench failed: ${err.message.split('\n').slice(0, 3).join(' | ')}`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
  };
  const r = await benchTestimonials({ runs: option('runs', 9), throttle: option('throttle', 4), shots: argv.includes('--shots') });
  const met = r.budgets.filter((b) => b.met).length;
  console.log(`\nTestimonial budgets: ${met}/${r.budgets.length} met — ${r.budgets.map((b) => `${b.what} ${b.value}${b.unit ? ` ${b.unit}` : ''} ${b.met ? '≤' : '>'} ${b.budget} ${b.met ? 'met' : 'NOT met'}`).join('; ')}`);
}
