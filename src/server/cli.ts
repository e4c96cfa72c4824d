#!/usr/bin/env node
// `smm-kit serve`: the endpoint as a process. Flags win over environment variables; mistakes end
// with exit code 2 and a message that says what to write instead.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { COMMENT_FLAGS, COMMENT_HELP, commentOptions } from './cli-comments.js';
import { MODERATOR_NAME, newModeratorId, newModeratorToken, OWNER_NAME, tokenHash } from './admin.js';
import { DATA_FLAGS, DATA_HELP, exportCommand, importCommand, notifyOptions, signIdentityCommand, UsageError } from './cli-data.js';
import { importTestimonialsCommand, TESTIMONIAL_FLAGS, TESTIMONIAL_HELP } from './cli-testimonials.js';
import { serve } from './serve.js';
import { describeStore, openStore } from './store/index.js';
import type { Store } from './store/types.js';

const HELP = `smm-kit — self-hosted endpoint for smm-kit share counts and statistics

Usage:
  smm-kit serve [options]     serve the API (default command)
  smm-kit migrate [--db …]    apply database migrations and exit
  smm-kit moderator add <name> [--db …]
                              create a moderator token for /admin; it is printed once,
                              only its hash is stored
  smm-kit moderator list [--db …]     moderators, active and revoked
  smm-kit moderator revoke <name> [--db …]
                              revoke that moderator's token: refused at once
  smm-kit import | export | sign-identity   (see "Comments in and out" below)
  smm-kit import-testimonials --wall <name> <file.csv>   (see "Testimonials in")
  smm-kit --help | --version

Options (environment variable in brackets; flags win):
  --db <spec>            SQLite file path, or postgres://user:pass@host/db   [SMM_DB]
                         default ./smm.db
  --port <n>             port to listen on, default 8787                     [SMM_PORT, PORT]
  --host <addr>          address to listen on, default 127.0.0.1;            [SMM_HOST]
                         0.0.0.0 for every interface (e.g. in a container)
  --origin <url>         page origin allowed to call the API, e.g.           [SMM_ORIGINS]
                         https://blog.example; repeat or comma-separate; * for any.
                         The server's own origin is always allowed.
  --admin-token <tok>    bearer token for /v1/stats, at least 16 characters; [SMM_ADMIN_TOKEN]
                         prefer the variable (flags show in process lists).
                         Without one the admin API stays closed.
  --rate-limit <n>       write requests per minute per client, default 120;  [SMM_RATE_LIMIT]
                         0 turns the limit off
  --trust-proxy          take the client address from X-Forwarded-For        [SMM_TRUST_PROXY=1]
                         (only behind a reverse proxy)
  (PostgreSQL only) connections per server process, default 10              [SMM_PG_POOL]

${COMMENT_HELP}
${DATA_HELP}${TESTIMONIAL_HELP}
Example:
  SMM_ADMIN_TOKEN=$(openssl rand -hex 24) npx smm-kit serve --db ./smm.db --origin https://blog.example
`;

function options(argv: string[], env: NodeJS.ProcessEnv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        origin: { type: 'string', multiple: true },
        'admin-token': { type: 'string' },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        ...COMMENT_FLAGS,
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...DATA_FLAGS,
        ...TESTIMONIAL_FLAGS,
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values: f, positionals } = parsed;
  const command = positionals[0] ?? 'serve';
  const commands = ['serve', 'migrate', 'moderator', 'import', 'import-testimonials', 'export', 'sign-identity'];
  if (!commands.includes(command)) throw new UsageError(`unknown command "${command}"; commands are ${commands.join(', ')}`);
  const moderator = command === 'moderator' ? moderatorArgs(positionals.slice(1)) : undefined;
  const maxArgs = command === 'import' || command === 'import-testimonials' ? 2 : 1;
  if (command !== 'moderator' && positionals.length > maxArgs) throw new UsageError(`unexpected argument "${positionals[maxArgs]}"`);
  const int = (name: string, raw: string | undefined, fallback: number, max: number) => {
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) > max) throw new UsageError(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
    return Number(raw);
  };
  const origins = (f.origin ?? (env.SMM_ORIGINS ? [env.SMM_ORIGINS] : []))
    .flatMap((o) => o.split(','))
    .map((o) => o.trim())
    .filter(Boolean);
  const perMinute = int('--rate-limit', f['rate-limit'] ?? env.SMM_RATE_LIMIT, 120, 1_000_000);
  const db = f.db ?? env.SMM_DB ?? './smm.db';
  if (!db) throw new UsageError('--db must not be empty');
  return {
    command,
    moderator,
    help: f.help ?? false,
    version: f.version ?? false,
    db,
    port: int('--port', f.port ?? env.SMM_PORT ?? env.PORT, 8787, 65535),
    host: f.host ?? env.SMM_HOST ?? '127.0.0.1',
    origins,
    adminToken: f['admin-token'] ?? (env.SMM_ADMIN_TOKEN || undefined),
    rateLimit: perMinute === 0 ? (false as const) : { max: perMinute, windowSec: 60 },
    trustProxy: f['trust-proxy'] ?? /^(1|true|yes)$/i.test(env.SMM_TRUST_PROXY ?? ''),
    comments: commentOptions(f, env, (message) => { throw new UsageError(message); }),
    // import / export / sign-identity, and the notifications of serve (cli-data.ts).
    data: f,
    file: positionals[1],
    notify: command === 'serve' && !f.help && !f.version ? notifyOptions(f, env) : undefined,
  };
}

