// What every CDN bundle carries: English inline (the fallback, never waited for); every other
// locale, Italian included, fetched on demand from ./locales/ beside the bundle (about 0.5 KB).
import './lazy.js';
