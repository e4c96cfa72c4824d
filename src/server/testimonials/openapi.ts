// The testimonial walls' part of the HTTP contract (paths and schemas merged into openapi.ts).
// Request schemas mirror testimonials/validate.ts; tests check both reject the same input.
import { COMMENT_STATUSES } from '../store/comment-types.js';
import { WALL_MODERATION } from '../store/testimonial-types.js';
import { COMMENT_LIMITS, EMAIL_PATTERN, ID_PATTERN, NOT_BLANK } from '../comments/validate.js';
import { TAG_PATTERN, TESTIMONIAL_LIMITS, WALL_PATTERN } from './validate.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ref('Error')) });
const retry = (description: string) => ({ ...error(description), headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } });
const jsonBody = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) }, 'text/plain': { schema: ref(name) } } });
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: NOT_BLANK });
const optionalText = (schema: object) => ({ anyOf: [{ const: '' }, schema] });
const nullableText = (max: number) => ({ anyOf: [{ const: '' }, { type: 'null' }, text(max)] });
const iso = { type: 'string', format: 'date-time' };
const security = [{ adminToken: [] }, { moderatorToken: [] }];
const adminErrors = {
  401: error('Missing or wrong bearer token.'),
  403: error('Foreign origin, or no admin token configured on the server (`admin_disabled`).'),
  429: retry('Too many failed attempts from this client.'),
};
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: ID_PATTERN } };
const limitParam = { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: TESTIMONIAL_LIMITS.page, default: TESTIMONIAL_LIMITS.pageDefault } };
const cursorParam = { name: 'cursor', in: 'query', description: '`next` of the previous page.', schema: { type: 'string', maxLength: COMMENT_LIMITS.token } };
const wall = { type: 'string', pattern: WALL_PATTERN };
const tag = { type: 'string', pattern: TAG_PATTERN };
const status = { type: 'string', enum: [...COMMENT_STATUSES] };
const email = { type: 'string', maxLength: COMMENT_LIMITS.email, pattern: EMAIL_PATTERN };
const moderationAction = (action: string, what: string) => ({
  post: {
    operationId: `${action}Testimonial`, summary: what, security, parameters: [idParam],
    responses: { 200: { description: 'The testimonial now.', ...json(ref('AdminTestimonialOne')) }, 404: error('No such testimonial.'), ...adminErrors },
  },
});

const html = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const wallPath = { name: 'wall', in: 'path', required: true, schema: wall };
const langParam = { name: 'lang', in: 'query', schema: { type: 'string' }, description: 'en or it; else Accept-Language, else English.' };

