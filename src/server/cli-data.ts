// The CLI's data commands: `import` (Disqus, WordPress WXR, our JSON), `export` (our JSON, to
// stdout or a file) and `sign-identity` (a token for scripts and tests), plus the notification
// settings of `serve`. Kept apart from cli.ts so that file stays about serving.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { signIdentity } from './comments/identity.js';
import type { Notification as Notice } from './notify.js';
import { exportJson, importFile, IMPORT_FORMATS, type ImportFormat, type ImportProgress } from './import/index.js';
import { createNotifier, MIN_WEBHOOK_SECRET } from './notify.js';
import { describeStore, openStore } from './store/index.js';

/** Thrown for a mistake in the command line; the CLI prints it with exit code 2. */
export class UsageError extends Error {}

/** Flags of the data commands and of notifications, for parseArgs. */
export const DATA_FLAGS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'with-secret': { type: 'boolean' },
  id: { type: 'string' },
  name: { type: 'string' },
  url: { type: 'string' },
  expires: { type: 'string' },
  moderator: { type: 'boolean' },
  'webhook-url': { type: 'string' },
  'smtp-url': { type: 'string' },
  'notify-email': { type: 'string' },
  'mail-from': { type: 'string' },
} as const;

export const DATA_HELP = `
Comments in and out:
  smm-kit import --format disqus|wxr|json <file> [--db …]
                         import a Disqus XML export, a WordPress export (WXR) or
                         an smm-kit JSON export; - reads stdin. Importing the same
                         file again adds only what is new.
  smm-kit export [--db …] [--out comments.json] [--with-secret]
                         every comment, every status, with the threads' own
                         settings, the bans and the likes (reader hashes), as JSON
                         (stdout by default). --with-secret adds the server secret,
                         so those hashes still match in the database it goes to
                         (an empty one takes it); keep that file as you keep the
                         database: with it, e-mail hashes can be tested by guessing
  smm-kit sign-identity --id <user id> --name <name> [--url <url>] [--expires 1h] [--moderator]
                         print a signed identity token for <smm-comments identity>;
                         the secret comes from SMM_IDENTITY_SECRET; --moderator: the
                         user moderates the site (a Moderator badge, never held)

Notifications of new comments (serve):
  --webhook-url <url>    POST each new comment as signed JSON                 [SMM_WEBHOOK_URL]
                         secret for the signature: SMM_WEBHOOK_SECRET only (never a flag)
  --smtp-url <url>       smtp://user:pass@host:587 or smtps://…:465;          [SMM_SMTP_URL]
                         prefer the variable (it holds a password)
  --notify-email <addr>  where new comments are mailed; comma-separate several [SMM_NOTIFY_EMAIL]
  --mail-from <addr>     sender of those mails, default the SMTP user          [SMM_MAIL_FROM]
                         if it is an address, else the first --notify-email
`;

type Flags = { [K in keyof typeof DATA_FLAGS]?: (typeof DATA_FLAGS)[K]['type'] extends 'boolean' ? boolean : string };

const int = (n: number) => n.toLocaleString('en-US');

/** Progress on stderr: one updating line on a terminal, a line every few seconds in a log. */
function progressPrinter(total: number | undefined) {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  let last = 0;
  return (p: ImportProgress, bytes: number, final = false) => {
    const now = Date.now();
    if (!final && now - last < (tty ? 200 : 5000)) return;
    last = now;
    const pct = total ? ` (${Math.min(100, Math.floor((bytes / total) * 100))}% of the file)` : '';
    const line = `smm-kit: ${int(p.read)} comments read, ${int(p.inserted)} new, ${int(p.existing)} already there${pct}, ` +
      `${int(Math.round(p.read / Math.max(0.001, (now - started) / 1000)))}/s`;
    if (tty) process.stderr.write(`\r\x1b[K${line}${final ? '\n' : ''}`);
    else if (!final) process.stderr.write(`${line}\n`);
  };
}

export async function importCommand(db: string, format: string | undefined, file: string | undefined): Promise<void> {
  if (!format || !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`import needs --format ${IMPORT_FORMATS.join('|')}${format ? `, got "${format}"` : ''}`);
  }
  if (!file) throw new UsageError('import needs the file to read, e.g. smm-kit import --format disqus export.xml (- for stdin)');
  let total: number | undefined;
  if (file !== '-') {
    try {
      total = statSync(file).size;
    } catch {
      throw new UsageError(`cannot read "${file}": no such file`);
    }
  }
  const source = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 256 * 1024 });
  let bytes = 0;
  async function* counted() {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      yield chunk;
    }
  }
  const store = await openStore(db);
  const show = progressPrinter(total);
  const started = Date.now();
  try {
    const s = await importFile(store, format as ImportFormat, counted(), { onProgress: (p) => show(p, bytes) });
    show(s, bytes, true);
    const sec = (Date.now() - started) / 1000;
    const lines = [
      `smm-kit: imported ${int(s.inserted)} new comments from ${file === '-' ? 'stdin' : file} into ${describeStore(db)} in ${sec.toFixed(1)} s` +
        ` (${int(s.read)} read, ${int(s.existing)} already there, ${int(s.invalid)} not importable)` +
        (s.extras ? `, and ${int(s.extras)} thread settings, bans and likes` : ''),
      ...(s.secret === 'adopted' ? ['  the server secret of the export is this database\'s now: its hashes match here'] : []),
      ...(s.secret === 'kept' ? ['  the database kept its own server secret (it already had comments, likes or bans): the hashes of the export do not match new readers here'] : []),
      ...[...s.reasons].map(([why, n]) => `  ${int(n)} × ${why}`),
    ];
    console.log(lines.join('\n'));
  } finally {
    await store.close();
  }
}

