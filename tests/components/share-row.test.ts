import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/share/smm-share.js';
import type { SmmShare } from '../../src/components/share/share.js';

// The one-row bar (issue 15): at every width, size and label mode the targets stay in one row of
// the size's height, nothing is clipped or overlapping, and what does not fit is one Tab away in
// the more menu.
const SIZES = { s: 28, m: 36, l: 44 } as const;
const SETS = {
  3: 'facebook,x,copy',
  8: 'facebook,x,linkedin,whatsapp,telegram,bluesky,email,copy',
  24: 'facebook,x,linkedin,pinterest,whatsapp,telegram,reddit,tumblr,email,bluesky,mastodon,threads,hackernews,vk,xing,line,viber,messenger,sms,blogger,flipboard,copy,print,native',
} as const;

const root = (el: SmmShare) => el.shadowRoot!;
const bar = (el: SmmShare) => root(el).querySelector<HTMLElement>('[part~="bar"]')!;
const menu = (el: SmmShare) => root(el).querySelector<HTMLElement>('[part~="menu"]')!;
const more = (el: SmmShare) => bar(el).querySelector<HTMLElement>('[part~="more"]');
/** The targets, wherever they are: in the row or in the menu. */
const targets = (el: SmmShare) => [...root(el).querySelectorAll<HTMLElement>('[part~="button"]:not([part~="more"])')];
const inRow = (el: SmmShare) => [...bar(el).querySelectorAll<HTMLElement>('[part~="button"]')];
const name = (e: Element) => e.getAttribute('part')!.split(' ')[1];

/** One row, inside the bar, nothing clipped or overlapping; every target in the row or the menu. */
function expectOneRow(el: SmmShare, size: number, what: string): void {
  const b = bar(el).getBoundingClientRect();
  expect(el.getBoundingClientRect().height, `${what}: host height`).to.equal(size);
  expect(b.height, `${what}: bar height`).to.equal(size);
  const row = inRow(el);
  expect(row.length, `${what}: something in the row`).to.be.greaterThan(0);
  let right = -Infinity;
  for (const x of row) {
    const r = x.getBoundingClientRect();
    expect(r.top, `${what}: ${name(x)} top`).to.equal(b.top);
    expect(r.height, `${what}: ${name(x)} height`).to.equal(size);
    expect(r.left, `${what}: ${name(x)} overlaps the one before`).to.be.at.least(right);
    expect(r.left, `${what}: ${name(x)} left`).to.be.at.least(b.left - 0.01);
    expect(r.right, `${what}: ${name(x)} clipped`).to.be.at.most(b.right + 0.01);
    // Its content fits inside it: the label is not cut.
    expect(x.scrollWidth, `${what}: ${name(x)} content`).to.be.at.most(Math.ceil(r.width));
    right = r.right;
  }
  const all = targets(el);
  const inMenu = [...menu(el).querySelectorAll('[part~="button"]')];
  expect(row.filter((x) => x.matches(':not([part~="more"])')).length + inMenu.length, `${what}: every target once`).to.equal(all.length);
  expect(!!more(el), `${what}: a more button exactly when the menu holds targets`).to.equal(inMenu.length > 0);
}

