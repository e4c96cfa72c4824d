// Viber has no web share page: a viber: deep link that opens the app's forward screen.
import { compose, headline, query } from './text.js';
import type { Network } from './types.js';

export const viber: Network = {
  id: 'viber',
  label: 'Viber',
  color: '#6f5bf2', // brand #7360f2 is just under 4.5:1 on white; same hue, darker
  icon: 'M7 2h10a5 5 0 0 1 5 5v6.5a5 5 0 0 1-5 5h-5.5L7 22v-4a5 5 0 0 1-5-4V7a5 5 0 0 1 5-5m2 4c-1 0-2 1-2 1.6.2 4.6 4 8.4 9 8.4.4 0 1-1 1-1l.4-2.3-2.8-1.1-1.2 1.2c-1.3-.6-2.4-1.7-3-3l1.2-1.2L10.5 6',
  href: (d) => query('viber://forward', { text: compose(headline(d), d.url) }),
  mobile: true,
};
