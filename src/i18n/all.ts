// Every locale smm-kit ships, registered on import. The CDN bundles import this module; npm users
// who want fewer locales import './locales/<code>.js' and call registerLocale() for just those.
import { registerLocale } from './localize.js';
import { en, type Strings } from './locales/en.js';
import { it } from './locales/it.js';
import { de } from './locales/de.js';
import { fr } from './locales/fr.js';
import { es } from './locales/es.js';
import { pt } from './locales/pt.js';
import { ptPT } from './locales/pt-PT.js';
import { nl } from './locales/nl.js';
import { pl } from './locales/pl.js';
import { sv } from './locales/sv.js';
import { da } from './locales/da.js';
import { no } from './locales/no.js';
import { fi } from './locales/fi.js';
import { cs } from './locales/cs.js';
import { sk } from './locales/sk.js';
import { hu } from './locales/hu.js';
import { ro } from './locales/ro.js';
import { el } from './locales/el.js';
import { tr } from './locales/tr.js';
import { ru } from './locales/ru.js';
import { uk } from './locales/uk.js';
import { ar } from './locales/ar.js';
import { he } from './locales/he.js';
import { ja } from './locales/ja.js';
import { zh } from './locales/zh.js';
import { ko } from './locales/ko.js';
import { ca } from './locales/ca.js';
import { hr } from './locales/hr.js';
import { bg } from './locales/bg.js';
import { id } from './locales/id.js';
import { vi } from './locales/vi.js';
import { hi } from './locales/hi.js';
import { fa } from './locales/fa.js';

/** Strings of every shipped locale, by BCP 47 tag. */
export const allLocales: Readonly<Record<string, Strings>> = {
  en, it, de, fr, es, pt, 'pt-PT': ptPT, nl, pl, sv, da, no, fi, cs, sk, hu, ro, el, tr, ru, uk, ar,
  he, ja, zh, ko, ca, hr, bg, id, vi, hi, fa,
};

for (const [code, strings] of Object.entries(allLocales)) registerLocale(code, strings);
