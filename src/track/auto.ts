// The script-tag tracker (dist/cdn/smm-track.js, also inside dist/cdn/smm.js). Configured by its
// own tag, <script type="module" src=".../smm-track.js" data-endpoint="https://…" data-respect-dnt>,
// or page-wide by <meta name="smm:endpoint" content="https://…">; when a page has both, the first
// in the document counts. Without either it stays idle. Module scripts have no
// document.currentScript: the tag is the smm script carrying data-endpoint. Do Not Track is
// honoured when any smm script asks for it, whichever element gave the endpoint.
import { start } from './track.js';

const tag = document.querySelector<HTMLScriptElement & HTMLMetaElement>('script[src*=smm][data-endpoint],meta[name="smm:endpoint"]');
const endpoint = tag?.dataset.endpoint || tag?.content;
if (endpoint) start(document.querySelector('script[src*=smm][data-respect-dnt]'), endpoint);
