// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const nl: Partial<TestimonialStrings> = {
  testimonials: 'Ervaringen',
  tLoading: 'Ervaringen laden…',
  tLoadFailed: 'De ervaringen konden niet worden geladen.',
  tRetry: 'Opnieuw proberen',
  noTestimonials: 'Nog geen ervaringen.',
  outOf: '{0} van {1}',
  reviewCount: 'one:op basis van {0} beoordeling|other:op basis van {0} beoordelingen',
  stars: 'one:{0} ster|other:{0} sterren',
  ratingSummary: 'Beoordelingen',
  showMore: 'Meer ervaringen tonen',
  carousel: 'carrousel',
  slide: 'dia',
  slideOf: '{0} van {1}',
  previous: 'Vorige ervaring',
  next: 'Volgende ervaring',
  stopRotation: 'Automatisch afspelen stoppen',
  startRotation: 'Automatisch afspelen starten',
};
