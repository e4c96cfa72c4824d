// `smm-kit import-testimonials`: a testimonial service's CSV export into a wall, so a site can leave
// the service without losing its quotes. Rows that cannot be testimonials are listed with the
// reason; importing the same file again adds only what is new.
import { createReadStream, existsSync } from 'node:fs';
import { UsageError } from './cli-data.js';
import { CsvImportError, importTestimonialsCsv } from './import/testimonials-csv.js';
import { describeStore, openStore } from './store/index.js';
import { WALL_PATTERN } from './testimonials/validate.js';

export const TESTIMONIAL_FLAGS = {
  wall: { type: 'string' },
  pending: { type: 'boolean' },
} as const;

export const TESTIMONIAL_HELP = `
Testimonials in:
  smm-kit import-testimonials --wall main <file.csv> [--pending] [--db …]
                         import a CSV export (Senja, Testimonial.to, Famewall or a
                         spreadsheet): a header row naming name, text (or
                         testimonial, review…), and optionally email, rating, date,
                         role, company, tags, featured; - reads stdin. Imported
                         testimonials are published unless --pending.
`;

const int = (n: number) => n.toLocaleString('en-US');

export async function importTestimonialsCommand(db: string, f: { wall?: string; pending?: boolean }, file: string | undefined): Promise<void> {
  const wall = f.wall ?? 'main';
  if (!new RegExp(WALL_PATTERN).test(wall)) throw new UsageError(`--wall must be a wall name (a-z, 0-9, _ and -), got "${wall}"`);
  if (!file) throw new UsageError('import-testimonials needs the CSV file to read, e.g. smm-kit import-testimonials --wall main export.csv (- for stdin)');
  if (file !== '-' && !existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const store = await openStore(db);
  try {
    const r = await importTestimonialsCsv(store, file === '-' ? process.stdin : createReadStream(file), {
      wall, status: f.pending ? 'pending' : 'published',
    });
    for (const x of r.refused.slice(0, 20)) process.stderr.write(`smm-kit: row ${x.line} (header = row 1) left out: ${x.why}\n`);
    if (r.refused.length > 20) process.stderr.write(`smm-kit: … and ${r.refused.length - 20} more rows left out\n`);
    process.stderr.write(`smm-kit: ${int(r.rows)} rows read, ${int(r.inserted)} testimonials new on wall "${wall}", ` +
      `${int(r.skipped)} already there, ${int(r.refused.length)} left out; ${describeStore(db)}\n`);
  } catch (err) {
    if (err instanceof CsvImportError) throw new UsageError(err.message);
    if ((err as { code?: string }).code?.startsWith('CSV_')) throw new UsageError(`the CSV file cannot be read: ${(err as Error).message}`);
    throw err;
  } finally {
    await store.close();
  }
}
