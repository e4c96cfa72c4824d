// Runs Waline's server (@waline/vercel) on its SQLite storage, on loopback only, in one process:
//   node serve.mjs <dir-with-waline.sqlite> [port]
// The environment variables are the ones Waline's docs give for SQLite; the request handler is
// the package's own entry (the one its Vercel deployment uses), served by node:http.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const [dir, port = '0'] = process.argv.slice(2);
if (!dir) throw new Error('usage: node serve.mjs <directory holding waline.sqlite> [port]');

// Waline's server asks OAUTH_URL (https://oauth.lithub.cc by default) for its list of sign-in
// services on every request, before answering. There is no network here: a loopback stub answers
// with no services, which also keeps that round trip out of Waline's measured latency.
const oauth = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"services":[]}');
});
oauth.listen(0, '127.0.0.1', start);

function start() {
Object.assign(process.env, {
  OAUTH_URL: `http://127.0.0.1:${oauth.address().port}/`,
  SQLITE_PATH: dir,
  SQLITE_DB: 'waline',
  JWT_TOKEN: process.env.JWT_TOKEN || randomBytes(24).toString('hex'),
  // Waline allows one comment per IP per 60 s by default; the bench posts nothing, but keep
  // the writes (if any) from failing when run by hand.
  IPQPS: '0',
});
// The package is CommonJS and resolves from this folder's own node_modules.
const handler = createRequire(import.meta.url)('@waline/vercel')({ env: 'production' });
const server = createServer((req, res) => handler(req, res));
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`waline serving http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => process.exit(0));
}
