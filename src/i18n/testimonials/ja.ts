// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const ja: Partial<TestimonialStrings> = {
  testimonials: 'お客様の声',
  tLoading: 'お客様の声を読み込んでいます…',
  tLoadFailed: 'お客様の声を読み込めませんでした。',
  tRetry: '再試行',
  noTestimonials: 'まだお客様の声はありません。',
  outOf: '{1}点中{0}点',
  reviewCount: 'other:{0}件のレビュー',
  stars: 'other:星{0}つ',
  ratingSummary: '評価',
  showMore: 'お客様の声をさらに表示',
  carousel: 'カルーセル',
  slide: 'スライド',
  slideOf: '{1}件中{0}件目',
  previous: '前のお客様の声',
  next: '次のお客様の声',
  stopRotation: '自動再生を停止',
  startRotation: '自動再生を開始',
};
