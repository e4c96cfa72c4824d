// English, the reference of the comments pack: every locale in this folder has exactly these keys
// and the same {0}/{1} placeholders and plural forms; tests/components/i18n-comments.test.ts holds
// them to it. The strings live in ../en/comments.ts and ../en/comment-form.ts, which the elements and the
// form's chunk add to the fallback.
import { enCommentForm } from '../en/comment-form.js';
import { enComments } from '../en/comments.js';

export const en = { ...enComments, ...enCommentForm };

export type CommentStrings = typeof en;
export type CommentKey = keyof CommentStrings;
