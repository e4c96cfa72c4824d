// smm-kit/server: the self-hosted endpoint as a library.
//   import { openStore, createApp } from 'smm-kit/server';
//   const app = createApp({ store: await openStore('./smm.db'), origins: ['https://blog.example'] });
//   export default app;            // any fetch-handler host, or host.route('/smm', app)
export { createApp, DEFAULT_RATE_LIMIT, type AppOptions } from './app.js';
export { serve, type ServeOptions, type RunningServer } from './serve.js';
export { openStore, describeStore } from './store/index.js';
export type {
  Store, EventRow, EventType, ShareCount, Stats, StatsQuery, StatsSummary, NetworkStats, Moderator, AuditEntry, AuditQuery,
} from './store/types.js';
export { audit, type Actor } from './admin.js';
export type { RateLimitOptions } from './rate-limit.js';
export { openapi } from './openapi.js';
export { IGNORED_PARAMS, LIMITS, pageKey } from './validate.js';
export { createNotifier, signWebhook, verifyWebhook, WEBHOOK_HEADERS, type Notification, type Notifier, type NotifierOptions } from './notify.js';
export { signIdentity, verifyIdentity, type Identity, type IdentityCheck } from './comments/identity.js';
export { COMMENT_DEFAULTS, type CommentOptions, type CommentNotice, type SpamCandidate, type WindowLimit } from './comments/options.js';
export { TESTIMONIAL_DEFAULTS, type TestimonialOptions, type TestimonialNotice } from './testimonials/options.js';
export type { AdminComment, PublicComment } from './comments/present.js';
export type {
  CommentRow, CommentStatus, ModerationMode, ImportedComment, ExportedComment, CommentStore, Ban,
} from './store/comment-types.js';
