// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const fa: Partial<TestimonialStrings> = {
  testimonials: 'نظرات مشتریان',
  tLoading: 'در حال بارگیری نظرات…',
  tLoadFailed: 'نظرات بارگیری نشد.',
  tRetry: 'دوباره تلاش کنید',
  noTestimonials: 'هنوز نظری ثبت نشده است.',
  outOf: '{0} از {1}',
  reviewCount: 'one:بر اساس {0} نقد|other:بر اساس {0} نقد',
  stars: 'one:{0} ستاره|other:{0} ستاره',
  ratingSummary: 'امتیازها',
  showMore: 'نمایش نظرات بیشتر',
  carousel: 'چرخ‌فلک',
  slide: 'اسلاید',
  slideOf: '{0} از {1}',
  previous: 'نظر قبلی',
  next: 'نظر بعدی',
  stopRotation: 'توقف نمایش خودکار',
  startRotation: 'شروع نمایش خودکار',
};
