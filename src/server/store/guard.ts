// Shared defences held in the database (comments now, testimonials next): the server secret,
// fixed-window rate counters and bans. Being in the database, they hold across server instances.
import { createHmac, randomBytes } from 'node:crypto';
import type { Ban, HitResult } from './comment-types.js';
import type { SqlRunner } from './sql.js';

export async function serverSecret(s: SqlRunner): Promise<string> {
  // Whoever comes first writes it; everyone then reads the same one.
  await s.run(`INSERT INTO smm_secrets (name, value) VALUES ('server', ?) ON CONFLICT (name) DO NOTHING`,
    [randomBytes(32).toString('base64url')]);
  return (await s.get<{ value: string }>(`SELECT value FROM smm_secrets WHERE name = 'server'`))!.value;
}

/**
 * Makes `value` the server secret, as an export made with its secret asks: at once when the
 * database has none or the same, else only while nothing is hashed with its own yet (no comments,
 * likes or bans). Returns false when it keeps its own.
 */
export async function adoptSecret(s: SqlRunner, value: string): Promise<boolean> {
  return s.tx(async (t) => {
    const own = await t.get<{ value: string }>(`SELECT value FROM smm_secrets WHERE name = 'server'`);
    if (own?.value === value) return true;
    if (own && await t.get(`SELECT 1 AS x FROM smm_comments UNION ALL SELECT 1 FROM smm_comment_likes UNION ALL SELECT 1 FROM smm_bans LIMIT 1`)) return false;
    await t.run(`INSERT INTO smm_secrets (name, value) VALUES ('server', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value`, [value]);
    return true;
  });
}

export async function hit(s: SqlRunner, key: string, max: number, windowMs: number, now: number): Promise<HitResult> {
  const end = (Math.floor(now / windowMs) + 1) * windowMs;
  // One atomic upsert: a new window starts at 1, the current one counts up.
  const r = await s.get<{ n: number }>(
    `INSERT INTO smm_rate_counters (key, win, n) VALUES (?, ?, 1)
     ON CONFLICT (key) DO UPDATE SET
       n = CASE WHEN smm_rate_counters.win = excluded.win THEN smm_rate_counters.n + 1 ELSE 1 END,
       win = excluded.win
     RETURNING n`, [key, end]);
  // Now and then, forget windows long over.
  if (Math.random() < 0.01) await s.run('DELETE FROM smm_rate_counters WHERE win < ?', [now - 864e5]);
  if (Number(r!.n) <= max) return { ok: true };
  return { ok: false, retryAfterSec: Math.max(1, Math.ceil((end - now) / 1000)) };
}

export async function banned(s: SqlRunner, ipHash: string | null, emailHash: string | null): Promise<boolean> {
  if (!ipHash && !emailHash) return false;
  return !!(await s.get('SELECT 1 AS x FROM smm_bans WHERE ip_hash = ? OR email_hash = ? LIMIT 1', [ipHash, emailHash]));
}

const BAN_COLS = 'id, ip_hash AS "ipHash", email_hash AS "emailHash", comment, created_at AS "createdAt"';

export async function addBan(s: SqlRunner, b: Ban): Promise<Ban> {
  await s.run('INSERT INTO smm_bans (id, ip_hash, email_hash, comment, created_at) VALUES (?, ?, ?, ?, ?)',
    [b.id, b.ipHash, b.emailHash, b.comment, b.createdAt]);
  return b;
}

export async function bans(s: SqlRunner): Promise<Ban[]> {
  return (await s.all<Ban>(`SELECT ${BAN_COLS} FROM smm_bans ORDER BY created_at DESC, id`)).map((b) => ({ ...b, createdAt: Number(b.createdAt) }));
}

export async function removeBan(s: SqlRunner, id: string): Promise<boolean> {
  return (await s.run('DELETE FROM smm_bans WHERE id = ?', [id])) > 0;
}

/** A new opaque, URL-safe id (12 characters, 72 random bits). */
export const newId = () => randomBytes(9).toString('base64url');

/**
 * A keyed hash of a personal value (IP address, e-mail): equal inputs give equal hashes on every
 * instance and every day, so bans hold, but the value cannot be read back from the database.
 */
export function keyedHash(secret: string, purpose: 'ip' | 'email' | 'secret' | 'reader', value: string): string {
  return createHmac('sha256', secret).update(`${purpose}\0${value}`).digest('base64url');
}

/** How e-mail addresses are compared: trimmed, lower case. */
export const emailKey = (email: string) => email.trim().toLowerCase();
