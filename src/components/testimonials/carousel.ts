// The carousel layout of <smm-testimonials>, a chunk of its own: only walls with
// layout="carousel" fetch it, while they fetch their testimonials, so it costs them no time and
// the other layouts nothing. It follows the WAI-ARIA carousel pattern: buttons, arrow keys and
// swipe; paused on hover and focus; rotation only when asked and never under reduced motion.
import type { ReactiveController } from '@lit/reactive-element';
import { enTestimonialCarousel } from '../../i18n/en/testimonial-carousel.js';
import { addEnglish, type LocalizeController } from '../../i18n/localize.js';
import { css } from '../../shared/css.js';
import type { keyed } from '../../shared/dom.js';
import type { Testimonial } from './api.js';
import type { SmmTestimonials } from './testimonials.js';

/** What the wall lends its carousel: its nodes, strings, cards and buttons. */
export interface Deck {
  host: SmmTestimonials;
  node: ReturnType<typeof keyed>;
  t: LocalizeController;
  card: (x: Testimonial) => HTMLElement;
  button: (key: string, part: string, label: string, run: () => void, glyph?: string) => HTMLElement;
}

export const styles = css`
  [part~=slides] {
    display: grid;
    touch-action: pan-y;
  }
  .slide {
    grid-area: 1 / 1;
    visibility: hidden;
  }
  .on {
    visibility: visible;
  }
  [part~=controls] {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    margin-block-end: 8px;
  }
  [part~=previous],
  [part~=next] {
    font-size: 1.5em;
    line-height: 1;
  }
  @media (prefers-reduced-motion: no-preference) {
    .slide {
      transition: opacity 0.3s;
      opacity: 0;
    }
    .on {
      opacity: 1;
    }
  }
`;

export class Carousel implements ReactiveController {
  /** The slide shown. */
  at = 0;
  #d: Deck;
  #n = 0;
  #rotating = true;
  /** Why it is paused: hover, focus. */
  #hold = new Set<string>();
  #timer?: ReturnType<typeof setInterval>;
  #x?: number;
  #box?: HTMLElement;

  constructor(d: Deck) {
    this.#d = d;
    addEnglish(enTestimonialCarousel);
    d.host.addController(this);
  }

  hostUpdated(): void {
    this.#tick();
  }

  hostDisconnected(): void {
    this.#tick(true);
  }

  /** An autoplaying carousel of more than one slide, for a reader who does not prefer reduced motion. */
  #rotates(): boolean {
    const host = this.#d.host;
    return host.autoplay && host.layout == 'carousel' && this.#n > 1 && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Starts or stops the timer: it runs only for an autoplaying carousel nobody is pointing at or focused in. */
  #tick(stop?: boolean): void {
    const run = !stop && this.#d.host.isConnected && this.#rotates() && this.#rotating && !this.#hold.size;
    if (run && !this.#timer) this.#timer = setInterval(() => this.#go(1), Math.max(2, this.#d.host.interval || 7) * 1000);
    if (!run && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  #go(by: number): void {
    if (this.#n) this.at = (this.at + by + this.#n) % this.#n;
    this.#d.host.requestUpdate();
  }

  /** Moves by the buttons, keys or swipe: a reader who moves the carousel stops its rotation. */
  #move(by: number): void {
    this.#rotating = false;
    this.#go(by);
  }

  #pause(why: string, on: boolean): void {
    if (on) this.#hold.add(why);
    else this.#hold.delete(why);
    this.#tick();
  }

  /** The carousel of `shown`, the slide `at` visible, the others inert. */
  render(shown: Testimonial[]): HTMLElement {
    const { t, node, button } = this.#d;
    const n = (this.#n = shown.length);
    if (this.at >= n) this.at = 0;
    const auto = this.#rotates();
    const rtl = t.dir == 'rtl';
    // Announced when the reader moves it, not while it turns by itself.
    const slides = node('slides', 'div', { part: 'slides', 'aria-live': auto && this.#rotating ? 'off' : 'polite' },
      ...shown.map((x, i) => node(`s:${x.id}`, 'div', {
        class: i == this.at ? 'slide on' : 'slide', role: 'group', 'aria-roledescription': t.term('slide'),
        'aria-label': t.term('slideOf', i + 1, n), inert: i != this.at && '',
      }, this.#d.card(x))));
    slides.onpointerdown = (e) => {
      this.#x = e.clientX;
    };
    slides.onpointerup = (e) => {
      const dx = e.clientX - (this.#x ?? e.clientX);
      this.#x = undefined;
      if (Math.abs(dx) > 40) this.#move((dx < 0) != rtl ? 1 : -1);
    };
    slides.onpointercancel = () => (this.#x = undefined);
    const box = node('carousel', 'div', { part: 'carousel', role: 'region', 'aria-roledescription': t.term('carousel'), 'aria-label': t.term('testimonials') },
      node('controls', 'div', { part: 'controls' },
        auto && button('rotation', 'rotation', t.term(this.#rotating ? 'stopRotation' : 'startRotation'), () => {
          this.#rotating = !this.#rotating;
          this.#d.host.requestUpdate();
        }),
        n > 1 && button('prev', 'previous', t.term('previous'), () => this.#move(-1), '‹'),
        n > 1 && button('next', 'next', t.term('next'), () => this.#move(1), '›')),
      slides);
    box.onkeydown = (e) => {
      const k = { ArrowLeft: -1, ArrowRight: 1 }[e.key];
      if (k && n > 1) {
        e.preventDefault();
        this.#move(rtl ? -k : k);
      }
    };
    box.onpointerenter = () => this.#pause('hover', true);
    box.onpointerleave = () => this.#pause('hover', false);
    // focusin and focusout have no on-properties: listen once, on the box made the first time.
    if (box != this.#box) {
      this.#box = box;
      box.addEventListener('focusin', () => this.#pause('focus', true));
      box.addEventListener('focusout', (e) => this.#pause('focus', box.contains(e.relatedTarget as Node)));
    }
    return box;
  }
}
