import { expect } from '@open-wc/testing';
import { PROFILES, profileUrl } from '../../src/components/follow/profiles.js';
import { FOLLOW_NETWORKS } from '../../src/shared/network-ids.js';

// Every network, every accepted form, and the exact canonical URL it becomes.
const ACCEPTED: Record<string, Array<[string, string]>> = {
  facebook: [
    ['trattoria.roma', 'https://www.facebook.com/trattoria.roma'],
    ['@trattoria', 'https://www.facebook.com/trattoria'],
    ['https://www.facebook.com/trattoria', 'https://www.facebook.com/trattoria'],
    ['http://facebook.com/profile.php?id=100', 'https://facebook.com/profile.php?id=100'],
    ['facebook.com/trattoria', 'https://facebook.com/trattoria'],
  ],
  instagram: [
    ['@trattoria_roma', 'https://www.instagram.com/trattoria_roma'],
    ['trattoria.roma', 'https://www.instagram.com/trattoria.roma'],
    ['https://www.instagram.com/trattoria/', 'https://www.instagram.com/trattoria/'],
  ],
  x: [
    ['@smmkit', 'https://x.com/smmkit'],
    ['smm_kit', 'https://x.com/smm_kit'],
    ['https://twitter.com/smmkit', 'https://twitter.com/smmkit'],
    ['https://x.com/smmkit', 'https://x.com/smmkit'],
  ],
  youtube: [
    ['@Trattoria', 'https://www.youtube.com/@Trattoria'],
    ['trattoria', 'https://www.youtube.com/@trattoria'],
    ['UCabcdefghijklmnopqrstuv', 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv'],
    ['https://www.youtube.com/@Trattoria', 'https://www.youtube.com/@Trattoria'],
    ['https://youtube.com/channel/UCabcdefghijklmnopqrstuv', 'https://youtube.com/channel/UCabcdefghijklmnopqrstuv'],
  ],
  linkedin: [
    ['in/jane-doe', 'https://www.linkedin.com/in/jane-doe'],
    ['company/acme', 'https://www.linkedin.com/company/acme'],
    ['https://www.linkedin.com/company/acme/', 'https://www.linkedin.com/company/acme/'],
    ['https://it.linkedin.com/in/jane', 'https://it.linkedin.com/in/jane'],
  ],
  tiktok: [
    ['@trattoria', 'https://www.tiktok.com/@trattoria'],
    ['trattoria.roma', 'https://www.tiktok.com/@trattoria.roma'],
    ['https://www.tiktok.com/@trattoria', 'https://www.tiktok.com/@trattoria'],
  ],
  pinterest: [
    ['trattoria', 'https://www.pinterest.com/trattoria/'],
    ['https://www.pinterest.it/trattoria/', 'https://www.pinterest.it/trattoria/'],
  ],
  threads: [
    ['@trattoria', 'https://www.threads.com/@trattoria'],
    ['trattoria', 'https://www.threads.com/@trattoria'],
    ['https://www.threads.net/@trattoria', 'https://www.threads.net/@trattoria'],
  ],
  bluesky: [
    ['trattoria.bsky.social', 'https://bsky.app/profile/trattoria.bsky.social'],
    ['@Trattoria.example.com', 'https://bsky.app/profile/trattoria.example.com'],
    ['trattoria', 'https://bsky.app/profile/trattoria.bsky.social'],
    ['did:plc:abcdefghijklmnopqrstuvwx', 'https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx'],
    ['https://bsky.app/profile/trattoria.bsky.social', 'https://bsky.app/profile/trattoria.bsky.social'],
  ],
  mastodon: [
    ['@trattoria@mastodon.social', 'https://mastodon.social/@trattoria'],
    ['trattoria@Social.Example.org', 'https://social.example.org/@trattoria'],
    ['https://mastodon.social/@trattoria', 'https://mastodon.social/@trattoria'],
    ['https://fosstodon.org/users/jane', 'https://fosstodon.org/users/jane'],
  ],
  flickr: [
    ['trattoria', 'https://www.flickr.com/photos/trattoria/'],
    ['12345678@N00', 'https://www.flickr.com/photos/12345678@N00/'],
    ['https://www.flickr.com/photos/trattoria/', 'https://www.flickr.com/photos/trattoria/'],
  ],
  behance: [
    ['janedoe', 'https://www.behance.net/janedoe'],
    ['https://www.behance.net/janedoe', 'https://www.behance.net/janedoe'],
  ],
  slideshare: [
    ['janedoe', 'https://www.slideshare.net/janedoe'],
    ['https://www.slideshare.net/janedoe', 'https://www.slideshare.net/janedoe'],
  ],
  tumblr: [
    ['trattoria', 'https://www.tumblr.com/trattoria'],
    ['trattoria.tumblr.com', 'https://www.tumblr.com/trattoria'],
    ['https://trattoria.tumblr.com/', 'https://www.tumblr.com/trattoria'],
    ['https://www.tumblr.com/trattoria', 'https://www.tumblr.com/trattoria'],
  ],
  telegram: [
    ['@trattoria', 'https://t.me/trattoria'],
    ['trattoria_news', 'https://t.me/trattoria_news'],
    ['https://t.me/trattoria', 'https://t.me/trattoria'],
  ],
  whatsapp: [
    ['https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12', 'https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12'],
    ['https://www.whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12', 'https://www.whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12'],
    ['0029VaAbCdEfGhIjKlMnOp12', 'https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12'],
  ],
  github: [
    ['smm-kit', 'https://github.com/smm-kit'],
    ['https://github.com/smm-kit', 'https://github.com/smm-kit'],
  ],
  twitch: [
    ['trattoria_live', 'https://www.twitch.tv/trattoria_live'],
    ['https://www.twitch.tv/trattoria_live', 'https://www.twitch.tv/trattoria_live'],
  ],
  rss: [
    ['https://example.org/feed.xml', 'https://example.org/feed.xml'],
    ['http://example.org/rss', 'http://example.org/rss'],
    ['/feed', 'https://blog.example/feed'],
  ],
  newsletter: [
    ['https://example.org/newsletter', 'https://example.org/newsletter'],
    ['mailto:news@example.org', 'mailto:news@example.org'],
    ['mailto:news@example.org?subject=Subscribe', 'mailto:news@example.org?subject=Subscribe'],
  ],
};

// Values a network must refuse: other networks' hosts, other schemes, garbage.
const REJECTED: Record<string, string[]> = {
  facebook: ['https://www.youtube.com/@trattoria', 'javascript:alert(1)', 'has spaces', ''],
  instagram: ['https://instagram.com.evil.example/x', 'ftp://instagram.com/x', 'a/b'],
  x: ['@this_handle_is_far_too_long', 'https://x.com.evil.example/a', 'data:text/html,hi'],
  youtube: ['https://www.youtube.com/watch?v=abc', 'https://vimeo.com/trattoria', 'x'],
  linkedin: ['jane', 'https://www.linkedin.com/feed/', 'https://example.org/in/jane'],
  tiktok: ['https://www.tiktok.com/trattoria', '@a'],
  pinterest: ['https://pinterest.evil.example/x', 'ab'],
  threads: ['https://www.instagram.com/trattoria', 'bad handle'],
  bluesky: ['https://x.com/trattoria', 'not a handle!', 'javascript:alert(1)'],
  mastodon: ['@trattoria', 'https://mastodon.social/about', 'user@not_a_host', 'javascript:alert(1)//@a'],
  flickr: ['https://www.flickr.com/explore', 'a b'],
  behance: ['https://www.behance.net.evil.example/x', 'ab'],
  slideshare: ['https://slidesharex.net/janedoe', 'a'],
  tumblr: ['https://www.tumblr.com.evil.example/x', 'bad name!'],
  telegram: ['@abc', 'https://telegram.org/trattoria'],
  whatsapp: ['https://wa.me/391234567890', 'https://whatsapp.com/catalog/123', 'short'],
  github: ['-leading-hyphen', 'https://gitlab.com/smm-kit'],
  twitch: ['ab', 'https://twitch.tv.evil.example/x'],
  rss: ['javascript:alert(1)', 'data:application/rss+xml,<rss/>', 'ftp://example.org/feed', 'file:///etc/passwd'],
  newsletter: ['mailto:not-an-address', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/'],
};

describe('follow profiles', () => {
  it('cover every follow network exactly once, each with a colour readable under white text', () => {
    expect(PROFILES.map((p) => p.id)).to.have.members([...FOLLOW_NETWORKS]);
    expect(PROFILES).to.have.length(FOLLOW_NETWORKS.length);
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const p of PROFILES) expect(1.05 / (lum(p.color) + 0.05), `${p.id} ${p.color}`).to.be.at.least(4.5);
  });

  for (const id of FOLLOW_NETWORKS) {
    it(`${id}: builds the canonical profile URL from each accepted form`, () => {
      for (const [value, url] of ACCEPTED[id]) expect(profileUrl(id, value, 'https://blog.example/post/1'), `${id} "${value}"`).to.equal(url);
    });
    it(`${id}: refuses other hosts, other schemes and garbage`, () => {
      for (const value of REJECTED[id]) expect(profileUrl(id, value, 'https://blog.example/'), `${id} "${value}"`).to.equal(null);
    });
  }

  it('never builds anything but https (or http/mailto for feeds and newsletters)', () => {
    for (const id of FOLLOW_NETWORKS) {
      for (const [value] of ACCEPTED[id]) {
        const url = profileUrl(id, value, 'https://blog.example/')!;
        const ok = id === 'rss' || id === 'newsletter' ? /^(https?|mailto):/ : /^https:\/\//;
        expect(url, id).to.match(ok);
      }
    }
  });

  it('knows no other network', () => {
    expect(profileUrl('myspace', 'tom')).to.equal(null);
  });
});
