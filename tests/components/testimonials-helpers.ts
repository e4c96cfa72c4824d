// The testimonial wall's tests talk to the real server that web-test-runner serves under /v1
// (scripts/wtr-api.mjs): a throwaway SQLite file, moderation `pre`, no fill time, no limits.
import { fixture } from '@open-wc/testing';
import type { SmmTestimonials } from '../../src/components/testimonials/testimonials.js';

export const ADMIN = 'wtr-admin-token-0123456789abcdef';
export const ENDPOINT = `${location.origin}/`;

let n = 0;
/** A wall of its own for each test. */
export const newWall = (): string => `w${Date.now().toString(36)}-${++n}-${Math.random().toString(36).slice(2, 8)}`;

async function json<T>(r: Response): Promise<T> {
  const body = await r.json();
  if (!r.ok) throw new Error(`HTTP ${r.status}: ${JSON.stringify(body)}`);
  return body as T;
}

const admin = (method: string, path: string, body?: unknown) => fetch(path, {
  method, headers: { Authorization: `Bearer ${ADMIN}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
  body: body ? JSON.stringify(body) : undefined,
});

export interface Seed { name: string; text: string; rating?: number; role?: string; company?: string; email?: string }

/** Sends a testimonial as a customer's browser does (form token first), then approves it. */
export async function send(wall: string, t: Seed, approve = true): Promise<{ id: string; status: string }> {
  const { form } = await json<{ form: string }>(await fetch(`/v1/testimonials?wall=${wall}&limit=1`));
  const { testimonial } = await json<{ testimonial: { id: string; status: string } }>(await fetch('/v1/testimonials', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ wall, consent: true, consentText: 'May be shown publicly on this site.', form, ...t }),
  }));
  if (approve) await moderate(testimonial.id, 'approve');
  return testimonial;
}

export async function moderate(id: string, action: 'approve' | 'reject'): Promise<void> {
  await json(await admin('POST', `/v1/admin/testimonials/${id}/${action}`));
}

export async function edit(id: string, change: { featured?: boolean; tags?: string[] }): Promise<void> {
  await json(await admin('PATCH', `/v1/admin/testimonials/${id}`, change));
}

/** Admin: the wall's testimonials waiting for approval. */
export async function pending(wall: string): Promise<Array<{ id: string; name: string }>> {
  return (await json<{ testimonials: Array<{ id: string; name: string }> }>(await admin('GET', `/v1/admin/testimonials?status=pending&wall=${wall}`))).testimonials;
}

export async function seed(wall: string, list: Seed[]): Promise<void> {
  for (const t of list) await send(wall, t);
}

export const CUSTOMERS: Seed[] = [
  { name: 'Giulia Bianchi', role: 'Chef', company: 'Osteria Bianchi', rating: 5, text: 'The best bread in town.' },
  { name: 'Marco Rossi', rating: 4, text: 'Lovely cornetti,\nfriendly people.' },
  { name: 'Ada', rating: 3, text: 'Good, a little slow on Sundays.' },
  { name: 'Li Wei', role: 'Regular', text: 'No rating, just thanks.' },
];

/** A wall element, rendered with its testimonials. */
export async function wallOf(wall: string, attrs: Record<string, string> = {}): Promise<SmmTestimonials> {
  const el = document.createElement('smm-testimonials');
  el.setAttribute('endpoint', ENDPOINT);
  el.setAttribute('wall', wall);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const out = await fixture<SmmTestimonials>(el);
  await out.updateComplete;
  return out;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string): T | null => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(sel)];
