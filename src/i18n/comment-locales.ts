// The comment wall's strings in every shipped locale, by BCP 47 tag (see ./comments/en.ts).
import type { CommentStrings } from './comments/en.js';
import { en } from './comments/en.js';
import { it } from './comments/it.js';
import { de } from './comments/de.js';
import { fr } from './comments/fr.js';
import { es } from './comments/es.js';
import { pt } from './comments/pt.js';
import { ptPT } from './comments/pt-PT.js';
import { nl } from './comments/nl.js';
import { pl } from './comments/pl.js';
import { sv } from './comments/sv.js';
import { da } from './comments/da.js';
import { no } from './comments/no.js';
import { fi } from './comments/fi.js';
import { cs } from './comments/cs.js';
import { sk } from './comments/sk.js';
import { hu } from './comments/hu.js';
import { ro } from './comments/ro.js';
import { el } from './comments/el.js';
import { tr } from './comments/tr.js';
import { ru } from './comments/ru.js';
import { uk } from './comments/uk.js';
import { ar } from './comments/ar.js';
import { he } from './comments/he.js';
import { ja } from './comments/ja.js';
import { zh } from './comments/zh.js';
import { ko } from './comments/ko.js';
import { ca } from './comments/ca.js';
import { hr } from './comments/hr.js';
import { bg } from './comments/bg.js';
import { id } from './comments/id.js';
import { vi } from './comments/vi.js';
import { hi } from './comments/hi.js';
import { fa } from './comments/fa.js';

export const commentLocales: Readonly<Record<string, CommentStrings>> = {
  en, it, de, fr, es, pt, 'pt-PT': ptPT, nl, pl, sv, da, no, fi, cs, sk, hu, ro, el, tr, ru, uk, ar, he, ja, zh, ko, ca, hr, bg, id, vi, hi, fa,
};
