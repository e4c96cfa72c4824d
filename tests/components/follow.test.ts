import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import '../../src/components/follow/smm-follow.js';
import type { SmmFollow } from '../../src/components/follow/follow.js';
import { promptStyles } from '../../src/components/follow/prompt.styles.js';
import { registerLocale } from '../../src/i18n/localize.js';
import { it as italian } from '../../src/i18n/locales/it.js';
import { warnings } from './helpers.js';

const links = (el: SmmFollow) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="button"]')];
const part = (el: SmmFollow, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const panel = (el: SmmFollow) => part(el, 'prompt');


/** A fake clock for the time trigger: replaces setTimeout/clearTimeout until restored. */
function fakeClock() {
  const real = { set: window.setTimeout, clear: window.clearTimeout };
  const timers = new Map<number, { at: number; fn: () => void }>();
  let now = 0;
  let next = 1;
  window.setTimeout = ((fn: () => void, ms = 0) => {
    timers.set(next, { at: now + ms, fn });
    return next++;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number) => void timers.delete(id)) as typeof window.clearTimeout;
  return {
    tick(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
    },
    get pending() {
      return timers.size;
    },
    restore() {
      window.setTimeout = real.set;
      window.clearTimeout = real.clear;
    },
  };
}

/** Pretends the device has a touch screen (coarse pointer) until restored. */
function coarsePointer(): () => void {
  const real = window.matchMedia;
  window.matchMedia = ((q: string) => ({ matches: q.includes('coarse'), media: q }) as MediaQueryList) as typeof window.matchMedia;
  return () => (window.matchMedia = real);
}

let keyN = 0;
/** A storage key of its own for each test: the "page view" memory is per key. */
const freshKey = () => `smm-test:follow-${Date.now()}-${keyN++}`;

/** Makes the page tall enough to scroll, with an end-of-article marker far down. */
function tallPage(): () => void {
  const div = document.createElement('div');
  div.style.blockSize = '5000px';
  div.innerHTML = '<p id="article-end" style="margin-block-start: 4000px">The end.</p>';
  document.body.append(div);
  return () => {
    div.remove();
    scrollTo(0, 0);
  };
}

async function scrollToY(y: number): Promise<void> {
  scrollTo(0, y);
  await aTimeout(50);
}

describe('<smm-follow> buttons', () => {
  before(() => registerLocale('it', italian));

  it('renders one labelled link per profile, in the author\'s order, opening a new tab without opener', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow instagram="@trattoria" facebook="trattoria" rss="https://blog.example/feed" newsletter="mailto:news@blog.example"></smm-follow>`);
    const bar = part(el, 'bar')!;
    expect(bar.getAttribute('role')).to.equal('group');
    expect(bar.getAttribute('aria-label')).to.equal('Follow us');
    const a = links(el);
    expect(a.map((l) => l.getAttribute('part'))).to.deep.equal(['button instagram', 'button facebook', 'button rss', 'button newsletter']);
    expect(a.map((l) => l.href)).to.deep.equal([
      'https://www.instagram.com/trattoria', 'https://www.facebook.com/trattoria', 'https://blog.example/feed', 'mailto:news@blog.example',
    ]);
    expect(a[0].getAttribute('aria-label')).to.equal('Follow on Instagram, opens in a new window');
    expect(a[1].getAttribute('aria-label')).to.equal('Follow on Facebook, opens in a new window');
    expect(a[2].getAttribute('aria-label')).to.equal('Subscribe to RSS feed, opens in a new window');
    expect(a[3].getAttribute('aria-label')).to.equal('Subscribe to Newsletter');
    expect(a[3].hasAttribute('target')).to.equal(false);
    for (const l of a.slice(0, 3)) {
      expect(l.target).to.equal('_blank');
      expect(l.rel).to.equal('noopener noreferrer');
    }
    expect(a.map((l) => l.textContent!.trim())).to.deep.equal(['Instagram', 'Facebook', 'RSS feed', 'Newsletter']);
    await expect(el).to.be.accessible();
  });

  it('takes a profiles list; a network attribute wins over the list', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow x="smmkit" profiles="youtube:@trattoria, mastodon:@trattoria@mastodon.social, x:other"></smm-follow>`);
    expect(links(el).map((l) => l.href)).to.deep.equal([
      'https://x.com/smmkit', 'https://www.youtube.com/@trattoria', 'https://mastodon.social/@trattoria',
    ]);
  });

  it('reads the profiles list separated by commas, spaces or new lines', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow profiles="github: smm-kit
      rss:/feed.xml newsletter:mailto:news@blog.example,twitch:smmkit"></smm-follow>`);
    expect(links(el).map((l) => l.href)).to.deep.equal([
      'https://github.com/smm-kit', new URL('/feed.xml', document.baseURI).href, 'mailto:news@blog.example', 'https://www.twitch.tv/smmkit',
    ]);
  });

  it('refuses values that are not that network\'s profile, with one warning each', async () => {
    let el!: SmmFollow;
    const said = await warnings(async () => {
      el = await fixture<SmmFollow>(html`<smm-follow
        facebook="https://www.youtube.com/@trattoria" instagram="javascript:alert(1)" rss="data:text/xml,<rss/>"
        github="ftp://github.com/x" x="not a handle!" profiles="myspace:tom, garbage" threads="@ok"></smm-follow>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(links(el).map((l) => l.getAttribute('part'))).to.deep.equal(['button threads']);
    expect(said).to.have.length(7);
    expect(said.find((s) => s.includes('facebook'))).to.equal(
      'smm-follow: facebook "https://www.youtube.com/@trattoria" is not a Facebook profile; expected a handle or a URL on facebook.com. Ignored.',
    );
    for (const id of ['instagram "', 'rss "', 'github "', 'x "not a handle!"', 'myspace', 'garbage']) expect(said.some((s) => s.includes(id)), id).to.equal(true);
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('takes the site\'s profiles and look from <meta name="smm:…">, and attributes win over them', async () => {
    const metas = ['profiles', 'variant'].map((n) => {
      const m = document.createElement('meta');
      m.name = `smm:${n}`;
      m.content = n === 'profiles' ? 'github:smm-kit, twitch:smmkit' : 'outline';
      document.head.append(m);
      return m;
    });
    try {
      const el = await fixture<SmmFollow>(html`<smm-follow></smm-follow>`);
      expect(links(el).map((l) => l.href)).to.deep.equal(['https://github.com/smm-kit', 'https://www.twitch.tv/smmkit']);
      expect(el.variant).to.equal('outline');
      expect(el.hasAttribute('profiles')).to.equal(false, 'the author markup is not rewritten');
      const own = await fixture<SmmFollow>(html`<smm-follow profiles="x:smmkit" variant="mono"></smm-follow>`);
      expect(links(own).map((l) => l.href)).to.deep.equal(['https://x.com/smmkit']);
      expect(own.variant).to.equal('mono');
    } finally {
      metas.forEach((m) => m.remove());
    }
  });

  it('fires a cancelable smm-follow with the network and the profile URL', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow storage-key=${freshKey()} bluesky="trattoria.bsky.social"></smm-follow>`);
    const a = links(el)[0];
    let defaultPrevented = false;
    const stop = (e: Event) => {
      e.preventDefault(); // the host page vetoes; also keeps the test from opening a tab
      defaultPrevented = true;
    };
    document.addEventListener('smm-follow', stop);
    const heard = oneEvent(document, 'smm-follow');
    a.click();
    const e = await heard;
    document.removeEventListener('smm-follow', stop);
    expect(e.detail).to.deep.equal({ network: 'bluesky', url: 'https://bsky.app/profile/trattoria.bsky.social' });
    expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
    expect(defaultPrevented).to.equal(true);
  });

  it('shows follower counts given by the site beside the link, formatted for the reader', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow instagram="trattoria" youtube="@trattoria" followers="instagram:12400, youtube:3100"></smm-follow>`);
    const counts = [...el.shadowRoot!.querySelectorAll('[part~="count"]')];
    expect(counts.map((c) => c.querySelector('[aria-hidden]')!.textContent)).to.deep.equal(['12.4K', '3.1K']);
    expect(counts[0].querySelector('.sr')!.textContent).to.equal('Followers: 12.4K');
    expect(links(el)[0].getAttribute('aria-label')).to.equal('Follow on Instagram, opens in a new window');
    await expect(el).to.be.accessible();
  });

  it('speaks the reader\'s language', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow lang="it" labels="full" instagram="trattoria"></smm-follow>`);
    await waitUntil(() => links(el).length === 1);
    expect(part(el, 'bar')!.getAttribute('aria-label')).to.not.equal('Follow us');
    expect(links(el)[0].getAttribute('aria-label')).to.not.match(/^Follow on/);
  });

  it('keeps the focused link focused and the same node through language, label and profile changes', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow instagram="trattoria" facebook="trattoria" github="smm-kit"></smm-follow>`);
    const [ig, fb] = links(el);
    fb.focus();
    el.lang = 'it';
    el.labels = 'full';
    await waitUntil(() => fb.textContent === 'Segui su Facebook', 'the link speaks Italian');
    await el.updateComplete;
    el.github = '';
    await el.updateComplete;
    expect(links(el)).to.deep.equal([ig, fb], 'the same links, the one after them gone');
    expect(el.shadowRoot!.activeElement).to.equal(fb);
    expect(fb.getAttribute('aria-label')).to.equal('Segui su Facebook, si apre in una nuova finestra');
    expect(part(el, 'bar')!.getAttribute('aria-label')).to.equal('Seguici');
  });

  it('updates the follower count in place of the old one when followers changes', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow instagram="trattoria" youtube="@trattoria" followers="instagram:12400"></smm-follow>`);
    const root = el.shadowRoot!;
    const [ig] = links(el);
    const shown = () => [...root.querySelectorAll('[part~="count"]')].map((c) => c.querySelector('[aria-hidden]')!.textContent);
    expect(shown()).to.deep.equal(['12.4K']);
    el.followers = 'instagram:13000, youtube:3100';
    await el.updateComplete;
    expect(shown()).to.deep.equal(['13K', '3.1K']);
    expect(root.querySelector('[part~="count"] .sr')!.textContent).to.equal('Followers: 13K');
    expect(links(el)[0]).to.equal(ig);
    el.followers = '';
    await el.updateComplete;
    expect(shown()).to.deep.equal([]);
    expect(root.querySelectorAll('.pair')).to.have.length(0);
    expect([...part(el, 'bar')!.children]).to.deep.equal(links(el), 'the links are back in the bar itself');
  });

  it('keeps a focused link focused when its follower count comes, changes and goes', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow instagram="trattoria" youtube="@trattoria" x="smmkit"></smm-follow>`);
    const root = el.shadowRoot!;
    const [, yt] = links(el);
    yt.focus();
    for (const followers of ['youtube:3100', 'youtube:3200, instagram:12', '', 'x:5']) {
      el.followers = followers;
      await el.updateComplete;
      expect(root.activeElement, followers || 'no counts').to.equal(yt);
      expect(links(el)[1]).to.equal(yt);
    }
    expect(yt.closest('.pair')).to.equal(null);
    el.followers = 'youtube:1';
    await el.updateComplete;
    expect(yt.closest('.pair')!.parentElement).to.equal(part(el, 'bar'), 'the pair is in the bar, in the link\'s place');
    expect([...part(el, 'bar')!.querySelectorAll('a')]).to.deep.equal(links(el));
    expect(root.activeElement).to.equal(yt);
  });

  it('never duplicates nodes across many updates, and drops the ones no longer wanted', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow instagram="trattoria" x="smmkit" rss="https://blog.example/feed"
      followers="x:120"></smm-follow>`);
    const root = el.shadowRoot!;
    for (const [labels, lang] of [['none', 'it'], ['full', 'en'], ['short', 'it'], ['none', 'en']] as const) {
      el.labels = labels;
      el.lang = lang;
      el.followers = el.followers === 'x:120' ? 'x:121, rss:5' : 'x:120';
      await waitUntil(() => part(el, 'bar')!.getAttribute('aria-label') === (lang === 'it' ? 'Seguici' : 'Follow us'));
      await el.updateComplete;
    }
    expect(root.children).to.have.length(1, 'the bar alone');
    expect(root.querySelectorAll('[part~="bar"]')).to.have.length(1);
    expect(links(el)).to.have.length(3);
    expect(root.querySelectorAll('[part~="icon"]')).to.have.length(3);
    expect(root.querySelectorAll('[part~="label"]')).to.have.length(0);
    expect(root.querySelectorAll('[part~="count"]')).to.have.length(1);
    for (const a of links(el)) expect(a.childNodes).to.have.length(1, a.getAttribute('part')!);
    el.labels = 'short';
    el.x = '';
    await el.updateComplete;
    expect(links(el).map((a) => a.getAttribute('part'))).to.deep.equal(['button instagram', 'button rss']);
    expect(root.querySelectorAll('[part~="label"]')).to.have.length(2);
    expect(root.querySelectorAll('[part~="count"]')).to.have.length(0);
  });

  it('sets the brand colour through the CSSOM (allowed by a strict CSP), and follows a click on the glyph', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow storage-key=${freshKey()} github="smm-kit"></smm-follow>`);
    const a = links(el)[0];
    expect(a.style.getPropertyValue('--_brand')).to.equal('#24292f');
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('smm-follow', veto);
    const heard = oneEvent(document, 'smm-follow');
    let clickPrevented = false;
    // Seen from the host, as the page's own click handlers see it.
    el.addEventListener('click', (e) => (clickPrevented = e.defaultPrevented), { once: true });
    part(el, 'icon')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    const e = await heard;
    document.removeEventListener('smm-follow', veto);
    expect(e.detail).to.deep.equal({ network: 'github', url: 'https://github.com/smm-kit' });
    expect(clickPrevented).to.equal(true, 'a vetoed follow keeps the link from opening');
  });

  for (const variant of ['brand', 'outline', 'mono', 'minimal']) {
    it(`passes axe in the ${variant} variant, with every network`, async () => {
      const el = await fixture<SmmFollow>(html`<smm-follow variant=${variant} labels="full" facebook="a.b" instagram="ab" x="ab" youtube="@abc"
        linkedin="in/abc" tiktok="ab" pinterest="abc" threads="ab" bluesky="abc" mastodon="@a@b.social" flickr="ab" behance="abc"
        slideshare="abc" tumblr="ab" telegram="abcde" whatsapp="0029VaAbCdEfGhIjKlMnOp12" github="ab" twitch="abc"
        rss="https://a.example/feed" newsletter="https://a.example/news"></smm-follow>`);
      expect(links(el)).to.have.length(20);
      await expect(el).to.be.accessible();
    });
  }

  it('checks appearance attributes like <smm-share>, falling back with one warning', async () => {
    const said = await warnings(async () => {
      const el = await fixture<SmmFollow>(html`<smm-follow variant="neon" mode="popup" instagram="ab"></smm-follow>`);
      expect(el.variant).to.equal('brand');
      expect(el.mode).to.equal('buttons');
    });
    expect(said.filter((s) => s.includes('variant="neon"'))).to.have.length(1);
    expect(said.filter((s) => s.includes('mode="popup"'))).to.have.length(1);
  });
});

describe('<smm-follow mode="prompt">', () => {
  let cleanup: Array<() => void> = [];
  afterEach(() => {
    cleanup.forEach((f) => f());
    cleanup = [];
  });

  it('shows after the scroll depth, without stealing focus, announced politely, and takes no room', async () => {
    cleanup.push(tallPage());
    const before = document.createElement('button');
    before.textContent = 'Reader was here';
    document.body.prepend(before);
    cleanup.push(() => before.remove());
    before.focus();
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-scroll="60%" storage-key=${freshKey()} instagram="trattoria"></smm-follow>`);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(panel(el)).to.equal(null);
    await scrollToY(1000);
    expect(el.open).to.equal(false, '1000px is not 60%');
    const room = document.documentElement.scrollHeight - innerHeight;
    await scrollToY(Math.ceil(room * 0.61));
    await waitUntil(() => el.open);
    await el.updateComplete;
    const p = panel(el)!;
    expect(p.localName).to.equal('aside');
    expect(getComputedStyle(p).position).to.equal('fixed');
    expect(p.getAttribute('aria-labelledby')).to.equal('h');
    expect(el.shadowRoot!.getElementById('h')!.textContent).to.equal('Follow us');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Follow us. Enjoying this? Follow us for more.');
    expect(document.activeElement).to.equal(before);
    expect(el.getBoundingClientRect().height).to.equal(0, 'the prompt moves nothing in the page');
    const close = part(el, 'close')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    expect(close.getBoundingClientRect().width).to.be.at.least(24);
    await expect(el).to.be.accessible();
  });

  it('causes no layout shift when it appears (measured by the browser)', async () => {
    const el = await fixture<SmmFollow>(html`<div><p>Before</p><smm-follow mode="prompt" after-seconds="100" storage-key=${freshKey()}
      instagram="trattoria"></smm-follow><p>After: this text must not move.</p></div>`).then((d) => d.querySelector('smm-follow')!);
    await aTimeout(300);
    const shifts: string[] = [];
    const po = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        const s = e as PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> };
        shifts.push(`${s.value} ${s.sources?.map((x) => (x.node as Element | undefined)?.outerHTML?.slice(0, 80)).join(' | ')}`);
      }),
    );
    po.observe({ type: 'layout-shift' });
    el.show();
    await el.updateComplete;
    await aTimeout(500);
    po.disconnect();
    expect(el.open).to.equal(true);
    expect(shifts).to.deep.equal([]);
  });

  it('shows after the given seconds on a fake clock', async () => {
    const clock = fakeClock();
    cleanup.push(() => clock.restore());
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="30" storage-key=${freshKey()} github="smm-kit"></smm-follow>`);
    clock.tick(29_000);
    expect(el.open).to.equal(false);
    clock.tick(1_000);
    expect(el.open).to.equal(true);
    expect(clock.pending).to.equal(0);
  });

  it('shows when the end of the article is scrolled into view', async () => {
    cleanup.push(tallPage());
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" at="#article-end" storage-key=${freshKey()} x="smmkit"></smm-follow>`);
    await scrollToY(1500);
    expect(el.open).to.equal(false);
    document.getElementById('article-end')!.scrollIntoView();
    await waitUntil(() => el.open, 'the end of the article came into view');
  });

  it('warns once when the end-of-article selector matches nothing', async () => {
    const said = await warnings(() => fixture(html`<smm-follow mode="prompt" at="#nowhere" storage-key=${freshKey()} x="smmkit"></smm-follow>`));
    expect(said).to.deep.equal(['smm-follow: at="#nowhere" matches no element; that trigger is off.']);
  });

  it('shows on exit intent on desktop: the pointer leaves through the top', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" exit-intent storage-key=${freshKey()} x="smmkit"></smm-follow>`);
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 300, relatedTarget: null, bubbles: true }));
    expect(el.open).to.equal(false, 'leaving through the side is not exit intent');
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: null, bubbles: true }));
    expect(el.open).to.equal(true);
  });

  it('on touch screens waits for the reader to interact, and has no exit intent', async () => {
    cleanup.push(coarsePointer());
    const clock = fakeClock();
    cleanup.push(() => clock.restore());
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="5" exit-intent storage-key=${freshKey()} x="smmkit"></smm-follow>`);
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: null }));
    clock.tick(10_000);
    expect(el.open).to.equal(false, 'no interaction yet');
    // A script's events and scrolls are not the reader's.
    window.dispatchEvent(new Event('touchstart'));
    window.dispatchEvent(new Event('scroll'));
    clock.tick(10_000);
    expect(el.open).to.equal(false, 'a synthetic touchstart or scroll is not an interaction');
    await sendKeys({ press: 'Shift' });
    expect(el.open).to.equal(false, 'it waits for the reader to rest at the end of the page');
    clock.tick(1_000);
    expect(el.open).to.equal(true);
  });

  it('on touch screens a script\'s scrollIntoView is no interaction, and the sheet waits for the end of the page', async () => {
    cleanup.push(coarsePointer());
    cleanup.push(tallPage());
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" at="#article-end" storage-key=${freshKey()} x="smmkit"></smm-follow>`);
    await scrollToY(1500);
    document.getElementById('article-end')!.scrollIntoView();
    await aTimeout(1500);
    expect(el.open).to.equal(false, 'scrolled by a script: no interaction');
    await sendKeys({ press: 'Shift' });
    await aTimeout(1200);
    expect(el.open).to.equal(false, 'not at the end of the page yet');
    scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => el.open, 'at rest at the end of the page', { timeout: 4000 });
  });

  it('on a narrow screen the sheet makes room for itself instead of covering the page, and goes when the reader scrolls back', async () => {
    await setViewport({ width: 390, height: 700 });
    cleanup.push(() => setViewport({ width: 800, height: 600 }));
    cleanup.push(tallPage());
    scrollTo(0, document.documentElement.scrollHeight);
    const before = document.documentElement.scrollHeight;
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" storage-key=${freshKey()} x="smmkit"></smm-follow>`);
    await waitUntil(() => el.open);
    const sheet = el.shadowRoot!.querySelector('[part~="prompt"]')!;
    await waitUntil(() => document.documentElement.scrollHeight > before, 'the page grew by the sheet');
    const height = sheet.getBoundingClientRect().height;
    expect(document.documentElement.scrollHeight - before).to.be.closeTo(height, 1);
    await waitUntil(() => Math.abs(scrollY + innerHeight - document.documentElement.scrollHeight) < 2, 'scrolled to the new end');
    scrollTo(0, 0);
    await waitUntil(() => !el.open, 'scrolling back up puts it away');
    expect(document.documentElement.scrollHeight).to.equal(before);
  });

  it('respects the cap across reloads, and allows it again once the period is over', async () => {
    const key = freshKey();
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" cap="1/7d" storage-key=${key} x="smmkit"></smm-follow>`);
    await waitUntil(() => el.open);
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.shown).to.have.length(1);
    el.remove();
    const again = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" cap="1/7d" storage-key=${key} x="smmkit"></smm-follow>`);
    await aTimeout(50);
    expect(again.open).to.equal(false, 'once a week means not again on reload');

    // A new page view eight days later (a key this page has not shown yet, with the old record).
    const later = freshKey();
    localStorage.setItem(later, JSON.stringify({ shown: [Date.now() - 8 * 86_400_000] }));
    const next = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" cap="1/7d" storage-key=${later} x="smmkit"></smm-follow>`);
    await waitUntil(() => next.open);
    expect(JSON.parse(localStorage.getItem(later)!).shown).to.have.length(1, 'old shows are forgotten');
  });

  it('ignores a malformed after-seconds with one warning instead of showing at once', async () => {
    let el!: SmmFollow;
    const said = await warnings(async () => {
      el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="soon" storage-key=${freshKey()} x="a_b"></smm-follow>`);
      await aTimeout(50);
    });
    expect(el.open).to.equal(false);
    expect(said).to.deep.equal(['smm-follow: after-seconds="soon" is not a number of seconds; ignored.']);
  });

  it('warns about a malformed cap and uses 1/7d', async () => {
    const said = await warnings(() => fixture(html`<smm-follow mode="prompt" cap="often" after-seconds="100" storage-key=${freshKey()} x="a_b"></smm-follow>`));
    expect(said).to.deep.equal(['smm-follow: cap="often" is not a cap such as 1/7d (N per m, h, d or w) or none; using 1/7d.']);
  });

  it('is dismissed by its close button, and the dismissal is remembered', async () => {
    const key = freshKey();
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" cap="3/1d" storage-key=${key} x="smmkit"></smm-follow>`);
    await waitUntil(() => el.open);
    await el.updateComplete;
    part(el, 'close')!.click();
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    expect(JSON.parse(localStorage.getItem(key)!).dismissed).to.be.a('number');
  });

  it('is dismissed by Escape pressed anywhere, and focus inside goes back where it came from', async () => {
    const key = freshKey();
    const outside = document.createElement('input');
    document.body.prepend(outside);
    cleanup.push(() => outside.remove());
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" storage-key=${key} x="smmkit"></smm-follow>`);
    await waitUntil(() => el.open);
    await el.updateComplete;
    outside.focus();
    links(el)[0].focus(); // the reader tabs into the prompt
    expect(el.shadowRoot!.activeElement).to.equal(links(el)[0]);
    links(el)[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(outside);
    expect(JSON.parse(localStorage.getItem(key)!).dismissed).to.be.a('number');
  });

  it('keeps focus on its close button through re-renders, and gives it back on close', async () => {
    const outside = document.createElement('input');
    document.body.prepend(outside);
    cleanup.push(() => outside.remove());
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" storage-key=${freshKey()} x="smmkit"></smm-follow>`);
    await waitUntil(() => el.open);
    await el.updateComplete;
    const p = panel(el)!;
    const close = part(el, 'close')!;
    outside.focus();
    close.focus(); // the reader tabs into the prompt
    el.lang = 'it';
    el.labels = 'full';
    await waitUntil(() => close.getAttribute('aria-label') === 'Chiudi', 'the prompt speaks Italian');
    await el.updateComplete;
    expect(panel(el)).to.equal(p);
    expect(part(el, 'close')).to.equal(close);
    expect(el.shadowRoot!.activeElement).to.equal(close);
    expect(el.shadowRoot!.getElementById('h')!.textContent).to.equal('Seguici');
    close.click();
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    expect(document.activeElement).to.equal(outside);
  });

  it('keeps its panel, live text and slot as the same nodes through updates, never duplicated', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" storage-key=${freshKey()} x="smmkit"
      followers="x:120"><b slot="message">Fresh bread daily.</b></smm-follow>`);
    await waitUntil(() => el.open);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const status = root.querySelector('[role="status"]')!;
    const said = status.firstChild;
    const p = panel(el)!;
    const slot = root.querySelector('slot')!;
    expect(slot.name).to.equal('message');
    expect(slot.textContent).to.equal('Enjoying this? Follow us for more.', 'the default message, shown without a slotted one');
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Fresh bread daily.']);
    for (const labels of ['none', 'full', 'short'] as const) {
      el.labels = labels;
      el.followers = labels === 'full' ? 'x:121' : 'x:120';
      await el.updateComplete;
    }
    expect(status.firstChild).to.equal(said, 'the live region is not re-announced');
    expect(status.textContent).to.equal('Follow us. Fresh bread daily.');
    expect(panel(el)).to.equal(p);
    expect(root.querySelector('slot')).to.equal(slot);
    expect([...root.children].map((c) => c.localName)).to.deep.equal(['span', 'aside']);
    expect([...p.children].map((c) => c.getAttribute('part'))).to.deep.equal(['heading', 'message', 'bar', 'close']);
    expect(root.querySelectorAll('[part~="button"]')).to.have.length(1);
    expect(root.querySelectorAll('[part~="count"]')).to.have.length(1);
    expect(root.querySelectorAll('[part~="icon"]')).to.have.length(2, 'the link\'s and the close button\'s');
    el.hide();
    await el.updateComplete;
    expect([...root.children]).to.deep.equal([status], 'only the live region stays, emptied');
    expect(status.textContent).to.equal('');
  });

  it('is never shown twice in one page view, even when re-created', async () => {
    const key = freshKey();
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" cap="none" storage-key=${key} x="smmkit"></smm-follow>`);
    await waitUntil(() => el.open);
    el.hide();
    el.show();
    expect(el.open).to.equal(false);
    el.remove();
    const again = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" cap="none" storage-key=${key} x="smmkit"></smm-follow>`);
    await aTimeout(50);
    expect(again.open).to.equal(false);
  });

  it('never prompts a reader who already followed, from any bar using the same key', async () => {
    const key = freshKey();
    const bar = await fixture<SmmFollow>(html`<smm-follow storage-key=${key} x="smmkit"></smm-follow>`);
    const a = links(bar)[0];
    a.addEventListener('click', (e) => e.preventDefault()); // no real tab in the test
    a.click();
    expect(JSON.parse(localStorage.getItem(key)!).followed).to.be.a('number');
    const prompt = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" cap="none" storage-key=${key} x="smmkit"></smm-follow>`);
    await aTimeout(50);
    expect(prompt.open).to.equal(false);
  });

  it('closes when the reader follows from the prompt', async () => {
    const key = freshKey();
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" storage-key=${key} x="smmkit"></smm-follow>`);
    await waitUntil(() => el.open);
    await el.updateComplete;
    const a = links(el)[0];
    a.addEventListener('click', (e) => e.preventDefault());
    a.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(JSON.parse(localStorage.getItem(key)!).dismissed).to.equal(undefined);
  });

  it('takes its message from the slot, and announces it', async () => {
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="0" storage-key=${freshKey()} instagram="trattoria"
      ><span slot="message">New recipes every Friday.</span></smm-follow>`);
    await waitUntil(() => el.open);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Follow us. New recipes every Friday.');
    await expect(el).to.be.accessible();
  });

  it('is a bottom sheet of at most 25 % of the viewport on narrow screens, and does not animate under reduced motion', async () => {
    // Inspect the stylesheets the element has adopted, its own and the prompt's (added with the
    // prompt's code): the test browser's viewport and motion preference are fixed.
    const el = await fixture<SmmFollow>(html`<smm-follow mode="prompt" after-seconds="100" storage-key=${freshKey()} x="smmkit"></smm-follow>`);
    const own = (customElements.get('smm-follow') as unknown as { styles: CSSResult[] }).styles;
    const adopted = el.shadowRoot!.adoptedStyleSheets;
    expect(adopted).to.include(promptStyles.styleSheet, 'the prompt\'s styles reach the element');
    const css = [...own, promptStyles].map((s) => s.cssText).join('\n');
    expect(css).to.match(/@media \(max-width: 767\.98px\)[\s\S]*max-block-size: 25vh/);
    expect(css).to.match(/@media \(prefers-reduced-motion: reduce\)[\s\S]*animation: none !important/);
  });
});
