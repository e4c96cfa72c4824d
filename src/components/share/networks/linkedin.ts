// LinkedIn's share-offsite endpoint takes only the URL; title and image come from the page.
import { query } from './text.js';
import type { Network } from './types.js';

export const linkedin: Network = {
  id: 'linkedin',
  label: 'LinkedIn',
  color: '#0a66c2',
  icon: 'M3.5 9h4v12h-4zm2-6a2 2 0 1 1 0 4.4 2 2 0 0 1 0-4.4M10 9h3.8v1.7c.8-.7 2.1-2 4.2-1.7 2 0 3 2 3 4v8h-4v-7c0-1-.4-2.2-1.7-2.2S14 13 14 14v7h-4',
  href: ({ url }) => query('https://www.linkedin.com/sharing/share-offsite/', { url }),
};
