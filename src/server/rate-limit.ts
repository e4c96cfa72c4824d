// Per-client token buckets for write routes. Clients are keyed by an HMAC of their IP with a
// random salt that changes every UTC day and lives only in memory: no IP is ever stored, and
// yesterday's keys cannot be linked to today's. Limits are per server instance.
import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests a client may burst; it regains them evenly over `windowSec`. */
  max: number;
  windowSec: number;
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSec: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #max: number;
  readonly #perMs: number;
  readonly #now: () => number;
  #buckets = new Map<string, Bucket>();
  #salt = randomBytes(32);
  #day = -1;
  #swept = 0;

  constructor({ max, windowSec }: RateLimitOptions, now: () => number = Date.now) {
    if (!(max >= 1) || !(windowSec > 0)) {
      throw new Error(`smm-kit: rate limit needs max ≥ 1 and windowSec > 0, got ${max}/${windowSec}`);
    }
    this.#max = max;
    this.#perMs = max / (windowSec * 1000);
    this.#now = now;
  }

  /** Takes one token for this client, or says how long to wait for the next one. */
  hit(ip: string): RateLimitResult {
    const now = this.#now();
    this.#rotate(now);
    const key = createHmac('sha256', this.#salt).update(ip).digest('base64url');
    const b = this.#buckets.get(key) ?? { tokens: this.#max, at: now };
    b.tokens = Math.min(this.#max, b.tokens + (now - b.at) * this.#perMs);
    b.at = now;
    this.#buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - b.tokens) / this.#perMs / 1000)) };
  }

  #rotate(now: number): void {
    const day = Math.floor(now / 864e5);
    if (day !== this.#day) {
      this.#day = day;
      this.#salt = randomBytes(32);
      this.#buckets.clear();
    }
    // Forget clients whose bucket is full again: they look exactly like new ones.
    const fullAfter = this.#max / this.#perMs;
    if (now - this.#swept > Math.min(fullAfter, 60_000)) {
      this.#swept = now;
      for (const [k, b] of this.#buckets) if (now - b.at >= fullAfter) this.#buckets.delete(k);
    }
  }
}
