// The comment form's checks, the same limits as the server's (which has the last word), with
// messages in the reader's language. Pure functions: tests/components/comments-validate.test.ts.
import type { LocalizeController } from '../../i18n/localize.js';
import type { CommentKey } from '../../i18n/comments/en.js';

export const MAX_BODY = 5000;
export const MAX_NAME = 80;

export interface Fields {
  name: string;
  email: string;
  url: string;
  body: string;
}

/** The message for each field that is wrong (none when all are right). */
export function checkFields(f: Fields, signedIn: boolean, t: Pick<LocalizeController, 'term'>): Partial<Record<keyof Fields, string>> {
  const errors: Partial<Record<keyof Fields, string>> = {};
  const say = (field: keyof Fields, key: CommentKey, n?: number) => (errors[field] ??= t.term(key, n ?? ''));
  if (!f.body.trim()) say('body', 'bodyMissing');
  else if (f.body.length > MAX_BODY) say('body', 'tooLong', MAX_BODY);
  if (!signedIn) {
    if (!f.name.trim()) say('name', 'nameMissing');
    else if (f.name.length > MAX_NAME) say('name', 'tooLong', MAX_NAME);
    if (f.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email)) say('email', 'badEmail');
    if (f.url && !isHttp(f.url)) say('url', 'badUrl');
  }
  return errors;
}

function isHttp(value: string): boolean {
  try {
    return /^https?:\/\/[^/\\]/i.test(value) && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The name in a site-signed identity token (a JWT), for "Commenting as …" only: the server checks
 * the signature, the page merely shows what the token says. '' when there is no readable name.
 */
export function identityName(token: string | null | undefined): string {
  try {
    const part = token!.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    const name = JSON.parse(new TextDecoder().decode(bytes)).name;
    return typeof name == 'string' ? name.trim().slice(0, 80) : '';
  } catch {
    return '';
  }
}
