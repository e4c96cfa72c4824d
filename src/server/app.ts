// The server as a web-standard fetch handler (a Hono app): runs under the CLI, in tests through
// app.request() without a port, or mounted inside another app (`host.route('/smm', app)`).
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { adminCheck, identify, MIN_TOKEN_LENGTH, requireAdmin, type Actor } from './admin.js';
import { resolveCommentOptions, type CommentOptions, type ResolvedCommentOptions } from './comments/options.js';
import { resolveTestimonialOptions, type ResolvedTestimonialOptions, type TestimonialOptions } from './testimonials/options.js';
import { normalizeOrigins, originPolicy } from './cors.js';
import { problem } from './errors.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { adminPage } from './admin-page.js';
import { adminRoute } from './routes/admin.js';
import { adminCommentsRoute } from './routes/admin-comments.js';
import { adminTestimonialsRoute } from './routes/admin-testimonials.js';
import { collectRoute } from './routes/collect.js';
import { commentsRoute } from './routes/comments.js';
import { countsRoute } from './routes/counts.js';
import { eventsRoute } from './routes/events.js';
import { healthRoute } from './routes/health.js';
import { openapiRoute } from './routes/openapi.js';
import { statsRoute } from './routes/stats.js';
import { testimonialsRoute } from './routes/testimonials.js';
import type { Store } from './store/types.js';

export interface AppOptions {
  /** Where events go; see `openStore()`. The app never closes it. */
  store: Store;
  /**
   * Browser origins allowed to call the API, e.g. `https://blog.example`; `*` allows any.
   * The server's own origin is always allowed. Other origins get 403.
   */
  origins?: readonly string[];
  /**
   * The owner's bearer token for admin routes (≥ 16 characters). Named moderator tokens
   * (`smm-kit moderator add`) get in too. With neither, admin routes answer 403.
   */
  adminToken?: string;
  /** Write requests per client: a burst of `max`, regained over `windowSec`. `false` disables. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Take the client address from the last `X-Forwarded-For` entry (the one your reverse proxy
   * appended). Only turn on behind a proxy, or clients can pick their own address.
   */
  trustProxy?: boolean;
  /** The comment wall: moderation, edit window, spam defences, identity, notifications. */
  comments?: CommentOptions;
  /** Testimonial walls: moderation (everything waits by default), spam defences, notifications. */
  testimonials?: TestimonialOptions;
  /**
   * Serve the admin page at /admin (from the built dist/admin/, or this folder). Default true;
   * `false` leaves /admin to the fallback.
   */
  adminPage?: boolean | string;
  /** The server's clock (tests move it). */
  now?: () => Date;
  /**
   * Answers requests no API route matched, e.g. static files:
   * `fallback: serveStatic({ root: './public' })`. Without it they get a JSON 404.
   */
  // Any Hono app, whatever its env and schema types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fallback?: MiddlewareHandler | Hono<any, any, any>;
}

/** Default write budget per client: bursts of 120 requests, regained over a minute. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 120, windowSec: 60 };

/** What the routes share; built once by createApp. */
export interface Deps {
  store: Store;
  now: () => Date;
  limiter: RateLimiter | undefined;
  clientIp: (c: Context) => string;
  /**
   * Lets in the admin token and active moderators' tokens; sets c.get('moderator'). createApp runs
   * it once before every /v1/admin/* route; other routes that need it (/v1/stats) add it themselves.
   */
  admin: MiddlewareHandler;
  /**
   * Whether the request carries the admin token or an active moderator's (for routes open to
   * others too); when it does, c.get('moderator') says who and audit() works.
   */
  isAdmin: (c: Context) => Promise<boolean>;
  /** What the admin room can moderate on this server (`comments`, `testimonials`), from the routes mounted. */
  features: string[];
  /** Who a request's bearer token belongs to, read from the database every time. */
  whoIs: (c: Context) => Promise<Actor | undefined>;
  comments: ResolvedCommentOptions;
  testimonials: ResolvedTestimonialOptions;
}

export function createApp(opts: AppOptions): Hono {
  const { store, adminToken, trustProxy = false } = opts;
  if (!store) throw new Error('smm-kit: createApp needs a store; get one from openStore()');
  if (adminToken !== undefined && adminToken.length < MIN_TOKEN_LENGTH) {
    throw new Error(`smm-kit: the admin token must be at least ${MIN_TOKEN_LENGTH} characters; ` +
      'generate one with `openssl rand -hex 24`');
  }
  const origins = normalizeOrigins(opts.origins ?? []);
  const now = opts.now ?? (() => new Date());
  const rl = opts.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = rl ? new RateLimiter(rl, () => now().getTime()) : undefined;
  const clientIp = (c: Context) => ip(c, trustProxy);
  const d: Deps = {
    store, now, limiter, clientIp,
    admin: requireAdmin({ token: adminToken, store, limiter, ip: clientIp, now }),
    isAdmin: adminCheck({ token: adminToken, store, now }),
    whoIs: identify(adminToken, store),
    features: [],
    comments: resolveCommentOptions(opts.comments),
    testimonials: resolveTestimonialOptions(opts.testimonials),
  };

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  const policy = originPolicy(origins);
  // The contract itself is public; everything else under /v1 obeys the origin policy.
  app.use('/v1/*', (c, next) => (c.req.path.endsWith('/v1/openapi.json') ? next() : policy(c, next)));
  app.route('/healthz', healthRoute(d));
  app.route('/v1/openapi.json', openapiRoute());
  app.route('/v1/events', eventsRoute(d));
  app.route('/v1/counts', countsRoute(d));
  app.route('/v1/stats', statsRoute(d));
  app.route('/v1/comments', commentsRoute(d));
  // One guard for every admin route, whichever module serves it: one token check per request.
  app.use('/v1/admin/*', d.admin);
  app.route('/v1/admin', adminRoute(d));
  app.route('/v1/admin', adminCommentsRoute(d));
  app.route('/v1/testimonials', testimonialsRoute(d));
  app.route('/v1/admin', adminTestimonialsRoute(d));
  app.route('/t', collectRoute(d));

  for (const kind of ['comments', 'testimonials']) {
    if (app.routes.some((r) => r.path.startsWith(`/v1/admin/${kind}`))) d.features.push(kind);
  }
  if (opts.adminPage !== false) app.route('/admin', adminPage(typeof opts.adminPage === 'string' ? opts.adminPage : undefined));

  if (opts.fallback instanceof Hono) app.route('/', opts.fallback);
  else if (opts.fallback) app.use('*', opts.fallback);
  app.notFound((c) => problem(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}; the API is described at /v1/openapi.json`));
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    console.error('smm-kit: unexpected error on', c.req.method, c.req.path, err);
    return problem(c, 500, 'internal', 'the server failed to handle this request; it has been logged');
  });
  return app;
}

/** The client's address, used only (hashed) as a rate-limit key. */
function ip(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const last = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  // @hono/node-server passes the Node request as `incoming`; other runtimes: one shared bucket.
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
