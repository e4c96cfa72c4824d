// Opens every story of the static Storybook in Chromium and fails on what a reader would notice:
// a blank canvas (element not defined, not upgraded, or rendering no button), attributes that do
// not reach the element (decorators not applied), missing locales, errors, third-party requests
// made before any click, and axe (WCAG 2.x A/AA) violations.
//
// Needs a built Storybook: `npx storybook build --quiet -o storybook-static` (or another build
// named by SMM_STORYBOOK_DIR).
// Run: `node --import tsx --test tests/stories/stories.test.ts`.
//
// A story that deliberately shows a non-upgraded element opts out of the render checks with
// `parameters: { smmTest: { rendered: false } }`; errors, requests and axe are still checked.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';

// SMM_STORYBOOK_DIR points the test at another build (used to prove that broken builds fail).
const ROOT = resolve(process.env.SMM_STORYBOOK_DIR ?? resolve(import.meta.dirname, '../../storybook-static'));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RENDER_TIMEOUT = 15_000;
/** Targets `<smm-share>` leaves out on a desktop browser: phone-only networks, and `native`
 * where there is no Web Share API (headless Chromium on Linux has none). */
const ABSENT_ON_DESKTOP = new Set(['messenger', 'sms', 'viber', 'native']);

interface StoryEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

interface SmmTest {
  /** false: the story shows an element before upgrade on purpose; skip the render checks. */
  rendered?: boolean;
}

interface ElementReport {
  tag: string;
  defined: boolean;
  shadow: boolean;
  /** Attributes the story set that the element's class does not observe. */
  ignored: string[];
  /** Reactive properties hidden behind an own instance field (class fields with define semantics). */
  shadowed: string[];
  buttons: string[];
  labels: number;
  rowButtons: number;
  short: boolean;
  networksAttr: string | null;
  labelsAttr: string | null;
  lang: string;
  barLabel: string | null;
  /** The text of the shadow root (what a count shows). */
  text: string;
}

interface PageReport {
  phase: string;
  errorDisplay: string | null;
  smmTest: SmmTest;
  rootChildren: number;
  elements: ElementReport[];
}

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

