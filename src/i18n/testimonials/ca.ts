// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const ca: Partial<TestimonialStrings> = {
  testimonials: 'Testimonis',
  tLoading: 'S’estan carregant els testimonis…',
  tLoadFailed: 'No s’han pogut carregar els testimonis.',
  tRetry: 'Torna-ho a provar',
  noTestimonials: 'Encara no hi ha testimonis.',
  outOf: '{0} de {1}',
  reviewCount: 'one:de {0} valoració|other:de {0} valoracions',
  stars: 'one:{0} estrella|other:{0} estrelles',
  ratingSummary: 'Valoracions',
  showMore: 'Mostra més testimonis',
  carousel: 'carrusel',
  slide: 'diapositiva',
  slideOf: '{0} de {1}',
  previous: 'Testimoni anterior',
  next: 'Testimoni següent',
  stopRotation: 'Atura el pas automàtic',
  startRotation: 'Inicia el pas automàtic',
};
