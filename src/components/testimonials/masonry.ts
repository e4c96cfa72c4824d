// The masonry layout's look, a chunk fetched only by walls with layout="masonry" (while they fetch
// their testimonials): cards in columns, each as tall as its words.
import { css } from '../../shared/css.js';

export const styles = css`
  :host([layout=masonry]) [part~=list] {
    display: block;
    columns: var(--_w);
    column-gap: var(--_g);
  }
  :host([layout=masonry]) li {
    break-inside: avoid;
    margin-block-end: var(--_g);
  }
`;
