import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/comments/smm-comments.js';
// Locales as the CDN bundle has them: fetched on demand (the comments pack too).
import '../../src/i18n/lazy.js';
import '../../src/i18n/comments-lazy.js';
import { $, $$, ENDPOINT, bodies, post, seed, newThread, wall } from './comments-helpers.js';

describe('<smm-comments> reading, against the real server', () => {
  it('shows each field of a comment: author with website, badge, relative and absolute time, body, likes', async () => {
    const thread = newThread();
    await post(thread, { name: 'Ada', url: 'https://ada.example/', body: 'Hello **world**\nsecond line' });
    const el = await wall(thread);
    const c = $(el, '[part~=comment]')!;
    const author = c.querySelector<HTMLAnchorElement>('[part~=author]')!;
    expect(author.localName).to.equal('a');
    expect(author.textContent).to.equal('Ada');
    expect(author.getAttribute('href')).to.equal('https://ada.example/');
    expect(author.rel).to.equal('ugc nofollow noopener');
    const time = c.querySelector('time')!;
    expect(new Date(time.dateTime).getTime()).to.be.closeTo(Date.now(), 60_000);
    expect(time.textContent).to.equal('now');
    expect(time.title).to.match(/\d{4}/);
    expect(c.querySelector('[part~=body]')!.innerHTML).to.equal('<p>Hello <strong>world</strong><br>second line</p>');
    expect(c.querySelector('[part~=like]')!.textContent).to.equal('♡Like 0');
    expect(c.querySelector('[part~=like] [part~=icon]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(c.querySelector('[part~=like]')!.getAttribute('aria-pressed')).to.equal('false');
    expect(c.querySelector('[part~=reply]')!.textContent).to.equal('Reply');
    expect($(el, '[part~=heading]')!.textContent).to.equal('1 comment');
  });

  it('brings the relative times up to date by themselves, touching nothing else, less often as comments age, never while hidden', async () => {
    const thread = newThread();
    await post(thread, { body: 'timely' });
    const el = await wall(thread);
    const article = $(el, '[part~=comment]')!;
    const body = $(el, '[part~=body]')!;
    const time = $<HTMLTimeElement>(el, 'time')!;
    const at = Date.parse(time.dateTime);
    expect(time.textContent).to.equal('now');
    // The wall's clock moved on by hand (the same call its timer makes), and the timers it plans seen.
    const planned: number[] = [];
    const realTimeout = window.setTimeout;
    window.setTimeout = ((fn: () => void, ms?: number) => (planned.push(ms!), realTimeout(fn, ms))) as typeof setTimeout;
    try {
      el.refreshTimes(at + 5 * 60_000);
      expect(time.textContent).to.equal('5 minutes ago');
      expect($(el, 'time'), 'the same nodes, only their text changed').to.equal(time);
      expect([$(el, '[part~=comment]'), $(el, '[part~=body]')]).to.deep.equal([article, body]);
      el.refreshTimes(at + 3 * 3_600_000);
      expect(time.textContent).to.equal('3 hours ago');
      el.refreshTimes(at + 40 * 86_400_000);
      expect(time.textContent).to.equal('last month');
      const [young, hours, old] = planned;
      expect(young).to.be.at.least(15_000);
      expect(hours).to.be.above(young);
      expect(old).to.be.above(hours).and.at.most(3_600_000);
      // Hidden: the texts still follow a call, but nothing is planned until the page is seen again.
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      planned.length = 0;
      el.refreshTimes(at + 2 * 60_000);
      expect(time.textContent).to.equal('2 minutes ago');
      expect(planned).to.deep.equal([]);
      delete (document as { hidden?: boolean }).hidden;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(time.textContent, 'seen again: brought up to date at once').to.equal('now');
      expect(planned.length).to.equal(1);
    } finally {
      window.setTimeout = realTimeout;
      delete (document as { hidden?: boolean }).hidden;
    }
  });

  it('shows comments newest first by default', async () => {
    const thread = newThread();
    await seed(thread, ['one', 'two', 'three']);
    const el = await wall(thread);
    expect(bodies(el)).to.deep.equal(['three', 'two', 'one']);
    expect($(el, '[part~=heading]')!.textContent).to.equal('3 comments');
  });

  it('says when there are no comments yet, and keeps the write control', async () => {
    const el = await wall(newThread());
    expect($(el, '[part~=notice]')!.textContent).to.equal('No comments yet.');
    expect($(el, '[part~=write]')!.textContent).to.equal('Write a comment');
  });
});

describe('<smm-comments> threads, order and pages', () => {
  beforeEach(() => localStorage.clear());

  it('nests replies to the depth, then lists deeper ones flat with "in reply to"', async () => {
    const thread = newThread();
    const [top] = await seed(thread, ['top']);
    const [r1] = await seed(thread, ['level 2'], { parent: top.id });
    const [r2] = await seed(thread, ['level 3'], { parent: r1.id });
    const [r3] = await seed(thread, ['level 4'], { parent: r2.id });
    await seed(thread, ['level 5'], { parent: r3.id });
    const el = await wall(thread);
    const depthOf = (body: string) => {
      const c = $$(el, '[part~=comment]').find((a) => a.querySelector('[part~=body]')!.textContent == body)!;
      let d = 0;
      for (let n: Element | null = c; n; n = n.parentElement) if (n.matches('ol')) d++;
      return [d, c.querySelector('[part~=reply-to]')?.textContent ?? ''];
    };
    expect(depthOf('top')).to.deep.equal([1, '']);
    expect(depthOf('level 2')).to.deep.equal([2, '']);
    expect(depthOf('level 3')).to.deep.equal([3, '']);
    expect(depthOf('level 4')).to.deep.equal([3, 'in reply to Author of level 3']);
    expect(depthOf('level 5')).to.deep.equal([3, 'in reply to Author of level 4']);
    expect(bodies(el)).to.deep.equal(['top', 'level 2', 'level 3', 'level 4', 'level 5']);

    el.depth = 1;
    await el.updateComplete;
    expect(depthOf('level 2')).to.deep.equal([1, 'in reply to Author of top']);
    expect(bodies(el)).to.deep.equal(['top', 'level 2', 'level 3', 'level 4', 'level 5']);
  });

  it('remembers the order the reader picks on this device, for other walls too', async () => {
    const thread = newThread();
    await seed(thread, ['one', 'two', 'three']);
    const liked = await post(thread, { body: 'liked most' });
    await fetch(`/v1/comments/${liked.comment.id}/like`, { method: 'POST', body: JSON.stringify({ reader: 'reader-aaaaaaaaaaaa' }), headers: { 'Content-Type': 'application/json' } });
    const el = await wall(thread);
    const select = $<HTMLSelectElement>(el, '[part~=sort]')!;
    expect(select.labels![0].textContent).to.contain('Sort by');
    select.focus();
    select.value = 'oldest';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(bodies(el)).to.deep.equal(['one', 'two', 'three', 'liked most']);
    expect(el.shadowRoot!.activeElement).to.equal(select, 'the choice keeps focus');
    const again = await wall(thread);
    expect(bodies(again)).to.deep.equal(['one', 'two', 'three', 'liked most']);
    $<HTMLSelectElement>(again, '[part~=sort]')!.value = 'top';
    $<HTMLSelectElement>(again, '[part~=sort]')!.dispatchEvent(new Event('change'));
    await again.updateComplete;
    expect(bodies(again)[0]).to.equal('liked most');
    expect(localStorage.getItem('smm:comments-sort')).to.equal('"top"');
  });

  it('pages through top-level comments and long reply lists with "show more"', async () => {
    const thread = newThread();
    const [top] = await seed(thread, ['c1', 'c2', 'c3', 'c4', 'c5']);
    await seed(thread, ['r1', 'r2', 'r3'], { parent: top.id });
    const el = await wall(thread, { 'page-size': '2', sort: 'oldest' });
    expect(bodies(el)).to.deep.equal(['c1', 'r1', 'r2', 'r3', 'c2']);
    const more = $(el, '#m-')!;
    expect(more.textContent).to.equal('Show more comments');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(bodies(el)).to.deep.equal(['c1', 'r1', 'r2', 'r3', 'c2', 'c3', 'c4']);
    expect(el.shadowRoot!.activeElement).to.equal(more);
    more.click();
    await el.updateComplete;
    expect(bodies(el).slice(-1)).to.deep.equal(['c5']);
    expect($(el, '#m-')).to.equal(null);
    // The button went with the last page: focus is on the first comment it brought.
    expect(el.shadowRoot!.activeElement!.textContent).to.contain('c5');
  });

  it('loads more replies under a top-level comment on demand', async () => {
    const thread = newThread();
    const [top] = await seed(thread, ['top']);
    const replies = Array.from({ length: 53 }, (_, i) => `reply ${i + 1}`);
    await seed(thread, replies, { parent: top.id });
    const el = await wall(thread);
    expect(bodies(el)).to.have.length(51);
    const more = $(el, `#m-${top.id}`)!;
    expect(more.textContent).to.equal('Show more replies');
    more.click();
    await el.updateComplete;
    expect(bodies(el)).to.deep.equal(['top', ...replies]);
    expect($(el, `#m-${top.id}`)).to.equal(null);
  });

  it('shows an error with a retry when the server cannot be reached, and recovers', async () => {
    const thread = newThread();
    await seed(thread, ['kept']);
    const el = await wall(thread, { endpoint: 'http://127.0.0.1:9/' });
    expect($(el, '[part~=notice]')!.textContent).to.equal('The comments could not be loaded.');
    expect($(el, '[part~=retry]')!.textContent).to.equal('Try again');
    el.endpoint = location.origin;
    await el.updateComplete;
    expect(bodies(el)).to.deep.equal(['kept']);
  });
});

describe('<smm-comment-count>', () => {
  it('asks for every count on the page in one request', async () => {
    const [a, b, c] = [newThread(), newThread(), newThread()];
    await seed(a, ['x']);
    await seed(b, ['x', 'y']);
    const asked: string[] = [];
    const observer = new PerformanceObserver((l) => l.getEntries().forEach((e) => e.name.includes('/v1/comments/counts') && asked.push(e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const box = await fixture(html`<div>
      <smm-comment-count endpoint=${ENDPOINT} thread=${a}></smm-comment-count>
      <smm-comment-count endpoint=${ENDPOINT} thread=${b}></smm-comment-count>
      <smm-comment-count endpoint=${ENDPOINT} thread=${c} lang="it"></smm-comment-count></div>`);
    const counts = [...box.querySelectorAll('smm-comment-count')];
    await waitUntil(() => counts.every((e) => e.shadowRoot!.textContent), 'counts shown', { timeout: 8000 });
    expect(counts.map((e) => e.shadowRoot!.textContent)).to.deep.equal(['1 comment', '2 comments', '0 commenti']);
    await waitUntil(() => asked.length > 0);
    observer.disconnect();
    expect(asked).to.have.length(1);
    expect(new URL(asked[0]).searchParams.getAll('thread')).to.have.members([a, b, c]);
  });
});
