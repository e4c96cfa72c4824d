// smm-kit's own export: every comment, every status, in one JSON document that imports back into
// any smm-kit database (SQLite or PostgreSQL) as it was. Written and read as a stream, one comment
// per line, so neither side ever holds the whole set:
//
//   {"format":"smm-kit/comments","version":1,"comments":[
//   {"id":"…","thread":"https://…","parent":null,"name":"…",…},
//   …
//   ]}
//
// The reader does not need the lines: it scans any JSON with the same members (pretty-printed,
// reformatted), as long as `format` and `version` come before `comments`.
import * as v from 'valibot';
import { isHttpUrl, pageKey } from '../validate.js';
import { text, type Input, type ParseOptions } from './source.js';
import type { ExportedComment } from '../store/comment-types.js';
import type { ImportedComment } from './types.js';

export const EXPORT_FORMAT = 'smm-kit/comments';
export const EXPORT_VERSION = 1;
/** Characters of one comment in an export; a longer one means a broken or hostile file. */
const MAX_ITEM = 1 << 20;

const STATUSES = ['pending', 'published', 'spam', 'rejected', 'deleted'] as const;

/** One comment of the export (the store's): secrets and IP hashes never leave the database. */
export type { ExportedComment };

/** The export as text chunks (one per comment), for a file or an HTTP response. */
export async function* exportJson(comments: AsyncIterable<ExportedComment>): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"comments":[`;
  let first = true;
  for await (const c of comments) {
    // Members in a fixed order, whatever order the store built them in: the same database always
    // gives the same bytes.
    const line = JSON.stringify({
      id: c.id, thread: c.thread, parent: c.parent, name: c.name, emailHash: c.emailHash, url: c.url,
      body: c.body, createdAt: c.createdAt, editedAt: c.editedAt, status: c.status, likes: c.likes,
      badge: c.badge, identity: c.identity, source: c.source, sourceId: c.sourceId,
    } satisfies ExportedComment);
    yield `${first ? '' : ','}\n${line}`;
    first = false;
  }
  yield '\n]}\n';
}

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 of A-Z a-z 0-9 _ -'));
const Iso = v.pipe(v.string(), v.isoTimestamp('must be an ISO-8601 time'));
const Nullable = <T extends v.GenericSchema>(s: T) => v.nullable(s);
const Item = v.object({
  id: Id,
  thread: v.pipe(v.string(), v.maxLength(2048), v.check(isHttpUrl, 'must be an http(s) URL')),
  parent: Nullable(Id),
  name: v.pipe(v.string(), v.maxLength(200)),
  emailHash: Nullable(v.pipe(v.string(), v.maxLength(128))),
  url: Nullable(v.pipe(v.string(), v.maxLength(2048), v.check(isHttpUrl, 'must be an http(s) URL'))),
  body: v.pipe(v.string(), v.maxLength(100_000)),
  createdAt: Iso,
  editedAt: Nullable(Iso),
  status: v.picklist(STATUSES),
  likes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  badge: Nullable(v.picklist(['moderator', 'verified'])),
  identity: Nullable(v.pipe(v.string(), v.maxLength(256))),
  source: Nullable(v.picklist(['disqus', 'wxr', 'json'])),
  sourceId: Nullable(v.pipe(v.string(), v.maxLength(512))),
});

/** A comment of an export as the store imports it: same id, parent, times, status and hashes. */
function toRecord(c: v.InferOutput<typeof Item>): ImportedComment {
  return {
    // Each comment keeps its origin: one first imported from Disqus or WordPress is still found by
    // a later import of that file; one written here (source "json", its own id) stays native.
    source: c.source && c.sourceId ? c.source : 'json',
    sourceId: c.source && c.sourceId ? c.sourceId : c.id,
    id: c.id,
    ...(c.parent ? { parentId: c.parent } : {}),
    thread: pageKey(c.thread),
    name: c.name,
    ...(c.emailHash ? { emailHash: c.emailHash } : {}),
    ...(c.url ? { url: c.url } : {}),
    body: c.body,
    createdAt: new Date(c.createdAt),
    ...(c.editedAt ? { editedAt: new Date(c.editedAt) } : {}),
    status: c.status,
    likes: c.likes,
    ...(c.badge ? { badge: c.badge } : {}),
    ...(c.identity ? { identity: c.identity } : {}),
  };
}

const fail = (msg: string): never => { throw new Error(`smm-kit: the JSON export ${msg}`); };

/**
 * Reads an export as a stream: a small scanner finds each element of `comments` (strings and
 * nesting tracked, so any JSON layout works) and parses only that element.
 */
export async function* parseJson(input: Input, opts: ParseOptions = {}): AsyncGenerator<ImportedComment> {
  const skip = opts.onSkip ?? (() => {});
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Text of the current top-level member (`"version":1`) while not in `comments`. */
  let member = '';
  const header: Record<string, unknown> = {};
  let inComments = false;
  let seenComments = false;
  /** Start of the comment being read in this chunk (-1: none), and its text from earlier chunks. */
  let itemStart = -1;
  let itemText = '';
  let n = 0;

  const endMember = () => {
    const m = member.trim();
    member = '';
    if (!m) return;
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(`{${m}}`) as Record<string, unknown>;
    } catch {
      return fail(`has a top-level member that is not valid JSON: ${m.slice(0, 80)}`);
    }
    Object.assign(header, parsed);
  };
  const checkHeader = () => {
    if (header.format !== EXPORT_FORMAT) fail(`must start with "format": "${EXPORT_FORMAT}" (is this an smm-kit export?)`);
    if (header.version !== EXPORT_VERSION) fail(`has version ${JSON.stringify(header.version)}; this smm-kit reads version ${EXPORT_VERSION}`);
  };
  const item = (raw: string): ImportedComment | undefined => {
    n++;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return fail(`has a comment that is not valid JSON (comment ${n})`);
    }
    const r = v.safeParse(Item, json);
    if (r.success) return toRecord(r.output);
    const issue = r.issues[0];
    const id = (json as { id?: unknown })?.id;
    return void skip(`invalid ${v.getDotPath(issue) ?? 'comment'}: ${issue.message}`, typeof id === 'string' ? id : `#${n}`);
  };

  for await (const chunk of text(input)) {
    const out: ImportedComment[] = [];
    if (itemStart === -1 && itemText) itemStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true; // backslash
        else if (c === 34) inString = false; // "
        if (depth >= 1 && !inComments) member += chunk[i];
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) { // { [
        if (depth === 0 && c !== 123) fail('must be a JSON object');
        if (depth === 1 && c === 91 && /^\s*"comments"\s*:\s*$/.test(member)) {
          checkHeader();
          inComments = true;
          seenComments = true;
          member = '';
          depth++;
          continue;
        }
        if (inComments && depth === 2) {
          if (c !== 123) fail(`has a comment that is not an object (comment ${n + 1})`);
          itemStart = i;
        }
        depth++;
        if (depth === 1) continue;
      } else if (c === 125 || c === 93) { // } ]
        if (--depth < 0) fail('has a stray closing bracket');
        if (inComments && depth === 2) {
          const r = item(itemText + chunk.slice(itemStart, i + 1));
          if (r) out.push(r);
          itemText = '';
          itemStart = -1;
          continue;
        }
        if (inComments && depth === 1) { inComments = false; continue; }
        if (depth === 0) { endMember(); continue; }
      } else if (c === 44 && depth === 1 && !inComments) { // ,
        endMember();
        continue;
      }
      if (depth >= 1 && !inComments) member += chunk[i];
    }
    if (itemStart !== -1) {
      itemText += chunk.slice(itemStart);
      itemStart = -1;
      if (itemText.length > MAX_ITEM) fail(`has a comment longer than ${MAX_ITEM} characters (comment ${n + 1})`);
    }
    if (member.length > 100_000) fail('has a top-level member other than comments that is too long');
    yield* out;
  }
  if (depth !== 0 || inString) fail('ends before it is complete (a truncated file?)');
  if (!seenComments) fail('has no "comments" list');
}
