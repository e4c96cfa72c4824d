// The quote layout's look, a chunk fetched only by walls with layout="quote" (while they fetch
// their testimonials): one testimonial, large and centred, no frame.
import { css } from '../../shared/css.js';

export const styles = css`
  :host([layout=quote]) [part~=card] {
    border: 0;
    text-align: center;
    align-items: center;
  }
  :host([layout=quote]) [part~=quote] {
    font-size: 1.4em;
    line-height: 1.4;
  }
`;
