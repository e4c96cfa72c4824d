// A testimonial service's CSV export into a wall: quotes, commas and newlines inside fields, a
// byte-order mark, loose column names, bad rows left out with their line and reason, and a second
// import that adds nothing. On each real store, and once through the CLI as an owner runs it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/server/index.js';
import { importTestimonialsCsv } from '../../src/server/import/testimonials-csv.js';
import { adapters, freshStore } from './helpers.js';

const CSV = '\uFEFF' + [
  'Full Name,Email Address,Testimonial,Rating,Created At,Job Title,Company,Tags,Featured',
  '"Rossi, Giulia",giulia@example.org,"Il pane è ""buonissimo"", davvero.',
  '',
  'Torno ogni sabato.",5,2024-05-01T09:30:00Z,Chef,"Trattoria ""Da Gino""","pane, dolci",yes',
  'Marco Bianchi,,Ottimi cornetti,4 / 5,2024-06-02,,,,',
  ',nobody@example.org,No name here,3,2024-06-03,,,,',
  'Anna,anna@example.org,Stars out of range,7,2024-06-04,,,,',
  'Luca,,Senza voto,,not a date,,,,',
  'Sara,sara@example.org,"Multi',
  'line, with comma",3.0,1717200000,Owner,Forno Sara,,0',
].join('\r\n') + '\r\n';

const read = (s: string) => Readable.from([Buffer.from(s, 'utf8')]);

for (const adapter of adapters) {
  describe(`testimonials CSV import (${adapter.name})`, { skip: adapter.skip }, () => {
    test('quotes, commas, newlines and a BOM; bad rows left out with a reason; a second import adds nothing', async () => {
      const { store } = await freshStore(adapter);
      const r = await importTestimonialsCsv(store, read(CSV), { wall: 'main' });
      assert.deepEqual([r.rows, r.inserted, r.skipped], [6, 3, 0]);
      assert.deepEqual(r.refused.map((x) => x.why), ['no name', 'rating "7" is not 1 to 5', 'date "not a date" is not a date']);
      const page = await store.testimonialPage({ wall: 'main', limit: 10 });
      assert.deepEqual(page.summary, { count: 3, average: 4, distribution: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 } });
      const giulia = page.rows[0]!;
      assert.equal(giulia.featured, true, 'featured first');
      assert.deepEqual([giulia.name, giulia.body, giulia.role, giulia.company, giulia.tags, giulia.rating],
        ['Rossi, Giulia', 'Il pane è "buonissimo", davvero.\n\nTorno ogni sabato.', 'Chef', 'Trattoria "Da Gino"', ['pane', 'dolci'], 5]);
      assert.equal(giulia.createdAt, Date.parse('2024-05-01T09:30:00Z'));
      assert.equal(giulia.email, 'giulia@example.org');
      const sara = page.rows.find((t) => t.name === 'Sara')!;
      assert.deepEqual([sara.body, sara.rating, sara.createdAt], ['Multi\nline, with comma', 3, 1717200000 * 1000]);
      const again = await importTestimonialsCsv(store, read(CSV), { wall: 'main' });
      assert.deepEqual([again.inserted, again.skipped], [0, 3]);
      const pending = await importTestimonialsCsv(store, read(CSV), { wall: 'other', status: 'pending' });
      assert.equal(pending.inserted, 3, 'another wall is another import');
      assert.equal((await store.testimonialPage({ wall: 'other', limit: 10 })).summary.count, 0);
    });

    test('a CSV without a name or text column is refused with the columns it has', async () => {
      const { store } = await freshStore(adapter);
      await assert.rejects(importTestimonialsCsv(store, read('who,what\na,b\n'), { wall: 'main' }), /no name column in the CSV header \(who, what\)/);
      await assert.rejects(importTestimonialsCsv(store, read(''), { wall: 'main' }), /empty/);
    });
  });
}

describe('smm-kit import-testimonials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smm-csv-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const CLI = fileURLToPath(new URL('../../src/server/cli.ts', import.meta.url));
  const run = (args: string[]) => new Promise<{ code: number | null; err: string }>((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SMM_')));
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, err }));
  });

  test('imports a file into a wall, says what it did, and refuses mistakes with exit code 2', async () => {
    const file = join(dir, 'senja.csv');
    const db = join(dir, 'smm.db');
    writeFileSync(file, CSV);
    const ok = await run(['import-testimonials', '--wall', 'main', '--db', db, file]);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.err, /row 4 \(header = row 1\) left out: no name/);
    assert.match(ok.err, /6 rows read, 3 testimonials new on wall "main", 0 already there, 3 left out/);
    const store = await openStore(db);
    assert.equal((await store.testimonialPage({ wall: 'main', limit: 10 })).summary.count, 3);
    await store.close();
    const bad = await run(['import-testimonials', '--wall', 'Main Wall', '--db', db, file]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--wall must be a wall name/);
    const missing = await run(['import-testimonials', '--db', db, join(dir, 'nope.csv')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no such file/);
  });
});
