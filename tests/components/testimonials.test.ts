import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/testimonials/smm-testimonials.js';
import '../../src/i18n/lazy.js';
import '../../src/i18n/testimonials-lazy.js';
import { initials } from '../../src/components/testimonials/testimonials.js';
import { $, $$, CUSTOMERS, edit, newWall, seed, send, wallOf } from './testimonials-helpers.js';

const LAYOUTS = ['grid', 'masonry', 'carousel', 'list', 'quote'];

describe('<smm-testimonials>, against the real server', () => {
  let wall: string;
  before(async () => {
    wall = newWall();
    await seed(wall, CUSTOMERS);
  });

  it('shows each field of a card: stars named "4 out of 5", quote, name, role and company, initials, date', async () => {
    const el = await wallOf(wall);
    expect(el.getAttribute('layout')).to.equal('grid');
    const cards = $$(el, '[part~=card]');
    expect(cards).to.have.length(4);
    // Newest first.
    const giulia = cards.find((c) => c.querySelector('[part~=name]')!.textContent == 'Giulia Bianchi')!;
    expect(giulia.querySelector('[part~=rating]')!.getAttribute('role')).to.equal('img');
    expect(giulia.querySelector('[part~=rating]')!.getAttribute('aria-label')).to.equal('5 out of 5');
    expect(giulia.querySelector('[part~=quote]')!.textContent).to.equal('The best bread in town.');
    expect(giulia.querySelector('[part~=role]')!.textContent).to.equal('Chef, Osteria Bianchi');
    expect(giulia.querySelector('[part~=avatar]')!.textContent).to.equal('GB');
    expect(giulia.querySelector('[part~=avatar]')!.getAttribute('aria-hidden')).to.equal('true');
    const time = giulia.querySelector('time')!;
    expect(new Date(time.dateTime).getTime()).to.be.closeTo(Date.now(), 120_000);
    const li = cards.find((c) => c.querySelector('[part~=name]')!.textContent == 'Li Wei')!;
    expect(li.querySelector('[part~=rating]')).to.equal(null);
    const marco = cards.find((c) => c.querySelector('[part~=name]')!.textContent == 'Marco Rossi')!;
    expect(marco.querySelector('[part~=rating]')!.getAttribute('aria-label')).to.equal('4 out of 5');
    expect(marco.querySelector('[part~=role]')).to.equal(null);
  });

  it('fills as many stars as the rating, in every layout: the gold part is rating / 5 of the stars\' width', async () => {
    for (const layout of LAYOUTS) {
      const el = await wallOf(wall, { layout });
      for (const stars of $$(el, '[part~=card] [part~=rating]')) {
        const rating = +stars.getAttribute('aria-label')!.split(' ')[0];
        const gold = parseFloat(getComputedStyle(stars, '::after').width);
        const all = stars.getBoundingClientRect().width;
        expect(gold / all, `${layout}, ${rating}`).to.be.closeTo(rating / 5, 0.02);
        // The stars take their own width, not the card's.
        expect(all).to.be.lessThan(stars.closest('[part~=card]')!.getBoundingClientRect().width / 2);
      }
    }
  });

  it('summarises the ratings: average and count of rated ones; no distribution, nor its chunk, unless asked', async () => {
    const el = await wallOf(wall);
    expect($(el, '[part~=average] strong')!.textContent).to.equal('4');
    expect($(el, '[part~=average] [part~=rating]')!.getAttribute('aria-label')).to.equal('4 out of 5');
    expect($(el, '[part~=count]')!.textContent).to.equal('based on 3 reviews');
    expect($(el, '[part~=distribution]')).to.equal(null);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('/distribution.'))).to.deep.equal([]);
  });

  it('with `distribution`: a bar per rating, 5 to 1, as long as its share of the largest', async () => {
    const w = newWall();
    await seed(w, CUSTOMERS);
    await send(w, { name: 'Eva Neri', rating: 5, text: 'Again the best bread.' });
    const el = await wallOf(w, { distribution: '' });
    const rows = $$(el, '[part~=distribution] li');
    expect(rows.map((l) => l.textContent)).to.deep.equal(['5 stars2', '4 stars1', '3 stars1', '2 stars0', '1 star0']);
    expect($(el, '[part~=distribution]')!.getAttribute('aria-label')).to.equal('Ratings');
    const width = (li: HTMLElement) => li.querySelector<HTMLElement>('[part~=bar] span')!.getBoundingClientRect().width;
    const track = rows[0].querySelector<HTMLElement>('[part~=bar]')!.getBoundingClientRect().width;
    expect(width(rows[0])).to.be.closeTo(track, 1);
    expect(width(rows[1])).to.be.closeTo(track / 2, 1);
    expect(width(rows[4])).to.equal(0);
    // The average and the count are still there, above the bars.
    expect($(el, '[part~=summary]')!.firstElementChild).to.equal($(el, '[part~=average]'));
    await expect(el).to.be.accessible();
  });

  for (const layout of LAYOUTS) {
    it(`renders the cards in the ${layout} layout and passes axe`, async () => {
      const el = await wallOf(wall, { layout });
      const cards = $$(el, '[part~=card]');
      expect(cards).to.have.length(layout == 'quote' ? 1 : 4);
      for (const c of cards) expect(c.querySelector('[part~=quote]')!.textContent).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('filters: min-rating, tag, featured, limit', async () => {
    const w = newWall();
    const a = await send(w, { name: 'A', rating: 5, text: 'five' });
    const b = await send(w, { name: 'B', rating: 2, text: 'two' });
    await send(w, { name: 'C', rating: 4, text: 'four' });
    await edit(a.id, { featured: true });
    await edit(b.id, { tags: ['bread'] });
    const names = (el: Element) => $$(el, '[part~=name]').map((n) => n.textContent).sort();
    expect(names(await wallOf(w, { 'min-rating': '4' }))).to.deep.equal(['A', 'C']);
    expect(names(await wallOf(w, { tag: 'bread' }))).to.deep.equal(['B']);
    expect(names(await wallOf(w, { featured: '' }))).to.deep.equal(['A']);
    expect(names(await wallOf(w, { limit: '1' }))).to.have.length(1);
    expect($(await wallOf(w, { featured: '' }), '[part~=card]')!.getAttribute('part')).to.equal('card featured');
  });

  it('shows "No testimonials yet." for an empty wall, and no JSON-LD', async () => {
    const el = await wallOf(newWall());
    expect($(el, '[part~=notice]')!.textContent).to.equal('No testimonials yet.');
    expect(el.querySelector('script')).to.equal(null);
  });

  it('initials: first letters of the first and last words', () => {
    expect(initials('giulia de la Rosa')).to.equal('GR');
    expect(initials('Ada')).to.equal('A');
    expect(initials('  "Bob"  ')).to.equal('B');
    expect(initials('Łukasz Żak')).to.equal('ŁŻ');
  });

  it('speaks Italian: "4 su 5"', async () => {
    const el = await wallOf(wall, { lang: 'it' });
    // The Italian pack is fetched on demand first.
    await waitUntil(() => $$(el, '[part~=card]').length == 4);
    const marco = $$(el, '[part~=card]').find((c) => c.querySelector('[part~=name]')!.textContent == 'Marco Rossi')!;
    expect(marco.querySelector('[part~=rating]')!.getAttribute('aria-label')).to.equal('4 su 5');
    expect($(el, '[part~=count]')!.textContent).to.equal('su 3 recensioni');
  });
});

describe('<smm-testimonials layout="carousel">', () => {
  let wall: string;
  before(async () => {
    wall = newWall();
    await seed(wall, CUSTOMERS);
  });
  const current = (el: Element) => $$(el, '[part~=slides] > .slide').findIndex((c) => !c.hasAttribute('inert'));

  it('follows the WAI-ARIA carousel pattern: region "carousel", groups "slide" named "2 of 4", one shown', async () => {
    const el = await wallOf(wall, { layout: 'carousel' });
    const box = $(el, '[part~=carousel]')!;
    expect(box.getAttribute('aria-roledescription')).to.equal('carousel');
    const slides = $$(el, '[part~=slides] > .slide');
    expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 4', '2 of 4', '3 of 4', '4 of 4']);
    expect(slides.every((s) => s.getAttribute('aria-roledescription') == 'slide' && s.getAttribute('role') == 'group')).to.equal(true);
    expect(current(el)).to.equal(0);
    expect($(el, '[part~=slides]')!.getAttribute('aria-live')).to.equal('polite');
    // No rotation control without autoplay.
    expect($(el, '[part~=rotation]')).to.equal(null);
  });

  it('reaches every slide by keyboard: next and previous buttons, and the arrow keys', async () => {
    const el = await wallOf(wall, { layout: 'carousel' });
    const next = $(el, '[part~=next]')!;
    expect(next.getAttribute('aria-label')).to.equal('Next testimonial');
    next.focus();
    for (const want of [1, 2, 3, 0]) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(current(el)).to.equal(want);
    }
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(current(el)).to.equal(3);
    $(el, '[part~=previous]')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(current(el)).to.equal(2);
    // Focus stayed on the button (the node was updated in place).
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~=previous]'));
  });

  it('moves with a swipe (pointer events): left to the next slide, right back', async () => {
    const el = await wallOf(wall, { layout: 'carousel' });
    const slides = $(el, '[part~=slides]')!;
    const swipe = async (from: number, to: number) => {
      const r = slides.getBoundingClientRect();
      const y = r.top + r.height / 2;
      slides.dispatchEvent(new PointerEvent('pointerdown', { clientX: r.left + from, clientY: y, bubbles: true, pointerType: 'touch' }));
      slides.dispatchEvent(new PointerEvent('pointerup', { clientX: r.left + to, clientY: y, bubbles: true, pointerType: 'touch' }));
      await el.updateComplete;
    };
    await swipe(200, 40);
    expect(current(el)).to.equal(1);
    await swipe(40, 200);
    expect(current(el)).to.equal(0);
    // A tap is not a swipe.
    await swipe(100, 110);
    expect(current(el)).to.equal(0);
  });

  it('with autoplay: a rotation control; moving by hand stops the rotation', async () => {
    const el = await wallOf(wall, { layout: 'carousel', autoplay: '', interval: '2' });
    const rotation = $(el, '[part~=rotation]');
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      expect(rotation).to.equal(null);
      return;
    }
    expect(rotation!.textContent).to.equal('Stop automatic slide show');
    expect($(el, '[part~=slides]')!.getAttribute('aria-live')).to.equal('off');
    $(el, '[part~=next]')!.click();
    await el.updateComplete;
    expect($(el, '[part~=rotation]')!.textContent).to.equal('Start automatic slide show');
    expect($(el, '[part~=slides]')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
  });
});

