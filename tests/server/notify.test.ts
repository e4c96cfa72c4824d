// The owner's notifications over real sockets: a local HTTP server receives the webhook and checks
// its signature as a receiver would; a local SMTP sink (smtp-server) receives the e-mail.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { createNotifier, signWebhook, verifyWebhook, type Notification } from '../../src/server/notify.js';
import { harness, THREAD } from './comment-harness.js';
import { adapters } from './helpers.js';

const SECRET = 'webhook-secret-0123456789abcdef';
const closers: (() => Promise<unknown>)[] = [];
after(async () => { for (const c of closers.reverse()) await c(); });

const note = (over: Partial<Notification> = {}): Notification => ({
  type: 'comment.created',
  id: 'c1',
  status: 'pending',
  page: 'https://blog.example/post',
  author: { name: 'Marta <b>Rossi</b>', url: 'https://marta.example/' },
  body: 'Perché no?\n\n<script>alert(1)</script> & **bold** "quoted"',
  createdAt: '2026-12-06T03:00:00.000Z',
  parent: null,
  ...over,
});

interface Received { headers: IncomingMessage['headers']; body: string }

/** An HTTP server on a free port; `answer` decides each response. */
async function receiver(answer: (req: Received, res: ServerResponse) => void = (_, res) => res.end('ok')) {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => { body += d; });
    req.on('end', () => {
      const r = { headers: req.headers, body };
      got.push(r);
      answer(r, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => { server.closeAllConnections(); server.close(r); }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got };
}

describe('webhook', () => {
  test('POSTs the notification as JSON, signed over timestamp and raw body', async () => {
    const r = await receiver();
    const logs: string[] = [];
    const notify = createNotifier({ webhook: { url: r.url, secret: SECRET }, log: (m) => logs.push(m) });
    await notify(note());
    assert.equal(r.got.length, 1);
    const [{ headers, body }] = r.got as [Received];
    assert.equal(headers['content-type'], 'application/json');
    assert.equal(headers['x-smm-event'], 'comment.created');
    assert.match(String(headers['x-smm-delivery']), /^[0-9a-f-]{36}$/);
    assert.deepEqual(JSON.parse(body), note());
    const ts = String(headers['x-smm-timestamp']);
    assert.ok(Math.abs(Number(ts) - Date.now() / 1000) < 60);
    const signature = String(headers['x-smm-signature']);
    assert.match(signature, /^sha256=[0-9a-f]{64}$/);
    assert.ok(verifyWebhook(SECRET, { signature, timestamp: ts }, body), 'a receiver accepts it');
    assert.ok(!verifyWebhook(SECRET, { signature, timestamp: ts }, body.replace('c1', 'c2')), 'a changed body is refused');
    assert.ok(!verifyWebhook('another-secret-0123456789', { signature, timestamp: ts }, body), 'another secret is refused');
    assert.ok(!verifyWebhook(SECRET, { signature, timestamp: String(Number(ts) + 1) }, body), 'a changed timestamp is refused');
    assert.ok(!verifyWebhook(SECRET, { signature, timestamp: ts }, body, { now: (Number(ts) + 301) * 1000 }), 'a replay after 5 minutes is refused');
    const old = Number(ts) - 3600;
    assert.ok(!verifyWebhook(SECRET, { signature: signWebhook(SECRET, old, body), timestamp: String(old) }, body), 'an old delivery is refused');
    assert.deepEqual(logs, []);
    await notify.close();
  });

  test('an error answer, a silent receiver and a closed port are logged once, not thrown, not retried', async () => {
    const failing = await receiver((_, res) => { res.statusCode = 500; res.end('boom'); });
    const silent = await receiver(() => { /* never answers */ });
    const closed = await receiver();
    const closedUrl = closed.url;
    const logs: string[] = [];
    const cases = [failing.url, silent.url, closedUrl];
    // Nothing listens there any more.
    await closers.pop()!();
    for (const url of cases) {
      const notify = createNotifier({ webhook: { url, secret: SECRET }, timeoutMs: 300, log: (m) => logs.push(m) });
      await notify(note({ id: `c-${cases.indexOf(url)}` }));
      await notify.close();
    }
    assert.equal(failing.got.length, 1, 'one attempt');
    assert.equal(silent.got.length, 1, 'one attempt');
    assert.equal(logs.length, 3, logs.join('\n'));
    assert.match(logs[0]!, /answered 500 to comment\.created c-0; not retried/);
    assert.match(logs[1]!, /no answer within 300 ms/);
    assert.match(logs[2]!, /failed for comment\.created c-2/);
    for (const l of logs) assert.ok(!l.includes(SECRET));
  });

  test('a burst while the receiver hangs keeps four deliveries in flight and at most 100 waiting', async () => {
    const held: ServerResponse[] = [];
    const r = await receiver((_, res) => held.push(res));
    const logs: string[] = [];
    const notify = createNotifier({ webhook: { url: r.url, secret: SECRET }, log: (m) => logs.push(m) });
    const all = Array.from({ length: 150 }, (_, i) => notify(note({ id: `b${i}` })));
    while (held.length < 4) await new Promise((res) => setTimeout(res, 10));
    await new Promise((res) => setTimeout(res, 100));
    assert.equal(held.length, 4, 'only four at once');
    assert.equal(logs.length, 46, 'what does not fit is dropped with a log line');
    const release = setInterval(() => { for (const res of held.splice(0)) res.end('ok'); }, 5);
    await Promise.all(all);
    clearInterval(release);
    assert.equal(r.got.length, 104);
    await notify.close();
  });
});

/** Decodes a quoted-printable part, as a mail client would. */
const unQP = (s: string) => Buffer.from(
  s.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
  'latin1',
).toString('utf8');

async function smtpSink(opts: { reject?: boolean } = {}) {
  const mails: { from: string; to: string[]; raw: string; user?: string }[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === 'owner' && auth.password === 'p@ss word') cb(null, { user: 'owner' });
      else cb(new Error('bad credentials'));
    },
    onRcptTo(address, _session, cb) {
      cb(opts.reject ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined);
      void address;
    },
    onData(stream, session, cb) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (d: string) => { raw += d; });
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          user: session.user as string | undefined,
        });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => server.close(() => r(undefined))));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://owner:${encodeURIComponent('p@ss word')}@127.0.0.1:${port}`, port, mails };
}

