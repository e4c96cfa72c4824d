// The comment wall's paths in the HTTP contract (merged into openapi.ts); their schemas are in
// comments/openapi-schemas.ts.
import { COMMENT_STATUSES } from '../store/comment-types.js';
import { httpUrl } from './openapi-schemas.js';
import { COMMENT_LIMITS, ID_PATTERN } from './validate.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ref('Error')) });
const retry = (description: string) => ({ ...error(description), headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } });
const jsonBody = (name: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) }, 'text/plain': { schema: ref(name) } },
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: ID_PATTERN } };
const admin = { security: [{ adminToken: [] }] };
const adminErrors = {
  401: error('Missing or wrong bearer token.'),
  403: error('Foreign origin, or no admin token configured on the server (`admin_disabled`).'),
  429: retry('Too many failed attempts from this client.'),
};
const limitParam = {
  name: 'limit', in: 'query', description: 'Items per page.',
  schema: { type: 'integer', minimum: 1, maximum: COMMENT_LIMITS.page, default: COMMENT_LIMITS.pageDefault },
};
const cursorParam = { name: 'cursor', in: 'query', description: '`next` of the previous page.', schema: { type: 'string', maxLength: COMMENT_LIMITS.token } };
const likeClosed = error('The comment\'s thread is closed (`thread_closed`): likes stay as they were; or a foreign origin.');
const secretAuth = 'Bearer: the comment\'s `secret` (within the edit window) or the admin token (any time).';
const writeErrors = {
  400: error('Malformed JSON or invalid fields (`issues` name them).'),
  413: error(`Body larger than ${COMMENT_LIMITS.bytes} bytes.`),
  415: error('Content type other than application/json or text/plain.'),
  429: retry('Too many requests from this client.'),
};

