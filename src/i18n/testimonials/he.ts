// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const he: Partial<TestimonialStrings> = {
  testimonials: 'המלצות',
  tLoading: 'טוען המלצות…',
  tLoadFailed: 'לא ניתן היה לטעון את ההמלצות.',
  tRetry: 'לנסות שוב',
  noTestimonials: 'אין עדיין המלצות.',
  outOf: '{0} מתוך {1}',
  reviewCount: 'one:מתוך ביקורת אחת|two:מתוך {0} ביקורות|other:מתוך {0} ביקורות',
  stars: 'one:כוכב אחד|two:{0} כוכבים|other:{0} כוכבים',
  ratingSummary: 'דירוגים',
  showMore: 'הצגת המלצות נוספות',
  carousel: 'קרוסלה',
  slide: 'שקופית',
  slideOf: '{0} מתוך {1}',
  previous: 'ההמלצה הקודמת',
  next: 'ההמלצה הבאה',
  stopRotation: 'עצירת ההצגה האוטומטית',
  startRotation: 'הפעלת ההצגה האוטומטית',
};
