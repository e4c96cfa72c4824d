// The share targets of <smm-share>: every URL is written out in full, so a change in any of them
// shows up here as a diff someone has to read.
import { expect } from '@open-wc/testing';
import { SHARE_NETWORKS } from '../../src/shared/network-ids.js';
import type { Network, ShareData } from '../../src/components/share/networks/types.js';
import { allNetworks } from '../../src/components/share/networks/index.js';
import { facebook } from '../../src/components/share/networks/facebook.js';
import { x } from '../../src/components/share/networks/x.js';
import { linkedin } from '../../src/components/share/networks/linkedin.js';
import { pinterest } from '../../src/components/share/networks/pinterest.js';
import { whatsapp } from '../../src/components/share/networks/whatsapp.js';
import { telegram } from '../../src/components/share/networks/telegram.js';
import { reddit } from '../../src/components/share/networks/reddit.js';
import { tumblr } from '../../src/components/share/networks/tumblr.js';
import { email } from '../../src/components/share/networks/email.js';
import { bluesky } from '../../src/components/share/networks/bluesky.js';
import { isHostName, mastodon, mastodonInstanceHref } from '../../src/components/share/networks/mastodon.js';
import { threads } from '../../src/components/share/networks/threads.js';
import { hackernews } from '../../src/components/share/networks/hackernews.js';
import { vk } from '../../src/components/share/networks/vk.js';
import { xing } from '../../src/components/share/networks/xing.js';
import { line } from '../../src/components/share/networks/line.js';
import { viber } from '../../src/components/share/networks/viber.js';
import { messenger } from '../../src/components/share/networks/messenger.js';
import { sms } from '../../src/components/share/networks/sms.js';
import { blogger } from '../../src/components/share/networks/blogger.js';
import { flipboard } from '../../src/components/share/networks/flipboard.js';
import { fit, graphemes as split } from '../../src/components/share/networks/text.js';

// Mocha's globals, typed here because the project has no @types/mocha yet.

/** One module per id, each exporting a const named after it. */
const modules: Record<string, Network> = {
  facebook, x, linkedin, pinterest, whatsapp, telegram, reddit, tumblr, email, bluesky, mastodon,
  threads, hackernews, vk, xing, line, viber, messenger, sms, blogger, flipboard,
};

const data: ShareData = {
  url: 'https://example.org/blog/post?id=7&lang=it',
  title: 'Hello world',
  text: 'A short story',
  image: 'https://example.org/cover.jpg',
  hashtags: ['smm', 'kit'],
  via: 'smmkit',
};

const bare: ShareData = { url: 'https://example.org/', title: 'Hi', text: '', image: '', hashtags: [], via: '' };

const expected: Record<string, string> = {
  facebook: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&hashtag=%23smm',
  x: 'https://x.com/intent/tweet?text=Hello%20world&url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&hashtags=smm%2Ckit&via=smmkit',
  linkedin: 'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
  pinterest: 'https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&media=https%3A%2F%2Fexample.org%2Fcover.jpg&description=Hello%20world',
  whatsapp: 'https://wa.me/?text=Hello%20world%20https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
  telegram: 'https://t.me/share/url?url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&text=Hello%20world',
  reddit: 'https://www.reddit.com/submit?url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&title=Hello%20world',
  tumblr: 'https://www.tumblr.com/widgets/share/tool?posttype=link&canonicalUrl=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&title=Hello%20world&caption=A%20short%20story&tags=smm%2Ckit',
  email: 'mailto:?subject=Hello%20world&body=A%20short%20story%0D%0A%0D%0Ahttps%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
  bluesky: 'https://bsky.app/intent/compose?text=Hello%20world%20https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit%20%23smm%20%23kit',
  mastodon: 'https://share.joinmastodon.org/#text=Hello%20world%20https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit%20%23smm%20%23kit',
  threads: 'https://www.threads.com/intent/post?text=Hello%20world&url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
  hackernews: 'https://news.ycombinator.com/submitlink?u=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&t=Hello%20world',
  vk: 'https://vk.com/share.php?url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&title=Hello%20world&image=https%3A%2F%2Fexample.org%2Fcover.jpg',
  xing: 'https://www.xing.com/spi/shares/new?url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
  line: 'https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&text=Hello%20world',
  viber: 'viber://forward?text=Hello%20world%20https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
  messenger: 'fb-messenger://share/?link=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
  sms: 'sms:?&body=Hello%20world%20https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
  blogger: 'https://www.blogger.com/blog-this.g?u=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit&n=Hello%20world&t=A%20short%20story',
  flipboard: 'https://share.flipboard.com/bookmarklet/popout?v=2&title=Hello%20world&url=https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit',
};

