// WhatsApp click-to-chat without a number: the reader picks the chat; works on phone and WhatsApp Web.
import { compose, headline, query } from './text.js';
import type { Network } from './types.js';

export const whatsapp: Network = {
  id: 'whatsapp',
  label: 'WhatsApp',
  color: '#178540', // brand #25d366 fails 4.5:1 on white; same hue, darker
  icon: 'M12 2a10 10 0 1 1-5 18.7L2 22l1.3-5A10 10 0 0 1 12 2m0 2a8 8 0 1 0 0 16 8 8 0 1 0 0-16M9 7l1.5-.4 1.1 2.8-1.2 1.2c.6 1.3 1.7 2.4 3 3l1.2-1.2 2.8 1.1-.4 1.9c.1.8-1 1.4-1 1.4-5 .2-8.8-3.8-8.8-8.4 0-.8.6-1.5 1.4-1.6',
  href: (d) => query('https://wa.me/', { text: compose(headline(d), d.url) }),
};
