// The testimonial wall's end-to-end set-up, shared by testimonials.test.ts and
// testimonials-xss.test.ts: the built server with the testimonial options a test needs, a
// testimonial sent as a browser sends it, and a wall that has finished loading.
import type { Page } from 'playwright-core';
import { ADMIN, builtFiles } from './comments-helpers.js';

export interface Server { url: string; close(): Promise<void> }

/** The built server (dist/server) with no fill-time wait and no limits; `testimonials` adds options. */
export async function testimonialServer(db: string, testimonials: Record<string, unknown> = {}): Promise<Server> {
  const { serve } = await import(new URL('../../dist/server/index.js', import.meta.url).href);
  const server = await serve({
    db, port: 0, host: '127.0.0.1', adminToken: ADMIN, origins: [], rateLimit: false, fallback: builtFiles(),
    testimonials: { minFillSec: 0, limits: { perIp: false, site: false }, ...testimonials },
  });
  return { url: server.url, close: () => server.close() };
}

export interface Sent { id: string; name: string; role?: string; company?: string; text: string }

/** POST /v1/testimonials as a browser does (form token first); the status and the JSON answer. */
export async function sendTestimonial(s: Server, t: Record<string, unknown>): Promise<{ status: number; json: { testimonial?: Sent } | null }> {
  const { form } = await (await fetch(`${s.url}/v1/testimonials?wall=${t.wall}&limit=1`)).json() as { form: string };
  const r = await fetch(`${s.url}/v1/testimonials`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ consent: true, consentText: 'May be shown.', form, ...t }),
  });
  return { status: r.status, json: await r.json().catch(() => null) };
}

/** Waits until the wall has rendered what it loaded (cards or a notice other than "Loading"). */
export async function wallLoaded(page: Page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('smm-testimonials')?.shadowRoot;
    return !!root && !!root.querySelector('[part~="card"], [part~="notice"]') && !root.querySelector('[part~="notice"]')?.textContent?.includes('Loading');
  });
  await page.evaluate(() => (document.querySelector('smm-testimonials') as unknown as { updateComplete: Promise<unknown> }).updateComplete);
}