describe('<smm-testimonials> JSON-LD', () => {
  it('writes Review items and an AggregateRating about a Product into the light DOM', async () => {
    const wall = newWall();
    await seed(wall, CUSTOMERS.slice(0, 3));
    const el = await wallOf(wall, { 'item-name': 'Pane di Altamura' });
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.parentNode).to.equal(el);
    const data = JSON.parse(script.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Product');
    expect(data.name).to.equal('Pane di Altamura');
    expect(data.aggregateRating).to.deep.equal({ '@type': 'AggregateRating', ratingValue: 4, reviewCount: 3, bestRating: 5, worstRating: 1 });
    expect(data.review).to.have.length(3);
    for (const r of data.review) {
      expect(r['@type']).to.equal('Review');
      expect(r.author['@type']).to.equal('Person');
      expect(r.author.name).to.be.a('string');
      expect(r.reviewBody).to.be.a('string');
      expect(r.datePublished).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.reviewRating['@type']).to.equal('Rating');
      expect(r.reviewRating.bestRating).to.equal(5);
      expect(r.reviewRating.ratingValue).to.be.within(1, 5);
    }
    const g = data.review.find((r: { author: { name: string } }) => r.author.name == 'Giulia Bianchi');
    expect(g.reviewBody).to.equal('The best bread in town.');
    expect(g.reviewRating.ratingValue).to.equal(5);
  });

  it('escapes "<" so no text closes the script; item-type; no-jsonld removes it', async () => {
    const wall = newWall();
    await send(wall, { name: 'X</script><script>alert(1)</script>', rating: 5, text: '<!-- </script> -->' });
    const el = await wallOf(wall, { 'item-type': 'Course' });
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).to.not.include('<');
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('Course');
    expect(data.review[0].author.name).to.equal('X</script><script>alert(1)</script>');
    el.noJsonld = true;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });
});

