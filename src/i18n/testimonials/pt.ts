// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const pt: Partial<TestimonialStrings> = {
  testimonials: 'Depoimentos',
  tLoading: 'Carregando depoimentos…',
  tLoadFailed: 'Não foi possível carregar os depoimentos.',
  tRetry: 'Tentar de novo',
  noTestimonials: 'Ainda não há depoimentos.',
  outOf: '{0} de {1}',
  reviewCount: 'one:de {0} avaliação|many:de {0} de avaliações|other:de {0} avaliações',
  stars: 'one:{0} estrela|many:{0} de estrelas|other:{0} estrelas',
  ratingSummary: 'Avaliações',
  showMore: 'Ver mais depoimentos',
  carousel: 'carrossel',
  slide: 'slide',
  slideOf: '{0} de {1}',
  previous: 'Depoimento anterior',
  next: 'Próximo depoimento',
  stopRotation: 'Parar a rotação automática',
  startRotation: 'Iniciar a rotação automática',
};
