// English strings of <smm-testimonials>, added to the fallback when the element is created (the
// form's own are in ./testimonial-form.ts, in the form's chunk; the carousel's in
// ./testimonial-carousel.ts, in the carousel's chunk). Other locales keep theirs in
// ../testimonials/<code>.ts, a pack fetched only by pages that show testimonials.
export const enTestimonials = {
  tLoading: 'Loading testimonials…',
  tLoadFailed: 'The testimonials could not be loaded.',
  tRetry: 'Try again',
  noTestimonials: 'No testimonials yet.',
  /** A rating for assistive technology: "4 out of 5". */
  outOf: '{0} out of {1}',
  reviewCount: 'one:based on {0} review|other:based on {0} reviews',
  stars: 'one:{0} star|other:{0} stars',
  ratingSummary: 'Ratings',
  /** The button under the wall that loads the next page of testimonials. */
  showMore: 'Show more testimonials',
};
