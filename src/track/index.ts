// smm-kit/track for npm users: nothing runs on import; call init() once on the client.
//   import { init, track } from 'smm-kit/track';
//   init({ endpoint: '/smm' });
export { init, track, flush, type TrackOptions, type TrackEvent } from './track.js';
