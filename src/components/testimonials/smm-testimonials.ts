// Side-effect entry `smm-kit/testimonials`: defines <smm-testimonials>, and
// <smm-testimonial-form> from a chunk of its own, fetched when the page has one.
import { define } from '../../shared/define.js';
import { SmmTestimonials } from './testimonials.js';
import { whenPresent } from './lazy-form.js';

define('smm-testimonials', SmmTestimonials);
whenPresent();

export { SmmTestimonials };
