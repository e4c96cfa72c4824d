// Side-effect module: every locale smm-kit ships becomes available on demand. A locale's strings
// are fetched (from ./locales/<code>.js beside this module) the first time an element needs them,
// so a page pays only for the language it speaks. Bundlers turn the import into one chunk per locale.
import { setLocaleLoader } from './localize.js';
import type { Strings } from './locales/en.js';
import { LOCALE_CODES } from './codes.js';

setLocaleLoader(LOCALE_CODES, (code) =>
  import(`./locales/${code}.js`).then((m: Record<string, Strings>) => Object.values(m)[0]),
);
