// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const ru: Partial<TestimonialStrings> = {
  testimonials: 'Отзывы',
  tLoading: 'Загрузка отзывов…',
  tLoadFailed: 'Не удалось загрузить отзывы.',
  tRetry: 'Повторить',
  noTestimonials: 'Отзывов пока нет.',
  outOf: '{0} из {1}',
  reviewCount: 'one:на основе {0} отзыва|few:на основе {0} отзывов|many:на основе {0} отзывов|other:на основе {0} отзыва',
  stars: 'one:{0} звезда|few:{0} звезды|many:{0} звёзд|other:{0} звезды',
  ratingSummary: 'Оценки',
  showMore: 'Показать ещё отзывы',
  carousel: 'карусель',
  slide: 'слайд',
  slideOf: '{0} из {1}',
  previous: 'Предыдущий отзыв',
  next: 'Следующий отзыв',
  stopRotation: 'Остановить автопрокрутку',
  startRotation: 'Запустить автопрокрутку',
};
