// Messenger's mobile deep link; the web send dialog would need a Facebook app id.
import { query } from './text.js';
import type { Network } from './types.js';

export const messenger: Network = {
  id: 'messenger',
  label: 'Messenger',
  color: '#0073de', // brand #0084ff fails 4.5:1 on white; same hue, darker
  icon: 'M12 2C6.4 2 2 6.1 2 11.5c0 2.9 1.3 5.4 3.4 7.1V22l3.2-1.8c1.1.3 2.2.5 3.4.5 5.6 0 10-4.1 10-9.5S17.6 2 12 2zM5.5 15 11 9l2.6 2.6L18.5 9 13 15l-2.6-2.6z',
  href: ({ url }) => query('fb-messenger://share/', { link: url }),
  mobile: true,
};
