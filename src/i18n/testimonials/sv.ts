// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const sv: Partial<TestimonialStrings> = {
  testimonials: 'Omdömen',
  tLoading: 'Läser in omdömen…',
  tLoadFailed: 'Omdömena kunde inte läsas in.',
  tRetry: 'Försök igen',
  noTestimonials: 'Inga omdömen än.',
  outOf: '{0} av {1}',
  reviewCount: 'one:baserat på {0} omdöme|other:baserat på {0} omdömen',
  stars: 'one:{0} stjärna|other:{0} stjärnor',
  ratingSummary: 'Betyg',
  showMore: 'Visa fler omdömen',
  carousel: 'karusell',
  slide: 'bild',
  slideOf: '{0} av {1}',
  previous: 'Föregående omdöme',
  next: 'Nästa omdöme',
  stopRotation: 'Stoppa automatiskt bildspel',
  startRotation: 'Starta automatiskt bildspel',
};
