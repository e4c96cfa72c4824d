// smm-kit's own export: every comment, every status, in one JSON document that imports back into
// any smm-kit database (SQLite or PostgreSQL) as it was. Version 2 adds what the comments alone
// do not say: each thread's own settings (closed, moderation mode), the bans, and which reader
// (as the server's keyed hash) liked which comment, so a restored site keeps one like per reader.
// Written and read as a stream, one item per line, so neither side ever holds the whole set:
//
//   {"format":"smm-kit/comments","version":2,"comments":[
//   {"id":"…","thread":"https://…","parent":null,"name":"…",…},
//   …
//   ],"threads":[
//   {"key":"https://…","closed":true,"moderation":null},
//   ],"bans":[
//   ],"likes":[
//   {"comment":"…","reader":"…","at":"…"}
//   ]}
//
// The reader does not need the lines: it scans any JSON with the same members (pretty-printed,
// reformatted), as long as `format` and `version` come before the lists and `comments` before the
// others. Version 1 (comments only) still imports.
import * as v from 'valibot';
import { isHttpUrl, pageKey } from '../validate.js';
import { text, type Input, type ParseOptions } from './source.js';
import type { ExportedComment, ExportedExtra } from '../store/comment-types.js';
import type { ImportedComment } from './types.js';

/** The server secret an export made with `--with-secret` carries, read before its comments. */
export interface ImportedSecret {
  kind: 'secret';
  value: string;
}

export const EXPORT_FORMAT = 'smm-kit/comments';
export const EXPORT_VERSION = 2;
/** The lists of an export, in the order they are written; comments' items are the `comment` kind. */
const LISTS = { comments: 'comment', threads: 'thread', bans: 'ban', likes: 'like' } as const;
type List = keyof typeof LISTS;
/** Characters of one comment in an export; a longer one means a broken or hostile file. */
const MAX_ITEM = 1 << 20;

const STATUSES = ['pending', 'published', 'spam', 'rejected', 'deleted'] as const;

/** One comment of the export (the store's): secrets and IP hashes never leave the database. */
export type { ExportedComment, ExportedExtra };

async function* none(): AsyncGenerator<never> {}

/**
 * The export as text chunks (one per item), for a file or an HTTP response: the comments, then
 * `extras` (thread settings, bans, likes, in that order, as store.exportExtras() gives them).
 * With `secret` (the store's server secret) the hashes it holds match in the database it is
 * imported into; without it they are records only there. Whoever has the secret and the file can
 * test guesses of e-mail addresses against their hashes: keep such a file as you keep the database.
 */