describe('<smm-testimonials> "show more"', () => {
  let wall: string;
  before(async () => {
    wall = newWall();
    await seed(wall, [...CUSTOMERS, { name: 'Enzo Ferrari', rating: 5, text: 'Fifth one.' }]);
  });
  const names = (el: Element) => $$(el, '[part~=card] [part~=name]').map((n) => n.textContent);

  it('loads the next page with the server\'s cursor, appends it, and moves the focus to the first new card', async () => {
    const el = await wallOf(wall, { limit: '2' });
    const first = names(el);
    expect(first).to.have.length(2);
    const more = $(el, '[part~=more]')!;
    expect(more.tagName).to.equal('BUTTON');
    expect(more.textContent).to.equal('Show more testimonials');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const now = names(el);
    expect(now).to.have.length(4);
    expect(now.slice(0, 2)).to.deep.equal(first);
    const third = $$(el, '[part~=card]')[2];
    expect(el.shadowRoot!.activeElement).to.equal(third);
    // The last page: all five, and no button left to press.
    $(el, '[part~=more]')!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(5);
    expect(new Set(names(el)).size).to.equal(5);
    expect($(el, '[part~=more]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~=card]')[4]);
    // The JSON-LD names every testimonial shown; the summary still counts the whole wall.
    expect(JSON.parse(el.querySelector('script')!.textContent!).review).to.have.length(5);
    expect($(el, '[part~=count]')!.textContent).to.equal('based on 4 reviews');
    await expect(el).to.be.accessible();
  });

  it('in the carousel, adds slides and shows the first new one', async () => {
    const el = await wallOf(wall, { limit: '2', layout: 'carousel' });
    expect($$(el, '[part~=slides] > .slide').map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 2', '2 of 2']);
    $(el, '[part~=more]')!.click();
    await el.updateComplete;
    const slides = $$(el, '[part~=slides] > .slide');
    expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 4', '2 of 4', '3 of 4', '4 of 4']);
    expect(slides.findIndex((s) => !s.hasAttribute('inert'))).to.equal(2);
    expect(el.shadowRoot!.activeElement).to.equal(slides[2].querySelector('[part~=card]'));
  });

  it('when the next page cannot be had, says so once and keeps the cards and the button for another try', async () => {
    const el = await wallOf(wall, { limit: '2' });
    // The connection drops for the next page (the page's own fetch, as a network would).
    const real = window.fetch;
    window.fetch = (input, init) => (String(input).includes('cursor=') ? Promise.reject(new TypeError('Failed to fetch')) : real(input, init));
    try {
      $(el, '[part~=more]')!.click();
      await el.updateComplete;
    } finally {
      window.fetch = real;
    }
    expect(names(el)).to.have.length(2);
    const notice = $(el, '[part~=notice]')!;
    expect(notice.textContent).to.equal('The testimonials could not be loaded.');
    expect(notice.getAttribute('role')).to.equal('alert');
    $(el, '[part~=more]')!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    expect($(el, '[part~=notice]')).to.equal(null);
  });

  it('has no button when everything is shown, nor in the quote layout', async () => {
    expect($(await wallOf(wall), '[part~=more]')).to.equal(null);
    expect($(await wallOf(wall, { limit: '1', layout: 'quote' }), '[part~=more]')).to.equal(null);
  });

  it('speaks Italian', async () => {
    const el = await wallOf(wall, { limit: '2', lang: 'it' });
    await waitUntil(() => $(el, '[part~=more]'), 'no button', { timeout: 8000 });
    expect($(el, '[part~=more]')!.textContent).to.equal('Mostra altre testimonianze');
  });
});
