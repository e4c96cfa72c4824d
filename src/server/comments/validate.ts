// Every input of the comment routes as valibot schemas, and the cleaning every stored text gets:
// Unicode NFC, CR LF → LF, lone surrogates replaced, control and bidi-override characters removed.
// Bodies are stored as the raw (cleaned) text; the element renders them, never as HTML.
// Keep in step with the schemas in comments/openapi.ts (tests check both reject the same input).
import * as v from 'valibot';
import { COMMENT_STATUSES, MODERATION_MODES } from '../store/comment-types.js';
import { isHttpUrl, LIMITS } from '../validate.js';

export const COMMENT_LIMITS = {
  name: 80,
  body: 5000,
  email: 254,
  /** Characters of a form token, cursor, identity token, secret or proof. */
  token: 200,
  identity: 4096,
  /** Comments per page, and replies shown under each top-level comment of a page. */
  page: 100,
  pageDefault: 20,
  replies: 50,
  /** `thread` parameters per GET /v1/comments/counts. */
  counts: 50,
  /** Bytes of a request body. */
  bytes: 32 * 1024,
} as const;

/** An id as the server makes them (12 URL-safe characters); imported ids may be longer. */
export const ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const READER_PATTERN = '^[A-Za-z0-9_-]{16,64}$';
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$';
/** At least one character that is not white space. */
export const NOT_BLANK = '\\S';

// C0 and C1 controls except tab and line feed; bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text as stored. `line`: one line (names), inner white space collapsed. */
export function cleanText(s: string, line = false): string {
  const t = s.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').replace(/\r\n?/g, '\n').replace(BIDI, '').replace(CONTROL, '');
  return line ? t.replace(/\s+/g, ' ').trim() : t.replace(/^\s*\n/, '').trimEnd();
}

/** Characters as JSON Schema counts them (code points). */
const chars = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const objectMessage = (what: string, fields: string) => (i: v.BaseIssue<unknown>) =>
  !i.path ? `must be ${what}`
  : i.expected === 'never' ? `unknown field ${JSON.stringify(i.input)}; ${fields}`
  : 'is required';
const str = () => v.string('must be a string');
const maxChars = (n: number) => v.check((s: string) => chars(s) <= n, `must be at most ${n} characters`);
const maxLen = (n: number) => v.check((s: string) => s.length <= n, `must be at most ${n} characters`);

const Text = (max: number, line: boolean) => v.pipe(str(), maxChars(max), v.transform((s) => cleanText(s, line)),
  v.check((s) => s !== '', 'must not be empty (white space alone does not count)'));

export const HttpUrl = v.pipe(str(), maxLen(LIMITS.url),
  v.check(isHttpUrl, (i) => `must be an absolute http(s) URL, got ${JSON.stringify(String(i.input).slice(0, 80))}`));
/** Optional fields of a form: empty means absent. */
const orEmpty = <T extends v.GenericSchema<string, string>>(s: T) =>
  v.optional(v.union([v.pipe(str(), v.literal('')), s], (i) => i.issues?.at(-1)?.message ?? 'is invalid'));
const Id = v.pipe(str(), v.regex(new RegExp(ID_PATTERN), 'must be a comment id'));
const Token = (what: string, max: number) => v.pipe(str(), v.nonEmpty(`must be ${what}`), maxLen(max));

export const NewCommentSchema = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, 'must be a JSON object {"thread", "name", "body", …}'),
  v.strictObject({
    thread: HttpUrl,
    parent: v.optional(Id),
    name: v.optional(Text(COMMENT_LIMITS.name, true)),
    email: orEmpty(v.pipe(str(), maxLen(COMMENT_LIMITS.email),
      v.regex(new RegExp(EMAIL_PATTERN), 'must be an e-mail address like name@example.org'))),
    url: orEmpty(HttpUrl),
    body: Text(COMMENT_LIMITS.body, false),
    form: v.optional(Token('the form token from GET /v1/comments', COMMENT_LIMITS.token)),
    hp: v.optional(v.pipe(str(), v.maxLength(0, 'must be empty (it is a trap for robots)'))),
    identity: v.optional(Token('a signed identity token', COMMENT_LIMITS.identity)),
    proof: v.optional(Token('the secret of an earlier comment', COMMENT_LIMITS.token)),
  }, objectMessage('a JSON object {"thread", "name", "body", …}',
    'a comment has thread, parent, name, email, url, body, form, hp, identity, proof')),
  v.forward(v.check((c) => c.name !== undefined || c.identity !== undefined, 'is required (or an identity token)'), ['name']),
  v.transform((c) => ({ ...c, email: c.email || undefined, url: c.url ? new URL(c.url).href : undefined })),
);
export type NewCommentInput = v.InferOutput<typeof NewCommentSchema>;

