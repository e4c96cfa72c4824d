// Small signed and opaque strings: page cursors, and the form token that proves a minimum fill
// time. The form token is an HMAC with the server secret held in the database, so any instance
// can check a token another one issued.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CursorPos } from '../store/comment-types.js';

export const encodeCursor = (pos: CursorPos) => Buffer.from(pos.join('.')).toString('base64url') || '-';

/** The position, or undefined when the cursor is not one this server made with this arity. */
export function decodeCursor(c: string, arity: number): CursorPos | undefined {
  const text = c === '-' ? '' : Buffer.from(c, 'base64url').toString();
  const parts = text === '' ? [] : text.split('.');
  if (parts.length !== arity && !(arity === -1 && (parts.length === 0 || parts.length === 2))) return undefined;
  if (!parts.every((p) => /^-?\d{1,16}$/.test(p))) return undefined;
  return parts.map(Number);
}

const mac = (secret: string, thread: string, at: string) =>
  createHmac('sha256', secret).update(`form\0${thread}\0${at}`).digest('base64url').slice(0, 22);

export function formToken(secret: string, thread: string, now: number): string {
  const at = now.toString(36);
  return `${at}.${mac(secret, thread, at)}`;
}

export type FormCheck = { ok: true } | { ok: false; why: 'invalid' | 'expired' } | { ok: false; why: 'early'; waitSec: number };

export function checkForm(
  token: string, secret: string, thread: string, now: number, minFillSec: number, maxAgeSec: number,
): FormCheck {
  const [at = '', sig = ''] = token.split('.');
  const want = mac(secret, thread, at);
  if (!/^[0-9a-z]{1,12}$/.test(at) || sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want))) {
    return { ok: false, why: 'invalid' };
  }
  const age = now - parseInt(at, 36);
  // A little slack for clocks of several instances that disagree.
  if (age < -60_000 || age > maxAgeSec * 1000) return { ok: false, why: 'expired' };
  if (age < minFillSec * 1000) return { ok: false, why: 'early', waitSec: Math.max(1, Math.ceil((minFillSec * 1000 - age) / 1000)) };
  return { ok: true };
}
