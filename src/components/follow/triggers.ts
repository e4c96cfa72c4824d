// When the follow prompt may appear: scroll depth, time on page, an element scrolled into view,
// or the pointer leaving through the top of the window. On touch screens nothing fires before
// the reader has touched or typed (a prompt must answer interest, not greet a visitor), and then
// only once the reader rests at the end of the page, where the sheet can make room for itself
// instead of covering what is being read.
import { warnOnce } from '../../shared/warn.js';

export interface TriggerOptions {
  /** `60%` of the scrollable height, or `800px`. */
  afterScroll: string;
  /** Seconds since the element connected (fractions allowed). */
  afterSeconds: number | null;
  /** CSS selector of the element whose arrival in view fires (end of the article). */
  at: string;
  exitIntent: boolean;
  /** Touch screen: wait for the reader's first interaction. */
  coarse: boolean;
}

// Real input only: not `scroll`, which a page's own scrollIntoView() fires too, and only
// trusted events (not a script's dispatchEvent). A reader's scroll starts with one of these.
const INTERACTIONS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
/** How long the reader must stay still at the end of the page before a phone's sheet shows (ms). */
export const REST = 1000;

/** True when the bottom of the page is in view. */
export const atEnd = (): boolean => scrollY + innerHeight >= document.documentElement.scrollHeight - 2;

/** Calls `fire` once the reader has rested `REST` ms at the end of the page; returns the undo. */
function whenRestingAtEnd(fire: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!atEnd()) return;
      stop();
      fire();
    }, REST);
  };
  const stop = () => {
    clearTimeout(timer);
    removeEventListener('scroll', wait);
  };
  addEventListener('scroll', wait, { passive: true });
  wait();
  return stop;
}

/** Arms the triggers and calls `fire` once, at the first one that goes off; `stop()` undoes all. */
export function armTriggers(o: TriggerOptions, fire: () => void): () => void {
  const undo: Array<() => void> = [];
  let interacted = !o.coarse;
  let due = false;
  let done = false;
  const stop = () => {
    done = true;
    undo.splice(0).forEach((f) => f());
  };
  const go = () => {
    if (done) return;
    if (!interacted) {
      due = true;
      return;
    }
    stop();
    if (o.coarse) undo.push(whenRestingAtEnd(fire));
    else fire();
  };
  const listen = (target: EventTarget, type: string, fn: (e: Event) => void) => {
    target.addEventListener(type, fn, { passive: true, capture: true });
    undo.push(() => target.removeEventListener(type, fn, { capture: true }));
  };

  if (!interacted) {
    const first = (e: Event) => {
      if (interacted || !e.isTrusted) return;
      interacted = true;
      if (due) go();
    };
    for (const type of INTERACTIONS) listen(window, type, first);
  }

  const scroll = /^(\d+(?:\.\d+)?)\s*(%|px)?$/.exec(o.afterScroll.trim());
  if (o.afterScroll && !scroll) warnOnce(`smm-follow: after-scroll="${o.afterScroll}" is not a depth such as 60% or 800px; ignored.`);
  if (scroll) {
    const n = Number(scroll[1]);
    const check = () => {
      const room = document.documentElement.scrollHeight - innerHeight;
      const depth = scroll[2] === 'px' ? scrollY : room > 0 ? (scrollY / room) * 100 : 0;
      if (scrollY > 0 && depth >= n) go();
    };
    listen(window, 'scroll', check);
    check();
  }

  if (o.afterSeconds !== null) {
    const timer = setTimeout(go, Math.max(0, o.afterSeconds) * 1000);
    undo.push(() => clearTimeout(timer));
  }

  if (o.at) {
    let target: Element | null = null;
    try {
      target = document.querySelector(o.at);
    } catch {
      // An invalid selector is reported below like a missing element.
    }
    if (!target) warnOnce(`smm-follow: at="${o.at}" matches no element; that trigger is off.`);
    else {
      let first = true;
      const io = new IntersectionObserver((entries) => {
        // Already in view when the page opened is not "scrolled into view".
        const seen = entries.some((e) => e.isIntersecting);
        if (seen && !(first && scrollY === 0)) go();
        first = false;
      });
      io.observe(target);
      undo.push(() => io.disconnect());
    }
  }

  if (o.exitIntent && !o.coarse) {
    listen(document, 'mouseout', (e) => {
      const m = e as MouseEvent;
      if (!m.relatedTarget && m.clientY <= 0) go();
    });
  }
  return stop;
}
