// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const de: Partial<TestimonialStrings> = {
  testimonials: 'Erfahrungsberichte',
  tLoading: 'Erfahrungsberichte werden geladen…',
  tLoadFailed: 'Die Erfahrungsberichte konnten nicht geladen werden.',
  tRetry: 'Erneut versuchen',
  noTestimonials: 'Noch keine Erfahrungsberichte.',
  outOf: '{0} von {1}',
  reviewCount: 'one:aus {0} Bewertung|other:aus {0} Bewertungen',
  stars: 'one:{0} Stern|other:{0} Sterne',
  ratingSummary: 'Bewertungen',
  showMore: 'Weitere Erfahrungsberichte anzeigen',
  carousel: 'Karussell',
  slide: 'Folie',
  slideOf: '{0} von {1}',
  previous: 'Vorheriger Erfahrungsbericht',
  next: 'Nächster Erfahrungsbericht',
  stopRotation: 'Automatische Wiedergabe anhalten',
  startRotation: 'Automatische Wiedergabe starten',
};
