// Every input the server accepts, as valibot schemas, plus the URL normalisation that turns a
// reported URL into the page key used by both POST /v1/events and GET /v1/counts (page-key.ts).
// Keep in step with the request schemas in openapi.ts (the tests check both reject the same input).
import * as v from 'valibot';
import { KNOWN_NETWORKS } from '../shared/network-ids.js';
import { pageKey } from './page-key.js';
import { EVENT_TYPES, type EventRow } from './store/types.js';

export { IGNORED_PARAMS, isIgnoredParam, pageKey } from './page-key.js';

export const LIMITS = {
  /** Events per POST /v1/events. */
  batch: 50,
  /** Bytes of a POST /v1/events body. */
  body: 16 * 1024,
  /** Characters of one URL. */
  url: 2048,
  /** `url` parameters per GET /v1/counts. */
  countsUrls: 50,
  /** Days one GET /v1/stats may span. */
  statsDays: 366,
  /** Largest `ts` of an event: ms since 1970 of the largest Date (+275760-09-13). */
  ts: 8.64e15,
  /** Pages listed per table by GET /v1/stats. */
  statsPages: 100,
} as const;

const knownList = [...KNOWN_NETWORKS].sort().join(', ');

/** Messages of a strict object: not an object, a required field missing, an unknown field. */
const objectMessage = (what: string, fields: string) => (i: v.BaseIssue<unknown>) =>
  !i.path ? `must be ${what}`
  : i.expected === 'never' ? `unknown field ${JSON.stringify(i.input)}; ${fields}`
  : 'is required';

/** An absolute http(s) URL. */
export function isHttpUrl(s: string): boolean {
  if (!URL.canParse(s)) return false;
  const u = new URL(s);
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
}

const HttpUrl = v.pipe(
  v.string('must be a string'),
  v.maxLength(LIMITS.url, `must be at most ${LIMITS.url} characters`),
  v.check(isHttpUrl, (i) => `must be an absolute http(s) URL, got ${JSON.stringify(String(i.input).slice(0, 80))}`),
);

const Network = v.pipe(
  v.string('must be a string'),
  v.check((n) => KNOWN_NETWORKS.has(n), (i) => `unknown network ${JSON.stringify(i.input)}; known: ${knownList}`),
);

/**
 * A host (punycode name, IPv4 or [IPv6]) with an optional port: what `new URL(referrer).host` gives.
 * Each repetition starts with a literal dot, so the pattern cannot backtrack exponentially.
 */
export const HOST_PATTERN =
  '^(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?)(?::[0-9]{1,5})?$';
const HOST = new RegExp(HOST_PATTERN);

// valibot's object schemas take arrays for objects; JSON bodies need the difference.
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const Event = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, 'must be an object'),
  v.strictObject({
    type: v.picklist(EVENT_TYPES, `must be one of ${EVENT_TYPES.join(', ')}`),
    network: v.optional(Network),
    url: HttpUrl,
    // Empty means no referrer (what the tracker sends for a direct visit).
    ref: v.optional(v.pipe(
      v.string('must be a string'),
      v.maxLength(261, 'must be at most 261 characters'),
      v.check((r) => r === '' || HOST.test(r), 'must be the referrer\'s host name, e.g. "news.example.org", or empty'),
    )),
    // Accepted for the client's own bookkeeping, never stored: the server's clock is. Still only
    // what a time can be, as openapi.ts says: ms since 1970 up to the largest Date.
    ts: v.optional(v.pipe(v.number('must be a number'), v.finite('must be finite'), v.minValue(0, 'must be ≥ 0'),
      v.maxValue(LIMITS.ts, `must be at most ${LIMITS.ts} (the largest time a Date holds)`))),
  }, objectMessage('an object', 'an event has type, network, url, ref, ts')),
  v.check((e) => e.type === 'comment' || e.type === 'visit' || e.network !== undefined,
    (i) => `network is required for a ${(i.input as { type: string }).type} event`),
  // A visit without network (what the tracker sends) is credited to the utm_source of its URL.
  v.forward(v.check((e) => e.type !== 'visit' || e.network !== undefined || KNOWN_NETWORKS.has(visitSource(e.url) ?? ''),
    (i) => {
      const source = visitSource((i.input as { url: string }).url);
      return source === undefined
        ? 'a visit without network needs a url with utm_medium=social and utm_source=<network>'
        : `unknown network ${JSON.stringify(source)} in utm_source; known: ${knownList}`;
    }), ['url']),
  // Checked above, so the event leaves validation with its network, wherever it came from.
  v.transform((e) => (e.network === undefined && e.type === 'visit' ? { ...e, network: visitSource(e.url) } : e)),
);

