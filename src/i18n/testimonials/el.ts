// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const el: Partial<TestimonialStrings> = {
  testimonials: 'Μαρτυρίες',
  tLoading: 'Φόρτωση μαρτυριών…',
  tLoadFailed: 'Δεν ήταν δυνατή η φόρτωση των μαρτυριών.',
  tRetry: 'Δοκιμάστε ξανά',
  noTestimonials: 'Δεν υπάρχουν ακόμη μαρτυρίες.',
  outOf: '{0} από {1}',
  reviewCount: 'one:από {0} κριτική|other:από {0} κριτικές',
  stars: 'one:{0} αστέρι|other:{0} αστέρια',
  ratingSummary: 'Βαθμολογίες',
  showMore: 'Εμφάνιση περισσότερων μαρτυριών',
  carousel: 'καρουζέλ',
  slide: 'διαφάνεια',
  slideOf: '{0} από {1}',
  previous: 'Προηγούμενη μαρτυρία',
  next: 'Επόμενη μαρτυρία',
  stopRotation: 'Διακοπή αυτόματης προβολής',
  startRotation: 'Έναρξη αυτόματης προβολής',
};
