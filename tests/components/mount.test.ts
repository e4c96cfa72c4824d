import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/share/smm-share.js';
import '../../src/components/follow/smm-follow.js';
import { mount } from '../../src/shared/mount.js';
import { SmmShare } from '../../src/components/share/share.js';
import { SmmFollow } from '../../src/components/follow/follow.js';
import { warnings } from './helpers.js';

const inner = <T extends Element>(host: Element) => host.firstElementChild as T;

describe('data-smm placeholders', () => {
  let said: string[] = [];
  before(async () => {
    said = await warnings(async () => {
      // A placeholder already in the page when the script runs (a CMS post).
      const early = document.createElement('div');
      early.id = 'early';
      early.dataset.smm = 'share';
      early.dataset.networks = 'x,email';
      document.body.append(early);
      mount({ share: 'smm-share', follow: 'smm-follow' });
    });
  });
  after(() => document.getElementById('early')?.remove());

  it('upgrades a placeholder present at start, keeping the div and its own attributes', () => {
    const host = document.getElementById('early')!;
    const el = inner<SmmShare>(host);
    expect(el).to.be.instanceOf(SmmShare);
    expect(el.networks).to.equal('x,email');
    expect(host.hasAttribute('data-smm')).to.equal(false);
    expect(said).to.deep.equal([]);
  });

  it('passes every data-* attribute under the element\'s own name, and what the editor left inside goes', async () => {
    // As TinyMCE saves an empty div, with a class the editor's toolbar added.
    const host = await fixture(html`<div class="aligncenter" data-smm="share" data-networks="facebook,linkedin"
      data-share-title="Hello" data-layout="vertical" data-labels="none" data-utm="" data-utm-campaign="wp">&nbsp;</div>`);
    await waitUntil(() => host.firstElementChild, 'upgraded');
    const el = inner<SmmShare>(host);
    expect(host.childNodes.length).to.equal(1);
    expect(host.className).to.equal('aligncenter');
    await el.updateComplete;
    expect([el.networks, el.shareTitle, el.layout, el.labels, el.utm, el.utmCampaign]).to.deep.equal(['facebook,linkedin', 'Hello', 'vertical', 'none', true, 'wp']);
    expect(el.shadowRoot!.querySelectorAll('a[part~="button"]').length).to.equal(2);
  });

  it('without attributes, the element\'s defaults apply', async () => {
    const host = await fixture(html`<div data-smm="share"></div>`);
    await waitUntil(() => host.firstElementChild, 'upgraded');
    const el = inner<SmmShare>(host);
    await el.updateComplete;
    const bare = await fixture<SmmShare>(html`<smm-share></smm-share>`);
    const ids = (e: SmmShare) => [...e.shadowRoot!.querySelectorAll('[part~="button"]')].map((b) => b.getAttribute('part'));
    expect(ids(el)).to.deep.equal(ids(bare));
    expect(el.layout).to.equal(bare.layout);
  });

  it('follow placeholders become <smm-follow>', async () => {
    const host = await fixture(html`<p><span data-smm="follow" data-profiles="github:example,rss:https://blog.example/feed"></span></p>`);
    const span = host.firstElementChild!;
    await waitUntil(() => span.firstElementChild, 'upgraded');
    const el = inner<SmmFollow>(span);
    expect(el).to.be.instanceOf(SmmFollow);
    expect(el.getAttribute('profiles')).to.equal('github:example,rss:https://blog.example/feed');
  });

  it('an unknown name is told once, with the known ones, and left alone', async () => {
    const said = await warnings(async () => {
      const host = await fixture(html`<div data-smm="sahre" data-networks="x"></div>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(host.childElementCount).to.equal(0);
    });
    expect(said).to.deep.equal(['smm-kit: unknown data-smm="sahre"; known: share, follow']);
  });
});