export async function* exportJson(
  comments: AsyncIterable<ExportedComment>, extras: AsyncIterable<ExportedExtra> = none(), opts: { secret?: string } = {},
): AsyncGenerator<string> {
  const secret = opts.secret === undefined ? '' : `"secret":${JSON.stringify(opts.secret)},`;
  yield `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},${secret}"comments":[`;
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
  // Every list is written, empty or not, so the same database always gives the same bytes.
  const rest: List[] = ['threads', 'bans', 'likes'];
  let at = -1;
  for await (const x of extras) {
    const i = rest.findIndex((l) => LISTS[l] === x.kind);
    if (i < at) throw new Error(`smm-kit: export extras out of order: a ${x.kind} after the ${rest[at]}`);
    for (; at < i; first = true) yield `\n],${JSON.stringify(rest[++at])}:[`;
    const line = x.kind === 'thread' ? { key: x.key, closed: x.closed, moderation: x.moderation }
      : x.kind === 'ban' ? { id: x.id, ipHash: x.ipHash, emailHash: x.emailHash, comment: x.comment, createdAt: x.createdAt }
        : { comment: x.comment, reader: x.reader, at: x.at };
    yield `${first ? '' : ','}\n${JSON.stringify(line)}`;
    first = false;
  }
  for (; at < rest.length - 1;) yield `\n],${JSON.stringify(rest[++at])}:[`;
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

const Hash = Nullable(v.pipe(v.string(), v.maxLength(128)));
const Thread = v.object({
  key: v.pipe(v.string(), v.maxLength(2048), v.check(isHttpUrl, 'must be an http(s) URL')),
  closed: v.boolean(),
  moderation: Nullable(v.picklist(['pre', 'first', 'post'])),
});
const Ban = v.object({ id: Id, ipHash: Hash, emailHash: Hash, comment: Nullable(Id), createdAt: Iso });
const Like = v.object({ comment: Id, reader: v.pipe(v.string(), v.minLength(1), v.maxLength(128)), at: Iso });
const SCHEMAS = { comments: Item, threads: Thread, bans: Ban, likes: Like };

/** An item of a list as the store imports it. */
function toStored(list: List, x: unknown): ImportedComment | ExportedExtra {
  if (list === 'comments') return toRecord(x as v.InferOutput<typeof Item>);
  if (list === 'threads') {
    const t = x as v.InferOutput<typeof Thread>;
    return { kind: 'thread', key: pageKey(t.key), closed: t.closed, moderation: t.moderation };
  }
  return { kind: LISTS[list], ...(x as object) } as ExportedExtra;
}

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
 * Reads an export as a stream: a small scanner finds each element of the lists (`comments`, then
 * `threads`, `bans`, `likes`; strings and nesting tracked, so any JSON layout works) and parses
 * only that element.
 */
export async function* parseJson(input: Input, opts: ParseOptions = {}): AsyncGenerator<ImportedComment | ExportedExtra | ImportedSecret> {
  const skip = opts.onSkip ?? (() => {});
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Text of the current top-level member (`"version":1`) while not in a list. */
  let member = '';
  const header: Record<string, unknown> = {};
  /** The list being read, if any. */
  let list: List | undefined;
  let seenComments = false;
  /** Start of the item being read in this chunk (-1: none), and its text from earlier chunks. */
  let itemStart = -1;
  let itemText = '';
  /** Items read in the current list. */
  let n = 0;
  /** "comment 3", "like 12": where a broken item is. */
  const where = (k = n) => `${LISTS[list!]} ${k}`;

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
  const checkHeader = (name: List) => {
    if (header.format !== EXPORT_FORMAT) fail(`must start with "format": "${EXPORT_FORMAT}" (is this an smm-kit export?)`);
    if (header.version !== 1 && header.version !== EXPORT_VERSION) {
      fail(`has version ${JSON.stringify(header.version)}; this smm-kit reads versions 1 and ${EXPORT_VERSION}`);
    }
    if (name !== 'comments' && !seenComments) fail(`has "${name}" before "comments"; the comments come first`);
  };
  const item = (raw: string): ImportedComment | ExportedExtra | undefined => {
    n++;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return fail(`has ${list === 'comments' ? 'a comment' : `an item of "${list}"`} that is not valid JSON (${where()})`);
    }
    const r = v.safeParse(SCHEMAS[list!], json);
    if (r.success) return toStored(list!, r.output);
    const issue = r.issues[0];
    const id = (json as { id?: unknown; comment?: unknown })?.id ?? (json as { comment?: unknown })?.comment;
    const what = list === 'comments' ? 'comment' : LISTS[list!];
    return void skip(`invalid ${v.getDotPath(issue) ?? what}${list === 'comments' ? '' : ` of a ${what}`}: ${issue.message}`,
      typeof id === 'string' ? id : `#${n}`);
  };

  for await (const chunk of text(input)) {
    const out: (ImportedComment | ExportedExtra | ImportedSecret)[] = [];
    if (itemStart === -1 && itemText) itemStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true; // backslash
        else if (c === 34) inString = false; // "
        if (depth >= 1 && !list) member += chunk[i];
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) { // { [
        if (depth === 0 && c !== 123) fail('must be a JSON object');
        const name = depth === 1 && c === 91 ? /^\s*"(comments|threads|bans|likes)"\s*:\s*$/.exec(member)?.[1] as List | undefined : undefined;
        if (name) {
          checkHeader(name);
          list = name;
          n = 0;
          if (name === 'comments') {
            seenComments = true;
            // Before the first comment: the importer takes it before it hashes anything.
            if (header.secret !== undefined) {
              if (typeof header.secret !== 'string' || !/^[\w-]{32,256}$/.test(header.secret)) fail('has a "secret" that is not a server secret');
              out.push({ kind: 'secret', value: header.secret as string });
            }
          }
          member = '';
          depth++;
          continue;
        }
        if (list && depth === 2) {
          if (c !== 123) fail(`has ${list === 'comments' ? 'a comment' : `an item of "${list}"`} that is not an object (${where(n + 1)})`);
          itemStart = i;
        }
        depth++;
        if (depth === 1) continue;
      } else if (c === 125 || c === 93) { // } ]
        if (--depth < 0) fail('has a stray closing bracket');
        if (list && depth === 2) {
          const r = item(itemText + chunk.slice(itemStart, i + 1));
          if (r) out.push(r);
          itemText = '';
          itemStart = -1;
          continue;
        }
        if (list && depth === 1) { list = undefined; continue; }
        if (depth === 0) { endMember(); continue; }
      } else if (c === 44 && depth === 1 && !list) { // ,
        endMember();
        continue;
      }
      if (depth >= 1 && !list) member += chunk[i];
    }
    if (itemStart !== -1) {
      itemText += chunk.slice(itemStart);
      itemStart = -1;
      if (itemText.length > MAX_ITEM) fail(`has ${list === 'comments' ? 'a comment' : `an item of "${list}"`} longer than ${MAX_ITEM} characters (${where(n + 1)})`);
    }
    if (member.length > 100_000) fail('has a top-level member other than the lists that is too long');
    yield* out;
  }
  if (depth !== 0 || inString) fail('ends before it is complete (a truncated file?)');
  if (!seenComments) fail('has no "comments" list');
}
