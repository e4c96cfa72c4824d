// LINE's documented share link for custom buttons; works in desktop browsers too, so not phone-only.
import { headline, query } from './text.js';
import type { Network } from './types.js';

export const line: Network = {
  id: 'line',
  label: 'LINE',
  color: '#04873a', // brand #06c755 fails 4.5:1 on white; same hue, darker
  icon: 'M12 2c5.5 0 10 3.6 10 8 0 4.2-4 7.2-9 9.8-.8.4-1.2.2-1-.6l.2-1.3C6.5 17.4 2 14.2 2 10c0-4.4 4.5-8 10-8zM5 8v5h2.6v-1H6V8zm3.4 0v5h1V8zm1.9 0v5h1v-3l2 3h1V8h-1v3l-2-3zm4.9 0v5h3v-1h-2v-1h2v-1h-2V9h2V8z',
  href: (d) => query('https://social-plugins.line.me/lineit/share', { url: d.url, text: headline(d) }),
};
