// The follow prompt's code is a chunk of its own, fetched the first time an element is in prompt
// mode. A file of its own, so that no other test has loaded that module into this page before.
import { aTimeout, expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/components/follow/smm-follow.js';
import type { SmmFollow } from '../../src/components/follow/follow.js';

// Everything the page fetches from here on (module scripts included).
const fetched: string[] = [];
performance.setResourceTimingBufferSize(10_000);
new PerformanceObserver((list) => list.getEntries().forEach((e) => fetched.push(new URL(e.name).pathname))).observe({ type: 'resource' });

const part = (el: SmmFollow, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<smm-follow> loads the prompt on demand', () => {
  it('renders the button bar without any further request', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow instagram="trattoria" rss="https://blog.example/feed"></smm-follow>`);
    await aTimeout(300);
    expect(el.shadowRoot!.querySelectorAll('a[part~="button"]')).to.have.length(2);
    expect(fetched).to.deep.equal([]);
    el.show();
    await aTimeout(300);
    expect(el.open).to.equal(false, 'show() does nothing in buttons mode');
    expect(fetched).to.deep.equal([], 'not even show() fetches the prompt in buttons mode');
  });

  it('shows the prompt once its code has arrived when show() was called before', async () => {
    const el = fixtureSync<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="100" storage-key="smm-test:lazy-${Date.now()}"
      instagram="trattoria"></smm-follow>`);
    expect(el.getBoundingClientRect().height).to.equal(0, 'no room taken before the prompt\'s code arrives');
    el.show();
    expect(el.open).to.equal(false, 'the prompt\'s code cannot be there yet');
    expect(part(el, 'prompt')).to.equal(null);
    await el.updateComplete;
    expect(el.open).to.equal(true);
    const panel = part(el, 'prompt')!;
    expect(getComputedStyle(panel).position).to.equal('fixed', 'the prompt\'s styles came with it');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Follow us. Enjoying this? Follow us for more.');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(fetched.some((p) => p.startsWith('/src/components/follow/prompt.'))).to.equal(true, fetched.join());
  });

  it('shows the prompt asked for before the element was even in the page, once it is', async () => {
    const el = document.createElement('smm-follow');
    el.mode = 'prompt';
    el.afterSeconds = 100;
    el.storageKey = `smm-test:lazy-early-${Date.now()}`;
    el.x = 'smmkit';
    el.show();
    await waitUntil(() => el.open, 'shown while still out of the page');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'prompt')!).position).to.equal('fixed');
  });

  it('loads the prompt when a button bar turns into one, and arms its triggers then', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow after-seconds="0" storage-key="smm-test:lazy-turn-${Date.now()}" x="smmkit"></smm-follow>`);
    el.mode = 'prompt';
    await el.updateComplete;
    await aTimeout(50);
    expect(el.open).to.equal(true);
    expect(part(el, 'close')).to.not.equal(null);
  });
});
