// Viber has no web share page: a viber: deep link that opens the app's forward screen.
import { compose, headline, query } from './text.js';
import type { Network } from './types.js';

export const viber: Network = {
  id: 'viber',
  label: 'Viber',
  color: '#6f5bf2', // brand #7360f2 is just under 4.5:1 on white; same hue, darker
  icon: 'M7 2h10a5 5 0 0 1 5 5v6.5a5 5 0 0 1-5 5h-5.5L7 22v-3.6a5 5 0 0 1-5-4.9V7a5 5 0 0 1 5-5zm1.6 4C7.8 6.1 7.2 6.8 7.2 7.6c0 4.6 3.8 8.4 8.4 8.4.8 0 1.5-.6 1.6-1.4l.2-1.9-2.8-1.1-1.2 1.2c-1.3-.6-2.4-1.7-3-3l1.2-1.2-1.1-2.8z',
  href: (d) => query('viber://forward', { text: compose(headline(d), d.url) }),
  mobile: true,
};
