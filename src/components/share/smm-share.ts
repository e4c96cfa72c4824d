// Side-effect entry `smm-kit/share`: registers every network, action and extra, and defines <smm-share>.
// Counts and the Mastodon picker are loaded the first time a bar uses them (a chunk of their own).
import { define } from '../../shared/define.js';
import { allActions } from './actions/index.js';
import { allNetworks } from './networks/index.js';
import { useLazy, useNetworks } from './registry.js';
import { SmmShare } from './share.js';

useNetworks(...allNetworks, ...allActions);
useLazy('counts', () => import('./counts.js').then((m) => m.shareCounts));
useLazy('mastodon-picker', () => import('./networks/mastodon-picker.js').then((m) => m.mastodonPicker));
define('smm-share', SmmShare);

export { SmmShare };
