// Hacker News' submit form; titles longer than 80 characters are refused there, so they are cut here.
import { fit, headline, query } from './text.js';
import type { Network } from './types.js';

export const hackernews: Network = {
  id: 'hackernews',
  label: 'Hacker News',
  color: '#c44f00', // brand #ff6600 fails 4.5:1 on white; same hue, darker
  icon: 'M2 2h20v20H2M6.5 5.5l4.3 7.7v5.3h2.4V13L18 5.5h-3L12 11 9 5.5',
  href: (d) => query('https://news.ycombinator.com/submitlink', { u: d.url, t: fit(headline(d), 80) }),
};
