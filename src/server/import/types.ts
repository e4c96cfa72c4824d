// What the parsers produce: the store's import record.
export type { ImportedComment } from '../store/comment-types.js';
