import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setViewport, sendKeys } from '@web/test-runner-commands';
import '../../src/components/share/smm-share.js';
import type { SmmShare } from '../../src/components/share/share.js';

const buttons = (el: SmmShare) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"]')];

describe('<smm-share> layouts on real viewports', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('floating: a fixed rail at the screen edge on desktop, hidden on phones', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SmmShare>(html`<smm-share layout="floating" side="right" networks="x,facebook,copy" labels="none"></smm-share>`);
    expect(getComputedStyle(el).position).to.equal('fixed');
    const rect = el.getBoundingClientRect();
    expect(innerWidth - rect.right).to.be.closeTo(8, 1);
    const [a, b] = buttons(el).map((x) => x.getBoundingClientRect());
    expect(b.top).to.be.greaterThan(a.top, 'stacked vertically');
    await setViewport({ width: 390, height: 800 });
    await aTimeout(50);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('bar: fixed to the bottom on phones, one row of equal buttons; inline on desktop', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await fixture<SmmShare>(html`<smm-share layout="bar" networks="whatsapp,facebook,telegram,x,copy" labels="none"></smm-share>`);
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(el.getBoundingClientRect().bottom).to.be.closeTo(innerHeight, 1);
    const widths = buttons(el).map((x) => Math.round(x.getBoundingClientRect().width));
    expect(new Set(widths).size).to.equal(1);
    expect(Math.min(...buttons(el).map((x) => x.getBoundingClientRect().height))).to.be.at.least(24);
    await setViewport({ width: 1280, height: 800 });
    await aTimeout(50);
    expect(getComputedStyle(el).position).to.equal('static');
  });

  it('reaches every control with Tab, in order, with a visible focus ring', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="x,facebook,copy" url="https://a.example/"></smm-share>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement;
      seen.push(active.getAttribute('part')!);
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
    }
    expect(seen).to.deep.equal(['button x', 'button facebook', 'button copy']);
    // Enter on the copy button copies.
    await sendKeys({ press: 'Enter' });
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Link copied');
    before.remove();
  });

  it('native-first: on a touch screen with a share sheet, one share button; the list when it fails', async () => {
    const realMatch = window.matchMedia;
    const nav = navigator as Navigator & { share?: unknown; canShare?: unknown };
    // Emulate a phone: a coarse pointer and the Web Share API (the browser's, not ours).
    window.matchMedia = ((q: string) => ({ ...realMatch.call(window, q), matches: q.includes('coarse') ? true : realMatch.call(window, q).matches })) as typeof matchMedia;
    let fail = false;
    Object.defineProperty(navigator, 'share', { configurable: true, value: async () => { if (fail) throw new DOMException('no', 'NotAllowedError'); } });
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    try {
      const el = await fixture<SmmShare>(html`<smm-share layout="native-first" networks="whatsapp,facebook,copy,native"></smm-share>`);
      expect(buttons(el).map((b) => b.getAttribute('part'))).to.deep.equal(['button native']);
      fail = true;
      buttons(el)[0].click();
      await aTimeout(10);
      await el.updateComplete;
      expect(buttons(el).map((b) => b.getAttribute('part'))).to.deep.equal(['button whatsapp', 'button facebook', 'button copy', 'button native']);
    } finally {
      window.matchMedia = realMatch;
      delete (nav as unknown as Record<string, unknown>).share;
      delete (nav as unknown as Record<string, unknown>).canShare;
    }
  });

  it('popup: opens a centred window on desktop and keeps the tab from opening; a blocked popup falls back to the link', async () => {
    const el = await fixture<SmmShare>(html`<smm-share popup networks="facebook" url="https://a.example/"></smm-share>`);
    const realOpen = window.open;
    const calls: string[][] = [];
    let blocked = false;
    window.open = ((u: string, t: string, f: string) => (calls.push([u, t, f]), blocked ? null : ({ opener: window } as Window))) as typeof window.open;
    try {
      const link = buttons(el)[0] as HTMLAnchorElement;
      let prevented = false;
      // Seen from the host, as the page's own click handlers (routers, analytics) see it.
      const spy = (e: Event) => { prevented = e.defaultPrevented; e.preventDefault(); };
      el.addEventListener('click', spy);
      link.click();
      expect(calls[0][0]).to.equal(link.href);
      expect(calls[0][2]).to.match(/popup,width=600,height=600/);
      expect(prevented).to.equal(true);
      blocked = true;
      link.click();
      expect(prevented).to.equal(false, 'a blocked popup leaves the link to open a tab');
      el.removeEventListener('click', spy);
    } finally {
      window.open = realOpen;
    }
  });
});
