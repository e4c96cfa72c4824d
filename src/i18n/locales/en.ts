// English: the reference locale. Every other locale has exactly these keys, and the same
// {0}/{1} placeholders; tests/components/i18n.test.ts holds them to it. The strings themselves
// live in ../en/, beside nothing else, split by the element that shows them.
import { enCounts } from '../en/counts.js';
import { enFollow } from '../en/follow.js';
import { enPicker } from '../en/picker.js';
import { enShare } from '../en/share.js';

/** Every English string. Other locales have one object with exactly these keys. */
export const en = { ...enShare, ...enCounts, ...enFollow, ...enPicker };

export type Strings = typeof en;
export type StringKey = keyof Strings;
