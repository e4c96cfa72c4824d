// Mastodon is one network of many servers. By default the link goes to Mastodon's own server
// picker, share.joinmastodon.org, with the post in the #fragment: nothing reaches any server
// before the reader has chosen theirs. A site that knows the reader's server can link straight
// to it with mastodonInstanceHref().
import { warnOnce } from '../../../shared/warn.js';
import { getNetwork } from '../registry.js';
import type { mastodonPicker } from './mastodon-picker.js';
import { compose, headline, query, size, tags } from './text.js';
import type { Network, ShareData } from './types.js';

// Mastodon's default limit; every URL counts as 23 characters whatever its length.
const LIMIT = 500;
const URL_SIZE = 23;

function post(d: ShareData): string {
  const hashtags = tags(d).map((t) => `#${t}`).join(' ');
  const tail = [d.url, hashtags].filter(Boolean).join(' ');
  return compose(headline(d), tail, LIMIT, size(tail) - size(d.url) + (d.url ? URL_SIZE : 0));
}

/**
 * True for a public DNS host name such as `mastodon.social` or `social.example.co.uk`: two or more
 * dot-separated labels of 1–63 letters, digits or inner hyphens, 253 characters at most, and a
 * top-level label that starts with a letter (so IP addresses are refused). No scheme, port, path,
 * user or spaces; internationalised names must be given in their `xn--` form.
 */
export function isHostName(s: string): boolean {
  return (
    s.length <= 253 &&
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(s)
  );
}

/** The share page of one Mastodon server: `https://<host>/share?text=…`. */
export function mastodonInstanceHref(host: string, data: ShareData): string {
  if (!isHostName(host)) {
    throw new TypeError(`smm-share: "${host}" is not a Mastodon server name such as mastodon.social`);
  }
  return query(`https://${host.toLowerCase()}/share`, { text: post(data) });
}

export const mastodon: Network = {
  id: 'mastodon',
  label: 'Mastodon',
  color: '#5e5fff', // brand #6364ff is just under 4.5:1 on white; same hue, darker
  icon: 'M12 2.5C18 3 22 4 21.5 9v4c0 3.5-3.5 5-9 5H10c0 2 2 2.5 5.8 2v2C9 23.5 2.5 21 2.5 12V9C2.5 4 6 2.5 12 2.5M7 15h2v-4.5a1 1 0 0 1 2 0V15h2v-4.5a1 1 0 0 1 2 0V15h2v-4.5a3 3 0 0 0-5-2.2 3 3 0 0 0-5 2.2',
  href(d, bar) {
    // The bar's server, else the one its reader chose in the picker, else Mastodon's own picker.
    const picker = bar?.mastodonPicker ? (getNetwork('mastodon-picker') as typeof mastodonPicker | undefined) : undefined;
    const server = bar?.mastodonInstance || picker?.saved(bar!) || '';
    if (isHostName(server)) return mastodonInstanceHref(server, d);
    if (server) warnOnce(`smm-share: mastodon-instance "${server}" is not a Mastodon server name such as mastodon.social`);
    return `https://share.joinmastodon.org/#text=${encodeURIComponent(post(d))}`;
  },
};
