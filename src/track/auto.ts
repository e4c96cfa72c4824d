// The script-tag tracker (dist/cdn/smm-track.js, also inside dist/cdn/smm.js). Configured by its
// own tag, <script type="module" src=".../smm-track.js" data-endpoint="https://…" data-respect-dnt>,
// or page-wide by <meta name="smm:endpoint" content="https://…">. Without either it stays idle.
// Module scripts have no document.currentScript: the tag is the smm script carrying data-endpoint.
import { init } from './track.js';

const tag = document.querySelector<HTMLScriptElement>('script[src*=smm][data-endpoint]');
const endpoint = tag?.dataset.endpoint || document.querySelector<HTMLMetaElement>('meta[name="smm:endpoint"]')?.content;
if (endpoint) init({ endpoint, respectDnt: tag?.hasAttribute('data-respect-dnt') });
