// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const zh: Partial<TestimonialStrings> = {
  testimonials: '用户评价',
  tLoading: '正在加载评价…',
  tLoadFailed: '无法加载评价。',
  tRetry: '重试',
  noTestimonials: '暂无评价。',
  outOf: '{0} 分（满分 {1} 分）',
  reviewCount: 'other:基于 {0} 条评价',
  stars: 'other:{0} 星',
  ratingSummary: '评分',
  showMore: '显示更多评价',
  carousel: '轮播',
  slide: '幻灯片',
  slideOf: '第 {0} 项，共 {1} 项',
  previous: '上一条评价',
  next: '下一条评价',
  stopRotation: '停止自动播放',
  startRotation: '开始自动播放',
};
