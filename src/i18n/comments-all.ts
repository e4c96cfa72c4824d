// The comment wall's strings in every shipped locale, registered on import (for npm users who
// register every locale up front, as with ./all.js).
import { registerPack } from './pack.js';
import { commentLocales } from './comment-locales.js';

for (const [code, strings] of Object.entries(commentLocales)) registerPack(code, strings);
