// Testimonials from a CSV file, as testimonial services export them (Senja, Testimonial.to,
// Famewall and spreadsheets kept by hand): one row per testimonial, a header row naming the
// columns. Column names are matched loosely (case, spaces, punctuation, common synonyms), so an
// export imports without editing. Streamed: rows are parsed and stored a batch at a time.
import { parse } from 'csv-parse';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { cleanText, EMAIL_PATTERN } from '../comments/validate.js';
import { emailKey, keyedHash, newId } from '../store/guard.js';
import type { NewTestimonial, TestimonialStatus } from '../store/testimonial-types.js';
import type { Store } from '../store/types.js';
import { TESTIMONIAL_LIMITS } from '../testimonials/validate.js';

/** Our field ← the header names that mean it (after lower-casing and dropping non-letters). */
const COLUMNS: Record<string, readonly string[]> = {
  id: ['id', 'testimonialid', 'uuid'],
  name: ['name', 'fullname', 'author', 'authorname', 'customer', 'customername', 'reviewer', 'reviewername', 'customer_name'],
  email: ['email', 'emailaddress', 'authoremail', 'customeremail', 'mail'],
  text: ['text', 'testimonial', 'testimonialtext', 'content', 'review', 'reviewtext', 'message', 'body', 'quote', 'comment', 'feedback'],
  rating: ['rating', 'stars', 'score', 'starrating'],
  date: ['date', 'createdat', 'created', 'submittedat', 'submitted', 'datecreated', 'timestamp', 'reviewdate'],
  role: ['role', 'title', 'jobtitle', 'position', 'authortitle', 'tagline'],
  company: ['company', 'companyname', 'organization', 'organisation', 'business'],
  tags: ['tags', 'tag', 'labels'],
  featured: ['featured', 'favorite', 'favourite', 'liked', 'starred'],
};
const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface CsvImportOptions {
  wall: string;
  /** Status of what is imported: published (default: it was approved where it came from) or pending. */
  status?: TestimonialStatus;
  /** Rows stored per transaction. */
  batch?: number;
  onProgress?: (done: { inserted: number; skipped: number; rows: number }) => void;
}

export class CsvImportError extends Error {}

/** Maps a header row to our fields; throws when neither a name nor a text column is found. */
export function mapHeader(header: readonly string[]): Record<string, number> {
  const at: Record<string, number> = {};
  header.forEach((h, i) => {
    const n = norm(h);
    for (const [field, names] of Object.entries(COLUMNS)) if (at[field] === undefined && names.includes(n)) at[field] = i;
  });
  for (const need of ['name', 'text']) {
    if (at[need] === undefined) {
      throw new CsvImportError(`no ${need} column in the CSV header (${header.join(', ')}); name one of: ${COLUMNS[need]!.join(', ')}`);
    }
  }
  return at;
}

const RATING = /^\s*([1-5])(?:[.,]0+)?\s*(?:\/\s*5|stars?|★+)?\s*$/i;
const truthy = /^(1|true|yes|y|x|✓|sì|si)$/i;

/**
 * One CSV row → a testimonial, or the reason it cannot be one. Every text is cleaned like a
 * submission (NFC, control and bidi characters removed) and held to the same limits.
 */
export function csvRow(cells: readonly string[], at: Record<string, number>, o: { wall: string; status: TestimonialStatus; secret: string; line: number }):
  { ok: true; row: NewTestimonial } | { ok: false; why: string } {
  const get = (f: string) => (at[f] === undefined ? '' : (cells[at[f]!] ?? ''));
  const name = cleanText(get('name'), true);
  const text = cleanText(get('text'));
  if (!name) return { ok: false, why: 'no name' };
  if (!text) return { ok: false, why: 'no text' };
  if ([...name].length > TESTIMONIAL_LIMITS.name) return { ok: false, why: `name longer than ${TESTIMONIAL_LIMITS.name} characters` };
  if ([...text].length > TESTIMONIAL_LIMITS.text) return { ok: false, why: `text longer than ${TESTIMONIAL_LIMITS.text} characters` };
  const rawRating = get('rating').trim();
  const m = RATING.exec(rawRating);
  if (rawRating && !m) return { ok: false, why: `rating "${rawRating}" is not 1 to 5` };
  const rawDate = get('date').trim();
  const when = rawDate ? Date.parse(/^\d+$/.test(rawDate) ? new Date(Number(rawDate) * (rawDate.length <= 10 ? 1000 : 1)).toISOString() : rawDate) : NaN;
  if (rawDate && Number.isNaN(when)) return { ok: false, why: `date "${rawDate}" is not a date` };
  const emailRaw = get('email').trim();
  const email = emailRaw && new RegExp(EMAIL_PATTERN).test(emailRaw) ? emailKey(emailRaw) : null;
  const line = (f: string, max: number) => {
    const s = cleanText(get(f), true);
    return s ? [...s].slice(0, max).join('') : null;
  };
  const tags = get('tags').split(/[,;|]/).map((t) => t.trim().toLowerCase()).filter((t) => /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,39}$/u.test(t)).slice(0, TESTIMONIAL_LIMITS.tags);
  const createdAt = Number.isNaN(when) ? Date.now() : when;
  // Idempotent: the source's own id when it has one, else what the row says.
  const sourceId = get('id').trim() || createHash('sha256').update(JSON.stringify([name, text, rawDate])).digest('base64url').slice(0, 32);
  return {
    ok: true,
    row: {
      id: newId(), wall: o.wall, status: o.status, name, email, emailHash: email ? keyedHash(o.secret, 'email', email) : null,
      role: line('role', TESTIMONIAL_LIMITS.role), company: line('company', TESTIMONIAL_LIMITS.company),
      rating: m ? Number(m[1]) : null, body: text, consentText: null, consentAt: null, ipHash: null, createdAt,
      featured: truthy.test(get('featured').trim()), tags, source: 'csv', sourceId: `${o.wall}:${sourceId}`,
    },
  };
}

/** Reads a CSV stream into the store; returns what happened, with the rows refused and why. */
export async function importTestimonialsCsv(store: Store, input: Readable, o: CsvImportOptions) {
  const secret = await store.serverSecret();
  const status = o.status ?? 'published';
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false }));
  let at: Record<string, number> | undefined;
  let batch: NewTestimonial[] = [];
  const done = { inserted: 0, skipped: 0, rows: 0 };
  const refused: { line: number; why: string }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const r = await store.importTestimonials(batch);
    done.inserted += r.inserted;
    done.skipped += r.skipped;
    batch = [];
    o.onProgress?.(done);
  };
  for await (const cells of parser as AsyncIterable<string[]>) {
    if (!at) {
      at = mapHeader(cells);
      continue;
    }
    done.rows++;
    const r = csvRow(cells, at, { wall: o.wall, status, secret, line: done.rows + 1 });
    if (!r.ok) refused.push({ line: done.rows + 1, why: r.why });
    else batch.push(r.row);
    if (batch.length >= (o.batch ?? 500)) await flush();
  }
  if (!at) throw new CsvImportError('the CSV file is empty: it needs a header row and one row per testimonial');
  await flush();
  return { ...done, refused };
}
