// X's tweet intent. X weighs the whole post: text, the URL (always 23, t.co), hashtags and
// "via @name"; only the text is shortened so that the total stays within 280.
import { fit, headline, query, size, tags, type Weight } from './text.js';
import type { Network } from './types.js';

const LIMIT = 280;
const TCO = 23;

// Code points X counts once (Latin to Hangul Jamo, general punctuation); the rest count twice.
const light = (c: number) =>
  c < 0x1100 || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037);

/** X's weight of one grapheme: an emoji sequence 2, otherwise 1 or 2 per NFC code point. */
export const xWeight: Weight = (g) =>
  /\p{Extended_Pictographic}/u.test(g)
    ? 2
    : Array.from(g.normalize('NFC')).reduce((n, c) => n + (light(c.codePointAt(0)!) ? 1 : 2), 0);

export const x: Network = {
  id: 'x',
  label: 'X',
  color: '#000000',
  icon: 'M3 2h5.5L21 22h-5.5m3.1-20H21L5.4 22H3.2',
  href(d) {
    const hashtags = tags(d);
    const via = d.via.replace(/^@/, '');
    // X shows "text url #a #b via @name": count every separator and word that is not the text.
    const rest =
      (d.url ? 1 + TCO : 0) + hashtags.reduce((n, t) => n + 2 + size(t, xWeight), 0) + (via ? 6 + via.length : 0);
    return query('https://x.com/intent/tweet', {
      text: fit(headline(d), LIMIT - rest, xWeight),
      url: d.url,
      hashtags: hashtags.join(','),
      via,
    });
  },
};
