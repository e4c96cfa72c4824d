// Messenger's mobile deep link; the web send dialog would need a Facebook app id.
import { query } from './text.js';
import type { Network } from './types.js';

export const messenger: Network = {
  id: 'messenger',
  label: 'Messenger',
  color: '#0073de', // brand #0084ff fails 4.5:1 on white; same hue, darker
  icon: 'M12 2C6 2 2 6 2 12c0 2 1 5 3.4 7v3L9 20c.7.5 2 1 3 .7 5.6 0 10-4.1 10-9.5S18 2 12 2M5.5 15 11 9l2.6 2.6 4.9-2.6-5.5 6-2.6-2.6',
  href: ({ url }) => query('fb-messenger://share/', { link: url }),
  mobile: true,
};
