// The "everything" entry (dist/cdn/smm.js): every element, every locale (on demand), and the
// tracker, which stays idle until the page names an endpoint; and the plain-HTML placeholders.
// The bars are in the file; the comment wall and the testimonial wall are chunks beside it,
// fetched only by pages that have one (a CMS prints smm.js on every page), sharing its Lit.
import './i18n/cdn.js';
import './components/share/smm-share.js';
import './components/follow/smm-follow.js';
// The walls' string loaders stay here: they import ./comments/<code>.js and ./testimonials/<code>.js
// relative to this file, which a chunk in chunks/ would not find.
import './i18n/comments-lazy.js';
import './i18n/testimonials-lazy.js';
import './track/auto.js';
import { mount } from './shared/mount.js';
import { whenPresent } from './shared/when-present.js';

// <div data-smm="share" data-networks="…">, for editors that strip the elements' own tags.
mount({ share: 'smm-share', follow: 'smm-follow', comments: 'smm-comments', 'comment-count': 'smm-comment-count', testimonials: 'smm-testimonials', 'testimonial-form': 'smm-testimonial-form' });
whenPresent({
  'smm-comments, smm-comment-count': () => import('./components/comments/smm-comments.js'),
  'smm-testimonials, smm-testimonial-form': () => import('./components/testimonials/smm-testimonials.js'),
});
