// XING's share endpoint takes only the URL; the rest comes from the page.
import { query } from './text.js';
import type { Network } from './types.js';

export const xing: Network = {
  id: 'xing',
  label: 'XING',
  color: '#006567',
  icon: 'M4 7h3.6l2.4 4-2.6 5H4l2.4-5m9.2-9h3.8l-5.9 10.6 3.8 9.4-3.8 0-3.8-9.4',
  href: ({ url }) => query('https://www.xing.com/spi/shares/new', { url }),
};
