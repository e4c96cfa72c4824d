// Tells the site owner that readers wrote something (a comment now, a testimonial later): a signed
// webhook and/or a plain-text e-mail over SMTP. A notification is a side effect of a write that
// already succeeded, so it never throws into the route and never blocks it for long: failures are
// logged once, nothing is retried, and a burst of writes cannot queue more than a bounded number
// of deliveries (a slow or dead receiver must not become a memory leak or a retry storm).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';

/** What happened, for any kind of reader content. Everything in it is plain data, never markup. */
export interface Notification {
  /** `comment.created`, `testimonial.created`, … (also the webhook's `X-Smm-Event`). */
  type: `${string}.${string}`;
  /** Opaque id of the stored item. */
  id: string;
  /** Status it was stored with: `published`, `pending`, … */
  status: string;
  /** The page it belongs to (a comment's thread URL). */
  page: string;
  /** Author as readers would see them; the e-mail address is never part of a notification. */
  author: { name: string; url?: string; badge?: string };
  /** The raw text the reader wrote. */
  body: string;
  /** ISO-8601. */
  createdAt: string;
  /** Id of the comment it replies to, if any. */
  parent?: string | null;
  /** Why it waits, when it does: `pre` (everything waits), `first` (a new author), `links`. */
  reason?: string;
  /** Where the owner can act on it (e.g. the moderation queue), if the server knows. */
  adminUrl?: string;
}

export interface NotifierOptions {
  /** POST the notification as JSON, signed with HMAC-SHA256 (see `signWebhook`). */
  webhook?: { url: string; secret: string };
  /** Plain-text e-mail to the owner. `smtpUrl`: `smtp://user:pass@host:587` or `smtps://…:465`. */
  mail?: { smtpUrl: string; from: string; to: string };
  /** Milliseconds one delivery may take before it is given up (default 5000). */
  timeoutMs?: number;
  /** Where failures are reported (default `console.warn`). */
  log?: (message: string) => void;
}

/** The hook the server calls after it stored something; resolves when delivered or given up. */
export interface Notifier {
  (n: Notification): Promise<void>;
  /** Resolves when every delivery started so far has finished. */
  idle(): Promise<void>;
  /** Waits for deliveries in flight, then closes the SMTP connection. */
  close(): Promise<void>;
}

/** Deliveries of one channel in flight at once, and waiting beyond those, before new ones are dropped. */
const CONCURRENCY = 4;
const MAX_WAITING = 100;
/** Header names of the webhook signature scheme. */
export const WEBHOOK_HEADERS = {
  signature: 'x-smm-signature',
  timestamp: 'x-smm-timestamp',
  event: 'x-smm-event',
  delivery: 'x-smm-delivery',
} as const;
export const MIN_WEBHOOK_SECRET = 16;

/**
 * The signature of a webhook body: `sha256=` + hex HMAC-SHA256, keyed with the shared secret, of
 * `<timestamp>.<raw body>`, where the timestamp (Unix seconds) is also sent in `X-Smm-Timestamp`.
 * Signing the timestamp lets a receiver refuse old deliveries replayed by someone who saw one.
 */
export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/**
 * Checks a delivery as a receiver written in Node would: the signature matches the raw body and
 * timestamp, and the timestamp is within `toleranceSec` (default 300) of `now`.
 */
export function verifyWebhook(
  secret: string,
  headers: { signature: string | null | undefined; timestamp: string | null | undefined },
  rawBody: string,
  { toleranceSec = 300, now = Date.now() }: { toleranceSec?: number; now?: number } = {},
): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !/^\d+$/.test(headers.timestamp ?? '')) return false;
  if (Math.abs(now / 1000 - ts) > toleranceSec) return false;
  const expected = Buffer.from(signWebhook(secret, ts, rawBody));
  const given = Buffer.from(headers.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Runs async jobs a few at a time; beyond a bounded backlog, new jobs are refused. */
class Lane {
  #running = 0;
  #waiting: (() => Promise<void>)[] = [];
  #idle: (() => void)[] = [];
  constructor(readonly name: string, readonly log: (m: string) => void) {}

  push(job: () => Promise<void>): Promise<void> {
    if (this.#running >= CONCURRENCY && this.#waiting.length >= MAX_WAITING) {
      this.log(`smm-kit: ${this.name}: ${MAX_WAITING} notifications already wait; this one is dropped`);
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.#waiting.push(() => job().then(resolve, resolve));
      this.#next();
    });
  }

  #next() {
    while (this.#running < CONCURRENCY && this.#waiting.length) {
      const job = this.#waiting.shift()!;
      this.#running++;
      void job().finally(() => {
        this.#running--;
        this.#next();
        if (!this.#running && !this.#waiting.length) for (const f of this.#idle.splice(0)) f();
      });
    }
  }

  idle(): Promise<void> {
    return !this.#running && !this.#waiting.length ? Promise.resolve() : new Promise((r) => this.#idle.push(r));
  }
}

