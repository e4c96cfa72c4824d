import { shareIcon } from '../../../shared/icons.js';
import type { SmmShare } from '../share.js';
import type { ShareAction } from './types.js';

// Bars whose share sheet failed (not cancelled): layout="native-first" shows them all targets.
const failed = new WeakSet<SmmShare>();

/** `native`: the system share sheet, offered only where the browser has one. */
export const nativeAction: ShareAction & { solo(host: SmmShare): boolean } = {
  id: 'native',
  icon: shareIcon,
  label: 'shareVia',
  when: () => typeof navigator.share === 'function' && (navigator.canShare?.({ url: location.href }) ?? true),
  solo(host) {
    return !failed.has(host) && this.when!(host);
  },
  async run(host, url, { title, text }) {
    try {
      await navigator.share({ url, title, text });
    } catch (err) {
      if ((err as Error).name !== 'AbortError') {
        failed.add(host);
        host.requestUpdate();
      }
    }
  },
};
