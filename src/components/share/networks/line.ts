// LINE's documented share link for custom buttons; works in desktop browsers too, so not phone-only.
import { headline, query } from './text.js';
import type { Network } from './types.js';

export const line: Network = {
  id: 'line',
  label: 'LINE',
  color: '#04873a', // brand #06c755 fails 4.5:1 on white; same hue, darker
  icon: 'M12 2c6 0 10 4 10 8s-4 7-9 10c-.8.2-1 0-1-1v-1c-5.5-.6-10-4-10-8 0-4.4 4.5-8 10-8M5 8v5h2.6v-1H6V8m2.4 0v5h1V8m.9 0v5h1v-3l2 3h1V8h-1v3l-2-3m3.9 0v5h3v-1h-2v-1h2v-1h-2V9h2V8',
  href: (d) => query('https://social-plugins.line.me/lineit/share', { url: d.url, text: headline(d) }),
};
