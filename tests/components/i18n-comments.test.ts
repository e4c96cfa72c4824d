import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { commentLocales } from '../../src/i18n/comment-locales.js';
import { LOCALE_CODES } from '../../src/i18n/codes.js';
import { en, type CommentKey } from '../../src/i18n/comments/en.js';
import { en as barsEn } from '../../src/i18n/locales/en.js';

// The comment wall's pack: the same checks as the bars' locales (tests/components/i18n.test.ts),
// plus plural forms, which every language chooses by its own rules.
const keys = Object.keys(en).sort();
const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
/** The plural categories whole numbers fall into in `code` (0–1000 and a million). */
const integerCategories = (code: string) => {
  const rules = new Intl.PluralRules(code);
  return new Set([...Array.from({ length: 1001 }, (_, n) => n), 1_000_000].map((n) => rules.select(n)));
};

describe('comment strings', () => {
  it('exist for every shipped locale, and stay out of the bars’ locale files', () => {
    expect(Object.keys(commentLocales).sort()).to.deep.equal([...LOCALE_CODES].sort());
    for (const key of keys) expect(Object.keys(barsEn), key).to.not.include(key);
  });

  for (const [code, strings] of Object.entries(commentLocales)) {
    describe(code, () => {
      it('has exactly the keys of en, none empty or padded', () => {
        expect(Object.keys(strings).sort()).to.deep.equal(keys);
        for (const [key, s] of Object.entries(strings)) {
          expect(s.trim(), `${code}.${key}`).to.not.equal('');
          expect(s, `${code}.${key}`).to.equal(s.trim());
        }
      });

      it('keeps the placeholders of en', () => {
        for (const key of keys as CommentKey[]) expect(placeholders(strings[key]), `${code}.${key}`).to.deep.equal(placeholders(en[key]));
      });

      it('has a plural form for every category whole numbers take in the language, and an `other`', () => {
        const forms = strings.commentCount.split('|').map((f) => f.split(':')[0]);
        for (const f of forms) expect(PLURAL.has(f), `${code}: ${f}`).to.equal(true);
        expect(forms).to.include('other');
        for (const c of integerCategories(code)) expect(forms, `${code} needs "${c}"`).to.include(c);
        const allowed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
        for (const f of forms) expect(allowed, `${code} has no "${f}"`).to.include(f);
      });

      it('keeps strings short enough for their place', () => {
        for (const [key, s] of Object.entries(strings)) expect(s.length, `${code}.${key}`).to.be.at.most(key == 'commentCount' ? 120 : 110);
      });
    });
  }

  it('are translated, not left in English', () => {
    const checked: CommentKey[] = ['reply', 'write', 'awaiting', 'showMore', 'yourComment', 'post'];
    for (const [code, strings] of Object.entries(commentLocales)) {
      if (code == 'en') continue;
      for (const key of checked) expect(strings[key].toLowerCase(), `${code}.${key}`).to.not.equal(en[key].toLowerCase());
    }
  });

  it('writes Italian with care', () => {
    const it = commentLocales.it;
    expect([it.like, it.awaiting, it.reply, it.write]).to.deep.equal(['Mi piace', 'In attesa di moderazione', 'Rispondi', 'Scrivi un commento']);
  });
});

describe('the comments pack, fetched on demand', () => {
  it('renders a count in the element’s language once its pack has arrived', async () => {
    await import('../../src/i18n/lazy.js');
    await import('../../src/i18n/comments-lazy.js');
    await import('../../src/components/comments/smm-comments.js');
    const el = await fixture(html`<smm-comments lang="pl" endpoint=${`${location.origin}/`} thread="https://blog.example/i18n-pack/"></smm-comments>`);
    // Two modules fetched and compiled on first use: give them time on a busy machine.
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=write]'), 'rendered once the strings are there', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~=heading]')!.textContent).to.equal('0 komentarzy');
    expect(el.shadowRoot!.querySelector('[part~=write]')!.textContent).to.equal('Napisz komentarz');
  });
});