// Characters that could reorder or hide text in a mail client or a log line; the server strips
// them from what it stores already, this keeps the notifier safe with any caller.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const clean = (s: string) => s.replace(UNSAFE, '');
const oneLine = (s: string, max: number) => {
  const t = clean(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

const WHAT: Record<string, string> = { comment: 'comment', testimonial: 'testimonial' };
const STATUS_LINE: Record<string, string> = {
  published: 'It is published.',
  pending: 'It waits for your approval.',
  spam: 'It was classified as spam and is not shown.',
};
const REASON_LINE: Record<string, string> = {
  pre: 'Every comment waits for approval on this site or page.',
  first: 'It is the first comment of this author.',
  links: 'It has more links than the server lets through unchecked.',
};

/** Subject and plain-text body of the owner's e-mail. Nothing in it is ever interpreted as markup. */
export function mailText(n: Notification): { subject: string; text: string } {
  const what = WHAT[n.type.split('.')[0]!] ?? 'submission';
  const name = oneLine(n.author.name, 80) || 'Someone';
  const subject = `${n.status === 'pending' ? 'To approve: ' : ''}new ${what} by ${name} on ${oneLine(n.page, 120)}`;
  const lines = [
    `${name} wrote a new ${what}${n.parent ? ' (a reply)' : ''} on`,
    clean(n.page),
    '',
    `Status: ${n.status}. ${STATUS_LINE[n.status] ?? ''} ${(n.reason && REASON_LINE[n.reason]) ?? ''}`.trimEnd(),
    '',
    '----------------------------------------------------------------',
    clean(n.body).replace(/\r\n?/g, '\n'),
    '----------------------------------------------------------------',
    '',
    `Author: ${name}${n.author.badge ? ` (${oneLine(n.author.badge, 20)})` : ''}`,
    ...(n.author.url ? [`Website: ${oneLine(n.author.url, 2048)}`] : []),
    `Written: ${n.createdAt}`,
    `Id: ${oneLine(n.id, 100)}`,
    ...(n.adminUrl ? ['', `Moderate: ${clean(n.adminUrl)}`] : []),
    '',
    '-- ',
    'Sent by your smm-kit server.',
  ];
  return { subject, text: `${lines.join('\n')}\n` };
}

function checkOptions(o: NotifierOptions) {
  if (o.webhook) {
    const { url, secret } = o.webhook;
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new Error(`smm-kit: the webhook URL must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
    }
    if (typeof secret !== 'string' || secret.length < MIN_WEBHOOK_SECRET) {
      throw new Error(`smm-kit: the webhook secret must be at least ${MIN_WEBHOOK_SECRET} characters (e.g. openssl rand -hex 32)`);
    }
  }
  if (o.mail) {
    const { smtpUrl, from, to } = o.mail;
    if (!URL.canParse(smtpUrl) || !/^smtps?:$/.test(new URL(smtpUrl).protocol)) {
      throw new Error('smm-kit: the SMTP URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465');
    }
    const address = /^[^\s@<>,;]+@[^\s@<>,;]+$/;
    const list = to.split(',').map((a) => a.trim());
    if (!list.every((a) => address.test(a))) {
      throw new Error(`smm-kit: the notification e-mail must be one or more comma-separated addresses, got ${JSON.stringify(to)}`);
    }
    if (!address.test(from)) throw new Error(`smm-kit: the mail sender must be an e-mail address, got ${JSON.stringify(from)}`);
  }
}

/**
 * The notification hook for the server: `comments: { notify: createNotifier({ webhook, mail }) }`.
 * With neither channel it does nothing.
 */
export function createNotifier(opts: NotifierOptions): Notifier {
  checkOptions(opts);
  const { webhook, mail, timeoutMs = 5000, log = (m: string) => console.warn(m) } = opts;
  const hooks = webhook && new Lane('webhook', log);
  const mails = mail && new Lane('e-mail', log);
  let transport: Transporter | undefined;

  async function post(n: Notification) {
    const body = JSON.stringify(n);
    const ts = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(webhook!.url, {
        method: 'POST',
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'smm-kit',
          [WEBHOOK_HEADERS.event]: n.type,
          [WEBHOOK_HEADERS.delivery]: randomUUID(),
          [WEBHOOK_HEADERS.timestamp]: String(ts),
          [WEBHOOK_HEADERS.signature]: signWebhook(webhook!.secret, ts, body),
        },
      });
      await res.body?.cancel();
      if (!res.ok) log(`smm-kit: webhook ${new URL(webhook!.url).origin} answered ${res.status} to ${n.type} ${n.id}; not retried`);
    } catch (err) {
      const why = (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (err as Error).message;
      log(`smm-kit: webhook ${new URL(webhook!.url).origin} failed for ${n.type} ${n.id}: ${why}; not retried`);
    }
  }

  async function send(n: Notification) {
    transport ??= createTransport({
      url: mail!.smtpUrl,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    const { subject, text } = mailText(n);
    try {
      await transport.sendMail({ from: mail!.from, to: mail!.to, subject, text });
    } catch (err) {
      // nodemailer's messages name the host and the SMTP reply, never the password.
      log(`smm-kit: e-mail notification for ${n.type} ${n.id} failed: ${(err as Error).message}; not retried`);
    }
  }

  const notify = (async (n: Notification) => {
    await Promise.all([hooks?.push(() => post(n)), mails?.push(() => send(n))]);
  }) as Notifier;
  notify.idle = async () => { await Promise.all([hooks?.idle(), mails?.idle()]); };
  notify.close = async () => {
    await notify.idle();
    transport?.close();
    transport = undefined;
  };
  return notify;
}
