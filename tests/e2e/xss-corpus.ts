// The stored-XSS corpus and what checks a rendering against it, for any element that shows text
// readers wrote (the comment wall now, testimonials later). The element's own test seeds its
// server through the real routes and names the fields; this module says whether a payload ran,
// injected a node or attribute, or was shown as anything but literal text.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/** The payloads of tests/fixtures/xss-payloads.txt (format described at its top). */
export function xssPayloads(file = new URL('../fixtures/xss-payloads.txt', import.meta.url)): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => (line.startsWith('json:') ? (JSON.parse(line.slice(5)) as string) : line));
}

/** The host every payload that loads something points at; any request to it is a hit. */
export const XSS_HOST = 'xss.test';

/**
 * Arms a browser context: every way a payload can act records a hit — alert, confirm, prompt and
 * print (replaced before any page script runs, and dialogs listened for in case one gets through
 * another window), a global `__xss()`, console output mentioning "xss", and requests to xss.test.
 * Returns the list the hits go into.
 */
export async function armTripwires(context: BrowserContext): Promise<string[]> {
  const hits: string[] = [];
  await context.exposeBinding('__xssHit', ({ page }, why: string) => { hits.push(`${why} on ${page?.url() ?? '?'}`); });
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __xssHit: (why: string) => void };
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      w[name] = (...args: unknown[]) => { w.__xssHit(`${name}(${args.map(String).join(', ')})`); };
    }
    w.__xss = (...args: unknown[]) => { w.__xssHit(`__xss(${args.map(String).join(', ')})`); };
  });
  const watch = (page: Page) => {
    page.on('dialog', (d) => { hits.push(`dialog ${d.type()}: ${d.message()}`); void d.dismiss(); });
    page.on('console', (m) => { if (/xss/i.test(m.text())) hits.push(`console.${m.type()}: ${m.text()}`); });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  await context.route((url) => url.hostname === XSS_HOST || url.hostname.endsWith(`.${XSS_HOST}`), (route) => {
    hits.push(`request to ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  return hits;
}

/** Tag name → the attribute names seen on it. */
export type Shape = Record<string, string[]>;

/**
 * The elements and attributes an element renders, through its shadow root and any shadow roots
 * inside (not its light DOM: the page owns that). Taken from a rendering of benign content, it is
 * what `audit()` accepts.
 */
export async function shapeOf(page: Page, host: string): Promise<Shape> {
  return page.evaluate(inPage(SHAPE_OF, host)) as Promise<Shape>;
}

// The functions that run in the page are plain JavaScript strings: tsx (esbuild, keepNames) would
// wrap inner functions in a __name() helper the page does not have.
const inPage = (source: string, ...args: unknown[]) => `(${source})(...${JSON.stringify(args)})`;

const SHAPE_OF = `(sel) => {
  const shape = {};
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const set = (shape[el.localName] ??= new Set());
      for (const a of el.getAttributeNames()) set.add(a);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  for (const el of document.querySelectorAll(sel)) if (el.shadowRoot) visit(el.shadowRoot);
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, [...v].sort()]));
}`;

/** Adds one shape to another (a second benign rendering that shows other states). */
export function mergeShapes(...shapes: Shape[]): Shape {
  const out: Record<string, Set<string>> = {};
  for (const s of shapes) {
    for (const [tag, attrs] of Object.entries(s)) {
      const set = (out[tag] ??= new Set());
      for (const a of attrs) set.add(a);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort()]));
}

/**
 * What is wrong in the rendering of `host` (shadow roots included): elements or attributes the
 * benign rendering did not have, any `on…` attribute, a `src`/`srcdoc`/`action`/`formaction`/
 * `xlink:href` anywhere, hrefs other than http(s), mailto or a fragment, and script-capable URLs
 * in any attribute. Each problem is a line naming the node and the comment text around it.
 */
export async function audit(page: Page, host: string, allowed: Shape): Promise<string[]> {
  return page.evaluate(inPage(AUDIT, host, allowed)) as Promise<string[]>;
}

const AUDIT = `(sel, ok) => {
  const problems = [];
  const where = (el) => {
    const around = el.closest('[part~="comment"], li, article') ?? el.parentElement;
    return '<' + el.localName + '> in ' + JSON.stringify((around?.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 120));
  };
  const URLISH = ['src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'background', 'data', 'poster'];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const attrs = ok[el.localName];
      if (!attrs) problems.push('unexpected element ' + where(el));
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name) ?? '';
        const shown = name + '=' + JSON.stringify(value) + ' on ' + where(el);
        if (/^on/i.test(name)) problems.push('event handler ' + shown);
        else if (attrs && !attrs.includes(name)) problems.push('unexpected attribute ' + shown);
        if (URLISH.includes(name)) problems.push('loading attribute ' + shown);
        if (name === 'href' && !/^(https?:\\/\\/|mailto:|#)/i.test(value)) problems.push('href ' + JSON.stringify(value) + ' on ' + where(el));
        if (/^(javascript|vbscript|data|livescript):/i.test(value.replace(/[\\u0000-\\u0020]/g, ''))) problems.push('script-capable URL in ' + shown);
      }
      if (el instanceof HTMLAnchorElement && el.getAttribute('href') && !/^(https?:|mailto:)$/.test(el.protocol) && !el.getAttribute('href').startsWith('#')) problems.push('link to ' + el.protocol + ' on ' + where(el));
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  const hosts = document.querySelectorAll(sel);
  if (!hosts.length) problems.push('no ' + sel + ' on the page');
  for (const el of hosts) {
    if (!el.shadowRoot) problems.push(sel + ' has no open shadow root');
    else visit(el.shadowRoot);
  }
  // Nothing may reach the page outside the element either.
  for (const el of document.querySelectorAll('script, iframe, object, embed, base, meta[http-equiv], link[rel~="import"]')) {
    if (!el.hasAttribute('data-test-page')) problems.push('page gained ' + el.outerHTML.slice(0, 120));
  }
  return problems;
}`;

/** The text of every `[part~=part]` node in the element's shadow root, in document order. */
export async function partTexts(page: Page, host: string, part: string): Promise<string[]> {
  return page.evaluate(inPage(PART_TEXTS, host, part)) as Promise<string[]>;
}

const PART_TEXTS = `(sel, p) => {
  const out = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('[part~="' + p + '"]')) out.push(el.textContent ?? '');
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  for (const el of document.querySelectorAll(sel)) if (el.shadowRoot) visit(el.shadowRoot);
  return out;
}`;

/**
 * Whether `shown` (an element's text) shows `stored` (the text as the server kept it) literally:
 * markup characters are not eaten, entities are not decoded. The light syntax may remove its own
 * markers (`**`, `*`, backticks, `>` at a line start, fence lines with their language name) and
 * line breaks; nothing else.
 */
export function literalProblems(stored: string, shown: string): string[] {
  const problems: string[] = [];
  // A code fence's line, language name included, is markup (shared/markup.ts does not show it).
  stored = stored.replace(/^```.*$/gm, '');
  const count = (s: string, c: string) => s.split(c).length - 1;
  for (const c of ['<', '"', "'", '=', '&', ';', '(', ')']) {
    if (count(shown, c) < count(stored, c)) problems.push(`${JSON.stringify(c)} ×${count(stored, c)} stored, ×${count(shown, c)} shown`);
  }
  for (const entity of stored.match(/&#?\w+;/g) ?? []) {
    if (!shown.includes(entity)) problems.push(`entity ${entity} was decoded or dropped`);
  }
  // Without any light-syntax marker, the text must come back exactly (white space aside).
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (!/[*`\n]|^\s*>/.test(stored) && squash(shown) !== squash(stored)) problems.push(`shown ${JSON.stringify(shown.slice(0, 100))}`);
  return problems;
}