/** Writes text to a stream, waiting when it asks to, in pieces of about 64 KB. */
async function writeAll(parts: AsyncIterable<string>, out: Writable): Promise<void> {
  let buf = '';
  // A reader that goes away (`smm-kit export | head`) fails a later write, not this one.
  let failed: Error | undefined;
  const onError = (err: Error) => { failed = err; };
  out.on('error', onError);
  const flush = async () => {
    if (failed) throw failed;
    if (!out.write(buf)) await once(out, 'drain');
    buf = '';
  };
  try {
    for await (const part of parts) {
      buf += part;
      if (buf.length >= 65536) await flush();
    }
    if (buf) await flush();
  } finally {
    out.off('error', onError);
  }
}

export async function exportCommand(db: string, file: string | undefined, withSecret = false): Promise<void> {
  const store = await openStore(db);
  let n = 0;
  async function* counted() {
    for await (const c of store.exportComments()) {
      n++;
      yield c;
    }
  }
  const extras = { thread: 0, ban: 0, like: 0 };
  async function* countedExtras() {
    for await (const x of store.exportExtras()) {
      extras[x.kind]++;
      yield x;
    }
  }
  try {
    const out = file && file !== '-' ? createWriteStream(file) : process.stdout;
    try {
      await writeAll(exportJson(counted(), countedExtras(), withSecret ? { secret: await store.serverSecret() } : {}), out);
    } catch (err) {
      // The reader of the pipe has all it wanted.
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw err;
    }
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
    process.stderr.write(`smm-kit: exported ${int(n)} comments from ${describeStore(db)}${file && file !== '-' ? ` to ${file}` : ''}` +
      ` with ${int(extras.thread)} threads' own settings, ${int(extras.ban)} bans and ${int(extras.like)} likes\n`);
  } finally {
    await store.close();
  }
}

export async function signIdentityCommand(f: Flags, env: NodeJS.ProcessEnv): Promise<void> {
  const secret = env.SMM_IDENTITY_SECRET;
  if (!secret) throw new UsageError('sign-identity needs the secret in SMM_IDENTITY_SECRET (the one the server has), not as a flag');
  if (secret.length < 32) throw new UsageError('SMM_IDENTITY_SECRET must be at least 32 characters (e.g. openssl rand -hex 32)');
  if (!f.id) throw new UsageError('sign-identity needs --id, the user\'s id on your site');
  if (!f.name?.trim()) throw new UsageError('sign-identity needs --name, the name shown with the comments');
  if (f.url !== undefined && !/^https?:\/\//i.test(f.url)) throw new UsageError(`--url must be an http(s) URL, got "${f.url}"`);
  const expires = f.expires ?? '1h';
  if (!/^\d+\s*(s|sec|m|min|h|hr|d|w)?$/.test(expires)) throw new UsageError(`--expires must look like 90s, 30m, 1h, 7d or a number of seconds, got "${expires}"`);
  const token = await signIdentity(
    { id: f.id, name: f.name.trim(), ...(f.url ? { url: f.url } : {}), ...(f.moderator ? { moderator: true } : {}) },
    secret,
    { expiresIn: /^\d+$/.test(expires) ? Number(expires) : expires },
  );
  console.log(token);
}

/** The `notify` hook of `serve` from flags and SMM_* variables; undefined when none is set. */
export function notifyOptions(f: Flags, env: NodeJS.ProcessEnv): { notify: (n: Notice) => Promise<void>; describe: string } | undefined {
  const webhookUrl = f['webhook-url'] ?? (env.SMM_WEBHOOK_URL || undefined);
  const webhookSecret = env.SMM_WEBHOOK_SECRET || undefined;
  const smtpUrl = f['smtp-url'] ?? (env.SMM_SMTP_URL || undefined);
  const to = f['notify-email'] ?? (env.SMM_NOTIFY_EMAIL || undefined);
  if (webhookUrl && !webhookSecret) {
    throw new UsageError(`a webhook needs SMM_WEBHOOK_SECRET (at least ${MIN_WEBHOOK_SECRET} characters) to sign its deliveries`);
  }
  if (smtpUrl && !to) throw new UsageError('--smtp-url needs --notify-email (or SMM_NOTIFY_EMAIL): where to send the mails');
  if (to && !smtpUrl) throw new UsageError('--notify-email needs --smtp-url (or SMM_SMTP_URL): the server that sends the mails');
  if (!webhookUrl && !smtpUrl) return undefined;
  let from = f['mail-from'] ?? (env.SMM_MAIL_FROM || undefined);
  if (smtpUrl && !from) {
    const user = URL.canParse(smtpUrl) ? decodeURIComponent(new URL(smtpUrl).username) : '';
    from = user.includes('@') ? user : to!.split(',')[0]!.trim();
  }
  let notify;
  try {
    notify = createNotifier({
      ...(webhookUrl ? { webhook: { url: webhookUrl, secret: webhookSecret! } } : {}),
      ...(smtpUrl ? { mail: { smtpUrl, from: from!, to: to! } } : {}),
    });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^smm-kit: /, ''));
  }
  return {
    notify,
    describe: [
      webhookUrl ? `webhook to ${new URL(webhookUrl).origin}` : '',
      smtpUrl ? `e-mail to ${to}` : '',
    ].filter(Boolean).join(' and '),
  };
}
