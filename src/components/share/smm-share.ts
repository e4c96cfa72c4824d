// Side-effect entry `smm-kit/share`: registers every network, action and extra, and defines <smm-share>.
import { define } from '../../shared/define.js';
import { allActions } from './actions/index.js';
import { shareCounts } from './counts.js';
import { allNetworks } from './networks/index.js';
import { mastodonPicker } from './networks/mastodon-picker.js';
import { useNetworks } from './registry.js';
import { SmmShare } from './share.js';

useNetworks(...allNetworks, ...allActions, shareCounts, mastodonPicker);
define('smm-share', SmmShare);

export { SmmShare };
