// English strings of the Mastodon picker, added to the fallback when the picker (a chunk of its
// own) loads.
export const enPicker = {
  instanceLabel: 'Your Mastodon server',
  instanceHint: 'For example mastodon.social',
  instanceInvalid: 'Enter a server name such as mastodon.social',
  cancel: 'Cancel',
};
