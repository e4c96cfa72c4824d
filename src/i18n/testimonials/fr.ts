// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const fr: Partial<TestimonialStrings> = {
  testimonials: 'Témoignages',
  tLoading: 'Chargement des témoignages…',
  tLoadFailed: 'Impossible de charger les témoignages.',
  tRetry: 'Réessayer',
  noTestimonials: 'Aucun témoignage pour le moment.',
  outOf: '{0} sur {1}',
  reviewCount: 'one:sur {0} avis|many:sur {0} d’avis|other:sur {0} avis',
  stars: 'one:{0} étoile|many:{0} d’étoiles|other:{0} étoiles',
  ratingSummary: 'Notes',
  showMore: 'Afficher plus de témoignages',
  carousel: 'carrousel',
  slide: 'diapositive',
  slideOf: '{0} sur {1}',
  previous: 'Témoignage précédent',
  next: 'Témoignage suivant',
  stopRotation: 'Arrêter le défilement automatique',
  startRotation: 'Lancer le défilement automatique',
};
