// Dates as readers see them: "3 hours ago" in their language, with the exact moment in a
// <time datetime> element (and its tooltip) for machines and for the curious.
import { h } from './dom.js';
import { intl } from './intl.js';

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60], ['minute', 60], ['hour', 24], ['day', 7], ['week', 4.35], ['month', 12], ['year', Infinity],
];

/** `date` relative to `now` in language `lang`: "now", "5 minutes ago", "yesterday", "2 years ago". */
export function relativeTime(lang: string, date: Date, now = Date.now()): string {
  let n = (date.getTime() - now) / 1000;
  // Clocks differ by a little: a moment "in 3 seconds" is now.
  if (Math.abs(n) < 45) n = 0;
  let i = 0;
  for (; Math.abs(n) >= STEPS[i][1]; i++) n /= STEPS[i][1];
  return intl(`relative ${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })).format(Math.trunc(n), STEPS[i][0]);
}

/** `date` in full in language `lang`: "6 Dec 2026, 14:05". */
export const absoluteTime = (lang: string, date: Date): string =>
  intl(`date ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(date);

/** A `<time>` with the relative text, the machine-readable moment and the full date as tooltip. */
export function timeNode(lang: string, iso: string, part = 'time', now?: number): HTMLElement {
  const date = new Date(iso);
  return h('time', { part, datetime: date.toISOString(), title: absoluteTime(lang, date) }, relativeTime(lang, date, now));
}

/**
 * A `<time>` with the day only, "6 Dec 2026": for what keeps its date, such as a testimonial, where
 * "3 months ago" would age on a cached page and say less.
 */
export function dateNode(lang: string, iso: string, part = 'date'): HTMLElement {
  const date = new Date(iso);
  return h('time', { part, datetime: date.toISOString() }, intl(`day ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(date));
}
