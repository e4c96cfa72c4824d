// English strings of the testimonial carousel, in the carousel's own chunk: walls in other
// layouts never load them. Other locales keep theirs in ../testimonials/<code>.ts.
export const enTestimonialCarousel = {
  /** The carousel region's name. */
  testimonials: 'Testimonials',
  carousel: 'carousel',
  slide: 'slide',
  /** A slide's name: "2 of 7". */
  slideOf: '{0} of {1}',
  previous: 'Previous testimonial',
  next: 'Next testimonial',
  stopRotation: 'Stop automatic slide show',
  startRotation: 'Start automatic slide show',
};
