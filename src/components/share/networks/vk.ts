// VK's share.php: URL, title and image.
import { headline, query } from './text.js';
import type { Network } from './types.js';

export const vk: Network = {
  id: 'vk',
  label: 'VK',
  color: '#006fed', // brand #0077ff fails 4.5:1 on white; same hue, darker
  icon: 'M2 6h3l1.6 7.5L8.4 6h2.8L8 18H5.2m7.3-12h2.7v5l3.5-5h3.1l-4.4 5.6L22 18h-3.2l-3.6-5v5h-2.7',
  href: (d) => query('https://vk.com/share.php', { url: d.url, title: headline(d), image: d.image }),
};
