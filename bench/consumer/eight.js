// What a developer writes to ship <smm-share> with eight networks from npm: the class, the
// networks they want, and the tag. Bundled by `npm run bench` (rollup + node-resolve with the
// `production` condition + terser); the result is held to the 9,500 B gzip budget.
import { SmmShare, useNetworks } from 'smm-kit';
import { facebook } from 'smm-kit/networks/facebook';
import { x } from 'smm-kit/networks/x';
import { linkedin } from 'smm-kit/networks/linkedin';
import { whatsapp } from 'smm-kit/networks/whatsapp';
import { telegram } from 'smm-kit/networks/telegram';
import { email } from 'smm-kit/networks/email';
import { reddit } from 'smm-kit/networks/reddit';
import { bluesky } from 'smm-kit/networks/bluesky';

useNetworks(facebook, x, linkedin, whatsapp, telegram, email, reddit, bluesky);
customElements.define('smm-share', SmmShare);
