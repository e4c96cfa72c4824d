// The Mastodon server picker of `<smm-share mastodon-picker>`: asks the reader for their server
// once, remembers it on this device, and shares straight through it. A module of its own so that
// bundles without it carry neither the dialog nor its styles.
import type { CSSResult } from '@lit/reactive-element';
import { css } from '../../../shared/css.js';
import { addEnglish, type LocalizeController } from '../../../i18n/localize.js';
import { enPicker } from '../../../i18n/en/picker.js';
import { h, keyed } from '../../../shared/dom.js';
import { addStyles } from '../../../shared/styles.js';
import type { SmmShare } from '../share.js';
import { isHostName, mastodonInstanceHref } from './mastodon.js';
import type { ShareData } from './types.js';

// Its English joins the fallback once, when this module (a chunk of its own on the CDN) loads.
addEnglish(enPicker);

const KEY = 'smm:mastodon-instance';
// What the open picker will share, and the bar's announcement (false: the page vetoed the share).
const pending = new WeakMap<SmmShare, [ShareData, () => boolean]>();
const chosen = new WeakMap<SmmShare, string>();
const errors = new WeakMap<SmmShare, string>();
// Each bar's dialog, made at its first render and updated in place after.
const nodes = new WeakMap<SmmShare, ReturnType<typeof keyed>>();

const styles: CSSResult = css`
  dialog {
    max-inline-size: min(26rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 1px solid color-mix(in srgb, var(--_fg) 30%, transparent);
    border-radius: 10px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  form {
    display: grid;
    gap: 0.6rem;
  }
  dialog :is(input, button) {
    font: inherit;
    min-block-size: 44px;
    border: 1px solid var(--_fg);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog input {
    font-size: 16px;
    padding: 0.5rem;
  }
  dialog :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [role=alert] {
    color: var(--smm-error, #b3261e);
    min-block-size: 1.2em;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  .actions button {
    padding-inline: 1rem;
    cursor: pointer;
  }
  [type=submit] {
    background: #563acc;
    border-color: #563acc;
    color: #fff;
  }
`;

const dialogOf = (host: SmmShare) => host.renderRoot.querySelector('dialog');
const again = (host: SmmShare) => errors.delete(host) && host.requestUpdate();

function submit(host: SmmShare, t: LocalizeController, e: SubmitEvent): void {
  e.preventDefault();
  const input = (e.target as HTMLFormElement).elements.namedItem('instance') as HTMLInputElement;
  // Readers paste whole addresses: keep only the host name.
  const name = input.value.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^@?[^@]*@/, '');
  if (!isHostName(name)) {
    errors.set(host, t.term('instanceInvalid'));
    input.focus();
  } else {
    try {
      localStorage.setItem(KEY, name);
    } catch {
      // Not remembered on this device; sharing still works for this page.
    }
    chosen.set(host, name);
    dialogOf(host)!.close();
    const [data, go] = pending.get(host) ?? [];
    if (data && go!()) open(mastodonInstanceHref(name, data), '_blank', 'noopener,noreferrer');
  }
  host.requestUpdate();
}

/**
 * `<smm-share mastodon-picker>`: `smm-kit/share` registers it; a lean bundle passes
 * `mastodonPicker` to `useNetworks()` along with `mastodon`.
 */
export const mastodonPicker = {
  id: 'mastodon-picker',

  /** The server the reader chose before, on this device; '' when none (or storage is blocked). */
  saved(host: SmmShare): string {
    try {
      return chosen.get(host) ?? localStorage.getItem(KEY) ?? '';
    } catch {
      return ''; // Storage can be blocked (privacy settings, sandboxed iframes): ask again.
    }
  },

  /**
   * Opens the picker, and the share continues to the chosen server; straight there when one was
   * chosen before. `go` announces the share once a server is chosen (never when the reader
   * cancels) and says whether the page let it go ahead.
   */
  ask(host: SmmShare, data: ShareData, go: () => boolean): void {
    const server = this.saved(host);
    if (server) {
      if (go()) open(mastodonInstanceHref(server, data), '_blank', 'noopener,noreferrer');
    } else {
      pending.set(host, [data, go]);
      dialogOf(host)?.showModal();
    }
  },

  /** The dialog, in the bar's language; made once per bar (into its shadow root), then updated in place. */
  render(host: SmmShare, t: LocalizeController): HTMLDialogElement {
    addStyles(host, styles);
    const error = errors.get(host) ?? '';
    let node = nodes.get(host);
    const first = !node;
    if (!node) nodes.set(host, (node = keyed()));
    const input = node('i', 'input', {
      id: 'mi', name: 'instance', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', inputmode: 'url',
      'aria-describedby': 'mh me', 'aria-invalid': error ? 'true' : 'false',
    });
    const cancel = node('c', 'button', { type: 'button' }, t.term('cancel'));
    const form = node('f', 'form', { novalidate: '' },
      h('strong', { id: 'mt' }, t.term('shareOn', 'Mastodon')),
      h('label', { for: 'mi' }, t.term('instanceLabel')),
      input,
      h('span', { id: 'mh' }, t.term('instanceHint')),
      node('e', 'span', { id: 'me', role: 'alert' }, error),
      node('a', 'div', { class: 'actions' }, cancel, node('s', 'button', { type: 'submit' }, t.term('share'))),
    );
    const dialog = node('d', 'dialog', { part: 'dialog', 'aria-labelledby': 'mt' }, form) as HTMLDialogElement;
    if (first) {
      dialog.addEventListener('close', () => again(host));
      form.addEventListener('submit', (e) => submit(host, t, e as SubmitEvent));
      cancel.addEventListener('click', () => dialog.close());
      host.renderRoot.append(dialog);
    }
    return dialog;
  },
};
