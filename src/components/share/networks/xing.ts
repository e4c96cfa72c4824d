// XING's share endpoint takes only the URL; the rest comes from the page.
import { query } from './text.js';
import type { Network } from './types.js';

export const xing: Network = {
  id: 'xing',
  label: 'XING',
  color: '#006567',
  icon: 'M4 7h3.6l2.4 4.2L7.4 16H3.8l2.6-4.8zm11.6-5h3.8l-5.9 10.6 3.8 9.4h-3.8l-3.8-9.4z',
  href: ({ url }) => query('https://www.xing.com/spi/shares/new', { url }),
};
