// The comment wall's tests talk to the real server that web-test-runner serves under /v1
// (scripts/wtr-api.mjs): a throwaway SQLite file, moderation `post`, no fill time, no limits.
import { fixture, html } from '@open-wc/testing';
import type { Comment } from '../../src/components/comments/api.js';
import type { SmmComments } from '../../src/components/comments/comments.js';

export const ADMIN = 'wtr-admin-token-0123456789abcdef';
export const ENDPOINT = `${location.origin}/`;

let n = 0;
/** A thread of its own for each test, so tests never see each other's comments. */
export const newThread = (): string => `https://blog.example/${Date.now().toString(36)}-${++n}-${Math.random().toString(36).slice(2, 8)}/`;

async function json<T>(r: Response): Promise<T> {
  const body = await r.json();
  if (!r.ok) throw new Error(`HTTP ${r.status}: ${JSON.stringify(body)}`);
  return body as T;
}

/** Posts a comment the way a reader's browser does (GET the form token first). */
export async function post(thread: string, c: { name?: string; body: string; parent?: string; url?: string; identity?: string }, auth?: string): Promise<{ comment: Comment; secret: string }> {
  const page = await json<{ form: string }>(await fetch(`/v1/comments?thread=${encodeURIComponent(thread)}&limit=1`));
  return json(await fetch('/v1/comments', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify({ thread, form: page.form, name: 'Reader', ...c }),
  }));
}

/** Several comments in order, each a little later than the one before (distinct times). */
export async function seed(thread: string, bodies: string[], extra: { parent?: string } = {}): Promise<Comment[]> {
  const out: Comment[] = [];
  for (const body of bodies) out.push((await post(thread, { body, name: `Author of ${body}`, ...extra })).comment);
  return out;
}

/** Admin: thread settings (`moderation`, `closed`). */
export async function setThread(thread: string, settings: { moderation?: 'pre' | 'first' | 'post' | null; closed?: boolean }): Promise<void> {
  await json(await fetch('/v1/admin/threads', {
    method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ thread, ...settings }),
  }));
}

/** Admin: approve (or reject, spam) a comment. */
export async function moderate(id: string, action: 'approve' | 'reject' | 'spam'): Promise<void> {
  await json(await fetch(`/v1/admin/comments/${id}/${action}`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN}` } }));
}

/** A wall on `thread`, rendered with its first page. */
export async function wall(thread: string, attrs: Record<string, string> = {}): Promise<SmmComments> {
  const el = await fixture<SmmComments>(html`<smm-comments endpoint=${ENDPOINT} thread=${thread}></smm-comments>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string): T | null => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** The bodies of the comments shown, in order, as text. */
export const bodies = (el: Element): string[] => $$(el, '[part~=comment] [part~=body]').map((b) => b.textContent!.trim());
