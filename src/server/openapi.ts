// The HTTP contract (OpenAPI 3.1). This object is the source: the server serves it at
// /v1/openapi.json and the tests check every response against it. `openapi.yaml` next to this
// file is the same document for people and tools; tests/server/openapi.test.ts fails when they
// differ and rewrites the YAML when run with SMM_WRITE_OPENAPI=1.
import { createRequire } from 'node:module';
import { KNOWN_NETWORKS } from '../shared/network-ids.js';
import { commentPaths, commentSchemas } from './comments/openapi.js';
import { testimonialPaths, testimonialSchemas } from './testimonials/openapi.js';
import { ERROR_CODES } from './errors.js';
import { EVENT_TYPES } from './store/types.js';
import { HOST_PATTERN, IGNORED_PARAMS, LIMITS } from './validate.js';

const networks = [...KNOWN_NETWORKS].sort();
/** package.json's version: two folders up from src/server/ and from dist/server/ alike. */
const packageVersion = () => (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
const code = (p: string) => `\`${p}\``;
const ignoredParams = `names starting with ${IGNORED_PARAMS.filter((p) => p.endsWith('_')).map(code).join(', ')}, and ${
  IGNORED_PARAMS.filter((p) => !p.endsWith('_')).map(code).join(', ')}`;
/** A URL whose query holds utm_medium=social and utm_source=<a known network>. */
const param = (p: string) => `(?=[^?#]*\\?(?:[^#]*&)?${p}(?:[&#]|$))`;
const VISIT_URL = `^${param('utm_medium=social')}${param(`utm_source=(?:${networks.join('|')})`)}`;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ref('Error')) });

const perNetwork = {
  type: 'array',
  items: {
    type: 'object', required: ['network', 'count'], additionalProperties: false,
    properties: { network: ref('Network'), count: { type: 'integer', minimum: 1 } },
  },
};
const perPage = {
  type: 'array',
  items: {
    type: 'object', required: ['url', 'count'], additionalProperties: false,
    properties: { url: ref('PageKey'), count: { type: 'integer', minimum: 1 } },
  },
};

const adminErrors = {
  401: error('Missing bearer token, or neither the admin token nor an active moderator\'s.'),
  403: error('Foreign origin, or neither an admin token nor moderators configured (`admin_disabled`).'),
  429: { ...error('Too many failed attempts from this client.'), headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } },
};
const count0 = { type: 'integer', minimum: 0 };
const perDay = {
  type: 'array',
  items: {
    type: 'object', required: ['day', 'count'], additionalProperties: false,
    properties: { day: { type: 'string', format: 'date' }, count: { type: 'integer', minimum: 1 } },
  },
};
const perDayNetwork = {
  type: 'array',
  items: {
    type: 'object', required: ['day', 'network', 'count'], additionalProperties: false,
    properties: { day: { type: 'string', format: 'date' }, network: ref('Network'), count: { type: 'integer', minimum: 1 } },
  },
};
const totals = {
  type: 'object', required: [...EVENT_TYPES], additionalProperties: false,
  properties: Object.fromEntries(EVENT_TYPES.map((t) => [t, count0])),
};
const networkStats = {
  type: 'array',
  description: 'Every network seen in the range, by shares then visits. `ratio` = visits ÷ shares (null without shares): ' +
    'how many readers each share brought back.',
  items: {
    type: 'object', required: ['network', 'shares', 'visits', 'follows', 'ratio'], additionalProperties: false,
    properties: {
      network: ref('Network'), shares: count0, visits: count0, follows: count0,
      ratio: { type: ['number', 'null'], minimum: 0 },
    },
  },
};

