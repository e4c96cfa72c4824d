// Side-effect module: the testimonial wall's strings in every shipped locale, fetched on demand
// (from ./testimonials/<code>.js beside this module) the first time a testimonials element needs
// them. English is inline in the elements.
import { LOCALE_CODES } from './codes.js';
import { setPackLoader } from './pack.js';
import type { TestimonialStrings } from './testimonials/en.js';

setPackLoader(
  LOCALE_CODES.filter((c) => c != 'en'),
  (code) => import(`./testimonials/${code}.js`).then((m: Record<string, TestimonialStrings>) => Object.values(m)[0]),
  'testimonials',
);
