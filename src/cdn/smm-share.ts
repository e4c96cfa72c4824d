// dist/cdn/smm-share.js: <smm-share> with every network and every locale, for a <script> tag.
import '../i18n/cdn.js';
import '../components/share/smm-share.js';
