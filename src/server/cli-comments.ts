// The comment wall's flags of `smm-kit serve`, kept apart so cli.ts only wires them in.
import type { CommentOptions } from './comments/options.js';

export const COMMENT_FLAGS = {
  moderation: { type: 'string' },
  'edit-window': { type: 'string' },
  'max-links': { type: 'string' },
  'identity-secret': { type: 'string' },
} as const;

export const COMMENT_HELP = `Comments (options of serve):
  --moderation <mode>    pre: every comment waits for a moderator;            [SMM_MODERATION]
                         first (default): an author's first comment waits;
                         post: published at once, removable
  --edit-window <sec>    seconds an author may edit or delete, default 900    [SMM_EDIT_WINDOW]
  --max-links <n>        comments with more links wait, default 2             [SMM_MAX_LINKS]
  --identity-secret <s>  HS256 secret (≥ 32 characters) the site signs        [SMM_IDENTITY_SECRET]
                         <smm-comments identity> tokens with; prefer the variable
`;

type Flags = Partial<Record<keyof typeof COMMENT_FLAGS, string>>;

/** AppOptions.comments from flags (which win) and SMM_* variables; `fail` reports a usage error. */
export function commentOptions(f: Flags, env: NodeJS.ProcessEnv, fail: (message: string) => never): CommentOptions {
  const o: CommentOptions = {};
  const mode = f.moderation ?? env.SMM_MODERATION;
  if (mode) {
    if (mode !== 'pre' && mode !== 'first' && mode !== 'post') fail(`--moderation must be pre, first or post, got "${mode}"`);
    o.moderation = mode;
  }
  const whole = (name: string, raw: string | undefined, max: number) => {
    if (raw === undefined || raw === '') return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) > max) fail(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
    return Number(raw);
  };
  const editWindowSec = whole('--edit-window', f['edit-window'] ?? env.SMM_EDIT_WINDOW, 31_536_000);
  if (editWindowSec !== undefined) o.editWindowSec = editWindowSec;
  const maxLinks = whole('--max-links', f['max-links'] ?? env.SMM_MAX_LINKS, 1000);
  if (maxLinks !== undefined) o.maxLinks = maxLinks;
  const secret = f['identity-secret'] ?? (env.SMM_IDENTITY_SECRET || undefined);
  if (secret !== undefined) {
    if (secret.length < 32) fail('--identity-secret must be at least 32 characters; generate one with `openssl rand -hex 32`');
    o.identitySecret = secret;
  }
  return o;
}