describe('<smm-share> in one row', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  for (const width of [320, 390, 768, 1280]) {
    for (const [count, networks] of Object.entries(SETS)) {
      it(`${width} px, ${count} targets: one row at every size and label mode, axe clean`, async () => {
        await setViewport({ width, height: 800 });
        for (const [size, px] of Object.entries(SIZES)) {
          for (const labels of ['none', 'short', 'full']) {
            const el = await fixture<SmmShare>(html`<smm-share networks=${networks} size=${size} labels=${labels} url="https://blog.example/p"></smm-share>`);
            expectOneRow(el, px, `${size}/${labels}`);
            await expect(el).to.be.accessible();
          }
        }
      });
    }
  }

  for (const width of [320, 390, 768]) {
    it(`${width} px, 24 targets: Tab reaches every target, through the more menu, in the owner's order`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture<SmmShare>(html`<smm-share networks=${SETS[24]} url="https://blog.example/p"></smm-share>`);
      const order = targets(el).map(name);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const seen: string[] = [];
      for (let i = 0; i < 40 && seen.length < order.length; i++) {
        await sendKeys({ press: 'Tab' });
        const active = root(el).activeElement as HTMLElement | null;
        if (!active) break;
        if (active.matches('[part~="more"]')) {
          expect(active.getAttribute('aria-label')).to.equal('More ways to share');
          await sendKeys({ press: 'Enter' });
          expect(menu(el).matches(':popover-open'), 'Enter opens the menu').to.equal(true);
        } else seen.push(name(active));
      }
      expect(seen).to.deep.equal(order);
      // Escape closes the menu and gives focus back to the more button.
      await sendKeys({ press: 'Escape' });
      expect(menu(el).matches(':popover-open')).to.equal(false);
      expect(root(el).activeElement === more(el), 'focus is back on the more button').to.equal(true);
      before.remove();
    });
  }

  it('a target in the menu shares like one in the row: the same event, then the menu closes', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<SmmShare>(html`<smm-share networks=${SETS[8]} url="https://blog.example/m" share-title="T"></smm-share>`);
    more(el)!.click();
    expect(menu(el).matches(':popover-open')).to.equal(true);
    // The menu, anchored at the button's end on the right of a phone, is as wide as its labels, on screen.
    const r = menu(el).getBoundingClientRect();
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(innerWidth);
    for (const x of menu(el).querySelectorAll<HTMLElement>('[part~="button"]')) {
      expect(x.scrollWidth, `${name(x)}: its label is not cut`).to.be.at.most(Math.ceil(x.getBoundingClientRect().width));
    }
    const copy = menu(el).querySelector<HTMLElement>('[part~="copy"]')!;
    expect(copy.getBoundingClientRect().width, 'visible in the open menu').to.be.greaterThan(0);
    expect(getComputedStyle(copy.querySelector('[part~="label"]')!).display, 'with its label').to.not.equal('none');
    setTimeout(() => copy.click());
    const e = await oneEvent(el, 'smm-share');
    expect(e.detail).to.deep.equal({ network: 'copy', url: 'https://blog.example/m', title: 'T' });
    expect(menu(el).matches(':popover-open')).to.equal(false);
  });

  it('labels go first: a row that fits without them keeps every target and no more button', async () => {
    await setViewport({ width: 768, height: 800 });
    const el = await fixture<SmmShare>(html`<smm-share networks=${SETS[8]} labels="short" url="https://blog.example/p"></smm-share>`);
    expect(more(el)).to.equal(null);
    expect(getComputedStyle(bar(el).querySelector('[part~="label"]')!).display).to.equal('none');
    await setViewport({ width: 1280, height: 800 });
    await aTimeout(50);
    expect(more(el)).to.equal(null);
    expect(getComputedStyle(bar(el).querySelector('[part~="label"]')!).display).to.not.equal('none');
  });

  it('follows resizes: targets move into the menu and back, in order', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SmmShare>(html`<smm-share networks=${SETS[8]} url="https://blog.example/p"></smm-share>`);
    const order = targets(el).map(name);
    expect(more(el)).to.equal(null);
    await setViewport({ width: 320, height: 800 });
    await aTimeout(50);
    expect(more(el)).to.not.equal(null);
    expect([...inRow(el).filter((x) => !x.matches('[part~="more"]')), ...menu(el).querySelectorAll('[part~="button"]')].map(name)).to.deep.equal(order);
    await setViewport({ width: 1280, height: 800 });
    await aTimeout(50);
    expect(more(el)).to.equal(null);
    expect(inRow(el).map(name)).to.deep.equal(order);
  });

  it('overflow="wrap" wraps as before; vertical and floating stay columns without a menu', async () => {
    await setViewport({ width: 320, height: 800 });
    const wrap = await fixture<SmmShare>(html`<smm-share overflow="wrap" networks=${SETS[8]} url="https://blog.example/p"></smm-share>`);
    expect(more(wrap)).to.equal(null);
    expect(bar(wrap).getBoundingClientRect().height).to.be.greaterThan(36);
    const vertical = await fixture<SmmShare>(html`<smm-share layout="vertical" networks=${SETS[8]} url="https://blog.example/p"></smm-share>`);
    expect(more(vertical)).to.equal(null);
    expect(inRow(vertical)).to.have.length(targets(vertical).length);
  });

  it('the menu at 200 % zoom: inside the screen, scrollable, every target reachable', async () => {
    // 200 % zoom of a 1280×720 window is a 640×360 CSS-pixel viewport.
    await setViewport({ width: 640, height: 360 });
    const el = await fixture<SmmShare>(html`<smm-share networks=${SETS[24]} size="l" url="https://blog.example/p"></smm-share>`);
    more(el)!.focus();
    await sendKeys({ press: 'Enter' });
    const m = menu(el);
    expect(m.matches(':popover-open')).to.equal(true);
    const r = m.getBoundingClientRect();
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(innerWidth);
    expect(r.top).to.be.at.least(0);
    expect(r.bottom).to.be.at.most(innerHeight);
    const items = [...m.querySelectorAll<HTMLElement>('[part~="button"]')];
    expect(m.scrollHeight, 'more than fits: it scrolls').to.be.greaterThan(m.clientHeight);
    for (const x of items) {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement === x, `Tab reaches ${name(x)}`).to.equal(true);
      const b = x.getBoundingClientRect();
      expect(x.scrollWidth, `${name(x)}: its label is not cut`).to.be.at.most(Math.ceil(b.width));
      expect(b.left).to.be.at.least(r.left);
      expect(b.right).to.be.at.most(r.right);
      expect(b.top).to.be.at.least(r.top - 0.5);
      expect(b.bottom).to.be.at.most(r.bottom + 0.5);
    }
    await expect(el).to.be.accessible();
  });
});
