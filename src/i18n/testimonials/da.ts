// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const da: Partial<TestimonialStrings> = {
  testimonials: 'Anbefalinger',
  tLoading: 'Indlæser anbefalinger…',
  tLoadFailed: 'Anbefalingerne kunne ikke indlæses.',
  tRetry: 'Prøv igen',
  noTestimonials: 'Ingen anbefalinger endnu.',
  outOf: '{0} ud af {1}',
  reviewCount: 'one:ud fra {0} anmeldelse|other:ud fra {0} anmeldelser',
  stars: 'one:{0} stjerne|other:{0} stjerner',
  ratingSummary: 'Bedømmelser',
  showMore: 'Vis flere anbefalinger',
  carousel: 'karrusel',
  slide: 'dias',
  slideOf: '{0} af {1}',
  previous: 'Forrige anbefaling',
  next: 'Næste anbefaling',
  stopRotation: 'Stop automatisk diasshow',
  startRotation: 'Start automatisk diasshow',
};
