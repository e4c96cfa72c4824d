// Blogger's "BlogThis!" form: URL, post title and a starting text.
import { query } from './text.js';
import type { Network } from './types.js';

export const blogger: Network = {
  id: 'blogger',
  label: 'Blogger',
  color: '#dc3500', // brand #ff5722 fails 4.5:1 on white; same hue, darker
  icon: 'M5 2h8c3 0 5 2 5 5 0 1.5-1 2.8-2 4 2 .3 3 2 3 4 0 4-2.5 7-6 7H5M8.8 5v4.8H12c1.5 0 2.3-.9 2.3-2.3s-.8-2.3-2.2-2.3zm0 8v5.8H13c1 0 2.2-1.1 2.2-2.9S14 13 13 13',
  href: ({ url, title, text }) => query('https://www.blogger.com/blog-this.g', { u: url, n: title, t: text }),
};
