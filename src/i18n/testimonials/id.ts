// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const id: Partial<TestimonialStrings> = {
  testimonials: 'Testimoni',
  tLoading: 'Memuat testimoni…',
  tLoadFailed: 'Testimoni tidak dapat dimuat.',
  tRetry: 'Coba lagi',
  noTestimonials: 'Belum ada testimoni.',
  outOf: '{0} dari {1}',
  reviewCount: 'other:dari {0} ulasan',
  stars: 'other:{0} bintang',
  ratingSummary: 'Penilaian',
  showMore: 'Tampilkan testimoni lainnya',
  carousel: 'korsel',
  slide: 'slide',
  slideOf: '{0} dari {1}',
  previous: 'Testimoni sebelumnya',
  next: 'Testimoni berikutnya',
  stopRotation: 'Hentikan putar otomatis',
  startRotation: 'Mulai putar otomatis',
};
