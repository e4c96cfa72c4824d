// Profiles <smm-follow> links to: brand data plus one pure function that turns what a site owner
// types (a handle or a full URL) into the canonical https address of the profile, or null.
// Brands <smm-share> also has reuse its glyph and colour, so the two bars look the same.
import type { FollowNetworkId } from '../../shared/network-ids.js';
import { bluesky } from '../share/networks/bluesky.js';
import { facebook } from '../share/networks/facebook.js';
import { linkedin } from '../share/networks/linkedin.js';
import { isHostName, mastodon } from '../share/networks/mastodon.js';
import { pinterest } from '../share/networks/pinterest.js';
import { telegram } from '../share/networks/telegram.js';
import { threads } from '../share/networks/threads.js';
import { tumblr } from '../share/networks/tumblr.js';
import { whatsapp } from '../share/networks/whatsapp.js';
import { x } from '../share/networks/x.js';
import * as icons from './icons.js';

export interface Profile {
  id: FollowNetworkId;
  /** Brand name; rss and newsletter are named by the locale instead. */
  label: string;
  /** Background of the brand variant, at least 4.5:1 against white text. */
  color: string;
  icon: string;
  /** Where full URLs are accepted, and what a handle looks like; both in the warning text. */
  expected: string;
  /**
   * The canonical https URL of the profile for a handle or URL, or null when `value` is not one
   * of this network's profiles. `base` resolves relative feed and newsletter links.
   */
  url(value: string, base?: string): string | null;
}

/** `value` as an http(s) URL, resolved against `base`; false when it is not one. */
function http(value: string, base?: string): URL | false {
  try {
    const u = new URL(value, base);
    return /^https?:$/.test(u.protocol) && u;
  } catch {
    return false;
  }
}

/** A value with a scheme, or `host.tld/…` without one, as a URL (false if not http); null for a bare handle. */
const asUrl = (v: string): URL | null | false =>
  /^[a-z][a-z0-9+.-]*:/i.test(v) ? http(v) : /^(?:[\w-]+\.)+[a-z]{2,}\//i.test(v) ? http(`https://${v}`) : null;

/** The https address of `u` when it is on `hosts` with a path that `path` accepts, and has no user or port. */
function onSite(u: URL | null | false, hosts: RegExp, path = /^\/[^/]+/): string | null {
  if (!u || !hosts.test(u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '')) || !path.test(u.pathname) || u.username || u.port) return null;
  u.protocol = 'https:';
  return u.href;
}

/**
 * A network whose profiles live at `https://<site>/<to>`, with `*` in `to` standing for the
 * handle: handles matching `handle` (after an optional leading `@`), or URLs on `hosts` with a
 * path that `path` accepts.
 */
function simple(base: Omit<Profile, 'url' | 'expected'>, site: string, hosts: RegExp, handle: RegExp, to = '*', path?: RegExp): Profile {
  return {
    ...base,
    expected: `a handle or a URL on ${site.replace(/^www\./, '')}`,
    url(value) {
      const v = value.trim();
      const u = asUrl(v);
      if (u !== null) return onSite(u, hosts, path);
      const h = v.replace(/^@/, '');
      return handle.test(h) ? `https://${site}/${to.replace('*', h)}` : null;
    },
  };
}

const brand = (n: { label: string; color: string; icon: string }, id: FollowNetworkId) => ({
  id,
  label: n.label,
  color: n.color,
  icon: n.icon,
});

/** Any http(s) address (feeds, newsletters live anywhere), resolved against the page. */
function anyHttp(value: string, base?: string): string | null {
  const v = value.trim();
  const u = v && http(v, base);
  return u ? u.href : null;
}

const EMAIL = /^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/;

