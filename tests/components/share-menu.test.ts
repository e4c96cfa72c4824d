// The more menu's code (./menu.ts: its look, where it opens, focus) is a module of its own,
// fetched the first time a row is short of room. A file of its own, so that no other test has
// loaded that module into this page before.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/share/smm-share.js';
import type { SmmShare } from '../../src/components/share/share.js';

// Everything the page fetches from here on (module scripts included).
const fetched: string[] = [];
performance.setResourceTimingBufferSize(10_000);
new PerformanceObserver((list) => list.getEntries().forEach((e) => fetched.push(new URL(e.name).pathname))).observe({ type: 'resource' });
const menuFetched = () => fetched.some((p) => p.startsWith('/src/components/share/menu.'));

const EIGHT = 'facebook,x,linkedin,whatsapp,telegram,bluesky,email,copy';
const part = (el: SmmShare, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<smm-share> loads its more menu on demand', () => {
  after(() => setViewport({ width: 1280, height: 800 }));

  it('fetches nothing more while every row has room', async () => {
    await setViewport({ width: 1280, height: 800 });
    const row = await fixture<SmmShare>(html`<smm-share networks=${EIGHT} url="https://blog.example/p"></smm-share>`);
    expect(!!part(row, 'more'), 'no more button').to.equal(false);
    row.remove();
    await setViewport({ width: 320, height: 800 });
    const wrap = await fixture<SmmShare>(html`<smm-share overflow="wrap" networks=${EIGHT} url="https://blog.example/p"></smm-share>`);
    const column = await fixture<SmmShare>(html`<smm-share layout="vertical" networks=${EIGHT} url="https://blog.example/p"></smm-share>`);
    await aTimeout(300);
    for (const el of [wrap, column]) expect(!!part(el, 'more'), 'no more button').to.equal(false);
    expect(menuFetched()).to.equal(false, fetched.join());
  });

  it('fetches it when a resize leaves the row short of room, with the more button in the row at once', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SmmShare>(html`<smm-share networks=${EIGHT} url="https://blog.example/p"></smm-share>`);
    await aTimeout(100);
    expect(menuFetched()).to.equal(false);
    await setViewport({ width: 320, height: 800 });
    await waitUntil(() => !!part(el, 'more'), 'the more button comes with the resize');
    expect(el.getBoundingClientRect().height, 'still one row').to.equal(36);
    await waitUntil(menuFetched, 'the menu\'s code is fetched');
  });

  it('once there, the menu has its look and place, closes on Escape and gives focus back', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<SmmShare>(html`<smm-share networks=${EIGHT} url="https://blog.example/p"></smm-share>`);
    const more = part(el, 'more')!;
    const menu = part(el, 'menu')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.matches(':popover-open')).to.equal(true);
    expect(getComputedStyle(menu).display, 'its own style: a grid').to.equal('grid');
    // Below the more button, its end at the button's end.
    const m = menu.getBoundingClientRect();
    const b = more.getBoundingClientRect();
    expect(m.top).to.be.closeTo(b.bottom + 4, 1);
    expect(m.right).to.be.closeTo(b.right, 1);
    await sendKeys({ press: 'Tab' });
    expect(menu.contains(el.shadowRoot!.activeElement), 'Tab goes into the menu').to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(menu.matches(':popover-open')).to.equal(false);
    expect(el.shadowRoot!.activeElement === more, 'focus is back on the more button').to.equal(true);
  });
});
