import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { allLocales } from '../../src/i18n/all.js';
import { compactNumber, LocalizeController, matchLocale, registeredLocales } from '../../src/i18n/index.js';
import { en, type StringKey } from '../../src/i18n/locales/en.js';

// Mocha's globals, typed here until the repo has @types/mocha; declarations only, nothing emitted.

class Probe extends LitElement {
  t = new LocalizeController(this);
  override render() {
    return html`<span>${this.t.term('shareOn', 'X')}</span>`;
  }
}
customElements.define('i18n-all-probe', Probe);

const probe = (lang: string) => fixture<Probe>(html`<i18n-all-probe lang=${lang}></i18n-all-probe>`);
const keys = Object.keys(en).sort();
const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
const foreign = Object.entries(allLocales).filter(([code]) => code !== 'en');

describe('locales', () => {
  it('registers at least 25 locales on import of all.ts', () => {
    expect(Object.keys(allLocales).length).to.be.at.least(25);
    for (const code of Object.keys(allLocales)) expect(registeredLocales()).to.include(code.toLowerCase());
  });

  for (const [code, strings] of Object.entries(allLocales)) {
    describe(code, () => {
      it('has exactly the keys of en', () => {
        expect(Object.keys(strings).sort()).to.deep.equal(keys);
      });

      it('has no empty or padded strings', () => {
        for (const [key, s] of Object.entries(strings)) {
          expect(s.trim(), `${code}.${key}`).to.not.equal('');
          expect(s, `${code}.${key}`).to.equal(s.trim());
        }
      });

      it('keeps the placeholders of en', () => {
        for (const key of keys as StringKey[]) {
          expect(placeholders(strings[key]), `${code}.${key}`).to.deep.equal(placeholders(en[key]));
        }
      });

      it('keeps strings short enough for a button or a label', () => {
        for (const [key, s] of Object.entries(strings)) expect(s.length, `${code}.${key}`).to.be.at.most(70);
      });

      it('reads well after a comma: newWindow does not start with a capital', () => {
        const first = strings.newWindow[0];
        expect(first, code).to.equal(first.toLocaleLowerCase(code));
      });

      it('keeps the trailing ellipsis of an action that opens a choice', () => {
        expect(strings.shareVia.endsWith('…'), code).to.equal(true);
      });
    });
  }

  it('are translated, not left in English', () => {
    const checked: StringKey[] = ['share', 'copyLink', 'shareOn', 'followUs', 'close', 'cancel', 'newWindow'];
    for (const [code, strings] of foreign) {
      for (const key of checked) {
        expect(strings[key].toLowerCase(), `${code}.${key}`).to.not.equal(en[key].toLowerCase());
      }
    }
  });
});

describe('matchLocale with every locale registered', () => {
  const cases: Array<[string, string]> = [
    ['pt-BR', 'pt'], ['pt-PT', 'pt-pt'], ['pt_pt', 'pt-pt'], ['zh-CN', 'zh'], ['zh-TW', 'zh'],
    ['zh-Hans-CN', 'zh'], ['nb', 'no'], ['nb-NO', 'no'], ['nn', 'no'], ['no', 'no'], ['iw', 'he'],
    ['iw-IL', 'he'], ['he-IL', 'he'], ['in', 'id'], ['mo', 'ro'], ['ar-EG', 'ar'], ['de-AT', 'de'],
    ['sr', 'en'], ['', 'en'],
  ];
  for (const [tag, code] of cases) {
    it(`${tag || '(empty)'} → ${code}`, () => expect(matchLocale(tag)).to.equal(code));
  }
});

describe('LocalizeController with every locale registered', () => {
  it('uses the strings of the element’s language', async () => {
    expect((await probe('de-CH')).shadowRoot!.textContent).to.equal(allLocales.de.shareOn.replace('{0}', 'X'));
    expect((await probe('ja')).shadowRoot!.textContent).to.equal('Xでシェア');
  });

  for (const lang of ['ar', 'ar-EG', 'he', 'iw', 'fa']) {
    it(`writes ${lang} right to left`, async () => expect((await probe(lang)).t.dir).to.equal('rtl'));
  }

  for (const lang of ['en', 'it', 'de', 'ja', 'zh']) {
    it(`writes ${lang} left to right`, async () => expect((await probe(lang)).t.dir).to.equal('ltr'));
  }

  it('formats counts compactly in the reader’s language', async () => {
    expect(compactNumber('en', 7)).to.equal('7');
    expect(compactNumber('en', 1200)).to.equal('1.2K');
    expect(compactNumber('en', 2_500_000)).to.equal('2.5M');
    expect(compactNumber('it', 2_500_000)).to.equal('2,5\u00a0Mln');
    expect(compactNumber('de', 15_300)).to.equal('15.300');
    // Each element formats in the language it resolved.
    const [english, italian] = await Promise.all(['en-GB', 'it-CH'].map(probe));
    expect(compactNumber(english.t.lang, 1200)).to.not.equal(compactNumber(italian.t.lang, 1200));
  });
});
