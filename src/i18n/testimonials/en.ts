// English, the reference of the testimonials pack: every locale in this folder has exactly these
// keys and the same {0}/{1} placeholders and plural forms; tests/components/i18n-testimonials.test.ts
// holds them to it. The strings live in ../en/testimonials.ts, ../en/testimonial-carousel.ts and
// ../en/testimonial-form.ts.
import { enTestimonialForm } from '../en/testimonial-form.js';
import { enTestimonialCarousel } from '../en/testimonial-carousel.js';
import { enTestimonials } from '../en/testimonials.js';

export const en = { ...enTestimonials, ...enTestimonialCarousel, ...enTestimonialForm };

export type TestimonialStrings = typeof en;
export type TestimonialKey = keyof TestimonialStrings;
