// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const cs: Partial<TestimonialStrings> = {
  testimonials: 'Reference',
  tLoading: 'Načítání referencí…',
  tLoadFailed: 'Reference se nepodařilo načíst.',
  tRetry: 'Zkusit znovu',
  noTestimonials: 'Zatím žádné reference.',
  outOf: '{0} z {1}',
  reviewCount: 'one:z {0} hodnocení|few:z {0} hodnocení|many:z {0} hodnocení|other:z {0} hodnocení',
  stars: 'one:{0} hvězdička|few:{0} hvězdičky|many:{0} hvězdičky|other:{0} hvězdiček',
  ratingSummary: 'Hodnocení',
  showMore: 'Zobrazit další reference',
  carousel: 'karusel',
  slide: 'snímek',
  slideOf: '{0} z {1}',
  previous: 'Předchozí reference',
  next: 'Další reference',
  stopRotation: 'Zastavit automatické přehrávání',
  startRotation: 'Spustit automatické přehrávání',
};
