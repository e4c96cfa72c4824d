// dist/cdn/smm-comments.js: <smm-comments> and <smm-comment-count> with every locale (on demand),
// for a <script> tag. The form is a chunk beside it, fetched when a reader starts writing.
import '../i18n/cdn.js';
import '../i18n/comments-lazy.js';
import '../components/comments/smm-comments.js';
