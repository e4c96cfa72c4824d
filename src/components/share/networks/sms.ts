// `sms:?&body=`: Android reads `?body`, iOS 8+ reads `&body`, and each ignores the other's part.
import { compose, headline } from './text.js';
import type { Network } from './types.js';

export const sms: Network = {
  id: 'sms',
  label: 'SMS',
  color: '#23863c', // no brand; messages green #34c759 darkened to pass 4.5:1
  icon: 'M5 3h14a3 3 0 0 1 3 3v9a3 3 0 0 1-3 3h-8l-5 4v-4H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3m2.5 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3M12 9a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3m4.5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3',
  href: (d) => `sms:?&body=${encodeURIComponent(compose(headline(d), d.url))}`,
  mobile: true,
};
