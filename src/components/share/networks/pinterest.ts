// Pinterest's pin builder: the image is what gets pinned, the headline its description.
import { headline, query } from './text.js';
import type { Network } from './types.js';

export const pinterest: Network = {
  id: 'pinterest',
  label: 'Pinterest',
  color: '#e60023',
  icon: 'M6 2h7a6 6 0 0 1 0 12h-3v8H6zm4 3.5v5h3a2.5 2.5 0 0 0 0-5',
  href: (d) =>
    query('https://www.pinterest.com/pin/create/button/', { url: d.url, media: d.image, description: headline(d) }),
};
