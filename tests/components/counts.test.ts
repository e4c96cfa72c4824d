import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/share/smm-share.js';
import type { SmmShare } from '../../src/components/share/share.js';

// The happy path runs against the real endpoint in tests/e2e/track.test.ts; here, what a reader
// sees when the endpoint is down or answers nonsense: a bar without numbers, and no error.
describe('<smm-share counts> when the endpoint fails', () => {
  it('hides counts quietly when the endpoint is missing (404) or unreachable', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent) => errors.push(e.reason);
    addEventListener('unhandledrejection', onError);
    try {
      for (const endpoint of ['/no-such-endpoint/', 'http://127.0.0.1:9/']) {
        const el = await fixture<SmmShare>(html`<smm-share counts endpoint=${endpoint} networks="facebook,x" url="https://blog.example/p"></smm-share>`);
        await aTimeout(300);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="count"]')).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('a[part~="button"]')).to.have.length(2);
      }
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', onError);
    }
  });

  it('warns once when counts has no http(s) endpoint', async () => {
    const said: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => said.push(m);
    try {
      await fixture(html`<smm-share counts endpoint="javascript:alert(1)" networks="x"></smm-share>`);
      await fixture(html`<smm-share counts endpoint="javascript:alert(1)" networks="x"></smm-share>`);
      // The check runs when the counts code is reached, which may be after the first render on a
      // busy machine: wait for the warning, then give a second one time to show up.
      await waitUntil(() => said.some((m) => m.includes('counts needs an http(s) endpoint')), 'no warning', { timeout: 5000 });
      await aTimeout(300);
    } finally {
      console.warn = warn;
    }
    expect(said.filter((m) => m.includes('counts needs an http(s) endpoint'))).to.have.length(1);
  });
});
