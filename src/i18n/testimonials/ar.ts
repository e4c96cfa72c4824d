// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const ar: Partial<TestimonialStrings> = {
  testimonials: 'الشهادات',
  tLoading: 'جارٍ تحميل الشهادات…',
  tLoadFailed: 'تعذّر تحميل الشهادات.',
  tRetry: 'أعد المحاولة',
  noTestimonials: 'لا توجد شهادات بعد.',
  outOf: '{0} من {1}',
  reviewCount: 'zero:من {0} تقييم|one:من تقييم واحد|two:من تقييمين|few:من {0} تقييمات|many:من {0} تقييمًا|other:من {0} تقييم',
  stars: 'zero:{0} نجمة|one:نجمة واحدة|two:نجمتان|few:{0} نجوم|many:{0} نجمة|other:{0} نجمة',
  ratingSummary: 'التقييمات',
  showMore: 'عرض مزيد من الشهادات',
  carousel: 'عرض دوّار',
  slide: 'شريحة',
  slideOf: '{0} من {1}',
  previous: 'الشهادة السابقة',
  next: 'الشهادة التالية',
  stopRotation: 'إيقاف العرض التلقائي',
  startRotation: 'تشغيل العرض التلقائي',
};
