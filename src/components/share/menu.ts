// The more menu of a one-row `<smm-share>`: its look, where it opens, and focus. A module of its
// own (a chunk on the CDN), loaded the first time a row is short of room: most bars never need it.
// The row itself (which targets fit, the more button) is laid out without it, so the reserved row
// is exact; before it arrives the popover still opens, closes with Escape and is reachable by Tab,
// only centred on the screen by the browser.
import type { ReactiveElement } from '@lit/reactive-element';
import { css } from '../../shared/css.js';
import { addStyles } from '../../shared/styles.js';

const styles = css`
  [part~=menu] {
    inline-size: max-content;
    inset: auto;
    margin: 0;
    padding: 6px;
    border: 1px solid;
    border-radius: 8px;
    background: var(--_bg);
    color: var(--_fg);
  }
  :popover-open {
    display: grid;
    gap: 6px;
  }
  :host [part~=menu] [part~=button] {
    justify-content: start;
    padding-inline: 8px;
  }
`;

/**
 * Gives `host`'s menu its look and behaviour. The browser does the rest: the more button opens it,
 * Escape and clicks outside close it, Tab goes from the button into it.
 */
export function menu(host: ReactiveElement, more: HTMLElement, menu: HTMLElement): void {
  addStyles(host, styles);
  // Before it shows, it is placed; before it hides with focus inside, focus goes back to the button.
  menu.addEventListener('beforetoggle', (e) => {
    if ((e as ToggleEvent).newState != 'open') return menu.contains(host.shadowRoot!.activeElement) && more.focus();
    // At the more button's end, below it (above when the button is low on the screen), on screen.
    const { top, right, bottom } = more.getBoundingClientRect();
    const up = top > innerHeight / 2;
    // Absolute in the top layer is relative to the document, so it scrolls with the page; fixed
    // with a fixed bar.
    const fixed = getComputedStyle(host).position == 'fixed';
    Object.assign(menu.style, {
      position: fixed ? 'fixed' : 'absolute',
      left: `${right + (fixed ? 0 : scrollX)}px`,
      top: `${(up ? top - 4 : bottom + 4) + (fixed ? 0 : scrollY)}px`,
      translate: `max(-100%, ${8 - right}px) ${up ? '-100%' : 0}`,
      maxBlockSize: `${(up ? top : innerHeight - bottom) - 12}px`,
    });
  });
  // A target chosen in the menu closes it (its own click handler still runs).
  menu.addEventListener('click', () => menu.hidePopover());
}
