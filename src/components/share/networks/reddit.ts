// Reddit's submit form; its titles are capped at 300 characters.
import { fit, headline, query } from './text.js';
import type { Network } from './types.js';

export const reddit: Network = {
  id: 'reddit',
  label: 'Reddit',
  color: '#d63a00', // brand #ff4500 fails 4.5:1 on white; same hue, darker
  icon: 'M3 14.5a9 6.5 0 0 1 18 0 9 6.5 0 0 1-18 0m5.5-2a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3m7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3m2.5-10a2 2 0 1 1 0 4 2 2 0 1 1 0-4M11.3 8 13 2.4l3.2.8-.3 1-2.3-.5L12.3 8M4 8.5a2 2 0 1 1 0 4 2 2 0 1 1 0-4m16 0a2 2 0 1 1 0 4 2 2 0 1 1 0-4',
  href: (d) => query('https://www.reddit.com/submit', { url: d.url, title: fit(headline(d), 300) }),
};