const body = <E extends v.ObjectEntries>(fields: string, entries: E) => v.pipe(
  v.custom<Record<string, unknown>>(isRecord, `must be a JSON object {${fields}}`),
  v.strictObject(entries, objectMessage(`a JSON object {${fields}}`, `the body is {${fields}}`)),
);

export const EditSchema = body('"body"', { body: Text(COMMENT_LIMITS.body, false) });
export const LikeSchema = body('"reader"', {
  reader: v.pipe(str(), v.regex(new RegExp(READER_PATTERN), 'must be 16 to 64 characters A-Z, a-z, 0-9, _ or -')),
});
export const BanSchema = v.pipe(
  body('"ip", "email"', {
    ip: v.optional(v.boolean('must be true or false')),
    email: v.optional(v.boolean('must be true or false')),
  }),
  v.check((b) => b.ip === true || b.email === true, 'ban by ip, email or both: set at least one to true'),
);
export const ThreadQuery = v.object({ thread: v.pipe(v.string('is required: ?thread=https://…'), v.check(isHttpUrl,
  (i) => `must be an absolute http(s) URL, got ${JSON.stringify(String(i.input).slice(0, 80))}`), maxLen(LIMITS.url)) });
export const ThreadSchema = body('"thread", "closed", "moderation"', {
  thread: HttpUrl,
  closed: v.optional(v.boolean('must be true or false')),
  moderation: v.optional(v.nullable(v.picklist(MODERATION_MODES, `must be one of ${MODERATION_MODES.join(', ')} or null`))),
});

const Limit = v.optional(v.pipe(str(), v.regex(/^\d{1,3}$/, 'must be a whole number'), v.transform(Number),
  v.minValue(1, 'must be at least 1'), v.maxValue(COMMENT_LIMITS.page, `must be at most ${COMMENT_LIMITS.page}`)));
const Cursor = v.optional(Token('a cursor from an earlier page', COMMENT_LIMITS.token));

export const ListQuery = v.object({
  thread: v.pipe(v.string('is required: /v1/comments?thread=https://…'), v.check(isHttpUrl,
    (i) => `must be an absolute http(s) URL, got ${JSON.stringify(String(i.input).slice(0, 80))}`), maxLen(LIMITS.url)),
  sort: v.optional(v.picklist(['newest', 'oldest', 'top'], 'must be newest, oldest or top'), 'newest'),
  limit: Limit,
  cursor: Cursor,
  parent: v.optional(Id),
});

export const AdminListQuery = v.object({
  status: v.optional(v.picklist(COMMENT_STATUSES, `must be one of ${COMMENT_STATUSES.join(', ')}`)),
  thread: v.optional(HttpUrl),
  limit: Limit,
  cursor: Cursor,
});

export const CountsQuery = v.object({
  thread: v.pipe(
    v.array(HttpUrl, 'give at least one thread parameter: /v1/comments/counts?thread=https://…'),
    v.minLength(1, 'give at least one thread parameter: /v1/comments/counts?thread=https://…'),
    v.maxLength(COMMENT_LIMITS.counts, `at most ${COMMENT_LIMITS.counts} thread parameters per request`),
  ),
});

/** Links in a body, as the element would make them: more than maxLinks makes a comment wait. */
export const countLinks = (s: string) => (s.match(/\b(?:https?:\/\/|www\.)/gi) ?? []).length;