export const PROFILES: readonly Profile[] = [
  simple(brand(facebook, 'facebook'), 'www.facebook.com', /^(facebook\.com|fb\.com)$/, /^[\w.-]{1,50}$/),
  simple(
    { id: 'instagram', label: 'Instagram', color: '#c13584', icon: icons.instagramIcon },
    'www.instagram.com', /^instagram\.com$/, /^[\w.]{1,30}$/,
  ),
  simple(brand(x, 'x'), 'x.com', /^(x\.com|twitter\.com)$/, /^\w{1,15}$/),
  {
    id: 'youtube',
    label: 'YouTube',
    color: '#cc0000', // brand #ff0000 is 4:1 on white; same hue, darker
    icon: icons.youtubeIcon,
    expected: 'an @handle, a UC… channel id or a URL on youtube.com',
    url(value) {
      const v = value.trim();
      if (/^UC[\w-]{22}$/.test(v)) return `https://www.youtube.com/channel/${v}`;
      return simple(this, 'www.youtube.com', /^youtube\.com$/, /^[\w.-]{3,30}$/, '@*', /^\/(@|(channel|c|user)\/)[^/]+/).url(v);
    },
  },
  {
    ...brand(linkedin, 'linkedin'),
    expected: 'in/, company/, school/ or showcase/NAME, or a URL on linkedin.com',
    url(value) {
      const v = value.trim();
      const h = v.replace(/^\/|\/$/g, '');
      if (/^(in|company|school|showcase)\/[\w%.-]{2,100}$/.test(h)) return `https://www.linkedin.com/${h}`;
      return onSite(asUrl(v), /^([a-z]{2}\.)?linkedin\.com$/, /^\/(in|company|school|showcase)\/[^/]+/);
    },
  },
  simple(
    { id: 'tiktok', label: 'TikTok', color: '#000000', icon: icons.tiktokIcon },
    'www.tiktok.com', /^tiktok\.com$/, /^[\w.]{2,24}$/, '@*', /^\/@[^/]+/,
  ),
  simple(
    brand(pinterest, 'pinterest'), 'www.pinterest.com',
    /^pinterest\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/, /^\w{3,30}$/, '*/',
  ),
  simple(brand(threads, 'threads'), 'www.threads.com', /^threads\.(com|net)$/, /^[\w.]{1,30}$/, '@*', /^\/@[^/]+/),
  {
    ...brand(bluesky, 'bluesky'),
    expected: 'a handle (name.bsky.social, example.com), a did:plc: id or a URL on bsky.app',
    url(value) {
      const v = value.trim().replace(/^@/, '');
      if (/^did:plc:[a-z2-7]{24}$/.test(v)) return `https://bsky.app/profile/${v}`;
      const u = asUrl(v);
      if (u !== null) return onSite(u, /^bsky\.app$/, /^\/profile\/[^/]+/);
      // Every Bluesky handle is a domain; a bare name is one on the default bsky.social.
      const h = /^[a-z0-9-]{3,63}$/i.test(v) ? `${v}.bsky.social` : v;
      return isHostName(h) ? `https://bsky.app/profile/${h.toLowerCase()}` : null;
    },
  },
  {
    ...brand(mastodon, 'mastodon'),
    expected: '@user@server or a profile URL such as https://mastodon.social/@user',
    url(value) {
      const v = value.trim();
      const m = /^@?([\w.-]+)@([^@\s/]+)$/.exec(v);
      if (m) return isHostName(m[2]) ? `https://${m[2].toLowerCase()}/@${m[1]}` : null;
      // Servers are anywhere: accept any https server, but only a profile path on it.
      const u = asUrl(v);
      if (!u || !isHostName(u.hostname) || u.username || !/^\/(@[\w.-]+(@[\w.-]+)?|users\/[\w.-]+)\/?$/.test(u.pathname)) return null;
      u.protocol = 'https:';
      return u.href;
    },
  },
  simple(
    { id: 'flickr', label: 'Flickr', color: '#0063dc', icon: icons.flickrIcon },
    'www.flickr.com', /^flickr\.com$/, /^[\w@-]{1,64}$/, 'photos/*/', /^\/(photos|people)\/[^/]+/,
  ),
  simple(
    { id: 'behance', label: 'Behance', color: '#0057ff', icon: icons.behanceIcon },
    'www.behance.net', /^behance\.net$/, /^[\w-]{3,40}$/,
  ),
  simple(
    { id: 'slideshare', label: 'SlideShare', color: '#00769f', icon: icons.slideshareIcon },
    'www.slideshare.net', /^slideshare\.net$/, /^[\w.-]{3,40}$/,
  ),
  {
    ...brand(tumblr, 'tumblr'),
    expected: 'a blog name, NAME.tumblr.com or a URL on tumblr.com',
    url(value) {
      const v = value.trim().replace(/^@/, '').replace(/^(https?:\/\/)?([a-z0-9-]+)\.tumblr\.com\/?$/i, '$2');
      if (/^[a-z0-9-]{1,32}$/i.test(v) && v !== 'www') return `https://www.tumblr.com/${v.toLowerCase()}`;
      return onSite(asUrl(v), /^tumblr\.com$/);
    },
  },
  simple(brand(telegram, 'telegram'), 't.me', /^(t\.me|telegram\.me)$/, /^\w{5,32}$/),
  {
    ...brand(whatsapp, 'whatsapp'),
    expected: 'a channel ID or a URL on whatsapp.com/channel/',
    url(value) {
      const v = value.trim();
      if (/^[\w-]{16,40}$/.test(v)) return `https://whatsapp.com/channel/${v}`;
      return onSite(asUrl(v), /^whatsapp\.com$/, /^\/channel\/[\w-]+\/?$/);
    },
  },
  simple(
    { id: 'github', label: 'GitHub', color: '#24292f', icon: icons.githubIcon },
    'github.com', /^github\.com$/, /^[a-z\d](?:[a-z\d-]{0,38})$/i,
  ),
  simple(
    { id: 'twitch', label: 'Twitch', color: '#772ce8', icon: icons.twitchIcon },
    'www.twitch.tv', /^twitch\.tv$/, /^\w{3,25}$/,
  ),
  {
    id: 'rss',
    label: 'RSS',
    color: '#b85400', // feed orange #ee802f is 2.8:1 on white; same hue, darker
    icon: icons.rssIcon,
    expected: 'an http(s) URL',
    url: anyHttp,
  },
  {
    id: 'newsletter',
    label: 'Newsletter',
    color: '#4a4a55',
    icon: icons.newsletterIcon,
    expected: 'an http(s) URL or mailto:ADDRESS',
    url(value, base) {
      const v = value.trim();
      if (/^mailto:/i.test(v)) return EMAIL.test(decodeURIComponent(v.slice(7).split('?')[0])) ? v : null;
      return anyHttp(v, base);
    },
  },
];

/** The profile definition for a network id. */
export const profile = (id: string): Profile | undefined => PROFILES.find((p) => p.id === id);

/** The canonical profile URL for `value` on network `id`, or null. */
export function profileUrl(id: string, value: string, base?: string): string | null {
  return profile(id)?.url(value, base) ?? null;
}
