// The "everything" entry (dist/cdn/smm.js): every element, every locale (on demand), and the
// tracker, which stays idle until the page names an endpoint.
import './i18n/cdn.js';
import './components/share/smm-share.js';
import './components/follow/smm-follow.js';
import './track/auto.js';
