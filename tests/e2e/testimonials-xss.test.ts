// Stored XSS through the testimonial wall, end to end: every payload of tests/fixtures/xss-payloads.txt
// sent through the real POST /v1/testimonials as the name, the role, the company and the text, then
// read by another browser through the built smm-testimonials.js in every layout. No script may run,
// no element or attribute may appear that a benign wall does not have, what the server kept is shown
// as literal text, and the JSON-LD in the light DOM parses back to the same words with no "<" in it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launch } from './helpers.js';
import { sendTestimonial as send, testimonialServer, wallLoaded as loaded, type Server } from './testimonials-helpers.js';
import { armTripwires, audit, literalProblems, mergeShapes, shapeOf, xssPayloads, type Shape } from './xss-corpus.js';

const LAYOUTS = ['grid', 'masonry', 'carousel', 'list', 'quote'];
const PER_WALL = 100;
const cut = (s: string, n: number) => [...s].slice(0, n).join('');

const shown = (page: Page) => page.evaluate(() => [...document.querySelector('smm-testimonials')!.shadowRoot!.querySelectorAll('[part~="card"]')].map((el) => ({
  id: el.id.replace(/^t-/, ''),
  name: el.querySelector('[part~="name"]')?.textContent ?? '',
  role: el.querySelector('[part~="role"]')?.textContent ?? '',
  text: el.querySelector('[part~="quote"]')?.textContent ?? '',
})));

describe('stored XSS through the testimonial wall', () => {
  let browser: Browser;
  let s: Server;
  let dir = '';
  let allowed: Shape;
  const page = (wall: string, layout: string) => `${s.url}/testimonials.html?${new URLSearchParams({ wall, layout })}`;
  before(async () => {
    browser = await launch();
    dir = mkdtempSync(join(tmpdir(), 'smm-e2e-testimonials-'));
    s = await testimonialServer(join(dir, 'smm.db'), { moderation: 'post' }); // published at once: the wall shows what was sent
  });
  after(async () => {
    await browser?.close();
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('learns what a benign wall renders in every layout', async () => {
    const wall = `benign-${randomUUID().slice(0, 8)}`;
    await send(s, { wall, name: 'Ann Lee', role: 'Chef', company: 'Osteria', rating: 4, text: 'Lovely.\nTwo lines.' });
    await send(s, { wall, name: 'Bob', text: 'No rating.' });
    const shapes: Shape[] = [];
    for (const layout of LAYOUTS) {
      for (const lang of ['en', 'ar']) {
        const context = await browser.newContext();
        const p = await context.newPage();
        await p.goto(`${page(wall, layout)}&lang=${lang}`);
        await loaded(p);
        shapes.push(await shapeOf(p, 'smm-testimonials'));
        await context.close();
      }
    }
    allowed = mergeShapes(...shapes);
    for (const tag of ['figure', 'blockquote', 'figcaption', 'time', 'button']) assert.ok(allowed[tag], `benign wall has no <${tag}>: ${Object.keys(allowed).join(' ')}`);
  });

  it('runs no payload, injects nothing and shows every accepted field literally, in every layout', async () => {
    assert.ok(allowed, 'needs the benign shape');
    const payloads = xssPayloads();
    const expected = new Map<string, { payload: string; field: string; name: string; role: string; text: string }>();
    const refused: Record<string, number> = {};
    const walls: string[] = [];
    let wall = '';
    let onWall = PER_WALL;
    for (const [i, p] of payloads.entries()) {
      const tries = [
        { field: 'name', t: { name: cut(p, 80), text: `name #${i}` } },
        { field: 'role', t: { name: `role #${i}`, role: cut(p, 80), text: `role #${i}` } },
        { field: 'company', t: { name: `company #${i}`, company: cut(p, 80), text: `company #${i}` } },
        { field: 'text', t: { name: `text #${i}`, text: cut(p, 2000), rating: 1 + (i % 5) } },
      ];
      for (const t of tries) {
        if (onWall >= PER_WALL) {
          walls.push((wall = `xss-${randomUUID().slice(0, 8)}`));
          onWall = 0;
        }
        const r = await send(s, { wall, ...t.t });
        if (r.status === 201) {
          const x = r.json!.testimonial!;
          expected.set(x.id, { payload: p, field: t.field, name: x.name, role: [x.role, x.company].filter(Boolean).join(', '), text: x.text });
          onWall++;
        } else {
          // 400: not a value the field takes (empty once cleaned); 409: the same text as an earlier one once normalised.
          assert.ok(r.status === 400 || r.status === 409, `payload #${i} as ${t.field}: HTTP ${r.status} ${JSON.stringify(r.json)}`);
          refused[t.field] = (refused[t.field] ?? 0) + 1;
        }
      }
    }
    for (const f of ['name', 'role', 'company', 'text']) assert.ok((refused[f] ?? 0) < 15, `${f} refused: ${refused[f]}`);

    const problems: string[] = [];
    const seen = new Set<string>();
    for (const w of walls) {
      for (const layout of LAYOUTS) {
        const context = await browser.newContext();
        const hits = await armTripwires(context);
        const p = await context.newPage();
        await p.goto(`${page(w, layout)}&limit=100`);
        await loaded(p);
        await p.waitForTimeout(200); // let any onerror/onload fire
        await p.mouse.move(10, 10);
        // The wall's own JSON-LD is the one script it adds to the page; it is checked below.
        const ownLd = /^page gained <script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org"/;
        problems.push(...(await audit(p, 'smm-testimonials', allowed)).filter((x) => !ownLd.test(x)).map((x) => `${w} ${layout}: ${x}`));
        const cards = await shown(p);
        if (layout != 'quote') assert.equal(cards.length, walls.at(-1) == w ? cards.length : PER_WALL, `${w} ${layout}: every testimonial is a card`);
        for (const c of cards) {
          const e = expected.get(c.id);
          if (!e) continue;
          seen.add(c.id);
          const where = `${layout} ${e.field} ${JSON.stringify(e.payload)}`;
          if (c.name !== e.name) problems.push(`${where}: name shown as ${JSON.stringify(c.name)}, stored ${JSON.stringify(e.name)}`);
          if (c.role !== e.role) problems.push(`${where}: role shown as ${JSON.stringify(c.role)}, stored ${JSON.stringify(e.role)}`);
          problems.push(...literalProblems(e.text, c.text).map((x) => `${where}: text ${x}`));
        }
        // The JSON-LD: no "<" that could close the script, and the same words when parsed.
        const ld = await p.evaluate(() => document.querySelector('smm-testimonials script[type="application/ld+json"]')?.textContent ?? '');
        if (ld.includes('<')) problems.push(`${w} ${layout}: "<" in the JSON-LD`);
        const data = JSON.parse(ld) as { review: Array<{ author: { name: string }; reviewBody: string }> };
        for (const r of data.review) {
          const c = cards.find((x) => x.name == r.author.name);
          if (!c) problems.push(`${w} ${layout}: JSON-LD names ${JSON.stringify(r.author.name)}, not on the wall`);
        }
        problems.push(...hits.map((h) => `${w} ${layout}: SCRIPT RAN: ${h}`));
        await context.close();
      }
    }
    assert.equal(seen.size, expected.size, 'every accepted testimonial is on the wall');
    assert.deepEqual(problems, []);
    console.log(`# ${payloads.length} payloads, ${expected.size} testimonials rendered in ${LAYOUTS.length} layouts; refused by the server: ${JSON.stringify(refused)}`);
  });
});
