// A 100 MB Disqus export streams through the parser with the heap staying bounded: what is held
// is the threads' page keys and one chunk's worth of posts, never the file or the posts read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseDisqus } from '../../src/server/import/index.js';
import { bigDisqus } from './big-export.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('a 100 MB Disqus export parses in bounded memory', async () => {
  const MB = 1024 * 1024;
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let retainedPeak = 0;
  let n = 0;
  let bytes = 0;
  const started = performance.now();
  async function* counted() {
    for (const c of bigDisqus(100 * MB)) {
      bytes += Buffer.byteLength(c);
      yield c;
    }
  }
  for await (const r of parseDisqus(counted())) {
    n++;
    assert.ok(r.body.startsWith('Comment number'));
    if (n % 5000 === 0) {
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      if (n % 50_000 === 0) {
        gc();
        retainedPeak = Math.max(retainedPeak, process.memoryUsage().heapUsed - base);
      }
    }
  }
  const sec = (performance.now() - started) / 1000;
  console.log(`# ${(bytes / MB).toFixed(0)} MB, ${n} posts in ${sec.toFixed(1)} s (${Math.round(n / sec)} posts/s); ` +
    `heap above start: peak ${(peak / MB).toFixed(1)} MB, after gc at most ${(retainedPeak / MB).toFixed(1)} MB`);
  assert.ok(bytes >= 100 * MB - 70_000, `${bytes} bytes`);
  assert.ok(n > 150_000, `${n} posts`);
  // What stays after a collection is the bound that matters; the peak between collections is
  // mostly young garbage and depends on when V8 collects, so its bound only catches a file held
  // whole (100 MB at least).
  assert.ok(retainedPeak < 16 * MB, `retained ${(retainedPeak / MB).toFixed(1)} MB`);
  assert.ok(peak < 96 * MB, `peak ${(peak / MB).toFixed(1)} MB`);
});
