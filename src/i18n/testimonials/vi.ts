// The wall's strings; the form's own fall back to English until they are translated.
import type { TestimonialStrings } from './en.js';

export const vi: Partial<TestimonialStrings> = {
  testimonials: 'Cảm nhận của khách hàng',
  tLoading: 'Đang tải cảm nhận…',
  tLoadFailed: 'Không thể tải cảm nhận.',
  tRetry: 'Thử lại',
  noTestimonials: 'Chưa có cảm nhận nào.',
  outOf: '{0} trên {1}',
  reviewCount: 'other:dựa trên {0} đánh giá',
  stars: 'other:{0} sao',
  ratingSummary: 'Đánh giá',
  showMore: 'Xem thêm cảm nhận',
  carousel: 'băng chuyền',
  slide: 'trang chiếu',
  slideOf: '{0} trên {1}',
  previous: 'Cảm nhận trước',
  next: 'Cảm nhận tiếp theo',
  stopRotation: 'Dừng tự động chuyển',
  startRotation: 'Bắt đầu tự động chuyển',
};