/** Only what the page has: no image, description, hashtags or via. Empty fields leave no `k=`. */
const expectedBare: Record<string, string> = {
  facebook: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2F',
  x: 'https://x.com/intent/tweet?text=Hi&url=https%3A%2F%2Fexample.org%2F',
  pinterest: 'https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fexample.org%2F&description=Hi',
  tumblr: 'https://www.tumblr.com/widgets/share/tool?posttype=link&canonicalUrl=https%3A%2F%2Fexample.org%2F&title=Hi',
  email: 'mailto:?subject=Hi&body=https%3A%2F%2Fexample.org%2F',
  bluesky: 'https://bsky.app/intent/compose?text=Hi%20https%3A%2F%2Fexample.org%2F',
  mastodon: 'https://share.joinmastodon.org/#text=Hi%20https%3A%2F%2Fexample.org%2F',
  vk: 'https://vk.com/share.php?url=https%3A%2F%2Fexample.org%2F&title=Hi',
  blogger: 'https://www.blogger.com/blog-this.g?u=https%3A%2F%2Fexample.org%2F&n=Hi',
};

const param = (href: string, name: string) => new URL(href).searchParams.get(name) ?? '';
const graphemes = (s: string) => Array.from(new Intl.Segmenter().segment(s), (g) => g.segment);

/**
 * X's counting, written independently of the module: an emoji is 2, a code point up to U+10FF or
 * in U+2000–200D, U+2010–201F, U+2032–2037 is 1, anything else 2 (twitter-text v3).
 */
function xCount(s: string): number {
  let n = 0;
  for (const g of graphemes(s)) {
    if (/\p{Extended_Pictographic}/u.test(g)) n += 2;
    else
      for (const ch of g.normalize('NFC')) {
        const c = ch.codePointAt(0)!;
        const light = c < 0x1100 || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037);
        n += light ? 1 : 2;
      }
  }
  return n;
}

/** The whole post as X counts it: "text url #a #b via @name", the URL as 23 (t.co). */
function tweetLength(href: string): number {
  const text = param(href, 'text');
  const tags = param(href, 'hashtags').split(',').filter(Boolean);
  const via = param(href, 'via');
  return xCount(text) + (param(href, 'url') ? 1 + 23 : 0) + tags.reduce((n, t) => n + 2 + xCount(t), 0) + (via ? 6 + via.length : 0);
}

