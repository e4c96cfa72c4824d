import { expect } from '@open-wc/testing';
import { LOCALE_CODES } from '../../src/i18n/codes.js';
import { en } from '../../src/i18n/testimonials/en.js';
import { it as itStrings } from '../../src/i18n/testimonials/it.js';
import { testimonialLocales } from '../../src/i18n/testimonial-locales.js';

const holes = (s: string) => [...new Set(s.match(/\{\d\}/g) ?? [])].sort().join();

describe('testimonial strings in every locale', () => {
  it('has a pack for each of the 33 locales', () => {
    expect(Object.keys(testimonialLocales).sort()).to.deep.equal([...LOCALE_CODES].sort());
  });

  it('every pack has every string (the wall\'s, the carousel\'s, the form\'s, "show more"), with the placeholders of English and an `other` plural form', () => {
    for (const [code, pack] of Object.entries(testimonialLocales)) {
      for (const [k, v] of Object.entries(en)) {
        const s = (pack as Record<string, string>)[k];
        expect(s, `${code}.${k}`).to.be.a('string').and.not.equal('');
        if (v.includes('|')) expect(s, `${code}.${k}`).to.match(/(^|\|)other:/);
        else expect(holes(s), `${code}.${k}`).to.equal(holes(v));
      }
      for (const k of Object.keys(pack)) expect(k in en, `${code}.${k} is not an English key`).to.equal(true);
    }
  });

  it('no form string is left in English outside English (a copied string is a forgotten one)', () => {
    // Words that read the same in English and elsewhere: placeholders only, or "Email (optional)"-like labels.
    const same = new Set(['tfOutOf', 'tfCount']);
    for (const [code, pack] of Object.entries(testimonialLocales)) {
      if (code == 'en') continue;
      for (const [k, v] of Object.entries(en)) {
        if (k.startsWith('tf') && !same.has(k)) expect((pack as Record<string, string>)[k], `${code}.${k}`).to.not.equal(v);
      }
      expect((pack as Record<string, string>).showMore, `${code}.showMore`).to.not.equal(en.showMore);
    }
  });

  it('Italian has every string, the form\'s too', () => {
    expect(Object.keys(itStrings).sort()).to.deep.equal(Object.keys(en).sort());
    expect(itStrings.outOf.replace('{0}', '4').replace('{1}', '5')).to.equal('4 su 5');
    expect(itStrings.tfThanks).to.equal('Grazie! La tua testimonianza apparirà dopo l\'approvazione.');
  });
});
