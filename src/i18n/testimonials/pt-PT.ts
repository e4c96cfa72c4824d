// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const ptPT: Partial<TestimonialStrings> = {
  testimonials: 'Testemunhos',
  tLoading: 'A carregar os testemunhos…',
  tLoadFailed: 'Não foi possível carregar os testemunhos.',
  tRetry: 'Tentar novamente',
  noTestimonials: 'Ainda não há testemunhos.',
  outOf: '{0} de {1}',
  reviewCount: 'one:de {0} avaliação|many:de {0} de avaliações|other:de {0} avaliações',
  stars: 'one:{0} estrela|many:{0} de estrelas|other:{0} estrelas',
  ratingSummary: 'Avaliações',
  showMore: 'Mostrar mais testemunhos',
  carousel: 'carrossel',
  slide: 'diapositivo',
  slideOf: '{0} de {1}',
  previous: 'Testemunho anterior',
  next: 'Testemunho seguinte',
  stopRotation: 'Parar a rotação automática',
  startRotation: 'Iniciar a rotação automática',
};
