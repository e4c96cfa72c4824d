// The comment wall's schemas in the HTTP contract (merged into openapi.ts beside the paths of
// comments/openapi.ts). Request schemas mirror comments/validate.ts; tests check both accept and
// refuse the same input.
import { COMMENT_STATUSES, MODERATION_MODES } from '../store/comment-types.js';
import { LIMITS } from '../validate.js';
import { COMMENT_LIMITS, EMAIL_PATTERN, ID_PATTERN, NOT_BLANK, READER_PATTERN } from './validate.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: NOT_BLANK });
const optionalText = (schema: object) => ({ anyOf: [{ const: '' }, schema] });
export const httpUrl = { type: 'string', maxLength: LIMITS.url, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]+' };
const iso = { type: 'string', format: 'date-time' };

const commentProps = {
  id: { type: 'string', pattern: ID_PATTERN },
  parent: { type: ['string', 'null'], description: 'Direct parent.' },
  author: {
    type: 'object', required: ['name'], additionalProperties: false,
    properties: {
      name: { type: 'string', maxLength: COMMENT_LIMITS.name, description: 'Empty on placeholders.' },
      url: httpUrl,
      badge: { type: 'string', enum: ['moderator', 'verified'] },
    },
  },
  body: { type: 'string', maxLength: COMMENT_LIMITS.body, description: 'Raw text with light syntax; never HTML.' },
  createdAt: iso,
  editedAt: iso,
  likes: { type: 'integer', minimum: 0 },
  deleted: { const: true, description: 'A placeholder: the comment is gone but its replies are shown.' },
};
const status = { type: 'string', enum: [...COMMENT_STATUSES] };
const commentRequired = ['id', 'parent', 'author', 'body', 'createdAt', 'likes'];
const one = (name: string) => ({ type: 'object', required: ['comment'], additionalProperties: false, properties: { comment: ref(name) } });
const ban = {
  type: 'object', required: ['id', 'ip', 'email', 'comment', 'createdAt'], additionalProperties: false,
  properties: {
    id: { type: 'string' }, ip: { type: 'boolean' }, email: { type: 'boolean' }, comment: { type: ['string', 'null'] }, createdAt: iso,
    name: { type: ['string', 'null'], description: 'The banned comment\'s author name, while the comment is kept (GET /v1/admin/bans).' },
    thread: { type: ['string', 'null'], description: 'The banned comment\'s thread, while the comment is kept (GET /v1/admin/bans).' },
  },
};

