// Side-effect entry `smm-kit/testimonial-form`: defines <smm-testimonial-form>. The wall's entry
// loads it on its own when a page has a form; import it directly to have it up front.
import { define } from '../../shared/define.js';
import { SmmTestimonialForm } from './form.js';

define('smm-testimonial-form', SmmTestimonialForm);

export { SmmTestimonialForm };
