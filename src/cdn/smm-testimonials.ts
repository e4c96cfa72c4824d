// dist/cdn/smm-testimonials.js: <smm-testimonials> with every locale (on demand), for a <script>
// tag. <smm-testimonial-form> is a chunk beside it, fetched when the page has a form. Its strings
// are all in the testimonial pack (./testimonials/<code>.js), so it needs none of the bars' locale
// files (../i18n/cdn.js): an Italian reader fetches the pack alone.
import '../i18n/testimonials-lazy.js';
import '../components/testimonials/smm-testimonials.js';
