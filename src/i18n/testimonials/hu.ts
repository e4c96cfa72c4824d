// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const hu: Partial<TestimonialStrings> = {
  testimonials: 'Vélemények',
  tLoading: 'Vélemények betöltése…',
  tLoadFailed: 'A véleményeket nem sikerült betölteni.',
  tRetry: 'Újra',
  noTestimonials: 'Még nincs vélemény.',
  outOf: '{0} / {1}',
  reviewCount: 'one:{0} értékelés alapján|other:{0} értékelés alapján',
  stars: 'one:{0} csillag|other:{0} csillag',
  ratingSummary: 'Értékelések',
  showMore: 'További vélemények megjelenítése',
  carousel: 'körhinta',
  slide: 'dia',
  slideOf: '{0} / {1}',
  previous: 'Előző vélemény',
  next: 'Következő vélemény',
  stopRotation: 'Automatikus lapozás leállítása',
  startRotation: 'Automatikus lapozás indítása',
};