export const testimonialPaths = {
  '/t/{wall}': {
    get: {
      operationId: 'getCollectionPage', summary: 'The page a customer fills in, served by the server itself (HTML, no script)',
      parameters: [wallPath, langParam], responses: { 200: html('The form.'), 404: error('Not a wall name.') },
    },
    post: {
      operationId: 'postCollectionPage', summary: 'The collection page\'s form, posted back (HTML answer)',
      parameters: [wallPath, langParam],
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object', required: ['form', 'name', 'text'],
              properties: Object.fromEntries(['form', 'consentText', 'name', 'email', 'role', 'company', 'rating', 'text', 'consent', 'hp']
                .map((k) => [k, { type: 'string' }])),
            },
          },
        },
      },
      responses: {
        201: html('Thank-you page: published.'), 202: html('Thank-you page: waiting for approval.'),
        400: html('The form again, every value kept, each error tied to its field.'), 403: html('Banned: the form again with the reason.'),
        409: html('Duplicate: the form again.'), 429: html('Too fast or too many: the form again.'), 404: error('Not a wall name.'),
      },
    },
  },
  '/v1/testimonials': {
    get: {
      operationId: 'getTestimonials',
      summary: 'A wall\'s approved testimonials, with their summary',
      description: 'Featured first, then newest. `summary` covers every approved testimonial the filters match, not only this page. ' +
        '`form` is the token to send back when submitting.',
      parameters: [
        { name: 'wall', in: 'query', required: true, schema: wall },
        { name: 'min-rating', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 5 } },
        { name: 'tag', in: 'query', schema: tag },
        { name: 'featured', in: 'query', schema: { type: 'string', enum: ['true', 'false', '1', '0'] } },
        limitParam, cursorParam,
      ],
      responses: { 200: { description: 'A page.', ...json(ref('TestimonialPage')) }, 400: error('Invalid parameters or cursor.'), 403: error('Foreign origin.') },
    },
    post: {
      operationId: 'postTestimonial',
      summary: 'Send a testimonial',
      description: 'Waits for approval (202) unless the wall or the server publishes at once (201). Consent is required and stored with ' +
        'its wording and time. Rate limited per client and site-wide, in the database.',
      requestBody: jsonBody('NewTestimonial'),
      responses: {
        201: { description: 'Published.', ...json(ref('TestimonialReceived')) },
        202: { description: 'Waiting for approval.', ...json(ref('TestimonialReceived')) },
        400: error('Malformed JSON, invalid fields (`issues` name them), or a bad form token.'),
        403: error('Foreign origin, or this address is banned.'),
        409: error('The same text was already sent to this wall.'),
        413: error(`Body larger than ${COMMENT_LIMITS.bytes} bytes.`),
        415: error('Content type other than application/json or text/plain.'),
        429: retry('Too many testimonials, or sent too quickly after the form loaded (`too_fast`).'),
      },
    },
  },
  '/v1/admin/testimonials': {
    get: {
      operationId: 'getAdminTestimonials', summary: 'Testimonials by status and wall, newest first (admin)', security,
      parameters: [{ name: 'status', in: 'query', schema: status }, { name: 'wall', in: 'query', schema: wall }, limitParam, cursorParam],
      responses: { 200: { description: 'A page.', ...json(ref('AdminTestimonialPage')) }, 400: error('Invalid parameters.'), ...adminErrors },
    },
  },
  '/v1/admin/testimonials/{id}': {
    patch: {
      operationId: 'editTestimonial', summary: 'Correct typos, feature, tag (admin); the original text is kept', security, parameters: [idParam],
      requestBody: jsonBody('TestimonialEdit'),
      responses: { 200: { description: 'The testimonial now.', ...json(ref('AdminTestimonialOne')) }, 400: error('Invalid fields.'), 404: error('No such testimonial.'), ...adminErrors },
    },
    delete: {
      operationId: 'deleteTestimonial', summary: 'Delete a testimonial for good (admin)', security, parameters: [idParam],
      responses: { 204: { description: 'Deleted.' }, 404: error('No such testimonial.'), ...adminErrors },
    },
  },
  '/v1/admin/testimonials/{id}/approve': moderationAction('approve', 'Approve: show it on its wall'),
  '/v1/admin/testimonials/{id}/reject': moderationAction('reject', 'Reject: never shown'),
  '/v1/admin/testimonials/{id}/spam': moderationAction('spam', 'Mark as spam'),
  '/v1/admin/testimonials/{id}/restore': moderationAction('restore', 'Publish again a rejected or spam testimonial'),
  '/v1/admin/walls': {
    put: {
      operationId: 'putWall', summary: 'A wall\'s collection page texts and moderation (admin)', security,
      description: 'Fields left out keep their value; empty or null returns to the built-in wording.',
      requestBody: jsonBody('WallSettingsRequest'),
      responses: { 200: { description: 'The wall now.', ...json(ref('WallOne')) }, 400: error('Invalid fields.'), ...adminErrors },
    },
  },
  '/v1/admin/walls/{wall}': {
    get: {
      operationId: 'getWall', summary: 'A wall\'s settings (admin)', security,
      parameters: [{ name: 'wall', in: 'path', required: true, schema: wall }],
      responses: { 200: { description: 'The wall.', ...json(ref('WallOne')) }, 404: error('Not a wall name.'), ...adminErrors },
    },
  },
  '/v1/admin/data': {
    get: {
      operationId: 'exportPersonalData', summary: 'Everything stored about an e-mail address: testimonials and comments (admin)', security,
      parameters: [{ name: 'email', in: 'query', required: true, schema: email }],
      responses: { 200: { description: 'The data.', ...json(ref('PersonalData')) }, 400: error('Not an e-mail address.'), ...adminErrors },
    },
    delete: {
      operationId: 'erasePersonalData', security,
      summary: 'Erase everything stored about an e-mail address (admin)',
      description: 'Testimonials are deleted; comments are deleted (a nameless placeholder stays where replies hang) and stripped of ' +
        'name, website and hashes; bans by that address are lifted.',
      parameters: [{ name: 'email', in: 'query', required: true, schema: email }],
      responses: { 200: { description: 'What was erased.', ...json(ref('Erased')) }, 400: error('Not an e-mail address.'), ...adminErrors },
    },
  },
} as const;