function moderatorArgs(rest: string[]): { action: 'add' | 'list' | 'revoke'; name?: string } {
  const [action, name, extra] = rest;
  if (action === 'list' && name === undefined) return { action };
  if ((action === 'add' || action === 'revoke') && name !== undefined && extra === undefined) {
    if (!MODERATOR_NAME.test(name) || name === OWNER_NAME) {
      throw new UsageError(`moderator name "${name}" is not allowed: use 1–40 letters, digits, ".", "_" or "-", and not "${OWNER_NAME}"`);
    }
    return { action, name };
  }
  throw new UsageError('use "smm-kit moderator add <name>", "smm-kit moderator list" or "smm-kit moderator revoke <name>"');
}

async function moderatorCommand(store: Store, m: { action: 'add' | 'list' | 'revoke'; name?: string }): Promise<number> {
  const now = Date.now();
  if (m.action === 'add') {
    const token = newModeratorToken();
    if (!(await store.addModerator({ id: newModeratorId(), name: m.name!, tokenHash: tokenHash(token), createdAt: now }))) {
      console.error(`smm-kit: a moderator named "${m.name}" already exists; revoke it first or pick another name`);
      return 1;
    }
    console.log([
      `smm-kit: moderator "${m.name}" added. Their token (shown this once, only its hash is kept):`,
      '',
      `  ${token}`,
      '',
      'Give it to them privately; they sign in at /admin with it.',
    ].join('\n'));
    return 0;
  }
  if (m.action === 'revoke') {
    if (!(await store.revokeModerator(m.name!, now))) {
      console.error(`smm-kit: no active moderator named "${m.name}"`);
      return 1;
    }
    console.log(`smm-kit: moderator "${m.name}" revoked; their token is refused from now on`);
    return 0;
  }
  const all = await store.moderators();
  if (!all.length) console.log('smm-kit: no moderators yet; add one with "smm-kit moderator add <name>"');
  for (const x of all) {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    console.log(`${x.name.padEnd(20)} added ${day(x.createdAt)}${x.revokedAt === null ? '' : `  revoked ${day(x.revokedAt)}`}`);
  }
  return 0;
}

function version(): string {
  try {
    return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main(argv: string[]): Promise<number> {
  let o;
  try {
    o = options(argv, process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`smm-kit: ${err.message}\nRun "smm-kit --help" for the options.`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (o.version) {
    console.log(version());
    return 0;
  }
  if (o.command === 'moderator') {
    const store = await openStore(o.db);
    try {
      return await moderatorCommand(store, o.moderator!);
    } finally {
      await store.close();
    }
  }
  if (o.command === 'migrate') {
    const store = await openStore(o.db);
    console.log(`smm-kit: ${describeStore(o.db)} is at schema version ${await store.schemaVersion()}`);
    await store.close();
    return 0;
  }
  if (['import', 'import-testimonials', 'export', 'sign-identity'].includes(o.command)) {
    try {
      if (o.command === 'import') await importCommand(o.db, o.data.format, o.file);
      else if (o.command === 'import-testimonials') await importTestimonialsCommand(o.db, o.data, o.file);
      else if (o.command === 'export') await exportCommand(o.db, o.data.out, o.data['with-secret']);
      else await signIdentityCommand(o.data, process.env);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      console.error(`smm-kit: ${err.message}\nRun "smm-kit --help" for the options.`);
      return 2;
    }
    return 0;
  }
  const running = await serve(o.notify
    ? { ...o, comments: { ...o.comments, notify: o.notify.notify }, testimonials: { notify: o.notify.notify } }
    : o);
  // One write, so whoever reads the pipe (a supervisor, a test) never sees half of it.
  console.log([
    `smm-kit: serving ${running.url} with ${describeStore(o.db)}`,
    `smm-kit: origins allowed: ${o.origins.length ? o.origins.join(', ') : 'the server\'s own only (add --origin https://your.site)'}`,
    ...(o.notify ? [`smm-kit: new comments notified by ${o.notify.describe}`] : []),
    `smm-kit: admin API ${o.adminToken ? 'on (bearer token and moderator tokens)' : 'moderator tokens only (no --admin-token / SMM_ADMIN_TOKEN)'}; admin page ${running.url}/admin`,
    `smm-kit: comments: moderation ${o.comments.moderation ?? 'first'}, edit window ${o.comments.editWindowSec ?? 900} s, ` +
      `identity tokens ${o.comments.identitySecret ? 'accepted' : 'off (no SMM_IDENTITY_SECRET)'}`,
  ].join('\n'));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  console.log('smm-kit: stopped');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: Error) => {
    console.error(err.message.startsWith('smm-kit:') ? err.message : `smm-kit: ${err.stack ?? err.message}`);
    process.exitCode = 1;
  },
);
