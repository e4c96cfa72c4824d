// Threads' post intent: text (500 characters at most) plus the URL as link attachment.
import { fit, headline, query } from './text.js';
import type { Network } from './types.js';

export const threads: Network = {
  id: 'threads',
  label: 'Threads',
  color: '#000000',
  icon: 'M19.1 19a10 10 0 1 1 2.75-5.3l-2.17-.35a7.8 7.8 0 1 0-2.16 4.17M12 8a4 4 0 1 1 0 8 4 4 0 1 1 0-8m0 2a2 2 0 1 0 0 4 2 2 0 1 0 0-4m2-2h2v5c0 1 .6 1.6 1.5 1.6s1.6-.6 1.9-1.4l1.9.5c-.5 1.7-1.9 2.9-3.8 2.9-1.8 0-3.3-1.2-3.3-3.4',
  href: (d) => query('https://www.threads.com/intent/post', { text: fit(headline(d), 500), url: d.url }),
};