describe('e-mail', () => {
  test('a plain-text message to the owner with the comment, its status and the page', async () => {
    const sink = await smtpSink();
    const logs: string[] = [];
    const notify = createNotifier({
      mail: { smtpUrl: sink.url, from: 'smm@blog.example', to: 'owner@blog.example, editor@blog.example' },
      log: (m) => logs.push(m),
    });
    await notify(note({ adminUrl: 'https://blog.example/smm/admin' }));
    await notify(note({ id: 'c2', status: 'published', type: 'testimonial.created', author: { name: 'Evil\r\nBcc: victim@x.example' } }));
    await notify.close();
    assert.deepEqual(logs, []);
    assert.equal(sink.mails.length, 2);
    const [first, second] = sink.mails as [typeof sink.mails[0], typeof sink.mails[0]];
    assert.equal(first.user, 'owner', 'authenticated with the URL\'s credentials');
    assert.equal(first.from, 'smm@blog.example');
    assert.deepEqual(first.to, ['owner@blog.example', 'editor@blog.example']);
    const [head, ...rest] = first.raw.split('\r\n\r\n');
    assert.match(head!, /^Content-Type: text\/plain; charset=utf-8$/m);
    assert.doesNotMatch(first.raw, /text\/html/i, 'no HTML part at all');
    assert.match(head!, /^Subject: To approve: new comment by Marta <b>Rossi<\/b> on\s+https:\/\/blog\.example\/post$/m);
    const text = /quoted-printable/i.test(head!) ? unQP(rest.join('\r\n\r\n')) : rest.join('\r\n\r\n');
    assert.ok(text.includes('Perché no?\r\n\r\n<script>alert(1)</script> & **bold** "quoted"'), text);
    assert.ok(text.includes('Status: pending. It waits for your approval.'));
    assert.ok(text.includes('https://blog.example/post'));
    assert.ok(text.includes('Website: https://marta.example/'));
    assert.ok(text.includes('Moderate: https://blog.example/smm/admin'));
    // A name with a line break cannot add a header.
    assert.equal(second.to.length, 2);
    assert.doesNotMatch(second.raw, /^Bcc:/im);
    assert.match(second.raw, /^Subject: new testimonial by Evil Bcc: victim@x\.example on/m);
  });

  test('a refusing server or a wrong password is logged, not thrown', async () => {
    const refusing = await smtpSink({ reject: true });
    const logs: string[] = [];
    const a = createNotifier({ mail: { smtpUrl: refusing.url, from: 'smm@blog.example', to: 'owner@blog.example' }, log: (m) => logs.push(m) });
    await a(note());
    await a.close();
    const wrong = createNotifier({
      mail: { smtpUrl: `smtp://owner:nope@127.0.0.1:${refusing.port}`, from: 'smm@blog.example', to: 'owner@blog.example' },
      log: (m) => logs.push(m),
    });
    await wrong(note({ id: 'c9' }));
    await wrong.close();
    assert.equal(refusing.mails.length, 0);
    assert.equal(logs.length, 2, logs.join('\n'));
    assert.match(logs[0]!, /e-mail notification for comment\.created c1 failed: .*550/);
    assert.match(logs[1]!, /c9 failed: .*(auth|credentials)/i);
    for (const l of logs) assert.ok(!l.includes('p@ss'));
  });
});

