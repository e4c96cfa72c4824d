import { SmmErrorEvent } from '../../../events.js';
import { checkIcon, copyIcon } from '../../../shared/icons.js';
import type { ShareAction } from './types.js';

// Older browsers and non-secure pages have no async clipboard: select a hidden field and copy.
function legacyCopy(root: ParentNode, text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.className = 'sr';
  root.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

/** `copy`: puts the link on the clipboard and says so, visibly and to screen readers. */
export const copyAction: ShareAction = {
  id: 'copy',
  icon: copyIcon,
  label: 'copyLink',
  done: [checkIcon, 'copied'],
  failed: 'copyFailed',
  async run(host, url) {
    let ok: boolean;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      ok = legacyCopy(host.renderRoot, url);
    }
    if (!ok) host.dispatchEvent(new SmmErrorEvent({ source: 'smm-share', message: 'clipboard refused the link' }));
    return ok;
  },
};
