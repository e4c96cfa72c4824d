// Reading an export as a stream: bytes (or strings) in, parser events out, a chunk at a time, so
// the file is never held whole. Parsers are async generators: the importer pulls records only as
// fast as the database takes them, and a chunk's worth of records is the most ever waiting.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** A file's content: a Node stream, a web stream's async iterator, or chunks in an array. */
export type Input = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** Why a record of the file was not imported; the CLI sums them up for the owner. */
export type SkipHandler = (reason: string, id?: string) => void;

export interface ParseOptions {
  onSkip?: SkipHandler;
}

/** Decodes UTF-8 across chunk boundaries. */
export async function* text(input: Input): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (s) yield s;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export interface XmlHandlers {
  open(tag: SaxesTagPlain, depth: number): void;
  close(name: string, depth: number): void;
  text(t: string): void;
}

/**
 * Feeds the input to a non-validating XML parser (no DTD, no external entities, so no entity
 * expansion attacks) and yields what the handlers put in `out` after each chunk.
 */
export async function* xml<T>(input: Input, what: string, out: T[], h: XmlHandlers): AsyncGenerator<T> {
  const parser = new SaxesParser<{ xmlns: false; fileName: string }>({ xmlns: false, fileName: what });
  let depth = 0;
  parser.on('opentag', (tag) => h.open(tag, ++depth));
  parser.on('closetag', (tag) => h.close(tag.name, depth--));
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  const feed = (chunk: string | null) => {
    try {
      if (chunk === null) parser.close();
      else parser.write(chunk);
    } catch (err) {
      throw new Error(`smm-kit: ${what} is not well-formed XML: ${(err as Error).message}`, { cause: err });
    }
  };
  let started = false;
  for await (const chunk of text(input)) {
    // A byte-order mark is not XML; exports saved by some editors start with one.
    feed(started ? chunk : chunk.replace(/^\uFEFF/, ''));
    started = true;
    if (out.length) yield* out.splice(0);
  }
  feed(null);
  if (out.length) yield* out.splice(0);
}

/** An attribute by local name, whatever its namespace prefix (`dsq:id` → `id`). */
export function attr(tag: SaxesTagPlain, local: string): string | undefined {
  for (const [k, v] of Object.entries(tag.attributes)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}
