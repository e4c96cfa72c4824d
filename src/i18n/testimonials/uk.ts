// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const uk: Partial<TestimonialStrings> = {
  testimonials: 'Відгуки',
  tLoading: 'Завантаження відгуків…',
  tLoadFailed: 'Не вдалося завантажити відгуки.',
  tRetry: 'Спробувати ще',
  noTestimonials: 'Відгуків поки немає.',
  outOf: '{0} з {1}',
  reviewCount: 'one:на основі {0} відгуку|few:на основі {0} відгуків|many:на основі {0} відгуків|other:на основі {0} відгуку',
  stars: 'one:{0} зірка|few:{0} зірки|many:{0} зірок|other:{0} зірки',
  ratingSummary: 'Оцінки',
  showMore: 'Показати ще відгуки',
  carousel: 'карусель',
  slide: 'слайд',
  slideOf: '{0} з {1}',
  previous: 'Попередній відгук',
  next: 'Наступний відгук',
  stopRotation: 'Зупинити автопрокручування',
  startRotation: 'Запустити автопрокручування',
};
