// The comment wall's strings in every shipped locale, by BCP 47 tag (see ./comments/en.ts).
import type { CommentStrings } from './comments/en.js';
import { it } from './comments/it.js';

export const commentLocales: Readonly<Record<string, CommentStrings>> = { it };
