// Side-effect entry `smm-kit/comments`: defines <smm-comments> and <smm-comment-count>. The form
// is a chunk of its own (writer.ts), fetched when a reader starts writing.
import { define } from '../../shared/define.js';
import { SmmCommentCount } from './comment-count.js';
import { SmmComments } from './comments.js';

define('smm-comments', SmmComments);
define('smm-comment-count', SmmCommentCount);

export { SmmComments, SmmCommentCount };
