// The script-tag tracker (dist/cdn/smm-track.js, also inside dist/cdn/smm.js). Configured by its
// own tag, <script type="module" src=".../smm-track.js" data-endpoint="https://…" data-respect-dnt>,
// or page-wide by <meta name="smm:endpoint" content="https://…">; the tag wins when a page has
// both. Without either it stays idle. Module scripts have no
// document.currentScript: the tag is the smm script carrying data-endpoint. Do Not Track is
// honoured when any smm script asks for it, whichever element gave the endpoint.
import { start } from './track.js';

// smm\:endpoint is the CSS escape for the colon, so the file needs no double quotes, a character
// it uses nowhere else (2 B gzip).
const endpoint = document.querySelector<HTMLScriptElement>('script[src*=smm][data-endpoint]')?.dataset.endpoint ||
  document.querySelector<HTMLMetaElement>('meta[name=smm\\:endpoint]')?.content;
if (endpoint) start(document.querySelector('script[src*=smm][data-respect-dnt]'), endpoint);
