// Facebook's sharer; it reads title and image from the page's Open Graph tags, and takes one
// hashtag of its own (the first).
import { query, tags } from './text.js';
import type { Network } from './types.js';

export const facebook: Network = {
  id: 'facebook',
  label: 'Facebook',
  color: '#0866ff',
  icon: 'M9 22v-9.5H6.5V9H9V7.2C9 4 10.9 2 14 2c1.2 0 2.4.2 3 .3v3.2h-2c-1.2 0-1.5.6-1.5 1.5V9h3.4l-.5 3.5h-2.9V22z',
  href: (d) => {
    const [tag] = tags(d);
    return query('https://www.facebook.com/sharer/sharer.php', { u: d.url, hashtag: tag && `#${tag}` });
  },
};
