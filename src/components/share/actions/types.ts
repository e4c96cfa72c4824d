import type { StringKey } from '../../../i18n/locales/en.js';
import type { ShareData } from '../networks/types.js';
import type { SmmShare } from '../share.js';

/** A share target that is a button rather than a link: copy, print, the system share sheet. */
export interface ShareAction {
  /** Lower-case id used in `networks="…"` and in events. */
  id: string;
  /** SVG path data for a 24×24 glyph. */
  icon: string;
  /** Key of its visible name in the locale strings. */
  label: StringKey;
  /** Glyph and name shown for 3 s after `run` resolved `true` (e.g. "Link copied"). */
  done?: [icon: string, label: StringKey];
  /** Said to screen readers when `run` resolved `false`. */
  failed?: StringKey;
  /** False when the browser cannot do it: the button is left out. */
  when?(host: SmmShare): boolean;
  /** `url` is the page's URL with utm_* when the bar adds them. */
  run(host: SmmShare, url: string, data: ShareData): unknown;
}
