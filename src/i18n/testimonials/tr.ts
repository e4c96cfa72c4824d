// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const tr: Partial<TestimonialStrings> = {
  testimonials: 'Referanslar',
  tLoading: 'Referanslar yükleniyor…',
  tLoadFailed: 'Referanslar yüklenemedi.',
  tRetry: 'Tekrar dene',
  noTestimonials: 'Henüz referans yok.',
  outOf: '{0}/{1}',
  reviewCount: 'one:{0} değerlendirmeye göre|other:{0} değerlendirmeye göre',
  stars: 'one:{0} yıldız|other:{0} yıldız',
  ratingSummary: 'Puanlar',
  showMore: 'Daha fazla referans göster',
  carousel: 'döngü',
  slide: 'slayt',
  slideOf: '{0}/{1}',
  previous: 'Önceki referans',
  next: 'Sonraki referans',
  stopRotation: 'Otomatik gösterimi durdur',
  startRotation: 'Otomatik gösterimi başlat',
};
