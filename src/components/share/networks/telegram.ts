// Telegram's documented share link (core.telegram.org/widgets/share): URL plus optional comment.
import { headline, query } from './text.js';
import type { Network } from './types.js';

export const telegram: Network = {
  id: 'telegram',
  label: 'Telegram',
  color: '#167caf', // brand #26a5e4 fails 4.5:1 on white; same hue, darker
  icon: 'M2 11.3l19.5-7.8-3.2 16.5-5.7-4-3.1 3-.3-4.7 7.8-7-9.4 5.9',
  href: (d) => query('https://t.me/share/url', { url: d.url, text: headline(d) }),
};
