import { copyAction } from './copy.js';
import { nativeAction } from './native.js';
import { printAction } from './print.js';
import type { ShareAction } from './types.js';

export { copyAction, nativeAction, printAction };
export type { ShareAction } from './types.js';

/** Every action of `<smm-share>`, in the order of `SHARE_ACTIONS`. */
export const allActions: ShareAction[] = [copyAction, printAction, nativeAction];
