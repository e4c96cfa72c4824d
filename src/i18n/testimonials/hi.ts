// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const hi: Partial<TestimonialStrings> = {
  testimonials: 'प्रशंसापत्र',
  tLoading: 'प्रशंसापत्र लोड हो रहे हैं…',
  tLoadFailed: 'प्रशंसापत्र लोड नहीं हो सके।',
  tRetry: 'फिर से कोशिश करें',
  noTestimonials: 'अभी कोई प्रशंसापत्र नहीं है।',
  outOf: '{1} में से {0}',
  reviewCount: 'one:{0} समीक्षा के आधार पर|other:{0} समीक्षाओं के आधार पर',
  stars: 'one:{0} तारा|other:{0} तारे',
  ratingSummary: 'रेटिंग',
  showMore: 'और प्रशंसापत्र दिखाएँ',
  carousel: 'कैरोसेल',
  slide: 'स्लाइड',
  slideOf: '{1} में से {0}',
  previous: 'पिछला प्रशंसापत्र',
  next: 'अगला प्रशंसापत्र',
  stopRotation: 'अपने-आप चलना रोकें',
  startRotation: 'अपने-आप चलना शुरू करें',
};
