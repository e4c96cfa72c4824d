// The testimonial wall's strings in every shipped locale, by BCP 47 tag (see ./testimonials/en.ts).
import type { TestimonialStrings } from './testimonials/en.js';
import { en } from './testimonials/en.js';
import { it } from './testimonials/it.js';

export const testimonialLocales: Readonly<Record<string, TestimonialStrings>> = {
  en, it,
};
