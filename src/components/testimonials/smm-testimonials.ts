// Side-effect entry `smm-kit/testimonials`: defines <smm-testimonials>, and
// <smm-testimonial-form> from a chunk of its own, fetched when the page has one (only pages that
// ask customers for a testimonial).
import { define } from '../../shared/define.js';
import { whenPresent } from '../../shared/when-present.js';
import { SmmTestimonials } from './testimonials.js';

define('smm-testimonials', SmmTestimonials);
whenPresent({ 'smm-testimonial-form': () => import('./smm-testimonial-form.js') });

export { SmmTestimonials };
