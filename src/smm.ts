// The "everything" entry (dist/cdn/smm.js): every element, every locale (on demand), and the
// tracker, which stays idle until the page names an endpoint; and the plain-HTML placeholders.
import './i18n/cdn.js';
import './components/share/smm-share.js';
import './components/follow/smm-follow.js';
import './i18n/comments-lazy.js';
import './components/comments/smm-comments.js';
import './i18n/testimonials-lazy.js';
import './components/testimonials/smm-testimonials.js';
import './track/auto.js';
import { mount } from './shared/mount.js';

// <div data-smm="share" data-networks="…">, for editors that strip the elements' own tags.
mount({ share: 'smm-share', follow: 'smm-follow', comments: 'smm-comments', 'comment-count': 'smm-comment-count', testimonials: 'smm-testimonials', 'testimonial-form': 'smm-testimonial-form' });
