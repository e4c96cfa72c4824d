// Side-effect module: the comment wall's strings in every shipped locale, fetched on demand (from
// ./comments/<code>.js beside this module) the first time a comments element needs them; pages
// with only the bars never load them. English is inline in the elements.
import { LOCALE_CODES } from './codes.js';
import { setPackLoader } from './pack.js';
import type { CommentStrings } from './comments/en.js';

setPackLoader(
  LOCALE_CODES.filter((c) => c != 'en'),
  (code) => import(`./comments/${code}.js`).then((m: Record<string, CommentStrings>) => Object.values(m)[0]),
);