describe('share networks', () => {
  describe('registry', () => {
    it('has one module per SHARE_NETWORKS id, exporting a Network named after it', () => {
      expect(Object.keys(modules)).to.have.members([...SHARE_NETWORKS]);
      for (const id of SHARE_NETWORKS) expect(modules[id].id, id).to.equal(id);
    });

    it('lists every network in allNetworks, in SHARE_NETWORKS order', () => {
      expect(allNetworks.map((n) => n.id)).to.deep.equal([...SHARE_NETWORKS]);
      allNetworks.forEach((n) => expect(n).to.equal(modules[n.id]));
    });

    it('gives every network a label, and marks the phone-only ones', () => {
      for (const n of allNetworks) expect(n.label, n.id).to.be.a('string').with.length.above(0);
      expect(allNetworks.filter((n) => n.mobile).map((n) => n.id)).to.deep.equal(['viber', 'messenger', 'sms']);
    });
  });

  describe('exact URLs', () => {
    for (const id of SHARE_NETWORKS) {
      it(`${id}`, () => {
        expect(modules[id].href(data)).to.equal(expected[id]);
      });
    }

    for (const [id, url] of Object.entries(expectedBare)) {
      it(`${id}, with only url and title`, () => {
        expect(modules[id].href(bare)).to.equal(url);
      });
    }

    it('uses the description when there is no title', () => {
      expect(x.href({ ...bare, title: '', text: 'Only a description' })).to.equal(
        'https://x.com/intent/tweet?text=Only%20a%20description&url=https%3A%2F%2Fexample.org%2F',
      );
    });

    it('encodes & ? # spaces, Italian accents, emoji, and an already encoded URL', () => {
      const tricky: ShareData = {
        url: 'https://example.org/caff%C3%A8?a=1&b=2#top',
        title: 'Perché il caffè? Tutto & subito #1 ☕',
        text: 'Città: più è meglio',
        image: '',
        hashtags: ['#caffè', 'bar tender'],
        via: '@smmkit',
      };
      expect(x.href(tricky)).to.equal(
        'https://x.com/intent/tweet?text=Perch%C3%A9%20il%20caff%C3%A8%3F%20Tutto%20%26%20subito%20%231%20%E2%98%95&url=https%3A%2F%2Fexample.org%2Fcaff%25C3%25A8%3Fa%3D1%26b%3D2%23top&hashtags=caff%C3%A8%2Cbartender&via=smmkit',
      );
      expect(email.href(tricky)).to.equal(
        'mailto:?subject=Perch%C3%A9%20il%20caff%C3%A8%3F%20Tutto%20%26%20subito%20%231%20%E2%98%95&body=Citt%C3%A0%3A%20pi%C3%B9%20%C3%A8%20meglio%0D%0A%0D%0Ahttps%3A%2F%2Fexample.org%2Fcaff%25C3%25A8%3Fa%3D1%26b%3D2%23top',
      );
      expect(whatsapp.href(tricky)).to.equal(
        'https://wa.me/?text=Perch%C3%A9%20il%20caff%C3%A8%3F%20Tutto%20%26%20subito%20%231%20%E2%98%95%20https%3A%2F%2Fexample.org%2Fcaff%25C3%25A8%3Fa%3D1%26b%3D2%23top',
      );
      expect(mastodon.href(tricky)).to.equal(
        'https://share.joinmastodon.org/#text=Perch%C3%A9%20il%20caff%C3%A8%3F%20Tutto%20%26%20subito%20%231%20%E2%98%95%20https%3A%2F%2Fexample.org%2Fcaff%25C3%25A8%3Fa%3D1%26b%3D2%23top%20%23caff%C3%A8%20%23bartender',
      );
      expect(sms.href(tricky)).to.equal(
        'sms:?&body=Perch%C3%A9%20il%20caff%C3%A8%3F%20Tutto%20%26%20subito%20%231%20%E2%98%95%20https%3A%2F%2Fexample.org%2Fcaff%25C3%25A8%3Fa%3D1%26b%3D2%23top',
      );
      // Decoding gives back exactly what went in.
      expect(param(telegram.href(tricky), 'url')).to.equal(tricky.url);
      expect(param(telegram.href(tricky), 'text')).to.equal(tricky.title);
    });

    it('only ever produces links with an allowed scheme, whatever the data says', () => {
      const allowed = /^(https:\/\/|mailto:|sms:|viber:|fb-messenger:)/;
      const hostile: ShareData = { ...data, url: 'javascript:alert(1)', title: 'data:text/html,<b>', image: 'javascript:x' };
      for (const n of allNetworks) {
        for (const d of [data, bare, hostile]) {
          const href = n.href(d);
          expect(href, n.id).to.match(allowed);
          expect(href, n.id).not.to.match(/^(javascript|data):/i);
        }
      }
    });
  });

  describe('X', () => {
    it('cuts a long title so the post fits 280, the URL counted as 23, hashtags and via included', () => {
      const url = `https://example.org/${'very-long-slug-'.repeat(10)}?utm_source=smm&utm_medium=share`;
      const title = 'Lorem ipsum dolor sit amet '.repeat(20);
      const href = x.href({ ...data, url, title });
      const text = param(href, 'text');
      expect(param(href, 'url')).to.equal(url);
      expect(param(href, 'hashtags')).to.equal('smm,kit');
      expect(param(href, 'via')).to.equal('smmkit');
      expect(text.endsWith('…')).to.equal(true);
      expect(title.startsWith(text.slice(0, -1))).to.equal(true);
      expect(tweetLength(href)).to.be.at.most(280);
      expect(tweetLength(href)).to.be.at.least(276); // cut no more than needed
    });

    it('counts emoji and CJK as two', () => {
      const href = x.href({ ...bare, title: '☕ 日本語 '.repeat(80) });
      expect(param(href, 'text').endsWith('…')).to.equal(true);
      expect(tweetLength(href)).to.be.within(276, 280);
    });

    it('leaves a title that fits alone', () => {
      const title = 'a'.repeat(280 - 1 - 23);
      expect(param(x.href({ ...bare, title }), 'text')).to.equal(title);
      expect(param(x.href({ ...bare, title: `${title}b` }), 'text')).to.equal(`${'a'.repeat(280 - 1 - 23 - 2)}…`);
    });
  });

  describe('Bluesky', () => {
    it('keeps the post within 300 graphemes with emoji and combining characters, URL and tags whole', () => {
      // A family (ZWJ sequence), a flag, a skin tone, and an "e" with a combining accent: one grapheme each.
      const title = '👩‍👩‍👧 🇮🇹 👍🏽 caffe\u0301 '.repeat(40);
      const url = 'https://example.org/p?x=1&y=2';
      const text = param(bluesky.href({ ...data, url, title }), 'text');
      const tail = `${url} #smm #kit`;
      expect(graphemes(text).length).to.be.at.most(300);
      expect(graphemes(text).length).to.be.at.least(298);
      expect(text.endsWith(` ${tail}`)).to.equal(true);
      const head = text.slice(0, -tail.length - 1);
      expect(head.endsWith('…')).to.equal(true);
      // Cut between graphemes: what is left is the title's first graphemes, none split.
      const kept = graphemes(head.slice(0, -1));
      expect(graphemes(title).slice(0, kept.length)).to.deep.equal(kept);
    });

    it('never cuts the URL, dropping the title (then the hashtags) when the URL alone is too long', () => {
      const url = `https://example.org/${'x'.repeat(295)}`;
      expect(param(bluesky.href({ ...data, url }), 'text')).to.equal(url);
    });
  });

  describe('graphemes', () => {
    it('splits exactly like Intl.Segmenter, with or without the shortcut for simple text', () => {
      const samples = [
        'Sourdough bread, without fear', 'Perché è così: più città', 'cafe\u0301 e\u0300', 'Ciao 👍🏽 🇮🇹 👨‍👩‍👧‍👦 ❤️',
        '한국어 \u1100\u1161\u11a8', 'น้ำ ส้ม', 'नमस्ते दुनिया', '\u0600١٢ مرحبا', 'a\r\nb', 'ｶﾞｷﾞ', 'a\u200db\u200cc',
        '©™ ← →', '日本語のテキスト', 'Ελληνικά Русский', '𝒳 𝔸', '',
      ];
      for (const s of samples) expect(split(s), s).to.deep.equal(graphemes(s));
    });

    it('builds no Intl.Segmenter for text without joining characters (the first one is slow)', () => {
      const Real = Intl.Segmenter;
      const intl = Intl as { Segmenter: typeof Real };
      let made = 0;
      intl.Segmenter = class extends Real {
        constructor(...args: ConstructorParameters<typeof Real>) {
          super(...args);
          made++;
        }
      };
      try {
        x.href({ ...data, title: 'Perché il pane è così buono' });
        bluesky.href({ ...data, title: 'Perché il pane è così buono' });
        expect(made).to.equal(0);
        x.href({ ...data, title: 'Pane 🍞' });
        expect(made).to.be.greaterThan(0);
      } finally {
        intl.Segmenter = Real;
      }
    });
  });

  describe('fit', () => {
    it('cuts between graphemes and adds an ellipsis only when needed', () => {
      expect(fit('caffè', 5)).to.equal('caffè');
      expect(fit('cafe\u0301 latte', 5)).to.equal('cafe\u0301…');
      expect(fit('🇮🇹🇮🇹🇮🇹', 2)).to.equal('🇮🇹…');
      expect(fit('two words', 5)).to.equal('two…');
      expect(fit('abc', 0)).to.equal('');
    });
  });

  describe('Mastodon', () => {
    it('isHostName accepts DNS host names', () => {
      for (const h of ['mastodon.social', 'social.example.co.uk', 'Mastodon.Social', 'xn--mstdon-yua.example', 'a-b.c9.example', `${'a'.repeat(63)}.example`]) {
        expect(isHostName(h), h).to.equal(true);
      }
    });

    it('isHostName refuses schemes, paths, ports, spaces, IPs, empty and over-long labels', () => {
      for (const h of [
        '', 'localhost', 'https://mastodon.social', 'mastodon.social/', 'mastodon.social/share', 'mastodon.social:443',
        'mastodon.social?x=1', 'mastodon.social#x', 'user@mastodon.social', 'mast odon.social', ' mastodon.social',
        'mastodon.social ', '1.2.3.4', '192.168.0.1:80', '1.2.3.4.evil/x', '[::1]', 'a..b', '.mastodon.social',
        'mastodon.social.', '-a.example', 'a-.example', `${'a'.repeat(64)}.example`, 'javascript:alert(1)', 'caffè.example',
        `${'a.'.repeat(127)}com`,
      ]) {
        expect(isHostName(h), JSON.stringify(h)).to.equal(false);
      }
    });

    it('mastodonInstanceHref links to one server’s share page', () => {
      expect(mastodonInstanceHref('social.example.co.uk', data)).to.equal(
        'https://social.example.co.uk/share?text=Hello%20world%20https%3A%2F%2Fexample.org%2Fblog%2Fpost%3Fid%3D7%26lang%3Dit%20%23smm%20%23kit',
      );
      expect(mastodonInstanceHref('Mastodon.Social', bare)).to.equal('https://mastodon.social/share?text=Hi%20https%3A%2F%2Fexample.org%2F');
      expect(() => mastodonInstanceHref('evil.example/phish?', data)).to.throw(/not a Mastodon server name/);
    });

    it('keeps the post within 500 characters, counting the URL as 23', () => {
      const url = `https://example.org/${'y'.repeat(200)}`;
      const text = decodeURIComponent(mastodon.href({ ...bare, url, title: 'word '.repeat(200) }).split('#text=')[1]);
      expect(text.endsWith(` ${url}`)).to.equal(true);
      expect(graphemes(text).length - url.length + 23).to.be.within(497, 500);
    });
  });

  describe('brand colours and icons', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };

    it('every colour is #rrggbb with at least 4.5:1 contrast against white', () => {
      for (const n of allNetworks) {
        expect(n.color, n.id).to.match(/^#[0-9a-f]{6}$/i);
        expect(1.05 / (luminance(n.color) + 0.05), `${n.id} ${n.color}`).to.be.at.least(4.5);
      }
    });

    // Arguments each path command takes; a valid path gives each command a positive multiple.
    const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

    it('every icon is short, well-formed path data', () => {
      for (const n of allNetworks) {
        expect(n.icon.length, n.id).to.be.within(10, 300);
        expect(n.icon, n.id).to.match(/^M/);
        expect(n.icon.replace(/[MmLlHhVvCcSsQqTtAaZz]|[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?|[\s,]/g, ''), n.id).to.equal('');
        for (const [, cmd, args] of n.icon.matchAll(/([a-z])([^a-z]*)/gi)) {
          const count = args.match(/[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/gi)?.length ?? 0;
          const k = arity[cmd.toLowerCase()];
          expect(k ? count > 0 && count % k === 0 : count === 0, `${n.id}: ${cmd}${args}`).to.equal(true);
        }
      }
    });

    it('every icon draws inside the 24×24 box and fills most of it', () => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('viewBox', '0 0 24 24');
      svg.setAttribute('width', '24');
      svg.setAttribute('height', '24');
      document.body.append(svg);
      try {
        for (const n of allNetworks) {
          const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          path.setAttribute('d', n.icon);
          svg.append(path);
          const box = path.getBBox();
          expect(box.x, n.id).to.be.at.least(0.5);
          expect(box.y, n.id).to.be.at.least(0.5);
          expect(box.x + box.width, n.id).to.be.at.most(23.5);
          expect(box.y + box.height, n.id).to.be.at.most(23.5);
          expect(Math.max(box.width, box.height), n.id).to.be.at.least(16);
          expect(Math.min(box.width, box.height), n.id).to.be.at.least(6);
          expect(path.getTotalLength(), n.id).to.be.greaterThan(20);
        }
      } finally {
        svg.remove();
      }
    });
  });
});
