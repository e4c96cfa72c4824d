// A seeded endpoint for the admin page's end-to-end tests: 90 days of share, visit and follow
// events over 40 pages, 500 comments (most published, the newest 60 pending), 50 testimonials (the
// newest 8 pending), an owner token and
// a moderator "marta", served from source with the built page (dist/admin/app.js).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newModeratorId, newModeratorToken, tokenHash } from '../../src/server/admin.js';
import { openStore, serve, type Store } from '../../src/server/index.js';
import type { CommentStatus, ImportedComment } from '../../src/server/store/types.js';

export const OWNER = 'e2e-owner-token-0123456789';
export const SITE = 'https://blog.example';
const NETWORKS = ['facebook', 'x', 'linkedin', 'whatsapp', 'bluesky', 'mastodon', 'email', 'copy'];
const DAY = 864e5;

/** A small deterministic generator, so every run seeds the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

export interface Seeded {
  url: string;
  store: Store;
  marta: string;
  today: string;
  close(): Promise<void>;
}

export async function seeded(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'smm-admin-e2e-'));
  const store = await openStore(join(dir, 'smm.db'));
  const r = rng(13);
  const now = Date.now();
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() ** 1.6 * a.length)]!;
  const pages = Array.from({ length: 40 }, (_, i) => `${SITE}/${i === 0 ? '' : `post-${i}`}`);
  for (let d = 89; d >= 0; d--) {
    const at = new Date(now - d * DAY);
    const rows = [];
    const n = 20 + Math.floor(r() * 40);
    for (let i = 0; i < n; i++) {
      const x = r();
      const type = x < 0.45 ? 'share' : x < 0.9 ? 'visit' : 'follow';
      rows.push({ type, network: pick(NETWORKS), url: pick(pages), campaign: null, ref: null } as const);
    }
    for (let i = 0; i < rows.length; i += 50) await store.addEvents(rows.slice(i, i + 50), at);
  }
  const names = ['Giulia', 'Marco', 'Anna', 'Luca', 'Sofia', 'Paolo', 'Chiara', 'Davide', 'Elena', 'Tom'];
  const bodies = ['Great post, thanks!', 'I tried this and it worked.', 'Could you explain the second step?',
    'Grazie, molto utile.', 'I disagree with the last part, but nice read.', 'Link to my site: https://spam.example'];
  const comments: ImportedComment[] = Array.from({ length: 500 }, (_, i) => {
    const status: CommentStatus = i >= 440 ? 'pending' : i % 37 === 5 ? 'spam' : 'published';
    return {
      source: 'json', sourceId: `c${i}`, thread: pick(pages.slice(0, 20)), name: names[i % names.length]!,
      email: `reader${i % 50}@example.org`, body: `${bodies[i % bodies.length]} (#${i})`,
      createdAt: new Date(now - (500 - i) * 4 * 3600e3), status,
    };
  });
  await store.importComments(comments);
  const people = ['Rosa Bianchi', 'John Carter', 'Marta Ferri', 'Ahmed Saleh', 'Li Wei'];
  await store.importTestimonials(Array.from({ length: 50 }, (_, i) => ({
    id: `t${String(i).padStart(3, '0')}seed`, wall: 'main', status: (i >= 42 ? 'pending' : 'published') as CommentStatus,
    name: people[i % people.length]!, email: null, emailHash: null, role: i % 2 ? 'Customer' : null, company: i % 3 ? 'Forno Bio' : null,
    rating: 3 + (i % 3), body: `The bread is wonderful, and the service kind. (#${i})`, consentText: 'may be shown publicly on this site',
    consentAt: now - (50 - i) * 12 * 3600e3, ipHash: null, createdAt: now - (50 - i) * 12 * 3600e3 - 1000, source: 'seed', sourceId: `t${i}`,
  })));
  const marta = newModeratorToken();
  await store.addModerator({ id: newModeratorId(), name: 'marta', tokenHash: tokenHash(marta), createdAt: now });
  const running = await serve({ store, port: 0, adminToken: OWNER, rateLimit: false });
  return {
    url: running.url, store, marta, today: new Date(now).toISOString().slice(0, 10),
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