export const commentPaths = {
  '/v1/comments': {
    get: {
      operationId: 'getComments',
      summary: 'A page of a thread\'s comments',
      description: 'Without `parent`: top-level comments, each with its first ' +
        `${COMMENT_LIMITS.replies} replies (all depths, oldest first, flat). With \`parent\`: the next replies ` +
        'under that top-level comment (cursor from its `repliesNext`). Comments that are not published appear ' +
        'only as placeholders (`deleted: true`) over visible replies. `form` is the token to send back when posting.',
      parameters: [
        { name: 'thread', in: 'query', required: true, description: 'The page URL; reduced to its page key.', schema: httpUrl },
        { name: 'sort', in: 'query', schema: { type: 'string', enum: ['newest', 'oldest', 'top'], default: 'newest' }, description: '`top`: most liked first, then newest.' },
        limitParam, cursorParam,
        { name: 'parent', in: 'query', description: 'A top-level comment whose replies to list.', schema: { type: 'string', pattern: ID_PATTERN } },
      ],
      responses: {
        200: { description: 'A page.', ...json(ref('CommentPage')) },
        400: error('Invalid parameters or cursor.'),
        403: error('Foreign origin.'),
        404: error('`parent` is not a visible top-level comment of this thread.'),
      },
    },
    post: {
      operationId: 'postComment',
      summary: 'Post a comment or a reply',
      description: 'Checks, in order: fields, identity token, form token (minimum fill time), bans, rate limits ' +
        '(per client, per thread, site-wide; shared by every server instance), the thread\'s state, the parent, ' +
        'duplicates (same body on the thread within 24 h). With the admin token: moderator badge, published at once, ' +
        'no form needed. The `secret` is returned once: it lets the author read the status, and edit and delete until ' +
        '`editableUntil` (the server\'s edit window, default 15 min).',
      requestBody: jsonBody('NewComment'),
      responses: {
        201: { description: 'Published.', ...json(ref('CommentCreated')) },
        202: { description: 'Stored, waiting for a moderator (or held as spam).', ...json(ref('CommentCreated')) },
        ...writeErrors,
        401: error('Identity token forged, expired or not accepted (`invalid_identity`); a bearer token that is not the admin\'s.'),
        403: error('Thread closed (`thread_closed`), author banned (`banned`), foreign origin.'),
        404: error('`parent` is not a published comment of this thread.'),
        409: error('The same body was posted on this thread within 24 h (`duplicate`).'),
        429: retry('Rate limited (`rate_limited`), or sent sooner after loading the form than allowed (`too_fast`).'),
      },
    },
  },
  '/v1/comments/counts': {
    get: {
      operationId: 'getCommentCounts',
      summary: 'Published comments per thread',
      parameters: [{
        name: 'thread', in: 'query', required: true, style: 'form', explode: true,
        description: `Page URL, repeated (at most ${COMMENT_LIMITS.counts}).`,
        schema: { type: 'array', minItems: 1, maxItems: COMMENT_LIMITS.counts, items: httpUrl },
      }],
      responses: {
        200: { description: 'Counts keyed by the `thread` parameter as sent.', ...json(ref('CommentCounts')) },
        400: error('Missing or invalid `thread` parameters.'),
        403: error('Foreign origin.'),
      },
    },
  },
  '/v1/comments/{id}': {
    parameters: [idParam],
    get: {
      operationId: 'getComment', summary: 'One\'s own comment, with its status', description: `Bearer: the comment's \`secret\` or the admin token.`,
      responses: { 200: { description: 'The comment.', ...json(ref('OwnCommentOne')) }, 403: error('Not your comment.'), 404: error('No such comment.') },
    },
    patch: {
      operationId: 'editComment', summary: 'Edit one\'s comment', description: `${secretAuth} Sets \`editedAt\`.`,
      requestBody: jsonBody('CommentEdit'),
      responses: {
        200: { description: 'Edited.', ...json(ref('OwnCommentOne')) }, ...writeErrors,
        403: error('Not your comment, or the edit window is over (`forbidden`, the message says which).'),
        404: error('No such comment.'),
      },
    },
    delete: {
      operationId: 'deleteComment', summary: 'Delete one\'s comment', description: secretAuth,
      responses: {
        200: { description: 'Deleted; it stays as a placeholder over its replies.', ...json(ref('OwnCommentOne')) },
        204: { description: 'Deleted; nothing is left to show.' },
        403: error('Not your comment, or the edit window is over.'), 404: error('No such comment.'),
        429: retry('Too many requests from this client.'),
      },
    },
  },
  '/v1/comments/{id}/like': {
    parameters: [idParam],
    post: {
      operationId: 'likeComment', summary: 'Like (once per reader)', requestBody: jsonBody('LikeRequest'),
      responses: {
        200: { description: 'Liked.', ...json(ref('LikeState')) }, ...writeErrors, 403: likeClosed, 404: error('No published comment with this id.'),
      },
    },
    delete: {
      operationId: 'unlikeComment', summary: 'Take a like back', requestBody: jsonBody('LikeRequest'),
      responses: {
        200: { description: 'Not liked.', ...json(ref('LikeState')) }, ...writeErrors, 403: likeClosed, 404: error('No published comment with this id.'),
      },
    },
  },
  '/v1/admin/comments': {
    get: {
      operationId: 'adminListComments', summary: 'Comments by status and thread, newest first (admin)', ...admin,
      parameters: [
        { name: 'status', in: 'query', schema: { type: 'string', enum: [...COMMENT_STATUSES] } },
        { name: 'thread', in: 'query', schema: httpUrl }, limitParam, cursorParam,
      ],
      responses: { 200: { description: 'A page.', ...json(ref('AdminCommentPage')) }, 400: error('Invalid parameters.'), ...adminErrors },
    },
  },
  ...Object.fromEntries((['approve', 'reject', 'spam', 'restore'] as const).map((a) => [`/v1/admin/comments/{id}/${a}`, {
    parameters: [idParam],
    post: {
      operationId: `adminComment${a[0]!.toUpperCase()}${a.slice(1)}`, ...admin,
      summary: { approve: 'Publish', reject: 'Reject', spam: 'Mark as spam', restore: 'Publish again (deleted, rejected, spam)' }[a],
      responses: { 200: { description: 'Done.', ...json(ref('AdminCommentOne')) }, 404: error('No such comment.'), ...adminErrors },
    },
  }])),
  '/v1/admin/comments/{id}': {
    parameters: [idParam],
    patch: {
      operationId: 'adminEditComment', summary: 'Edit a comment\'s body (admin)', ...admin, requestBody: jsonBody('CommentEdit'),
      responses: { 200: { description: 'Edited.', ...json(ref('AdminCommentOne')) }, 400: error('Invalid body.'), 404: error('No such comment.'), ...adminErrors },
    },
    delete: {
      operationId: 'adminDeleteComment', summary: 'Delete a comment (admin)', ...admin,
      responses: {
        200: { description: 'Deleted; placeholder over replies.', ...json(ref('OwnCommentOne')) }, 204: { description: 'Deleted.' },
        404: error('No such comment.'), ...adminErrors,
      },
    },
  },
  '/v1/admin/comments/{id}/ban': {
    parameters: [idParam],
    post: {
      operationId: 'adminBanAuthor', summary: 'Ban a comment\'s author by hashed address and/or e-mail (admin)', ...admin,
      requestBody: jsonBody('BanRequest'),
      responses: { 201: { description: 'Banned.', ...json(ref('BanOne')) }, 400: error('Nothing to ban by.'), 404: error('No such comment.'), ...adminErrors },
    },
  },
  '/v1/admin/bans': {
    get: { operationId: 'adminListBans', summary: 'Bans (admin)', ...admin, responses: { 200: { description: 'Bans.', ...json(ref('BanList')) }, ...adminErrors } },
  },
  '/v1/admin/bans/{id}': {
    parameters: [{ ...idParam }],
    delete: { operationId: 'adminRemoveBan', summary: 'Lift a ban (admin)', ...admin, responses: { 204: { description: 'Lifted.' }, 404: error('No such ban.'), ...adminErrors } },
  },
  '/v1/admin/threads': {
    get: {
      operationId: 'adminGetThread', summary: 'A thread\'s own settings and the server\'s moderation mode (admin)', ...admin,
      parameters: [{ name: 'thread', in: 'query', required: true, description: 'The page URL; reduced to its page key.', schema: httpUrl }],
      responses: { 200: { description: 'The thread\'s settings.', ...json(ref('ThreadView')) }, 400: error('Invalid thread.'), ...adminErrors },
    },
    put: {
      operationId: 'adminSetThread', summary: 'Close or open a thread, set its moderation (admin)', ...admin, requestBody: jsonBody('ThreadSettings'),
      responses: { 200: { description: 'The thread\'s settings.', ...json(ref('ThreadState')) }, 400: error('Invalid body.'), ...adminErrors },
    },
  },
} as const;

export { commentSchemas } from './openapi-schemas.js';
