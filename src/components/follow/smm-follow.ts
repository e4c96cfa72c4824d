// Side-effect entry `smm-kit/follow`: defines <smm-follow>.
import { define } from '../../shared/define.js';
import { SmmFollow } from './follow.js';

define('smm-follow', SmmFollow);

export { SmmFollow };
