// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const bg: Partial<TestimonialStrings> = {
  testimonials: 'Отзиви',
  tLoading: 'Зареждане на отзивите…',
  tLoadFailed: 'Отзивите не можаха да бъдат заредени.',
  tRetry: 'Опитай отново',
  noTestimonials: 'Все още няма отзиви.',
  outOf: '{0} от {1}',
  reviewCount: 'one:от {0} отзив|other:от {0} отзива',
  stars: 'one:{0} звезда|other:{0} звезди',
  ratingSummary: 'Оценки',
  showMore: 'Покажи още отзиви',
  carousel: 'въртележка',
  slide: 'слайд',
  slideOf: '{0} от {1}',
  previous: 'Предишен отзив',
  next: 'Следващ отзив',
  stopRotation: 'Спиране на автоматичното превъртане',
  startRotation: 'Пускане на автоматичното превъртане',
};
