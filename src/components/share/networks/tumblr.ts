// Tumblr's share tool as a link post; hashtags become Tumblr tags (comma separated).
import { query, tags } from './text.js';
import type { Network } from './types.js';

export const tumblr: Network = {
  id: 'tumblr',
  label: 'Tumblr',
  color: '#001935',
  icon: 'M10 2h3.5v5H18v3.5h-4.5V16c0 1 .6 2 2 2H18v4h-3c-3 0-5-2-5-5v-6.5H7V8c2-1 3-3 3-6',
  href: (d) =>
    query('https://www.tumblr.com/widgets/share/tool', {
      posttype: 'link',
      canonicalUrl: d.url,
      title: d.title,
      caption: d.text,
      tags: tags(d).join(','),
    }),
};
