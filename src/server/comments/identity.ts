// Site sign-in: the site's backend signs who the reader is (HS256 JWT, with jose) with a secret
// it shares with this server; the server then trusts that name and id, and gives the "verified"
// badge. Anonymous comments never get one.
import { jwtVerify, SignJWT, errors } from 'jose';

export interface Identity {
  /** The site's user id (JWT `sub`). */
  id: string;
  name: string;
  /** The user's website or profile, http(s). */
  url?: string;
  /** A moderator of the site (JWT claim `moderator: true`): the "Moderator" badge, never held for moderation. */
  moderator?: boolean;
}

const key = (secret: string) => {
  if (secret.length < 32) throw new Error('smm-kit: the identity secret must be at least 32 characters');
  return new TextEncoder().encode(secret);
};

/**
 * Signs an identity token for `<smm-comments identity="…">`, on the site's backend.
 * @param opts.expiresIn seconds, or a jose time span such as `'2h'` (default `'24h'`).
 */
export async function signIdentity(
  who: Identity, secret: string, opts: { expiresIn?: number | string; now?: Date } = {},
): Promise<string> {
  if (!who.id || !who.name) throw new Error('smm-kit: signIdentity needs an id and a name');
  const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  const exp = opts.expiresIn ?? '24h';
  return new SignJWT({ name: who.name, ...(who.url ? { url: who.url } : {}), ...(who.moderator ? { moderator: true } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(who.id))
    .setIssuedAt(now)
    .setExpirationTime(typeof exp === 'number' ? now + exp : exp)
    .sign(key(secret));
}

export type IdentityCheck = { ok: true; identity: Identity } | { ok: false; message: string };

/** Checks a token: signature (HS256 only), expiry (required), `sub` and `name`; `url` and `moderator: true` if there. */
export async function verifyIdentity(token: string, secret: string, now: Date = new Date()): Promise<IdentityCheck> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: ['HS256'], requiredClaims: ['sub', 'exp'], currentDate: now,
    });
    const { sub, name, url, moderator } = payload as { sub?: unknown; name?: unknown; url?: unknown; moderator?: unknown };
    if (typeof sub !== 'string' || !sub || sub.length > 200) return { ok: false, message: 'the identity token has no usable sub claim' };
    if (typeof name !== 'string' || !name.trim()) return { ok: false, message: 'the identity token has no name claim' };
    const okUrl = typeof url === 'string' && /^https?:\/\//i.test(url) && URL.canParse(url);
    return { ok: true, identity: { id: sub, name, ...(okUrl ? { url: new URL(url).href } : {}), ...(moderator === true ? { moderator: true } : {}) } };
  } catch (err) {
    if (err instanceof errors.JWTExpired) return { ok: false, message: 'the identity token has expired; the page must sign a fresh one' };
    if (err instanceof errors.JWSSignatureVerificationFailed) return { ok: false, message: 'the identity token\'s signature is not valid for this server\'s secret' };
    return { ok: false, message: `the identity token is not valid: ${(err as Error).message}` };
  }
}
