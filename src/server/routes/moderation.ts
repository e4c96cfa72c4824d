// What the comment and testimonial moderation routes share: the status actions (approve, reject,
// spam, restore), each audited, and the cursor of their newest-first lists.
import type { Context, Hono } from 'hono';
import { audit } from '../admin.js';
import { decodeCursor } from '../comments/tokens.js';
import { methodNotAllowed, problem } from '../errors.js';
import type { CommentStatus, CursorPos } from '../store/comment-types.js';

const ACTIONS: Record<string, CommentStatus> = { approve: 'published', reject: 'rejected', spam: 'spam', restore: 'published' };

/**
 * POST /<kind>s/:id/<action> for every status action: finds the item (or answers 404), sets its
 * status, records who did it, and answers `{<kind>: present(updated)}`.
 */
export function statusActions<Row extends { id: string; status: CommentStatus }>(
  r: Hono, kind: 'comment' | 'testimonial',
  find: (c: Context) => Promise<Row | Response>,
  setStatus: (id: string, status: CommentStatus) => Promise<Row | undefined>,
  present: (row: Row) => unknown,
): void {
  for (const [action, status] of Object.entries(ACTIONS)) {
    r.post(`/${kind}s/:id/${action}`, async (c) => {
      const row = await find(c);
      if (row instanceof Response) return row;
      const updated = (await setStatus(row.id, status))!;
      await audit(c, action, kind, row.id, `${row.status} → ${status}`);
      return c.json({ [kind]: present(updated) });
    });
    r.all(`/${kind}s/:id/${action}`, methodNotAllowed('POST'));
  }
}

/** The position of an admin list's cursor (created_at, seq), or the 400 answer for a bad one. */
export function listCursor(c: Context, cursor: string | undefined): CursorPos | undefined | Response {
  if (cursor === undefined) return undefined;
  return decodeCursor(cursor, 2) ?? problem(c, 400, 'invalid_request', 'cursor: is not a cursor of this listing',
    [{ path: 'cursor', message: 'is not a cursor of this listing' }]);
}
