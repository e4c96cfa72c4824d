// `npm start`: build, then serve the demo blog with the smm-kit endpoint on one origin.
//   PORT=9000 npm start      another port
//   npm start -- --no-build  reuse dist/
import { run } from './run.mjs';
import { startDemo } from './demo-server.mjs';

if (!process.argv.includes('--no-build')) await run('node', ['scripts/build.mjs']);
const port = Number(process.env.PORT ?? 8787);
const adminToken = process.env.SMM_ADMIN_TOKEN || undefined;
const demo = await startDemo({ port, host: process.env.HOST ?? '127.0.0.1', adminToken });
const url = demo.url.replace('127.0.0.1', 'localhost');
console.log(`\nsmm-kit demo: ${url}/  (English: ${url}/en/)`);
console.log(`endpoint:     ${url}/v1/counts?url=${encodeURIComponent(`${url}/`)}  ·  data in .data/demo.db`);
if (!adminToken) console.log('stats:        set SMM_ADMIN_TOKEN (16+ characters) to open /v1/stats');
console.log('Ctrl+C stops.');
const stop = async () => {
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
