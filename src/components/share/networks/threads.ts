// Threads' post intent: text (500 characters at most) plus the URL as link attachment.
import { fit, headline, query } from './text.js';
import type { Network } from './types.js';

export const threads: Network = {
  id: 'threads',
  label: 'Threads',
  color: '#000000',
  icon: 'M19.07 19.07A10 10 0 1 1 21.85 13.74l-2.17-.39A7.8 7.8 0 1 0 17.52 17.52zM12 8a4 4 0 1 1 0 8 4 4 0 1 1 0-8zm0 2a2 2 0 1 0 0 4 2 2 0 1 0 0-4zm2.2-2H16v5c0 1 .6 1.6 1.5 1.6s1.6-.6 1.9-1.4l1.9.5c-.5 1.7-1.9 2.9-3.8 2.9-1.8 0-3.3-1.2-3.3-3.4z',
  href: (d) => query('https://www.threads.com/intent/post', { text: fit(headline(d), 500), url: d.url }),
};
