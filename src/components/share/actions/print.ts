import { printIcon } from '../../../shared/icons.js';
import type { ShareAction } from './types.js';

/** `print`: the browser's print dialog. */
export const printAction: ShareAction = { id: 'print', icon: printIcon, label: 'print', run: () => print() };