/**
 * The network a page was shared on, read from its URL as `<smm-share utm>` writes it:
 * utm_source when utm_medium is social, else undefined.
 */
export function visitSource(url: string): string | undefined {
  const q = new URL(url).searchParams;
  return (q.get('utm_medium') === 'social' && q.get('utm_source')) || undefined;
}

export const EventBatch = v.pipe(v.custom<Record<string, unknown>>(isRecord, 'must be a JSON object {"events": [...]}'), v.strictObject({
  events: v.pipe(
    v.array(Event, 'must be an array of events'),
    v.minLength(1, 'must hold at least one event'),
    v.maxLength(LIMITS.batch, `must hold at most ${LIMITS.batch} events; split larger batches`),
  ),
}, objectMessage('a JSON object {"events": [...]}', 'the body is {"events": [...]}')));

export type EventBatchInput = v.InferOutput<typeof EventBatch>;

/** Turns validated events into rows: page keys, campaign, referrer host (other sites only). */
export function toRows(batch: EventBatchInput): EventRow[] {
  return batch.events.map((e) => {
    const u = new URL(e.url);
    const campaign = u.searchParams.get('utm_campaign');
    const ref = e.ref?.toLowerCase();
    return {
      type: e.type,
      network: e.network ?? null,
      url: pageKey(e.url),
      campaign: campaign ? campaign.slice(0, 200) : null,
      // Moving between pages of the same site is not a referral.
      ref: ref && ref !== u.host ? ref : null,
    };
  });
}

export const CountsQuery = v.object({
  url: v.pipe(
    v.array(HttpUrl, 'give at least one url parameter: /v1/counts?url=https://…'),
    v.minLength(1, 'give at least one url parameter: /v1/counts?url=https://…'),
    v.maxLength(LIMITS.countsUrls, `at most ${LIMITS.countsUrls} url parameters per request`),
  ),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const Day = v.pipe(
  v.string(),
  v.regex(DAY, 'must be a day as YYYY-MM-DD'),
  v.check((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'is not a calendar day'),
);

export const StatsQuerySchema = v.pipe(
  v.object({
    from: Day,
    to: Day,
    limit: v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, 'must be a whole number'),
      v.transform(Number),
      v.minValue(1, 'must be at least 1'),
      v.maxValue(LIMITS.statsPages, `must be at most ${LIMITS.statsPages}`),
    ),
    url: v.optional(v.pipe(
      v.string(),
      v.maxLength(LIMITS.url, `must be at most ${LIMITS.url} characters`),
      v.check(isHttpUrl, 'must be an absolute http(s) URL'),
    )),
  }),
  v.check((q) => q.from <= q.to, 'from must not be after to'),
  v.check((q) => (Date.parse(q.to) - Date.parse(q.from)) / 864e5 < LIMITS.statsDays,
    `the range must span at most ${LIMITS.statsDays} days`),
);

export interface Issue {
  /** Where in the input, dotted: `events.3.network`; empty for the whole input. */
  path: string;
  message: string;
}

/** Valibot issues as `{path, message}` pairs a person can read. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }));
}
