import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/share/smm-share.js';
import { registerLocale } from '../../src/i18n/localize.js';
import { it as italian } from '../../src/i18n/locales/it.js';
import { SmmShare } from '../../src/components/share/share.js';
import { define } from '../../src/shared/define.js';
import { warnings } from './helpers.js';

const links = (el: SmmShare) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="button"]')];
const part = (el: SmmShare, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;


function addHead(html: string): () => void {
  const t = document.createElement('template');
  t.innerHTML = html;
  const nodes = [...t.content.childNodes];
  document.head.append(...nodes);
  return () => nodes.forEach((n) => (n as ChildNode).remove());
}

describe('<smm-share>', () => {
  before(() => registerLocale('it', italian));

  it('renders one labelled link per network, in order, opening a new tab without opener or referrer', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="x,facebook,linkedin" url="https://blog.example/post?a=1" share-title="Hello"></smm-share>`);
    const bar = part(el, 'bar');
    expect(bar.getAttribute('role')).to.equal('group');
    expect(bar.getAttribute('aria-label')).to.equal('Share');
    const a = links(el);
    expect(a.map((l) => l.getAttribute('part'))).to.deep.equal(['button x', 'button facebook', 'button linkedin']);
    for (const l of a) {
      expect(l.target).to.equal('_blank');
      expect(l.rel).to.equal('noopener noreferrer');
      expect(l.getAttribute('aria-label')).to.match(/^Share on .+, opens in a new window$/);
    }
    expect(a[1].href).to.equal('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fblog.example%2Fpost%3Fa%3D1');
    expect(a[2].href).to.equal('https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fblog.example%2Fpost%3Fa%3D1');
    await expect(el).to.be.accessible();
  });

  it('reads the page: canonical URL, og:title, og:description, og:image', async () => {
    const cleanup = addHead(`<link rel="canonical" href="/canonical/post">
      <meta property="og:title" content="OG title"><meta property="og:description" content="OG text">
      <meta property="og:image" content="https://img.example/a.jpg">`);
    try {
      const el = await fixture<SmmShare>(html`<smm-share networks="pinterest"></smm-share>`);
      const href = new URL(links(el)[0].href);
      expect(href.searchParams.get('url')).to.equal(new URL('/canonical/post', location.href).href);
      expect(href.searchParams.get('media')).to.equal('https://img.example/a.jpg');
      expect(href.searchParams.get('description')).to.contain('OG title');
    } finally {
      cleanup();
    }
  });

  it('takes page-wide defaults from <meta name="smm:…">, and attributes win over them', async () => {
    const cleanup = addHead(`<meta name="smm:networks" content="reddit, telegram"><meta name="smm:variant" content="outline">`);
    try {
      const el = await fixture<SmmShare>(html`<smm-share url="https://a.example/"></smm-share>`);
      expect(links(el).map((l) => l.getAttribute('part'))).to.deep.equal(['button reddit', 'button telegram']);
      expect(el.variant).to.equal('outline');
      expect(el.hasAttribute('networks')).to.equal(false, 'the author markup is not rewritten');
      const own = await fixture<SmmShare>(html`<smm-share networks="x" variant="mono"></smm-share>`);
      expect(links(own)).to.have.length(1);
      expect(own.variant).to.equal('mono');
    } finally {
      cleanup();
    }
  });

  it('adds utm_* for the network to the shared URL when asked', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="facebook" utm utm-campaign="spring" url="https://blog.example/p"></smm-share>`);
    const shared = new URL(new URL(links(el)[0].href).searchParams.get('u')!);
    expect(shared.searchParams.get('utm_source')).to.equal('facebook');
    expect(shared.searchParams.get('utm_medium')).to.equal('social');
    expect(shared.searchParams.get('utm_campaign')).to.equal('spring');
  });

  it('dispatches a bubbling, composed, cancelable smm-share before opening; preventDefault stops the link', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="x" url="https://blog.example/p" share-title="T"></smm-share>`);
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('smm-share', veto);
    const heard = oneEvent(document, 'smm-share');
    let clickPrevented = false;
    const a = links(el)[0];
    // Seen from the host, as the page's own click handlers (routers, analytics) see it.
    el.addEventListener('click', (e) => (clickPrevented = e.defaultPrevented));
    a.click();
    const e = await heard;
    document.removeEventListener('smm-share', veto);
    expect(e.detail).to.deep.equal({ network: 'x', url: 'https://blog.example/p', title: 'T' });
    expect(e.composed && e.bubbles && e.cancelable).to.equal(true);
    expect(clickPrevented).to.equal(true);
  });

  it('warns once about unknown and retired networks and still renders the rest', async () => {
    let el!: SmmShare;
    const said = await warnings(async () => {
      el = await fixture<SmmShare>(html`<smm-share networks="fb, googleplus, x, pocket, x"></smm-share>`);
    });
    expect(links(el).map((l) => l.getAttribute('part'))).to.deep.equal(['button x']);
    expect(said.some((w) => w.includes('unknown network "fb"'))).to.equal(true);
    expect(said.some((w) => w.includes('"googleplus"') && w.includes('closed'))).to.equal(true);
    expect(said.some((w) => w.includes('"pocket"') && w.includes('closed'))).to.equal(true);
    expect(said).to.have.length(3);
  });

  it('puts a malformed appearance or URL back to safe defaults with a warning', async () => {
    let el!: SmmShare;
    const said = await warnings(async () => {
      el = await fixture<SmmShare>(html`<smm-share networks="facebook" layout="sideways" url="javascript:alert(1)"></smm-share>`);
    });
    expect(el.layout).to.equal('inline');
    expect(el.getAttribute('layout')).to.equal('inline');
    expect(links(el)[0].href).to.not.contain('javascript');
    expect(said.filter((w) => w.includes('layout="sideways"'))).to.have.length(1);
    expect(said.filter((w) => w.includes('javascript:'))).to.have.length(1);
  });

  it('puts a size or label mode it does not know back to the default, the one the warning names', async () => {
    let el!: SmmShare;
    const said = await warnings(async () => {
      el = await fixture<SmmShare>(html`<smm-share networks="facebook" size="xl" labels="some"></smm-share>`);
    });
    expect([el.size, el.labels]).to.deep.equal(['m', 'short']);
    expect(said.find((w) => w.includes('size="xl"'))).to.contain('using "m"');
    expect(said.find((w) => w.includes('labels="some"'))).to.contain('using "short"');
  });

  it('speaks the language of the nearest [lang] ancestor, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="it"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<smm-share networks="facebook,email,copy" url="https://a.example/"></smm-share>';
    const el = shadow.querySelector('smm-share') as SmmShare;
    await el.updateComplete;
    expect(part(el, 'bar').getAttribute('aria-label')).to.equal('Condividi');
    expect(links(el)[0].getAttribute('aria-label')).to.equal('Condividi su Facebook, si apre in una nuova finestra');
    expect(links(el)[1].getAttribute('aria-label')).to.equal('Invia per Email');
    expect(part(el, 'copy').textContent!.trim()).to.equal('Copia link');
  });

  it('mirrors for right-to-left languages', async () => {
    const el = await fixture<SmmShare>(html`<smm-share lang="ar" networks="x,facebook" url="https://a.example/"></smm-share>`);
    const [first, second] = links(el);
    // Arabic may not be registered in this file; direction follows the attribute either way.
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    expect(first.getBoundingClientRect().left).to.be.greaterThan(second.getBoundingClientRect().left);
  });

  it('copies the link and says so, visibly and to screen readers', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="copy" url="https://blog.example/copy-me" labels="short"></smm-share>`);
    const button = part(el, 'copy') as HTMLButtonElement;
    expect(button.tagName).to.equal('BUTTON');
    button.focus();
    button.click();
    await aTimeout(50);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Link copied');
    expect(button.textContent!.trim()).to.equal('Link copied');
    expect(await navigator.clipboard.readText()).to.equal('https://blog.example/copy-me');
  });

  it('keeps the focused control focused and the same node through updates (copied state, language, labels)', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="facebook,copy" url="https://blog.example/f"></smm-share>`);
    const copy = part(el, 'copy');
    copy.focus();
    copy.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Link copied');
    expect(part(el, 'copy')).to.equal(copy, 'the copied look updates the same button');
    expect(el.shadowRoot!.activeElement).to.equal(copy);
    const fb = links(el)[0];
    fb.focus();
    el.lang = 'it';
    el.labels = 'full';
    await el.updateComplete;
    expect(links(el)[0]).to.equal(fb);
    expect(el.shadowRoot!.activeElement).to.equal(fb);
    expect(fb.textContent).to.equal('Condividi su Facebook');
    el.networks = 'x,facebook';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(fb, 'a button added before it does not move it');
    el.networks = 'facebook';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(fb, 'a button removed before it does not move it');
  });

  it('never duplicates nodes, and removes the ones no longer wanted, across many updates', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="x,facebook,copy" url="https://blog.example/d"></smm-share>`);
    for (const labels of ['none', 'full', 'short', 'none'] as const) {
      el.labels = labels;
      el.requestUpdate();
      await el.updateComplete;
    }
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="bar"]')).to.have.length(1);
    expect(root.querySelectorAll('[role="status"]')).to.have.length(1);
    expect(root.querySelectorAll('[part~="icon"]')).to.have.length(3);
    // labels="none": each label is kept for the more menu, hidden in the row.
    const labels = [...root.querySelectorAll('[part~="label"]')];
    expect(labels).to.have.length(3);
    expect(labels.every((l) => getComputedStyle(l).display === 'none')).to.equal(true);
    el.networks = 'facebook';
    el.labels = 'short';
    await el.updateComplete;
    expect(links(el).map((a) => a.getAttribute('part'))).to.deep.equal(['button facebook']);
    expect(root.querySelectorAll('[part~="button"]')).to.have.length(1);
    expect(root.querySelectorAll('[part~="label"]')).to.have.length(1);
  });

  it('keeps a live message as the same text node while it stands, so it is said once', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="copy" url="https://blog.example/l"></smm-share>`);
    part(el, 'copy').click();
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === 'Link copied');
    const said = status.firstChild;
    el.requestUpdate();
    await el.updateComplete;
    expect(status.firstChild).to.equal(said);
  });

  it('offers the system share sheet only where the browser has one', async () => {
    const nav = navigator as Navigator & { share?: unknown };
    const had = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    const plain = await fixture<SmmShare>(html`<smm-share networks="native,x"></smm-share>`);
    expect(!!part(plain, 'native')).to.equal(typeof nav.share === 'function');
    const calls: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (d: ShareData) => void calls.push(d) });
    try {
      const el = await fixture<SmmShare>(html`<smm-share networks="native" url="https://a.example/n" share-title="N"></smm-share>`);
      part(el, 'native').click();
      await aTimeout(0);
      expect(calls).to.have.length(1);
      expect(calls[0].url).to.equal('https://a.example/n');
      expect(calls[0].title).to.equal('N');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).share;
      if (had) Object.defineProperty(Navigator.prototype, 'share', had);
    }
  });

  it('shares to a given Mastodon server, and asks once for it when the picker is on', async () => {
    const direct = await fixture<SmmShare>(html`<smm-share networks="mastodon" mastodon-instance="mastodon.social" url="https://a.example/m" share-title="M"></smm-share>`);
    expect(links(direct)[0].href).to.match(/^https:\/\/mastodon\.social\/share\?text=/);

    localStorage.removeItem('smm:mastodon-instance');
    const el = await fixture<SmmShare>(html`<smm-share networks="mastodon" mastodon-picker url="https://a.example/m"></smm-share>`);
    const opened: string[] = [];
    const shares: string[] = [];
    el.addEventListener('smm-share', (e) => shares.push(e.detail.network));
    const realOpen = window.open;
    window.open = ((u: string) => (opened.push(u), null)) as typeof window.open;
    try {
      // The picker is a chunk of its own, fetched at the first render: a click that comes before
      // it (right away here) does not leave the page but waits for the picker.
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      links(el)[0].dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the picker opens once loaded');
      expect(opened).to.deep.equal([]);
      expect(shares, 'no share is announced (nor counted) before a server is chosen').to.deep.equal([]);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      const input = dialog.querySelector('input')!;
      input.value = 'not a host!';
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      expect(dialog.querySelector('[role="alert"]')!.textContent).to.not.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      input.value = 'https://Fosstodon.org/';
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(localStorage.getItem('smm:mastodon-instance')).to.equal('fosstodon.org');
      expect(opened[0]).to.match(/^https:\/\/fosstodon\.org\/share\?text=/);
      expect(shares).to.deep.equal(['mastodon']);
      expect(links(el)[0].href).to.match(/^https:\/\/fosstodon\.org\/share\?text=/);
    } finally {
      window.open = realOpen;
      localStorage.removeItem('smm:mastodon-instance');
    }
  });

  it('a share cancelled in the Mastodon picker (Cancel or Escape) is never announced, so never counted', async () => {
    localStorage.removeItem('smm:mastodon-instance');
    const el = await fixture<SmmShare>(html`<smm-share networks="mastodon" mastodon-picker url="https://a.example/c"></smm-share>`);
    const shares: string[] = [];
    el.addEventListener('smm-share', (e) => shares.push(e.detail.network));
    const realOpen = window.open;
    window.open = (() => null) as typeof window.open;
    try {
      for (const close of ['cancel', 'escape']) {
        links(el)[0].click();
        await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the picker opens');
        const dialog = el.shadowRoot!.querySelector('dialog')!;
        dialog.querySelector('input')!.value = 'mastodon.social';
        if (close === 'cancel') dialog.querySelector<HTMLButtonElement>('button:not([type="submit"])')!.click();
        else await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(dialog.open, close).to.equal(false);
      }
      expect(shares).to.deep.equal([]);
      expect(localStorage.getItem('smm:mastodon-instance')).to.equal(null);
    } finally {
      window.open = realOpen;
    }
  });

  it('shares the title attribute like share-title (which wins), with no tooltip over the bar', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="x" title="Pane e lievito" url="https://a.example/t"></smm-share>`);
    expect(decodeURIComponent(links(el)[0].href)).to.include('Pane e lievito');
    // An empty title on the bar stops the host's title from showing as a tooltip over the buttons.
    expect(part(el, 'bar').getAttribute('title')).to.equal('');
    const detail = new Promise<string>((ok) => el.addEventListener('smm-share', (e) => ok(e.detail.title), { once: true }));
    links(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(await detail).to.equal('Pane e lievito');
    el.setAttribute('title', 'Altro titolo');
    await el.updateComplete;
    expect(decodeURIComponent(links(el)[0].href)).to.include('Altro titolo');
    el.setAttribute('share-title', 'Vince questo');
    await el.updateComplete;
    expect(decodeURIComponent(links(el)[0].href)).to.include('Vince questo');
  });

  it('keeps its size and looks under hostile theme CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'a{color:red!important;padding:30px!important} svg{width:100%} button{all:unset} *{box-sizing:content-box} span{display:block;font-size:40px}';
    document.head.append(style);
    try {
      const el = await fixture<SmmShare>(html`<smm-share networks="x,copy" url="https://a.example/"></smm-share>`);
      for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"]')) {
        expect(b.getBoundingClientRect().height).to.equal(36);
        expect(getComputedStyle(b).color).to.equal('rgb(255, 255, 255)');
        expect(b.querySelector('svg')!.getBoundingClientRect().width).to.be.closeTo(19.8, 0.5);
      }
    } finally {
      style.remove();
    }
  });

  it('has targets of at least 24 px, and 44 px at size l', async () => {
    const s = await fixture<SmmShare>(html`<smm-share networks="x" size="s" labels="none"></smm-share>`);
    const small = links(s)[0].getBoundingClientRect();
    expect(Math.min(small.width, small.height)).to.be.at.least(24);
    const l = await fixture<SmmShare>(html`<smm-share networks="x" size="l" labels="none"></smm-share>`);
    const large = links(l)[0].getBoundingClientRect();
    expect(Math.min(large.width, large.height)).to.be.at.least(44);
  });

  it('survives being removed and added again, and the tag being defined twice', async () => {
    const el = await fixture<SmmShare>(html`<smm-share networks="x"></smm-share>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.networks = 'x,reddit';
    await el.updateComplete;
    expect(links(el)).to.have.length(2);
    const heard = oneEvent(el, 'smm-share');
    links(el)[1].addEventListener('click', (e) => e.preventDefault());
    links(el)[1].click();
    expect((await heard).detail.network).to.equal('reddit');
    expect(() => define('smm-share', class extends SmmShare {})).to.not.throw();
  });

  it('passes axe in every variant and layout', async () => {
    for (const variant of ['brand', 'outline', 'mono', 'minimal']) {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<SmmShare>(html`<div style="background:${theme === 'dark' ? '#1c1c1e' : '#fff'}">
          <smm-share networks="facebook,x,linkedin,whatsapp,telegram,reddit,email,copy,print" variant=${variant} theme=${theme}></smm-share></div>`);
        await expect(el).to.be.accessible();
      }
    }
  });
});
