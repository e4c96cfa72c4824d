// The testimonial walls' settings (AppOptions.testimonials) and their defaults. Spam defences are
// the comment wall's: a form token with a minimum fill time, a honeypot, bans and rate limits
// held in the database.
import type { Notification } from '../notify.js';
import type { WallModeration } from '../store/testimonial-types.js';
import type { WindowLimit } from '../comments/options.js';

export interface TestimonialNotice extends Notification {
  type: 'testimonial.created';
  /** The wall's name. */
  page: string;
  rating?: number;
}

export interface TestimonialOptions {
  /** `pre` (default): every testimonial waits for approval; `post`: shown at once. A wall may override it. */
  moderation?: WallModeration;
  /** Seconds between loading the form (its token) and sending it (default 3). */
  minFillSec?: number;
  /** Called after a testimonial is stored, e.g. `createNotifier({ webhook, mail })`; failures are logged. */
  notify?: (notice: TestimonialNotice) => Promise<void>;
  /** Submissions per client address (hashed) and site-wide; `false` turns one off. */
  limits?: { perIp?: WindowLimit | false; site?: WindowLimit | false };
}

export const TESTIMONIAL_DEFAULTS = {
  moderation: 'pre' as WallModeration,
  minFillSec: 3,
  limits: { perIp: { max: 3, windowSec: 3600 }, site: { max: 100, windowSec: 3600 } },
  formMaxAgeSec: 86400,
  duplicateSec: 86400,
};

export type ResolvedTestimonialOptions = {
  moderation: WallModeration;
  minFillSec: number;
  notify?: TestimonialOptions['notify'];
  limits: { perIp: WindowLimit | false; site: WindowLimit | false };
};

export function resolveTestimonialOptions(o: TestimonialOptions = {}): ResolvedTestimonialOptions {
  const r: ResolvedTestimonialOptions = {
    moderation: o.moderation ?? TESTIMONIAL_DEFAULTS.moderation,
    minFillSec: o.minFillSec ?? TESTIMONIAL_DEFAULTS.minFillSec,
    notify: o.notify,
    limits: { ...TESTIMONIAL_DEFAULTS.limits, ...o.limits },
  };
  if (r.moderation !== 'pre' && r.moderation !== 'post') {
    throw new Error(`smm-kit: testimonials.moderation must be pre or post, got "${r.moderation}"`);
  }
  if (!Number.isFinite(r.minFillSec) || r.minFillSec < 0) throw new Error(`smm-kit: testimonials.minFillSec must be a number ≥ 0, got ${r.minFillSec}`);
  for (const [k, l] of Object.entries(r.limits)) {
    if (l && !(l.max >= 1 && l.windowSec > 0)) throw new Error(`smm-kit: testimonials.limits.${k} needs max ≥ 1 and windowSec > 0`);
  }
  return r;
}
