// Plain lists, no Lit and no DOM, so the server and the tracker can validate against the same
// names the components use.

/** Targets of `<smm-share>` that are links to a network. */
export const SHARE_NETWORKS = [
  'facebook', 'x', 'linkedin', 'pinterest', 'whatsapp', 'telegram', 'reddit', 'tumblr', 'email',
  'bluesky', 'mastodon', 'threads', 'hackernews', 'vk', 'xing', 'line', 'viber', 'messenger',
  'sms', 'blogger', 'flipboard',
] as const;

/** Targets of `<smm-share>` that are actions (buttons) rather than links. */
export const SHARE_ACTIONS = ['copy', 'print', 'native'] as const;

/** Profiles `<smm-follow>` knows how to link to. */
export const FOLLOW_NETWORKS = [
  'facebook', 'instagram', 'x', 'youtube', 'linkedin', 'tiktok', 'pinterest', 'threads', 'bluesky',
  'mastodon', 'flickr', 'behance', 'slideshare', 'tumblr', 'telegram', 'whatsapp', 'github',
  'twitch', 'rss', 'newsletter',
] as const;

/** Services that closed, and the year they did; named in a warning instead of being silently ignored. */
export const RETIRED_NETWORKS: Readonly<Record<string, number>> = {
  googleplus: 2019, 'google+': 2019, skype: 2025, pocket: 2025, viadeo: 2018, periscope: 2021,
  stumbleupon: 2018, delicious: 2017,
};

export type ShareNetworkId = (typeof SHARE_NETWORKS)[number];
export type ShareActionId = (typeof SHARE_ACTIONS)[number];
export type FollowNetworkId = (typeof FOLLOW_NETWORKS)[number];

/** Every network name the tracker may report (share targets, actions, follow profiles). */
export const KNOWN_NETWORKS: ReadonlySet<string> = new Set<string>([
  ...SHARE_NETWORKS, ...SHARE_ACTIONS, ...FOLLOW_NETWORKS,
]);
