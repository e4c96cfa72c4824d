// A mailto: draft: title as subject, description then URL as body (CRLF line breaks, RFC 6068).
import { query } from './text.js';
import type { Network } from './types.js';

export const email: Network = {
  id: 'email',
  label: 'Email',
  color: '#555555', // no brand; neutral grey
  icon: 'M2 4h20v16H2M4 6v12h16V6zm.5.5L12 12l7.5-5.5 1 1.3L12 14 4 8',
  href: ({ url, title, text }) => query('mailto:', { subject: title, body: text ? `${text}\r\n\r\n${url}` : url }),
};
