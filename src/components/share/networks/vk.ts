// VK's share.php: URL, title and image.
import { headline, query } from './text.js';
import type { Network } from './types.js';

export const vk: Network = {
  id: 'vk',
  label: 'VK',
  color: '#006fed', // brand #0077ff fails 4.5:1 on white; same hue, darker
  icon: 'M2 6h2.8l1.8 7.5L8.4 6h2.8L8 18H5.2zm10.5 0h2.7v4.8L18.7 6h3.1l-4.4 5.6L22 18h-3.2l-3.6-5.3V18h-2.7z',
  href: (d) => query('https://vk.com/share.php', { url: d.url, title: headline(d), image: d.image }),
};
