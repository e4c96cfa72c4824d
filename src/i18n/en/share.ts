// English strings of <smm-share>, and those every bar uses. English is the fallback of every
// string and ships inline; each part lives with the code that needs it, so a page with only the
// share bar carries no follow or picker text. locales/en.ts joins the parts into the reference.
export const enShare = {
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
  /** Name of the button (and its menu) that holds the targets that do not fit in the row. */
  more: 'More ways to share',
};
