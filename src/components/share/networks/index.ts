// The registry. Each network is its own module: import one from its file (or name it from here)
// and a bundler keeps only that one; `allNetworks` is for those who want every target.
// Hashtags go in a network's own field where it has one (X, Tumblr, Facebook's single tag), into
// the text on Bluesky and Mastodon, where tags are how posts get found, and nowhere else.
import { facebook } from './facebook.js';
import { x, xWeight } from './x.js';
import { linkedin } from './linkedin.js';
import { pinterest } from './pinterest.js';
import { whatsapp } from './whatsapp.js';
import { telegram } from './telegram.js';
import { reddit } from './reddit.js';
import { tumblr } from './tumblr.js';
import { email } from './email.js';
import { bluesky } from './bluesky.js';
import { mastodon, isHostName, mastodonInstanceHref } from './mastodon.js';
import { threads } from './threads.js';
import { hackernews } from './hackernews.js';
import { vk } from './vk.js';
import { xing } from './xing.js';
import { line } from './line.js';
import { viber } from './viber.js';
import { messenger } from './messenger.js';
import { sms } from './sms.js';
import { blogger } from './blogger.js';
import { flipboard } from './flipboard.js';
import type { Network } from './types.js';

export { facebook, x, linkedin, pinterest, whatsapp, telegram, reddit, tumblr };
export { email, bluesky, mastodon, threads, hackernews, vk, xing, line, viber, messenger, sms, blogger, flipboard };
export { isHostName, mastodonInstanceHref, xWeight };
export type { Network, ShareData } from './types.js';

/** Every link target of `<smm-share>`, in the order of `SHARE_NETWORKS`. */
export const allNetworks: Network[] = [
  facebook, x, linkedin, pinterest, whatsapp, telegram, reddit,
  tumblr, email, bluesky, mastodon, threads, hackernews, vk,
  xing, line, viber, messenger, sms, blogger, flipboard,
];
