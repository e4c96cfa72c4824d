// Side-effect entry `smm-kit/share`: registers every network and defines <smm-share>.
import { define } from '../../shared/define.js';
import { allNetworks } from './networks/index.js';
import { useNetworks } from './registry.js';
import { SmmShare } from './share.js';

useNetworks(...allNetworks);
define('smm-share', SmmShare);

export { SmmShare };
