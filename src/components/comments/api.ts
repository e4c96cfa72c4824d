import { httpUrl } from '../../shared/page.js';
import { warnOnce } from '../../shared/warn.js';

// The reading side of the comments API (GET only), as docs/comments-api and the OpenAPI file
// describe it. The form's requests live in its own chunk (writer.ts).

/** A comment as the server shows it to readers. */
export interface Comment {
  id: string;
  /** Direct parent; null for a top-level comment. */
  parent: string | null;
  author: { name: string; url?: string; badge?: 'moderator' | 'verified' };
  /** Raw text in the light syntax (shared/markup.ts); never HTML. */
  body: string;
  createdAt: string;
  editedAt?: string;
  likes: number;
  /** A placeholder for a deleted comment that still has replies. */
  deleted?: true;
  /** Only top-level: the first replies at any depth, oldest first, flat (each names its parent). */
  replies?: Comment[];
  replyCount?: number;
  /** Cursor for the next replies under this top-level comment. */
  repliesNext?: string | null;
  /** Only in answers to the comment's own author (and admins). */
  status?: 'pending' | 'published' | 'spam' | 'rejected' | 'deleted';
}

export type Sort = 'newest' | 'oldest' | 'top';

export interface ThreadInfo {
  key: string;
  closed: boolean;
  moderation: 'pre' | 'first' | 'post';
}

/** One page of `GET /v1/comments`. */
export interface Page {
  comments: Comment[];
  next: string | null;
  total: number;
  thread: ThreadInfo;
  /** Token to send back with a new comment. */
  form: string;
}

/** The element's endpoint as an absolute http(s) URL; null, with one warning, when it has none. */
export function needEndpoint(el: HTMLElement & { endpoint: string }): string | null {
  const url = httpUrl(el.endpoint);
  if (!url) warnOnce(`${el.localName}: needs an http(s) endpoint attribute or <meta name="smm:endpoint">`);
  return url;
}

/** `endpoint` + `path`, with exactly one slash between them. */
export const api = (endpoint: string, path: string): string => endpoint.replace(/\/*$/, '/') + path;

/** GET a JSON answer; rejects on a network failure, an error status or an answer of another shape. */
export async function getJson<T>(url: string, check: (body: T) => unknown, init?: RequestInit): Promise<T> {
  const r = await fetch(url, { credentials: 'omit', ...init });
  const body = (await r.json()) as T;
  if (!r.ok || !check(body)) throw new Error(`smm-kit: HTTP ${r.status} from ${url}`);
  return body;
}

/** A page of top-level comments of `thread`, or with `parent` the next replies under it. */
export function fetchPage(endpoint: string, q: { thread: string; sort: Sort; limit: number; cursor?: string | null; parent?: string }): Promise<Page> {
  const p = new URLSearchParams({ thread: q.thread, sort: q.sort, limit: String(q.limit) });
  if (q.cursor) p.set('cursor', q.cursor);
  if (q.parent) p.set('parent', q.parent);
  return getJson<Page>(api(endpoint, `v1/comments?${p}`), (b) => Array.isArray(b.comments));
}
