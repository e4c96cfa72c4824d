// Bluesky's compose intent (docs.bsky.app, "Action Intent Links"): one `text` of at most 300
// graphemes. The URL and the hashtags are kept whole (hashtags are dropped if they cannot fit);
// only the title is shortened, with an ellipsis.
import { compose, headline, query, size, tags } from './text.js';
import type { Network } from './types.js';

const LIMIT = 300;

export const bluesky: Network = {
  id: 'bluesky',
  label: 'Bluesky',
  color: '#0074de', // brand #0085ff fails 4.5:1 on white; same hue, darker
  icon: 'M12 10.6C10 7 6 3 4 3S2 5 2.2 6c.3 3.6 1.6 5.8 6 5.9-3.8.7-4.4 2.9-2.6 4.9C8 19.4 10.6 18 12 14c1.4 4 4 5.4 6.4 2.8 1.8-2 1.2-4.2-2.6-4.9 4.4.1 5.7-2.3 6-5.5.2-1.8 0-3.2-1.4-3.2-2.4 0-6.6 3.6-8.4 7.4',
  href(d) {
    const tail = [d.url, ...tags(d).map((t) => `#${t}`)].filter(Boolean).join(' ');
    const text = compose(headline(d), size(tail) <= LIMIT ? tail : d.url, LIMIT);
    return query('https://bsky.app/intent/compose', { text });
  },
};
