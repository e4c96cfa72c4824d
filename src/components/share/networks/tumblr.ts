// Tumblr's share tool as a link post; hashtags become Tumblr tags (comma separated).
import { query, tags } from './text.js';
import type { Network } from './types.js';

export const tumblr: Network = {
  id: 'tumblr',
  label: 'Tumblr',
  color: '#001935',
  icon: 'M10 2h3.5v5H18v3.5h-4.5v5.3c0 1.5.6 2.2 2 2.2H18V22h-3c-3.3 0-5-1.8-5-5v-6.5H7V7.8c1.8-.4 3-2.7 3-5.8z',
  href: (d) =>
    query('https://www.tumblr.com/widgets/share/tool', {
      posttype: 'link',
      canonicalUrl: d.url,
      title: d.title,
      caption: d.text,
      tags: tags(d).join(','),
    }),
};
