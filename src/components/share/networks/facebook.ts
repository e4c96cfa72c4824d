// Facebook's sharer; it reads title and image from the page's Open Graph tags, and takes one
// hashtag of its own (the first).
import { query, tags } from './text.js';
import type { Network } from './types.js';

export const facebook: Network = {
  id: 'facebook',
  label: 'Facebook',
  color: '#0866ff',
  icon: 'M9 22v-9.5H6.5V9H9V7c0-3 2-5 5-5 1 0 2 0 3 0v3.5h-2c-1 0-1.5.6-1.5 1.5v2H17l-1 3.5h-2.5V22',
  href: (d) => {
    const [tag] = tags(d);
    return query('https://www.facebook.com/sharer/sharer.php', { u: d.url, hashtag: tag && `#${tag}` });
  },
};
