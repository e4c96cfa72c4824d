import type { SmmShare } from '../share.js';

/** What a share target needs to know about the page being shared. */
export interface ShareData {
  /** Absolute http(s) URL being shared (already carries utm_* when the bar asks for it). */
  url: string;
  /** Page title, may be empty. */
  title: string;
  /** Longer description, may be empty. */
  text: string;
  /** Absolute URL of the page's image, may be empty. */
  image: string;
  /** Hashtags without '#'. */
  hashtags: string[];
  /** Account to credit (X `via`), without '@', may be empty. */
  via: string;
}

/** A share target that is a plain link: data plus one pure URL builder. */
export interface Network {
  /** Lower-case id used in `networks="…"` and in events. */
  id: string;
  /** Brand name shown to readers; never translated. */
  label: string;
  /** Brand colour (#rrggbb), used as background in the `brand` variant. */
  color: string;
  /** SVG path data for a 24×24 glyph, drawn with currentColor. */
  icon: string;
  /**
   * Builds the share URL: an https:, mailto: or sms: URL, or, where a network has no web share
   * page, its app's deep link (`viber:`, `fb-messenger:`). Never `javascript:` or `data:`.
   * `bar`, when given, is the element asking, for options of its own (`mastodon-instance`).
   */
  href(data: ShareData, bar?: SmmShare): string;
  /** True when the target only makes sense on phones (viber, messenger, sms; LINE has a web page). */
  mobile?: boolean;
}
