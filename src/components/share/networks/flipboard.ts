// Flipboard's bookmarklet popout, version 2.
import { headline, query } from './text.js';
import type { Network } from './types.js';

export const flipboard: Network = {
  id: 'flipboard',
  label: 'Flipboard',
  color: '#e12828',
  icon: 'M2 2h20v6.7h-6.7v6.6H8.7V22H2',
  href: (d) => query('https://share.flipboard.com/bookmarklet/popout', { v: '2', title: headline(d), url: d.url }),
};
