// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const sk: Partial<TestimonialStrings> = {
  testimonials: 'Referencie',
  tLoading: 'Načítavajú sa referencie…',
  tLoadFailed: 'Referencie sa nepodarilo načítať.',
  tRetry: 'Skúsiť znova',
  noTestimonials: 'Zatiaľ žiadne referencie.',
  outOf: '{0} z {1}',
  reviewCount: 'one:z {0} hodnotenia|few:z {0} hodnotení|many:z {0} hodnotenia|other:z {0} hodnotení',
  stars: 'one:{0} hviezdička|few:{0} hviezdičky|many:{0} hviezdičky|other:{0} hviezdičiek',
  ratingSummary: 'Hodnotenia',
  showMore: 'Zobraziť ďalšie referencie',
  carousel: 'karusel',
  slide: 'snímka',
  slideOf: '{0} z {1}',
  previous: 'Predchádzajúca referencia',
  next: 'Ďalšia referencia',
  stopRotation: 'Zastaviť automatické prehrávanie',
  startRotation: 'Spustiť automatické prehrávanie',
};
