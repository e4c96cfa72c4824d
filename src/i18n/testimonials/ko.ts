// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const ko: Partial<TestimonialStrings> = {
  testimonials: '고객 후기',
  tLoading: '후기를 불러오는 중…',
  tLoadFailed: '후기를 불러올 수 없습니다.',
  tRetry: '다시 시도',
  noTestimonials: '아직 후기가 없습니다.',
  outOf: '{1}점 만점에 {0}점',
  reviewCount: 'other:후기 {0}개 기준',
  stars: 'other:별 {0}개',
  ratingSummary: '평점',
  showMore: '후기 더 보기',
  carousel: '캐러셀',
  slide: '슬라이드',
  slideOf: '{1}개 중 {0}번째',
  previous: '이전 후기',
  next: '다음 후기',
  stopRotation: '자동 재생 중지',
  startRotation: '자동 재생 시작',
};
