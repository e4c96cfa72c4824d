import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { enShare } from '../../src/i18n/en/share.js';
import { addEnglish, LocalizeController, matchLocale, registerLocale } from '../../src/i18n/localize.js';
import { it as italian } from '../../src/i18n/locales/it.js';

class Probe extends LitElement {
  t = new LocalizeController(this);
  constructor() {
    super();
    // As the elements do: each adds its English to the fallback.
    addEnglish(enShare);
  }
  override shouldUpdate() {
    return this.t.ready;
  }
  override render() {
    return html`<span>${this.t.term('shareOn', 'X')}</span>`;
  }
}
customElements.define('i18n-probe', Probe);

describe('LocalizeController', () => {
  before(() => registerLocale('it', italian));

  it('falls back to English for a language it has no strings for', async () => {
    const el = await fixture<Probe>(html`<i18n-probe lang="xx"></i18n-probe>`);
    expect(el.shadowRoot!.textContent).to.equal('Share on X');
  });

  it('follows the nearest [lang] ancestor, and re-renders when it changes', async () => {
    const wrap = await fixture(html`<div lang="it-IT"><i18n-probe></i18n-probe></div>`);
    const el = wrap.querySelector('i18n-probe') as Probe;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Condividi su X');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Share on X');
  });

  it('maps Norwegian Bokmål and Nynorsk to no, and regions to their language', () => {
    expect(matchLocale('it-CH')).to.equal('it');
    expect(matchLocale('EN_gb')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
  });
});

describe('locales fetched on demand', () => {
  it('renders in a locale that is loaded only when an element needs it, with no English flash', async () => {
    await import('../../src/i18n/lazy.js');
    const el = await fixture<Probe>(html`<i18n-probe lang="de"></i18n-probe>`);
    // Until German arrives, nothing is rendered (so no English label shows up and then changes).
    expect(el.shadowRoot?.textContent ?? '').to.not.contain('Share on');
    for (let i = 0; i < 50 && !el.shadowRoot?.textContent; i++) await new Promise((r) => setTimeout(r, 20));
    expect(el.shadowRoot!.textContent).to.equal('Auf X teilen');
  });
});
