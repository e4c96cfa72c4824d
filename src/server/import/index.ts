// Imports a whole export into a store: the format's parser yields records as the file streams in,
// they go to the store in batches (one transaction each), and the next chunk of the file is read
// only when the batch is stored. Importing the same file twice inserts nothing the second time:
// the store knows every comment by its origin (Disqus post id, WordPress site and comment id, or
// the id of our own export).
import { parseDisqus } from './disqus.js';
import { parseJson, type ExportedExtra, type ImportedSecret } from './json.js';
import type { Input, SkipHandler } from './source.js';
import type { ImportedComment } from './types.js';
import { parseWxr } from './wxr.js';

export { htmlToText, cleanText } from './html-text.js';
export { exportJson, parseJson, EXPORT_FORMAT, EXPORT_VERSION, type ExportedComment, type ExportedExtra, type ImportedSecret } from './json.js';
export { parseDisqus } from './disqus.js';
export { parseWxr } from './wxr.js';
export type { Input, ParseOptions, SkipHandler } from './source.js';
export type { ImportedComment } from './types.js';

export const IMPORT_FORMATS = ['disqus', 'wxr', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const PARSERS = { disqus: parseDisqus, wxr: parseWxr, json: parseJson };

/** The part of a store an import needs. */
export interface ImportTarget {
  importComments(rows: readonly ImportedComment[]): Promise<{ inserted: number; skipped: number }>;
  /** Thread settings, bans and likes of our JSON export (version 2). */
  importExtras(rows: readonly ExportedExtra[]): Promise<{ inserted: number; skipped: number }>;
  /** The server secret of an export made with it; false when the database keeps its own. */
  adoptSecret(value: string): Promise<boolean>;
}

export interface ImportProgress {
  /** Comments read from the file and handed to the store so far. */
  read: number;
  inserted: number;
  /** Already in the database (an earlier import of the same comments). */
  existing: number;
  /** Records of the file that are not importable (see `reasons`). */
  invalid: number;
  /** Thread settings, bans and likes stored (our JSON export, version 2); 0 for other formats. */
  extras: number;
}

export interface ImportSummary extends ImportProgress {
  /** Why records were not importable, with how many each. */
  reasons: Map<string, number>;
  /** The file carried the server secret: `adopted` it, or `kept` the database's own (data hashed with it was there). */
  secret?: 'adopted' | 'kept';
}


export interface ImportOptions {
  /** Comments per transaction (default 500). */
  batchSize?: number;
  /** Called after each batch is stored. */
  onProgress?: (p: ImportProgress) => void;
  /** Called for each record that is not importable. */
  onSkip?: SkipHandler;
}

/**
 * Parses `input` as `format` and stores its comments.
 * @example await importFile(store, 'disqus', createReadStream('disqus-export.xml'))
 */
export async function importFile(
  store: ImportTarget, format: ImportFormat, input: Input, opts: ImportOptions = {},
): Promise<ImportSummary> {
  const parse = PARSERS[format];
  if (!parse) throw new Error(`smm-kit: unknown import format "${format}"; formats are ${IMPORT_FORMATS.join(', ')}`);
  const { batchSize = 500, onProgress } = opts;
  const summary: ImportSummary = { read: 0, inserted: 0, existing: 0, invalid: 0, extras: 0, reasons: new Map() };
  const onSkip: SkipHandler = (reason, id) => {
    summary.invalid++;
    summary.reasons.set(reason, (summary.reasons.get(reason) ?? 0) + 1);
    opts.onSkip?.(reason, id);
  };
  let batch: ImportedComment[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    const r = await store.importComments(rows);
    summary.read += rows.length;
    summary.inserted += r.inserted;
    summary.existing += r.skipped;
    onProgress?.({ read: summary.read, inserted: summary.inserted, existing: summary.existing, invalid: summary.invalid, extras: summary.extras });
  };
  let extras: ExportedExtra[] = [];
  const flushExtras = async () => {
    // Likes name comments: the comments read so far are stored first.
    await flush();
    if (!extras.length) return;
    const rows = extras;
    extras = [];
    summary.extras += (await store.importExtras(rows)).inserted;
  };
  for await (const record of parse(input, { onSkip }) as AsyncIterable<ImportedComment | ExportedExtra | ImportedSecret>) {
    if ('kind' in record && record.kind === 'secret') {
      summary.secret = (await store.adoptSecret(record.value)) ? 'adopted' : 'kept';
      continue;
    }
    if ('kind' in record) {
      extras.push(record);
      if (extras.length >= batchSize) await flushExtras();
      continue;
    }
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }
  await flushExtras();
  return summary;
}