function stories(): StoryEntry[] {
  const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')) as { entries: Record<string, StoryEntry> };
  return Object.values(index.entries).filter((e) => e.type === 'story');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Serves storybook-static/ on 127.0.0.1; nothing outside it. */
function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(ROOT + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    at ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Runs in the page: waits for the story (and its play function), then describes what rendered. */
async function inspect(): Promise<PageReport> {
  type Preview = { currentRender?: { phase?: string; story?: { parameters?: Record<string, unknown> } } };
  const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const root = document.querySelector('#storybook-root')!;
  const found = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('smm-'));
  await Promise.all(found.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  const errorDisplay = document.body.classList.contains('sb-show-errordisplay')
    ? (document.querySelector('#error-message')?.textContent ?? 'error display shown')
    : null;
  return {
    phase: render?.phase ?? 'none',
    errorDisplay,
    smmTest: (render?.story?.parameters?.smmTest as SmmTest | undefined) ?? {},
    rootChildren: root.childElementCount,
    elements: found.map((el) => {
      const sr = el.shadowRoot;
      // The targets, in the row or in its more menu (the more button itself is not one).
      const buttons = sr ? [...sr.querySelectorAll('[part~="button"]:not([part~="more"])')] : [];
      const bar = sr?.querySelector('[part~="bar"]');
      const ctor = customElements.get(el.localName) as
        | { observedAttributes?: string[]; elementProperties?: Map<PropertyKey, unknown> }
        | undefined;
      const observed = ctor?.observedAttributes ?? [];
      const reactive = [...(ctor?.elementProperties?.keys() ?? [])].filter((k): k is string => typeof k === 'string');
      const global = /^(class|style|id|lang|dir|slot|hidden|title|part|exportparts|tabindex|role|aria-.*|data-.*)$/;
      return {
        tag: el.localName,
        defined: customElements.get(el.localName) !== undefined && el.matches(':defined'),
        shadow: sr !== null,
        ignored: el.getAttributeNames().filter((a) => !global.test(a) && !observed.includes(a)),
        shadowed: reactive.filter((k) => Object.prototype.hasOwnProperty.call(el, k)),
        buttons: buttons.map((b) => (b.getAttribute('part') ?? '').split(/\s+/).filter((p) => p !== 'button').join(' ')),
        // Labels a reader sees in the row, and whether the row dropped them for room (one row).
        labels: bar ? [...bar.querySelectorAll('[part~="label"]')].filter((l) => getComputedStyle(l).display !== 'none').length : 0,
        rowButtons: bar ? bar.querySelectorAll('[part~="button"]:not([part~="more"])').length : 0,
        short: !!bar?.matches('.i') && el.getAttribute('labels') !== 'none',
        networksAttr: el.getAttribute('networks'),
        labelsAttr: el.getAttribute('labels'),
        lang: el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en',
        barLabel: sr?.querySelector('[part~="bar"]')?.getAttribute('aria-label') ?? null,
        text: sr?.textContent?.trim() ?? '',
      };
    }),
  };
}

/** Checks that what the attributes asked for is what rendered. */
function checkElement(el: ElementReport, where: string): void {
  assert.ok(el.defined, `${where}: <${el.tag}> is not a defined custom element (was its registering module bundled?)`);
  assert.ok(el.shadow, `${where}: <${el.tag}> has no shadow root: it never upgraded`);
  assert.deepEqual(
    el.ignored,
    [],
    `${where}: <${el.tag}> does not observe ${el.ignored.map((a) => `"${a}"`).join(', ')} (did its property decorators run?)`,
  );
  assert.deepEqual(
    el.shadowed,
    [],
    `${where}: <${el.tag}> has class fields shadowing its reactive properties ${el.shadowed.join(', ')}: ` +
      'they will never re-render (transpile with useDefineForClassFields: false)',
  );
  // A comment count is text, not a control.
  if (el.tag === 'smm-comment-count') return assert.ok(el.text, `${where}: <smm-comment-count> shows no count`);
  // A testimonial wall may have no control (a grid of cards): it must show its testimonials.
  if (el.tag === 'smm-testimonials') return assert.ok(el.text.length > 100, `${where}: <smm-testimonials> shows no testimonials`);
  assert.ok(el.buttons.length > 0, `${where}: <${el.tag}> rendered no [part~=button]: the story is blank`);
  if (el.tag !== 'smm-share') return;
  if (el.networksAttr !== null) {
    // Attributes reach the element only if its property decorators ran.
    const asked = el.networksAttr.split(/[\s,]+/).filter(Boolean).map((s) => s.toLowerCase());
    const expected = asked.filter((id) => !ABSENT_ON_DESKTOP.has(id));
    assert.deepEqual(el.buttons, expected, `${where}: networks="${el.networksAttr}" should render exactly ${expected.join(',')}`);
  }
  if (el.labelsAttr === 'none') assert.equal(el.labels, 0, `${where}: labels="none" still shows visible labels`);
  // A row short of room drops its labels (the more menu shows them): all or none.
  else assert.equal(el.labels, el.short ? 0 : el.rowButtons, `${where}: every button in the row should show a label with labels="${el.labelsAttr ?? 'short'}"`);
  if (!/^en\b/i.test(el.lang)) {
    assert.notEqual(el.barLabel, 'Share', `${where}: lang="${el.lang}" still speaks English (are the locales bundled?)`);
  }
}

if (!existsSync(join(ROOT, 'index.json'))) {
  test('storybook-static/ is built', () => {
    assert.fail(
      `No Storybook build at ${ROOT}. Build it first: npx storybook build --quiet -o storybook-static`,
    );
  });
} else {
  const list = stories();
  let browser: Browser;
  let server: Server;
  let base: string;

  describe('stories', () => {
    before(async () => {
      ({ server, base } = await serve());
      const { findChrome, chromeArgs } = (await import(new URL('../../scripts/chrome.mjs', import.meta.url).href)) as {
        findChrome: (o?: { install?: boolean }) => string;
        chromeArgs: string[];
      };
      browser = await chromium.launch({ executablePath: findChrome({ install: true }), args: chromeArgs });
    });

    after(async () => {
      await browser?.close();
      await new Promise((done) => server?.close(done));
    });

    test('index.json lists stories', () => {
      assert.ok(list.length > 0, 'storybook-static/index.json has no stories');
    });

    for (const story of list) {
      test(`${story.title} › ${story.name}`, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const problems: string[] = [];
        // The elements promise no third-party request before the reader clicks.
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith(`${base}/`) || url.startsWith('data:') || url === 'about:srcdoc') return route.continue();
          problems.push(`request to ${url}`);
          return route.abort();
        });
        const page = await context.newPage();
        page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
        });
        try {
          await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
          await page
            .waitForFunction(
              () => {
                const phase = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
                  .__STORYBOOK_PREVIEW__?.currentRender?.phase;
                return phase === 'finished' || phase === 'errored' || phase === 'aborted' ||
                  document.body.classList.contains('sb-show-errordisplay');
              },
              undefined,
              { timeout: RENDER_TIMEOUT },
            )
            .catch(() => assert.fail(`${story.id}: the story did not finish rendering within ${RENDER_TIMEOUT / 1000}s`));
          const report = await page.evaluate(inspect);

          assert.equal(report.errorDisplay, null, `${story.id}: Storybook shows an error: ${report.errorDisplay}`);
          assert.equal(report.phase, 'finished', `${story.id}: render phase is "${report.phase}"`);
          assert.ok(report.rootChildren > 0, `${story.id}: #storybook-root is empty`);
          if (report.smmTest.rendered !== false) {
            assert.ok(report.elements.length > 0, `${story.id}: no smm-* element in #storybook-root`);
            report.elements.forEach((el, i) => checkElement(el, `${story.id} <${el.tag}> #${i + 1}`));
          }

          for (const frame of page.frames()) await frame.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async (tags) => {
            const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: unknown[] }> } }).axe;
            return (await axe.run('#storybook-root', { runOnly: tags })).violations;
          }, AXE_TAGS) as AxeViolation[];
          assert.equal(problems.length, 0, `${story.id}:\n  ${problems.join('\n  ')}`);
          assert.equal(violations.length, 0, `${story.id}: axe found ${violations.length} violation(s):\n${formatViolations(violations)}`);
        } finally {
          await context.close();
        }
      });
    }
  });
}