export const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'smm-kit server',
    // The package's own version: the contract ships, and changes, with it.
    version: packageVersion(),
    summary: 'Self-hosted share counts, statistics and comments for smm-kit.',
    description: [
      'Receives the events of the smm-kit tracker and answers share counts and statistics; keeps the',
      'comment walls of the site\'s pages and their moderation.',
      '',
      '**Page keys.** Every URL is reduced to a page key: `scheme://host[:port]/path[?query]`, host',
      'in lower case, default port, credentials and fragment removed. The query keeps the parameters',
      'that identify a page, sorted by name (WordPress `?p=123` and `?page_id=7`, Joomla',
      '`index.php?option=com_content&view=article&id=5`), and drops tracking parameters and secrets:',
      `${ignoredParams} (any case). Events are`,
      'stored and counted under the key, so `https://Blog.example/?utm_source=x&p=123#top` and',
      '`https://blog.example/?p=123` are the same page, and `?p=124` is another. Keys stored before',
      'schema version 3 have no query (they were written when every query was dropped).',
      '',
      '**Origins.** Requests carrying an `Origin` header that is neither a configured origin nor the',
      'server\'s own get 403 (`forbidden_origin`) before anything is read. CORS headers are sent to',
      'allowed origins only.',
      '',
      '**Privacy.** No cookies are read or set. For the general write rate limit, client addresses',
      'are used only as a keyed hash with a salt that changes daily and stays in memory. A comment',
      'keeps a keyed hash (HMAC with a secret held in the database) of its author\'s address and',
      'e-mail, so a moderator can ban an author across days and server instances; neither can be',
      'read back. Likes keep only a keyed hash of the reader\'s device id. The time stored is the',
      'server\'s.',
    ].join('\n'),
    license: { name: 'MIT', identifier: 'MIT' },
  },
  paths: {
    '/v1/events': {
      post: {
        operationId: 'postEvents',
        summary: 'Record a batch of tracker events',
        description: `At most ${LIMITS.batch} events and ${LIMITS.body} bytes. The batch is stored whole or ` +
          'not at all. Sent by the tracker with `navigator.sendBeacon` as `text/plain`, which needs no ' +
          'CORS preflight; `application/json` is accepted too. Rate limited per client.',
        requestBody: {
          required: true,
          content: {
            'text/plain': { schema: ref('EventBatch') },
            'application/json': { schema: ref('EventBatch') },
          },
        },
        responses: {
          202: { description: 'Stored.', ...json(ref('Accepted')) },
          400: error('Malformed JSON (`malformed_json`) or invalid events (`invalid_request`, with `issues`).'),
          403: error('Foreign origin.'),
          413: error(`Body larger than ${LIMITS.body} bytes.`),
          415: error('Content type other than text/plain or application/json.'),
          429: { ...error('Too many writes from this client.'), headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } },
        },
      },
    },
    '/v1/counts': {
      get: {
        operationId: 'getCounts',
        summary: 'Share counts of pages',
        description: 'One entry per `url` parameter, in the order asked, each echoing the URL as given. ' +
          'Counts only `share` events, by page key; a page never shared answers `total: 0`.',
        parameters: [{
          name: 'url', in: 'query', required: true, style: 'form', explode: true,
          description: `Page URL, repeated for several pages (at most ${LIMITS.countsUrls}).`,
          schema: { type: 'array', minItems: 1, maxItems: LIMITS.countsUrls, items: ref('HttpUrl') },
        }],
        responses: {
          200: { description: 'Counts.', ...json(ref('Counts')) },
          400: error('Missing or invalid `url` parameters.'),
          403: error('Foreign origin.'),
        },
      },
    },
    '/v1/stats': {
      get: {
        operationId: 'getStats',
        summary: 'Share, follow, return-visit, comment and testimonial statistics (admin)',
        description: 'Days are UTC and inclusive. Default range: the 30 days ending today. `previous` holds the ' +
          'totals of the range of the same length just before, for comparison. With `url`, everything is ' +
          'counted for that page only (its page key is echoed as `url`).',
        security: [{ adminToken: [] }],
        parameters: [
          { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'First day, YYYY-MM-DD.' },
          { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Last day, YYYY-MM-DD (default today).' },
          {
            name: 'limit', in: 'query', description: 'Pages listed per table.',
            schema: { type: 'integer', minimum: 1, maximum: LIMITS.statsPages, default: 20 },
          },
          { name: 'url', in: 'query', schema: ref('HttpUrl'), description: 'One page: its own view.' },
        ],
        responses: {
          200: { description: 'Statistics.', ...json(ref('Stats')) },
          400: error(`Invalid range (at most ${LIMITS.statsDays} days) or limit.`),
          401: error('Missing or wrong bearer token.'),
          403: error('Foreign origin, or no admin token configured on the server (`admin_disabled`).'),
          429: { ...error('Too many failed attempts from this client.'), headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } },
        },
      },
    },
    ...commentPaths,
    ...testimonialPaths,
    '/v1/admin/me': {
      get: {
        operationId: 'getAdminMe',
        summary: 'Who the bearer token belongs to (admin page sign-in)',
        security: [{ adminToken: [] }, { moderatorToken: [] }],
        responses: {
          200: {
            description: 'The owner or a moderator, and what this server lets them moderate.',
            ...json({
              type: 'object', required: ['moderator', 'features'], additionalProperties: false,
              properties: {
                moderator: ref('Moderator'),
                features: { type: 'array', items: { type: 'string', enum: ['comments', 'testimonials'] } },
              },
            }),
          },
          ...adminErrors,
        },
      },
    },
    '/v1/admin/audit': {
      get: {
        operationId: 'getAudit',
        summary: 'The audit log: every moderation action, who did it and when, newest first',
        security: [{ adminToken: [] }, { moderatorToken: [] }],
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
          { name: 'before', in: 'query', schema: { type: 'integer', minimum: 1 }, description: 'The `next` of the previous page.' },
          { name: 'kind', in: 'query', schema: { type: 'string' }, description: 'Only this kind of item: `comment`, `testimonial`, …' },
          { name: 'item', in: 'query', schema: { type: 'string' }, description: 'Only this item id.' },
        ],
        responses: {
          200: { description: 'Entries.', ...json(ref('AuditPage')) },
          400: error('Invalid parameters.'),
          ...adminErrors,
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        responses: { 200: { description: 'The OpenAPI document.', ...json({ type: 'object' }) } },
      },
    },
    '/healthz': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness and database check',
        responses: {
          200: { description: 'Serving.', ...json(ref('Health')) },
          503: { description: 'The database does not answer.', ...json(ref('Health')) },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      adminToken: {
        type: 'http', scheme: 'bearer',
        description: 'The token given to the server with --admin-token or SMM_ADMIN_TOKEN.',
      },
      moderatorToken: {
        type: 'http', scheme: 'bearer',
        description: 'A named moderator\'s token from `smm-kit moderator add <name>` (refused once revoked). ' +
          'Accepted wherever the admin token is.',
      },
    },
    headers: {
      RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 1 } },
    },
    schemas: {
      Network: { type: 'string', enum: networks, description: 'A network or share action id.' },
      HttpUrl: {
        type: 'string', maxLength: LIMITS.url, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]+',
        description: 'An absolute http(s) URL.',
      },
      PageKey: { type: 'string', description: 'A page key: `scheme://host[:port]/path[?query]`, see the description above.' },
      Event: {
        type: 'object',
        required: ['type', 'url'],
        additionalProperties: false,
        properties: {
          type: { type: 'string', enum: [...EVENT_TYPES], description: '`visit`: the page was opened from a shared link (utm_medium=social).' },
          network: {
            ...ref('Network'),
            description: 'Required for `share` and `follow`. A `visit` without one is credited to the `utm_source` of its url, ' +
              'which must also carry `utm_medium=social` (the tracker sends it so).',
          },
          url: { ...ref('HttpUrl'), description: 'For `share`, the URL shared; otherwise the page. utm_campaign is kept.' },
          ref: {
            type: 'string', maxLength: 261, pattern: `^$|${HOST_PATTERN}`,
            description: 'Referrer host; empty for none. Stored only when it is another site than the URL\'s.',
          },
          ts: {
            type: 'number', minimum: 0, maximum: LIMITS.ts,
            description: 'Client time in ms since 1970, at most the largest `Date` (8.64e15); checked, never stored: the server\'s clock is.',
          },
        },
        // share and follow need network; a visit without one is credited to the utm_source of
        // its url, which must also carry utm_medium=social.
        if: { properties: { type: { enum: ['share', 'follow'] } } },
        then: { required: ['network'] },
        else: {
          if: { properties: { type: { const: 'visit' } } },
          then: { anyOf: [{ required: ['network'] }, { properties: { url: { pattern: VISIT_URL } } }] },
        },
      },
      EventBatch: {
        type: 'object',
        required: ['events'],
        additionalProperties: false,
        properties: { events: { type: 'array', minItems: 1, maxItems: LIMITS.batch, items: ref('Event') } },
      },
      Accepted: {
        type: 'object', required: ['accepted'], additionalProperties: false,
        properties: { accepted: { type: 'integer', minimum: 1, maximum: LIMITS.batch } },
      },
      Counts: {
        type: 'object', required: ['counts'], additionalProperties: false,
        properties: {
          counts: {
            type: 'array',
            items: {
              type: 'object', required: ['url', 'total', 'networks'], additionalProperties: false,
              properties: {
                url: { type: 'string', description: 'The URL as asked.' },
                total: { type: 'integer', minimum: 0 },
                networks: {
                  type: 'object', propertyNames: ref('Network'),
                  additionalProperties: { type: 'integer', minimum: 1 },
                  description: 'Shares per network; networks never used are absent.',
                },
              },
            },
          },
        },
      },
      Stats: {
        type: 'object',
        required: [
          'from', 'to', 'totals', 'sharesPerDay', 'sharesPerPage', 'visitsPerNetwork', 'visitsPerPage', 'followsPerNetwork',
          'networks', 'commentsPerPage', 'commentsPerDay', 'testimonialsPerDay', 'visitsPerDay', 'previous',
        ],
        additionalProperties: false,
        properties: {
          from: { type: 'string', format: 'date' },
          to: { type: 'string', format: 'date' },
          url: { ...ref('PageKey'), description: 'The page counted, when `url` was asked.' },
          totals,
          sharesPerDay: perDayNetwork,
          sharesPerPage: perPage,
          visitsPerNetwork: perNetwork,
          visitsPerPage: perPage,
          followsPerNetwork: perNetwork,
          networks: networkStats,
          commentsPerPage: { ...perPage, description: 'Top pages by published comments written in the range.' },
          commentsPerDay: { ...perDay, description: 'Comments received per day (spam excluded); empty before the comments tables exist.' },
          testimonialsPerDay: { ...perDay, description: 'Testimonials received per day (spam excluded); empty for one page.' },
          visitsPerDay: perDayNetwork,
          previous: {
            type: 'object', required: ['from', 'to', 'totals', 'networks', 'comments', 'testimonials'], additionalProperties: false,
            description: 'The range of the same length just before `from`.',
            properties: {
              from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' },
              totals, networks: networkStats, comments: count0, testimonials: count0,
            },
          },
        },
      },
      Moderator: {
        type: 'object', required: ['id', 'name', 'role'], additionalProperties: false,
        properties: {
          id: { type: ['string', 'null'], description: 'null for the owner\'s admin token.' },
          name: { type: 'string', description: '`admin` for the owner.' },
          role: { type: 'string', enum: ['owner', 'moderator'] },
        },
      },
      AuditPage: {
        type: 'object', required: ['entries', 'next'], additionalProperties: false,
        properties: {
          entries: {
            type: 'array',
            items: {
              type: 'object', required: ['id', 'at', 'moderator', 'owner', 'action', 'kind', 'item'], additionalProperties: false,
              properties: {
                id: { type: 'integer' },
                at: { type: 'string', format: 'date-time' },
                moderator: { type: 'string', description: 'Name at the time of the action (`admin` for the owner).' },
                owner: { type: 'boolean', description: 'Done with the owner\'s admin token.' },
                action: { type: 'string', description: '`approve`, `reject`, `spam`, `delete`, `ban`, `edit`, `reply`, …' },
                kind: { type: 'string', description: '`comment`, `testimonial`, …' },
                item: { type: 'string', description: 'The id of the item acted on.' },
                detail: { type: 'string' },
              },
            },
          },
          next: { type: ['integer', 'null'], description: 'Pass as `before` for older entries.' },
        },
      },
      ...commentSchemas,
      ...testimonialSchemas,
      Health: {
        type: 'object', required: ['status', 'store'], additionalProperties: false,
        properties: {
          status: { type: 'string', enum: ['ok', 'unavailable'] },
          store: { type: 'string', enum: ['sqlite', 'postgres'] },
        },
      },
      Error: {
        type: 'object', required: ['error'], additionalProperties: false,
        properties: {
          error: {
            type: 'object', required: ['code', 'message'], additionalProperties: false,
            properties: {
              code: { type: 'string', enum: [...ERROR_CODES] },
              message: { type: 'string', description: 'What was wrong and what was expected.' },
              issues: {
                type: 'array', minItems: 1,
                items: {
                  type: 'object', required: ['path', 'message'], additionalProperties: false,
                  properties: {
                    path: { type: 'string', description: 'Dotted path in the input, e.g. `events.3.network`.' },
                    message: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
