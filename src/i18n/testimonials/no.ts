// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const no: Partial<TestimonialStrings> = {
  testimonials: 'Omtaler',
  tLoading: 'Laster inn omtaler…',
  tLoadFailed: 'Omtalene kunne ikke lastes inn.',
  tRetry: 'Prøv igjen',
  noTestimonials: 'Ingen omtaler ennå.',
  outOf: '{0} av {1}',
  reviewCount: 'one:basert på {0} vurdering|other:basert på {0} vurderinger',
  stars: 'one:{0} stjerne|other:{0} stjerner',
  ratingSummary: 'Vurderinger',
  showMore: 'Vis flere omtaler',
  carousel: 'karusell',
  slide: 'lysbilde',
  slideOf: '{0} av {1}',
  previous: 'Forrige omtale',
  next: 'Neste omtale',
  stopRotation: 'Stopp automatisk lysbildefremvisning',
  startRotation: 'Start automatisk lysbildefremvisning',
};
