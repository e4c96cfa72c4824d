// One error shape for every 4xx/5xx: {"error": {"code", "message", "issues"?}}, described in the
// OpenAPI file as `Error`. `message` says what was wrong and what was expected.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Issue } from './validate.js';

export const ERROR_CODES = [
  'invalid_request', 'malformed_json', 'unsupported_media_type', 'payload_too_large',
  'forbidden_origin', 'unauthorized', 'admin_disabled', 'rate_limited', 'not_found',
  'method_not_allowed', 'internal',
  // comments (and testimonials)
  'forbidden', 'banned', 'thread_closed', 'duplicate', 'invalid_identity', 'too_fast',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function problem(
  c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string, issues?: Issue[],
): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: issues?.length ? { code, message, issues } : { code, message } }, status);
}

/** Answer for a known path asked with the wrong method. */
export function methodNotAllowed(allow: string) {
  return (c: Context) => {
    c.header('Allow', allow);
    return problem(c, 405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allow}`);
  };
}

/** `path: message; path: message` for the top-level message of a validation error. */
export function summarize(issues: Issue[]): string {
  const shown = issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return shown.join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
}
