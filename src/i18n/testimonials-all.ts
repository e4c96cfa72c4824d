// The testimonial wall's strings in every shipped locale, registered on import (for npm users who
// register every locale up front, as with ./all.js).
import { registerPack } from './pack.js';
import { testimonialLocales } from './testimonial-locales.js';

for (const [code, strings] of Object.entries(testimonialLocales)) registerPack(code, strings, 'testimonials');
