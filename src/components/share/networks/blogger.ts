// Blogger's "BlogThis!" form: URL, post title and a starting text.
import { query } from './text.js';
import type { Network } from './types.js';

export const blogger: Network = {
  id: 'blogger',
  label: 'Blogger',
  color: '#dc3500', // brand #ff5722 fails 4.5:1 on white; same hue, darker
  icon: 'M5 2h7.5c3.4 0 5.5 1.9 5.5 4.8 0 1.7-.8 3-2.2 3.8 2 .7 3.2 2.4 3.2 4.6 0 3.5-2.5 6.8-6.5 6.8H5zm3.8 3.2v4.6h3.3c1.4 0 2.2-.9 2.2-2.3s-.8-2.3-2.2-2.3zm0 7.8v5.8h3.8c1.6 0 2.6-1.1 2.6-2.9S14.2 13 12.6 13z',
  href: ({ url, title, text }) => query('https://www.blogger.com/blog-this.g', { u: url, n: title, t: text }),
};