export const commentSchemas = {
  Comment: {
    type: 'object', required: commentRequired, additionalProperties: false,
    properties: {
      ...commentProps,
      replies: { type: 'array', maxItems: COMMENT_LIMITS.replies, items: ref('Comment'), description: 'Top-level only: first replies, oldest first, flat.' },
      replyCount: { type: 'integer', minimum: 0, description: 'Top-level only: all visible replies.' },
      repliesNext: { type: ['string', 'null'], description: 'Top-level only: cursor for `GET /v1/comments?parent=<id>`.' },
    },
  },
  OwnComment: {
    type: 'object', required: [...commentRequired, 'status'], additionalProperties: false,
    properties: { ...commentProps, status },
  },
  AdminComment: {
    type: 'object', required: [...commentRequired, 'status', 'thread'], additionalProperties: false,
    properties: {
      ...commentProps, status, thread: { type: 'string', description: 'Page key.' },
      emailHash: { type: 'string' }, ipHash: { type: 'string' },
      identity: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'string' } } },
    },
  },
  CommentPage: {
    type: 'object', required: ['comments', 'next', 'total', 'thread', 'form'], additionalProperties: false,
    properties: {
      comments: { type: 'array', items: ref('Comment') },
      next: { type: ['string', 'null'] },
      total: { type: 'integer', minimum: 0, description: 'Published comments in the thread, replies included.' },
      thread: {
        type: 'object', required: ['key', 'closed', 'moderation'], additionalProperties: false,
        properties: { key: { type: 'string' }, closed: { type: 'boolean' }, moderation: { type: 'string', enum: [...MODERATION_MODES] } },
      },
      form: { type: 'string', description: 'Send back as `form` when posting.' },
    },
  },
  NewComment: {
    type: 'object', required: ['thread', 'body'], additionalProperties: false,
    anyOf: [{ required: ['name'] }, { required: ['identity'] }],
    properties: {
      thread: httpUrl,
      parent: { type: 'string', pattern: ID_PATTERN },
      name: { ...text(COMMENT_LIMITS.name), description: 'Shown. Ignored with an identity token (its name is used).' },
      email: optionalText({ type: 'string', maxLength: COMMENT_LIMITS.email, pattern: EMAIL_PATTERN }),
      url: optionalText(httpUrl),
      body: text(COMMENT_LIMITS.body),
      form: { type: 'string', minLength: 1, maxLength: COMMENT_LIMITS.token, description: 'From GET /v1/comments; required unless admin.' },
      hp: { type: 'string', maxLength: 0, description: 'Honeypot: a field people never fill.' },
      identity: { type: 'string', minLength: 1, maxLength: COMMENT_LIMITS.identity, description: 'HS256 JWT signed by the site (sub, name, url?, exp).' },
      proof: { type: 'string', minLength: 1, maxLength: COMMENT_LIMITS.token, description: 'Secret of an earlier published comment by the same author.' },
    },
  },
  CommentCreated: {
    type: 'object', required: ['comment', 'secret', 'editableUntil'], additionalProperties: false,
    properties: {
      comment: ref('OwnComment'), secret: { type: 'string', description: 'Shown once; stored hashed.' },
      editableUntil: {
        ...iso, description: 'End of the edit window on the server\'s clock (`createdAt` + the window): until then the secret ' +
          'may edit and delete. Compare with `createdAt`, not with the client\'s clock, which may differ.',
      },
    },
  },
  OwnCommentOne: one('OwnComment'),
  AdminCommentOne: one('AdminComment'),
  CommentEdit: { type: 'object', required: ['body'], additionalProperties: false, properties: { body: text(COMMENT_LIMITS.body) } },
  LikeRequest: {
    type: 'object', required: ['reader'], additionalProperties: false,
    properties: { reader: { type: 'string', pattern: READER_PATTERN, description: 'A random id the device keeps; stored hashed.' } },
  },
  LikeState: {
    type: 'object', required: ['likes', 'liked'], additionalProperties: false,
    properties: { likes: { type: 'integer', minimum: 0 }, liked: { type: 'boolean' } },
  },
  CommentCounts: {
    type: 'object', required: ['counts'], additionalProperties: false,
    properties: { counts: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } } },
  },
  AdminCommentPage: {
    type: 'object', required: ['comments', 'next'], additionalProperties: false,
    properties: { comments: { type: 'array', items: ref('AdminComment') }, next: { type: ['string', 'null'] } },
  },
  BanRequest: {
    type: 'object', additionalProperties: false, anyOf: [{ required: ['ip'], properties: { ip: { const: true } } }, { required: ['email'], properties: { email: { const: true } } }],
    properties: { ip: { type: 'boolean' }, email: { type: 'boolean' } },
  },
  Ban: ban,
  BanOne: { type: 'object', required: ['ban'], additionalProperties: false, properties: { ban: ref('Ban') } },
  BanList: { type: 'object', required: ['bans'], additionalProperties: false, properties: { bans: { type: 'array', items: ref('Ban') } } },
  ThreadSettings: {
    type: 'object', required: ['thread'], additionalProperties: false,
    properties: {
      thread: httpUrl, closed: { type: 'boolean' },
      moderation: { enum: [...MODERATION_MODES, null], description: 'null: follow the server\'s mode.' },
    },
  },
  ThreadView: {
    type: 'object', required: ['thread', 'serverModeration'], additionalProperties: false,
    properties: {
      thread: ref('ThreadOwn'),
      serverModeration: { enum: [...MODERATION_MODES], description: 'The mode of threads whose own is null.' },
    },
  },
  ThreadOwn: {
    type: 'object', required: ['key', 'closed', 'moderation', 'total'], additionalProperties: false,
    properties: {
      key: { type: 'string' }, closed: { type: 'boolean' }, moderation: { enum: [...MODERATION_MODES, null] },
      total: { type: 'integer', minimum: 0 },
    },
  },
  ThreadState: {
    type: 'object', required: ['thread'], additionalProperties: false,
    properties: {
      thread: {
        type: 'object', required: ['key', 'closed', 'moderation', 'total'], additionalProperties: false,
        properties: {
          key: { type: 'string' }, closed: { type: 'boolean' }, moderation: { enum: [...MODERATION_MODES, null] },
          total: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
} as const;
