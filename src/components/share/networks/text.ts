// Pure helpers shared by the network modules: grapheme-aware shortening and query building.
// No DOM, nothing runs at import time, so a bundle with one network carries only this file.
import type { ShareData } from './types.js';

/** How much one grapheme counts against a network's limit (1 by default). */
export type Weight = (grapheme: string) => number;

const one: Weight = () => 1;

// Code points that may join a neighbour into one grapheme: marks and other extenders, joiners,
// spacing and prepended signs, Hangul jamo, and everything outside the BMP (emoji, modifiers,
// flags, tags). Text without any is one grapheme per code point and needs no segmenter, which
// matters: the first Intl.Segmenter costs 15-75 ms on a slow phone, right while the bar renders.
// eslint-disable-next-line no-misleading-character-class -- lists the joiners themselves, one code point each
const JOINING = /[\p{M}\u200c\u200d\r\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uff9e\uff9f\u{10000}-\u{10ffff}]/u;

/** Grapheme clusters of `s`; code points where `Intl.Segmenter` is missing (Firefox < 125). */
export function graphemes(s: string): string[] {
  return JOINING.test(s) && typeof Intl.Segmenter == 'function'
    ? Array.from(new Intl.Segmenter().segment(s), (x) => x.segment)
    : Array.from(s);
}

/** Weighted length of `s`: its grapheme count unless a weight says otherwise. */
export function size(s: string, weight: Weight = one): number {
  return graphemes(s).reduce((n, g) => n + weight(g), 0);
}

/**
 * `text` unchanged when it weighs ≤ `max`; otherwise cut between graphemes (never inside an emoji
 * or before a combining mark) so that the result, ellipsis included, weighs ≤ `max`.
 */
export function fit(text: string, max: number, weight: Weight = one): string {
  if (size(text, weight) <= max) return text;
  let out = '';
  let used = weight('…');
  if (used > max) return '';
  for (const g of graphemes(text)) {
    if ((used += weight(g)) > max) break;
    out += g;
  }
  return `${out.trimEnd()}…`;
}

/**
 * `head tail` weighing ≤ `max` (no limit by default), where only `head` (the title) is shortened
 * and `tail` (URL, hashtags) is kept whole; `tailSize` lets a network count a URL its own way.
 */
export function compose(head: string, tail: string, max = Infinity, tailSize = size(tail)): string {
  const room = tail ? max - tailSize - 1 : max;
  return [room > 0 ? fit(head, room) : '', tail].filter(Boolean).join(' ');
}

/** Hashtags cleaned for use in text or a tag field: no leading '#', no spaces, none empty. */
export function tags(data: ShareData): string[] {
  return data.hashtags.map((t) => t.replace(/^#+|\s+/g, '')).filter(Boolean);
}

/** What a one-line share says: the title, or the description when there is no title. */
export const headline = (data: ShareData): string => data.title || data.text;

/** `base?k=v&…` with each value percent-encoded (spaces as %20); empty values are left out. */
export function query(base: string, params: Record<string, string | undefined>): string {
  const q = Object.entries(params)
    .filter((e): e is [string, string] => !!e[1])
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return q ? `${base}?${q}` : base;
}
