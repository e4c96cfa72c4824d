// What every CDN bundle carries: English and Italian inline (the first-class languages, no wait),
// every other locale fetched on demand from ./locales/ beside the bundle.
import { registerLocale } from './localize.js';
import { it } from './locales/it.js';
import './lazy.js';

registerLocale('it', it);
