// Every input of the testimonial routes as valibot schemas. Texts get the comment wall's cleaning
// (NFC, control and bidi-override characters removed); URLs, e-mails and limits are its too.
// Keep in step with testimonials/openapi.ts (the tests check both reject the same input).
import * as v from 'valibot';
import { cleanText, COMMENT_LIMITS, EMAIL_PATTERN, ID_PATTERN } from '../comments/validate.js';
import { COMMENT_STATUSES } from '../store/comment-types.js';
import { WALL_MODERATION } from '../store/testimonial-types.js';

export const TESTIMONIAL_LIMITS = {
  name: 80,
  role: 80,
  company: 80,
  text: 2000,
  consent: 500,
  tag: 40,
  tags: 10,
  /** Texts of a wall's page. */
  title: 120,
  intro: 1000,
  thanks: 500,
  page: 100,
  pageDefault: 24,
} as const;

export const WALL_PATTERN = '^[a-z0-9][a-z0-9_-]{0,39}$';
export const TAG_PATTERN = '^[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,39}$';
const WALL = new RegExp(WALL_PATTERN);
const TAG = new RegExp(TAG_PATTERN, 'u');

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = () => v.string('must be a string');
const chars = (s: string) => [...s].length;
const Text = (max: number, line: boolean) => v.pipe(str(), v.check((s) => chars(s) <= max, `must be at most ${max} characters`),
  v.transform((s) => cleanText(s, line)), v.check((s) => s !== '', 'must not be empty (white space alone does not count)'));
/** Optional one-line text: empty means absent. */
const Optional = (max: number) => v.optional(v.union([v.pipe(str(), v.literal('')), Text(max, true)],
  (i) => i.issues?.at(-1)?.message ?? 'is invalid'));
const strict = <E extends v.ObjectEntries>(fields: string, entries: E) => v.pipe(
  v.custom<Record<string, unknown>>(isRecord, `must be a JSON object {${fields}}`),
  v.strictObject(entries, (i) => !i.path ? `must be a JSON object {${fields}}`
    : i.expected === 'never' ? `unknown field ${JSON.stringify(i.input)}; the body is {${fields}}` : 'is required'),
);

export const Wall = v.pipe(str(), v.regex(WALL, 'must be a wall name: a-z, 0-9, _ and -, at most 40 characters, e.g. "main"'));
export const Rating = v.pipe(v.number('must be a whole number from 1 to 5'), v.integer('must be a whole number from 1 to 5'),
  v.minValue(1, 'must be a whole number from 1 to 5'), v.maxValue(5, 'must be a whole number from 1 to 5'));
const Tag = v.pipe(str(), v.regex(TAG, 'must be a tag: letters, digits, _ and -, at most 40 characters'));

export const NewTestimonialSchema = strict('"wall", "name", "email", "role", "company", "rating", "text", "consent", "consentText", "form", "hp"', {
  wall: Wall,
  name: Text(TESTIMONIAL_LIMITS.name, true),
  email: v.optional(v.union([v.pipe(str(), v.literal('')), v.pipe(str(), v.maxLength(COMMENT_LIMITS.email, `must be at most ${COMMENT_LIMITS.email} characters`),
    v.regex(new RegExp(EMAIL_PATTERN), 'must be an e-mail address like name@example.org'))], (i) => i.issues?.at(-1)?.message ?? 'is invalid')),
  role: Optional(TESTIMONIAL_LIMITS.role),
  company: Optional(TESTIMONIAL_LIMITS.company),
  rating: v.optional(Rating),
  text: Text(TESTIMONIAL_LIMITS.text, false),
  consent: v.literal(true, 'must be true: the testimonial is shown only with the author\'s consent'),
  consentText: Text(TESTIMONIAL_LIMITS.consent, true),
  form: v.optional(v.pipe(str(), v.nonEmpty('must be the form token from GET /v1/testimonials'), v.maxLength(COMMENT_LIMITS.token))),
  hp: v.optional(v.pipe(str(), v.maxLength(0, 'must be empty (it is a trap for robots)'))),
});
export type NewTestimonialInput = v.InferOutput<typeof NewTestimonialSchema>;

const Limit = v.optional(v.pipe(str(), v.regex(/^\d{1,3}$/, 'must be a whole number'), v.transform(Number),
  v.minValue(1, 'must be at least 1'), v.maxValue(TESTIMONIAL_LIMITS.page, `must be at most ${TESTIMONIAL_LIMITS.page}`)));
const Cursor = v.optional(v.pipe(str(), v.nonEmpty('must be a cursor from an earlier page'), v.maxLength(COMMENT_LIMITS.token)));

export const ListQuery = v.object({
  wall: v.pipe(v.string('is required: /v1/testimonials?wall=main'), v.regex(WALL, 'must be a wall name: a-z, 0-9, _ and -, e.g. "main"')),
  minRating: v.optional(v.pipe(str(), v.regex(/^[1-5]$/, 'must be 1, 2, 3, 4 or 5'), v.transform(Number))),
  tag: v.optional(Tag),
  featured: v.optional(v.pipe(str(), v.picklist(['true', 'false', '1', '0'], 'must be true or false'), v.transform((s) => s === 'true' || s === '1'))),
  limit: Limit,
  cursor: Cursor,
});

export const AdminListQuery = v.object({
  status: v.optional(v.picklist(COMMENT_STATUSES, `must be one of ${COMMENT_STATUSES.join(', ')}`)),
  wall: v.optional(v.pipe(str(), v.regex(WALL, 'must be a wall name'))),
  limit: Limit,
  cursor: Cursor,
});

const nullableLine = (max: number) => v.optional(v.nullable(v.union([v.pipe(str(), v.literal('')), Text(max, true)], (i) => i.issues?.at(-1)?.message ?? 'is invalid')));

export const EditSchema = v.pipe(
  strict('"text", "name", "role", "company", "featured", "tags"', {
    text: v.optional(Text(TESTIMONIAL_LIMITS.text, false)),
    name: v.optional(Text(TESTIMONIAL_LIMITS.name, true)),
    role: nullableLine(TESTIMONIAL_LIMITS.role),
    company: nullableLine(TESTIMONIAL_LIMITS.company),
    featured: v.optional(v.boolean('must be true or false')),
    tags: v.optional(v.pipe(v.array(Tag, 'must be an array of tags'), v.maxLength(TESTIMONIAL_LIMITS.tags, `at most ${TESTIMONIAL_LIMITS.tags} tags`))),
  }),
  v.check((b) => Object.keys(b).length > 0, 'change at least one of text, name, role, company, featured, tags'),
);

const pageText = (max: number) => v.optional(v.nullable(v.union([v.pipe(str(), v.literal('')), Text(max, false)], (i) => i.issues?.at(-1)?.message ?? 'is invalid')));

export const WallSchema = strict('"wall", "title", "intro", "thanks", "consent", "moderation"', {
  wall: Wall,
  title: pageText(TESTIMONIAL_LIMITS.title),
  intro: pageText(TESTIMONIAL_LIMITS.intro),
  thanks: pageText(TESTIMONIAL_LIMITS.thanks),
  consent: pageText(TESTIMONIAL_LIMITS.consent),
  moderation: v.optional(v.nullable(v.picklist(WALL_MODERATION, `must be ${WALL_MODERATION.join(' or ')}, or null for the server's`))),
});

export const EmailQuery = v.object({
  email: v.pipe(v.string('is required: ?email=name@example.org'), v.maxLength(COMMENT_LIMITS.email),
    v.regex(new RegExp(EMAIL_PATTERN), 'must be an e-mail address like name@example.org')),
});

export { ID_PATTERN };
