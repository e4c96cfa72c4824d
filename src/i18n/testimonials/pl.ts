// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const pl: Partial<TestimonialStrings> = {
  testimonials: 'Opinie',
  tLoading: 'Wczytywanie opinii…',
  tLoadFailed: 'Nie udało się wczytać opinii.',
  tRetry: 'Spróbuj ponownie',
  noTestimonials: 'Nie ma jeszcze opinii.',
  outOf: '{0} na {1}',
  reviewCount: 'one:na podstawie {0} opinii|few:na podstawie {0} opinii|many:na podstawie {0} opinii|other:na podstawie {0} opinii',
  stars: 'one:{0} gwiazdka|few:{0} gwiazdki|many:{0} gwiazdek|other:{0} gwiazdki',
  ratingSummary: 'Oceny',
  showMore: 'Pokaż więcej opinii',
  carousel: 'karuzela',
  slide: 'slajd',
  slideOf: '{0} z {1}',
  previous: 'Poprzednia opinia',
  next: 'Następna opinia',
  stopRotation: 'Zatrzymaj automatyczne przewijanie',
  startRotation: 'Włącz automatyczne przewijanie',
};
