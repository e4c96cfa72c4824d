// Which status a new comment gets. An "author" is known by a signed identity or by the secret of
// an earlier published comment (`proof`): never by a name or an e-mail anyone can type.
import type { CommentStatus, ModerationMode } from '../store/comment-types.js';
import type { Store } from '../store/types.js';
import type { CommentNotice, ResolvedCommentOptions } from './options.js';

export interface Judged {
  status: CommentStatus;
  reason?: CommentNotice['reason'];
}

export async function judge(
  store: Store, o: ResolvedCommentOptions,
  a: { admin: boolean; mode: ModerationMode; links: number; identity?: string; proofHash?: string },
): Promise<Judged> {
  if (a.admin) return { status: 'published' };
  if (a.mode === 'pre') return { status: 'pending', reason: 'pre' };
  if (a.links > o.maxLinks) return { status: 'pending', reason: 'links' };
  if (a.mode === 'post') return { status: 'published' };
  const known = (a.identity || a.proofHash) && await store.knownAuthor({ identity: a.identity, secretHash: a.proofHash });
  return known ? { status: 'published' } : { status: 'pending', reason: 'first' };
}

/** Status after an author edits: a published comment goes back to the queue where it would wait now. */
export function afterEdit(status: CommentStatus, mode: ModerationMode, links: number, maxLinks: number): CommentStatus {
  return status === 'published' && (mode === 'pre' || links > maxLinks) ? 'pending' : status;
}
