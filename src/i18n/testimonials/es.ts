// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const es: Partial<TestimonialStrings> = {
  testimonials: 'Testimonios',
  tLoading: 'Cargando testimonios…',
  tLoadFailed: 'No se pudieron cargar los testimonios.',
  tRetry: 'Reintentar',
  noTestimonials: 'Aún no hay testimonios.',
  outOf: '{0} de {1}',
  reviewCount: 'one:de {0} opinión|many:de {0} de opiniones|other:de {0} opiniones',
  stars: 'one:{0} estrella|many:{0} de estrellas|other:{0} estrellas',
  ratingSummary: 'Valoraciones',
  showMore: 'Ver más testimonios',
  carousel: 'carrusel',
  slide: 'diapositiva',
  slideOf: '{0} de {1}',
  previous: 'Testimonio anterior',
  next: 'Testimonio siguiente',
  stopRotation: 'Detener el pase automático',
  startRotation: 'Iniciar el pase automático',
};
