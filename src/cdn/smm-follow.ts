// dist/cdn/smm-follow.js: <smm-follow> with every profile and every locale, for a <script> tag.
import '../i18n/cdn.js';
import '../components/follow/smm-follow.js';
