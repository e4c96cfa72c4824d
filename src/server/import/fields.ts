// The few checks every source's fields go through, so a Disqus post and a WordPress comment end
// up as the same kind of row as a comment written on the site: names of at most 80 characters,
// only http(s) websites, page keys computed as the counts and the comment routes compute them.
import { isHttpUrl, pageKey } from '../validate.js';
import { cleanText } from './html-text.js';

export const NAME_MAX = 80;

/** A display name: one line, cleaned, at most 80 characters; `fallback` when empty. */
export function displayName(raw: string | undefined, fallback = 'Anonymous'): string {
  const name = cleanText(raw ?? '').replace(/\s+/g, ' ').trim();
  return name ? [...name].slice(0, NAME_MAX).join('').trim() : fallback;
}

/** An e-mail address if it looks like one (it is only ever hashed). */
export function emailAddress(raw: string | undefined): string | undefined {
  const e = (raw ?? '').trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(e) && e.length <= 254 ? e : undefined;
}

/** A website if it is an absolute http(s) URL. */
export function website(raw: string | undefined): string | undefined {
  const u = (raw ?? '').trim();
  return u.length <= 2048 && isHttpUrl(u) ? new URL(u).href : undefined;
}

/** The page key of a thread's URL, or undefined when it is not an http(s) URL. */
export function threadKey(raw: string | undefined): string | undefined {
  const u = (raw ?? '').trim();
  return u.length <= 2048 && isHttpUrl(u) ? pageKey(u) : undefined;
}

/** A date that exists, or undefined. */
export function validDate(d: Date): Date | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d;
}
