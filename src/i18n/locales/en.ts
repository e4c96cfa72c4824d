// English: the reference locale. Every other locale has exactly these keys, and the same
// {0}/{1} placeholders; tests/components/i18n.test.ts holds them to it.
/** What the bars need from the start: English is the fallback of every string, shipped inline. */
export const enBase = {
  /** Accessible name of the share bar; also the native share button. */
  share: 'Share',
  shareOn: 'Share on {0}',
  /** Appended to the accessible name of links that open a new tab or window. */
  newWindow: 'opens in a new window',
  copyLink: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Could not copy the link',
  print: 'Print',
  shareVia: 'Share via…',
  email: 'Email',
  sms: 'SMS',
  sendBy: 'Send by {0}',
  /** Accessible text of a share count; {0} is the formatted number. */
  sharesCount: 'Shares: {0}',
  totalShares: 'Total shares: {0}',
  followOn: 'Follow on {0}',
  followUs: 'Follow us',
  followPrompt: 'Enjoying this? Follow us for more.',
  close: 'Close',
  followersCount: 'Followers: {0}',
  rss: 'RSS feed',
  newsletter: 'Newsletter',
  subscribeTo: 'Subscribe to {0}',
};

/** The Mastodon picker's, added to the fallback when the picker (a chunk of its own) loads. */
export const enPicker = {
  instanceLabel: 'Your Mastodon server',
  instanceHint: 'For example mastodon.social',
  instanceInvalid: 'Enter a server name such as mastodon.social',
  cancel: 'Cancel',
};

/** Every English string: the reference. Other locales have one object with exactly these keys. */
export const en = { ...enBase, ...enPicker };

export type Strings = typeof en;
export type StringKey = keyof Strings;
