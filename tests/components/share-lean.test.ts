// The npm path that registers only what it uses: `SmmShare` from `smm-kit` plus a few networks.
// This file never imports smm-share.ts, so the registry holds exactly what each test adds.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { SmmShare } from '../../src/components/share/share.js';
import { useNetworks } from '../../src/components/share/registry.js';
import { copyAction } from '../../src/components/share/actions/copy.js';
import { shareCounts } from '../../src/components/share/counts.js';
import { mastodonPicker } from '../../src/components/share/networks/mastodon-picker.js';
import { mastodon } from '../../src/components/share/networks/mastodon.js';
import { x } from '../../src/components/share/networks/x.js';
import { reddit } from '../../src/components/share/networks/reddit.js';
import { define } from '../../src/shared/define.js';
import { warnings } from './helpers.js';

const parts = (el: SmmShare) => [...el.shadowRoot!.querySelectorAll('[part~="button"]')].map((b) => b.getAttribute('part'));


describe('<smm-share> with only some targets registered', () => {
  before(() => {
    useNetworks(x, reddit, mastodon);
    define('smm-share', SmmShare);
  });

  it('shows the registered networks of the default list, quietly leaving out the others', async () => {
    let el!: SmmShare;
    const said = await warnings(async () => {
      el = await fixture<SmmShare>(html`<smm-share url="https://a.example/"></smm-share>`);
    });
    expect(parts(el)).to.deep.equal(['button x']);
    expect(said).to.deep.equal([]);
  });

  it('says what to import when an explicit list names something not registered', async () => {
    let el!: SmmShare;
    const said = await warnings(async () => {
      el = await fixture<SmmShare>(html`<smm-share networks="reddit,copy,facebook" counts endpoint="https://smm.example/" mastodon-picker url="https://a.example/"></smm-share>`);
      await aTimeout(0);
    });
    expect(parts(el)).to.deep.equal(['button reddit']);
    expect(said.find((w) => w.includes('unknown network "copy"'))).to.contain('copyAction').and.contain('useNetworks()').and.contain('known: x, reddit, mastodon');
    expect(said.find((w) => w.includes('unknown network "facebook"'))).to.contain('smm-kit/networks/<id>');
    expect(said.find((w) => w.includes('counts is not registered'))).to.contain('shareCounts');
    expect(said.find((w) => w.includes('mastodon-picker is not registered'))).to.contain('mastodonPicker');
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
  });

  it('gains an action, counts and the picker once they are registered', async () => {
    useNetworks(copyAction, shareCounts, mastodonPicker);
    const el = await fixture<SmmShare>(html`<smm-share networks="mastodon,copy" mastodon-picker url="https://a.example/"></smm-share>`);
    expect(parts(el)).to.deep.equal(['button mastodon', 'button copy']);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog).to.not.equal(null);
    // The picker's styles join the bar's: the dialog's submit button has its colour.
    dialog.show();
    expect(getComputedStyle(dialog.querySelector('[type="submit"]')!).backgroundColor).to.equal('rgb(86, 58, 204)');
    dialog.close();
  });
});
