// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const ro: Partial<TestimonialStrings> = {
  testimonials: 'Recomandări',
  tLoading: 'Se încarcă recomandările…',
  tLoadFailed: 'Recomandările nu au putut fi încărcate.',
  tRetry: 'Încearcă din nou',
  noTestimonials: 'Încă nu există recomandări.',
  outOf: '{0} din {1}',
  reviewCount: 'one:din {0} recenzie|few:din {0} recenzii|other:din {0} de recenzii',
  stars: 'one:{0} stea|few:{0} stele|other:{0} de stele',
  ratingSummary: 'Evaluări',
  showMore: 'Arată mai multe recomandări',
  carousel: 'carusel',
  slide: 'diapozitiv',
  slideOf: '{0} din {1}',
  previous: 'Recomandarea anterioară',
  next: 'Recomandarea următoare',
  stopRotation: 'Oprește derularea automată',
  startRotation: 'Pornește derularea automată',
};
