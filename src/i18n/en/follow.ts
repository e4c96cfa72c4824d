// English strings of <smm-follow>, added to the fallback when the element is created.
export const enFollow = {
  followOn: 'Follow on {0}',
  followUs: 'Follow us',
  followPrompt: 'Enjoying this? Follow us for more.',
  close: 'Close',
  /** Accessible text of a follower count; {0} is the formatted number. */
  followersCount: 'Followers: {0}',
  rss: 'RSS feed',
  newsletter: 'Newsletter',
  subscribeTo: 'Subscribe to {0}',
};
