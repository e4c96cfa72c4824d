// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const hr: Partial<TestimonialStrings> = {
  testimonials: 'Preporuke',
  tLoading: 'Učitavanje preporuka…',
  tLoadFailed: 'Preporuke se nisu mogle učitati.',
  tRetry: 'Pokušaj ponovno',
  noTestimonials: 'Još nema preporuka.',
  outOf: '{0} od {1}',
  reviewCount: 'one:na temelju {0} recenzije|few:na temelju {0} recenzije|other:na temelju {0} recenzija',
  stars: 'one:{0} zvjezdica|few:{0} zvjezdice|other:{0} zvjezdica',
  ratingSummary: 'Ocjene',
  showMore: 'Prikaži još preporuka',
  carousel: 'vrtuljak',
  slide: 'slajd',
  slideOf: '{0} od {1}',
  previous: 'Prethodna preporuka',
  next: 'Sljedeća preporuka',
  stopRotation: 'Zaustavi automatsko listanje',
  startRotation: 'Pokreni automatsko listanje',
};