const testimonialProps = {
  id: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  company: { type: 'string' },
  rating: { type: 'integer', minimum: 1, maximum: 5 },
  text: { type: 'string', description: 'Plain text (light syntax is not applied to testimonials); render as text.' },
  createdAt: iso,
  featured: { const: true },
  tags: { type: 'array', items: { type: 'string' } },
};
const nullableIso = { anyOf: [iso, { type: 'null' }] };

export const testimonialSchemas = {
  Testimonial: { type: 'object', required: ['id', 'name', 'text', 'createdAt'], additionalProperties: false, properties: testimonialProps },
  AdminTestimonial: {
    type: 'object', required: ['id', 'name', 'text', 'createdAt', 'wall', 'status', 'featured', 'tags', 'email', 'editedAt', 'original', 'consent', 'source'],
    additionalProperties: false,
    properties: {
      ...testimonialProps, featured: { type: 'boolean' }, wall: { type: 'string' }, status,
      email: { type: ['string', 'null'], description: 'Private.' }, editedAt: nullableIso,
      original: { type: ['string', 'null'], description: 'The text as sent, when a moderator corrected it.' },
      consent: {
        anyOf: [{ type: 'null' }, { type: 'object', required: ['text', 'at'], additionalProperties: false, properties: { text: { type: 'string' }, at: iso } }],
        description: 'The wording the author agreed to, and when; null for imported ones.',
      },
      source: { type: ['string', 'null'] },
    },
  },
  TestimonialSummary: {
    type: 'object', required: ['count', 'average', 'distribution'], additionalProperties: false,
    properties: {
      count: { type: 'integer', minimum: 0 },
      average: { type: ['number', 'null'], minimum: 1, maximum: 5, description: 'Mean rating, two decimals; null when none is rated.' },
      distribution: {
        type: 'object', required: ['1', '2', '3', '4', '5'], additionalProperties: false,
        properties: Object.fromEntries(['1', '2', '3', '4', '5'].map((k) => [k, { type: 'integer', minimum: 0 }])),
      },
    },
  },
  TestimonialPage: {
    type: 'object', required: ['testimonials', 'next', 'summary', 'form'], additionalProperties: false,
    properties: {
      testimonials: { type: 'array', items: ref('Testimonial') }, next: { type: ['string', 'null'] },
      summary: ref('TestimonialSummary'), form: { type: 'string', description: 'Send back as `form` when submitting.' },
    },
  },
  NewTestimonial: {
    type: 'object', required: ['wall', 'name', 'text', 'consent', 'consentText'], additionalProperties: false,
    properties: {
      wall, name: text(TESTIMONIAL_LIMITS.name), email: optionalText(email),
      role: optionalText(text(TESTIMONIAL_LIMITS.role)), company: optionalText(text(TESTIMONIAL_LIMITS.company)),
      rating: { type: 'integer', minimum: 1, maximum: 5 }, text: text(TESTIMONIAL_LIMITS.text),
      consent: { const: true }, consentText: { ...text(TESTIMONIAL_LIMITS.consent), description: 'The wording the author agreed to, as shown.' },
      form: { type: 'string', minLength: 1, maxLength: COMMENT_LIMITS.token, description: 'From GET /v1/testimonials.' },
      hp: { type: 'string', maxLength: 0, description: 'Honeypot: a field people never fill.' },
    },
  },
  TestimonialReceived: {
    type: 'object', required: ['testimonial'], additionalProperties: false,
    properties: {
      testimonial: {
        type: 'object', required: ['id', 'name', 'text', 'createdAt', 'status'], additionalProperties: false,
        properties: { ...testimonialProps, status },
      },
    },
  },
  AdminTestimonialPage: {
    type: 'object', required: ['testimonials', 'next'], additionalProperties: false,
    properties: { testimonials: { type: 'array', items: ref('AdminTestimonial') }, next: { type: ['string', 'null'] } },
  },
  AdminTestimonialOne: { type: 'object', required: ['testimonial'], additionalProperties: false, properties: { testimonial: ref('AdminTestimonial') } },
  TestimonialEdit: {
    type: 'object', additionalProperties: false, minProperties: 1,
    properties: {
      text: text(TESTIMONIAL_LIMITS.text), name: text(TESTIMONIAL_LIMITS.name),
      role: nullableText(TESTIMONIAL_LIMITS.role), company: nullableText(TESTIMONIAL_LIMITS.company),
      featured: { type: 'boolean' }, tags: { type: 'array', maxItems: TESTIMONIAL_LIMITS.tags, items: tag },
    },
  },
  Wall: {
    type: 'object', required: ['name', 'title', 'intro', 'thanks', 'consent', 'moderation'], additionalProperties: false,
    properties: {
      name: { type: 'string' }, title: { type: ['string', 'null'] }, intro: { type: ['string', 'null'] }, thanks: { type: ['string', 'null'] },
      consent: { type: ['string', 'null'] }, moderation: { enum: [...WALL_MODERATION, null] },
    },
  },
  WallOne: { type: 'object', required: ['wall'], additionalProperties: false, properties: { wall: ref('Wall') } },
  WallSettingsRequest: {
    type: 'object', required: ['wall'], additionalProperties: false,
    properties: {
      wall, title: nullableText(TESTIMONIAL_LIMITS.title), intro: nullableText(TESTIMONIAL_LIMITS.intro),
      thanks: nullableText(TESTIMONIAL_LIMITS.thanks), consent: nullableText(TESTIMONIAL_LIMITS.consent),
      moderation: { enum: [...WALL_MODERATION, null], description: 'null: follow the server\'s.' },
    },
  },
  PersonalData: {
    type: 'object', required: ['email', 'testimonials', 'comments', 'bans'], additionalProperties: false,
    properties: {
      email: { type: 'string' }, testimonials: { type: 'array', items: ref('AdminTestimonial') },
      comments: {
        type: 'array',
        items: {
          type: 'object', required: ['id', 'thread', 'name', 'url', 'body', 'status', 'createdAt'], additionalProperties: false,
          properties: {
            id: { type: 'string' }, thread: { type: 'string' }, name: { type: 'string' }, url: { type: ['string', 'null'] },
            body: { type: 'string' }, status, createdAt: iso,
          },
        },
      },
      bans: { type: 'integer', minimum: 0 },
    },
  },
  Erased: {
    type: 'object', required: ['erased'], additionalProperties: false,
    properties: {
      erased: {
        type: 'object', required: ['testimonials', 'comments', 'bans'], additionalProperties: false,
        properties: { testimonials: { type: 'integer', minimum: 0 }, comments: { type: 'integer', minimum: 0 }, bans: { type: 'integer', minimum: 0 } },
      },
    },
  },
} as const;
