// Stored rows → the JSON of the contract. Readers see only what is visible, and a comment that is
// not published (deleted, or removed by a moderator) only as a placeholder over its replies.
// `status` is shown to the comment's own author and to moderators, never to other readers.
import type { Badge, CommentRow, CommentStatus, CommentWithReplies } from '../store/comment-types.js';
import { encodeCursor } from './tokens.js';

export interface PublicComment {
  id: string;
  parent: string | null;
  author: { name: string; url?: string; badge?: Badge };
  body: string;
  createdAt: string;
  editedAt?: string;
  likes: number;
  deleted?: true;
  status?: CommentStatus;
  replies?: PublicComment[];
  replyCount?: number;
  repliesNext?: string | null;
}

export interface AdminComment extends PublicComment {
  status: CommentStatus;
  thread: string;
  emailHash?: string;
  ipHash?: string;
  identity?: { id: string };
}

const iso = (ms: number) => new Date(Number(ms)).toISOString();

/** What a reader sees; `own`: the author's view (real text and status even before publication). */
export function publicComment(r: CommentRow, own = false): PublicComment {
  const placeholder = r.status !== 'published' && (!own || r.status === 'deleted');
  const c: PublicComment = placeholder
    ? { id: r.id, parent: r.parent, author: { name: '' }, body: '', createdAt: iso(r.createdAt), likes: 0, deleted: true }
    : {
      id: r.id,
      parent: r.parent,
      author: { name: r.name, ...(r.url ? { url: r.url } : {}), ...(r.badge ? { badge: r.badge } : {}) },
      body: r.body,
      createdAt: iso(r.createdAt),
      ...(r.editedAt !== null ? { editedAt: iso(r.editedAt) } : {}),
      likes: Number(r.likes),
    };
  if (own) c.status = r.status;
  return c;
}

export function pageComment(r: CommentWithReplies): PublicComment {
  return {
    ...publicComment(r),
    replies: r.replies.map((x) => publicComment(x)),
    replyCount: r.replyCount,
    repliesNext: r.repliesNext ? encodeCursor(r.repliesNext) : null,
  };
}

export function adminComment(r: CommentRow): AdminComment {
  const c = publicComment({ ...r, status: 'published' });
  return {
    ...c,
    status: r.status,
    thread: r.thread,
    ...(r.emailHash ? { emailHash: r.emailHash } : {}),
    ...(r.ipHash ? { ipHash: r.ipHash } : {}),
    ...(r.identity ? { identity: { id: r.identity } } : {}),
  };
}
