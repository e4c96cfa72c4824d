// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const fi: Partial<TestimonialStrings> = {
  testimonials: 'Suosittelut',
  tLoading: 'Ladataan suositteluja…',
  tLoadFailed: 'Suositteluja ei voitu ladata.',
  tRetry: 'Yritä uudelleen',
  noTestimonials: 'Ei vielä suositteluja.',
  outOf: '{0}/{1}',
  reviewCount: 'one:{0} arvion perusteella|other:{0} arvion perusteella',
  stars: 'one:{0} tähti|other:{0} tähteä',
  ratingSummary: 'Arviot',
  showMore: 'Näytä lisää suositteluja',
  carousel: 'karuselli',
  slide: 'dia',
  slideOf: '{0}/{1}',
  previous: 'Edellinen suosittelu',
  next: 'Seuraava suosittelu',
  stopRotation: 'Pysäytä automaattinen diaesitys',
  startRotation: 'Käynnistä automaattinen diaesitys',
};
