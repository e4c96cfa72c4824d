// Telegram's documented share link (core.telegram.org/widgets/share): URL plus optional comment.
import { headline, query } from './text.js';
import type { Network } from './types.js';

export const telegram: Network = {
  id: 'telegram',
  label: 'Telegram',
  color: '#167caf', // brand #26a5e4 fails 4.5:1 on white; same hue, darker
  icon: 'M2 11.3 21.5 3.5l-3.2 16.7-5.7-4.2-3.1 3-.3-4.7L17 7.3l-9.4 5.9z',
  href: (d) => query('https://t.me/share/url', { url: d.url, text: headline(d) }),
};