test('both channels at once, and settings checked up front', async () => {
  const r = await receiver();
  const sink = await smtpSink();
  const notify = createNotifier({
    webhook: { url: r.url, secret: SECRET },
    mail: { smtpUrl: sink.url, from: 'smm@blog.example', to: 'owner@blog.example' },
  });
  await notify(note());
  await notify.close();
  assert.equal(r.got.length, 1);
  assert.equal(sink.mails.length, 1);
  await createNotifier({})(note());
  assert.throws(() => createNotifier({ webhook: { url: 'ftp://x.example', secret: SECRET } }), /absolute http\(s\) URL/);
  assert.throws(() => createNotifier({ webhook: { url: r.url, secret: 'short' } }), /at least 16 characters/);
  assert.throws(() => createNotifier({ mail: { smtpUrl: 'http://x', from: 'a@b.c', to: 'd@e.f' } }), /smtp:\/\//);
  assert.throws(() => createNotifier({ mail: { smtpUrl: sink.url, from: 'nobody', to: 'd@e.f' } }), /sender/);
  assert.throws(() => createNotifier({ mail: { smtpUrl: sink.url, from: 'a@b.c', to: 'd@e.f, nope' } }), /comma-separated/);
});

test('the comment wall calls the notifier for new comments, published or held, with why they wait', async () => {
  const r = await receiver();
  const sink = await smtpSink();
  const notify = createNotifier({
    webhook: { url: r.url, secret: SECRET },
    mail: { smtpUrl: sink.url, from: 'smm@blog.example', to: 'owner@blog.example' },
  });
  const h = await harness(adapters[0]!, { comments: { moderation: 'first', notify } });
  const held = await h.post({ name: 'Nuovo <i>lettore</i>', body: 'Primo commento\n\n<script>alert(1)</script>' });
  assert.equal(held.status, 202);
  const mod = await h.adminPost({ body: 'Grazie!', parent: held.body.comment.id });
  assert.equal(mod.status, 404, 'a reply to a held comment is refused, so nothing to notify');
  const published = await h.adminPost({ body: 'Benvenuti' });
  assert.equal(published.status, 201);
  // Deliveries start after the answer; wait for them.
  for (let i = 0; i < 100 && (r.got.length < 2 || sink.mails.length < 2); i++) await new Promise((res) => setTimeout(res, 20));
  await notify.close();
  assert.equal(r.got.length, 2);
  // Deliveries run side by side: find each by its status.
  const got = r.got.map((g) => JSON.parse(g.body) as Notification & { reason?: string });
  const first = got.find((n) => n.status === 'pending');
  const second = got.find((n) => n.status === 'published');
  assert.deepEqual(
    { type: first!.type, id: first!.id, status: first!.status, page: first!.page, author: first!.author, body: first!.body, reason: first!.reason },
    { type: 'comment.created', id: held.body.comment.id, status: 'pending', page: THREAD, author: { name: 'Nuovo <i>lettore</i>' },
      body: 'Primo commento\n\n<script>alert(1)</script>', reason: 'first' },
  );
  assert.equal(second!.status, 'published');
  assert.deepEqual(second!.author, { name: 'Mod', badge: 'moderator' });
  for (const g of r.got) {
    assert.ok(verifyWebhook(SECRET, { signature: String(g.headers['x-smm-signature']), timestamp: String(g.headers['x-smm-timestamp']) }, g.body));
  }
  assert.equal(sink.mails.length, 2);
  const toApprove = sink.mails.find((m) => /^Subject: To approve: new comment by Nuovo <i>lettore<\/i> on/m.test(m.raw));
  assert.ok(toApprove);
  assert.match(unQP(toApprove.raw), /Status: pending\. It waits for your approval\. It is the first comment of this author\./);
});
