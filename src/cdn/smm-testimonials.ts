// dist/cdn/smm-testimonials.js: <smm-testimonials> with every locale (on demand), for a <script>
// tag. <smm-testimonial-form> is a chunk beside it, fetched when the page has a form.
import '../i18n/cdn.js';
import '../i18n/testimonials-lazy.js';
import '../components/testimonials/smm-testimonials.js';
