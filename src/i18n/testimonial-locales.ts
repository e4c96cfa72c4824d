// The testimonial wall's strings in every shipped locale, by BCP 47 tag (see ./testimonials/en.ts).
import type { TestimonialStrings } from './testimonials/en.js';
import { en } from './testimonials/en.js';
import { it } from './testimonials/it.js';
import { de } from './testimonials/de.js';
import { fr } from './testimonials/fr.js';
import { es } from './testimonials/es.js';
import { pt } from './testimonials/pt.js';
import { ptPT } from './testimonials/pt-PT.js';
import { nl } from './testimonials/nl.js';
import { pl } from './testimonials/pl.js';
import { sv } from './testimonials/sv.js';
import { da } from './testimonials/da.js';
import { no } from './testimonials/no.js';
import { fi } from './testimonials/fi.js';
import { cs } from './testimonials/cs.js';
import { sk } from './testimonials/sk.js';
import { hu } from './testimonials/hu.js';
import { ro } from './testimonials/ro.js';
import { el } from './testimonials/el.js';
import { tr } from './testimonials/tr.js';
import { ru } from './testimonials/ru.js';
import { uk } from './testimonials/uk.js';
import { ar } from './testimonials/ar.js';
import { he } from './testimonials/he.js';
import { ja } from './testimonials/ja.js';
import { zh } from './testimonials/zh.js';
import { ko } from './testimonials/ko.js';
import { ca } from './testimonials/ca.js';
import { hr } from './testimonials/hr.js';
import { bg } from './testimonials/bg.js';
import { id } from './testimonials/id.js';
import { vi } from './testimonials/vi.js';
import { hi } from './testimonials/hi.js';
import { fa } from './testimonials/fa.js';

export const testimonialLocales: Readonly<Record<string, Partial<TestimonialStrings>>> = {
  en, it, de, fr, es, pt, 'pt-PT': ptPT, nl, pl, sv, da, no, fi, cs, sk, hu, ro, el, tr, ru, uk, ar, he, ja, zh, ko, ca, hr, bg, id, vi, hi, fa,
};
