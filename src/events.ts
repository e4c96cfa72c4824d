// Typed events: the public contract between the elements, the tracker and host pages.
// All bubble and are composed, so a listener on `document` hears them from any shadow root.

export interface SmmShareDetail {
  /** Target id, e.g. `facebook` or `copy`. */
  network: string;
  /** The URL being shared (with utm_* when the bar adds them). */
  url: string;
  title: string;
}

export interface SmmFollowDetail {
  /** Profile network id, e.g. `instagram`. */
  network: string;
  /** The profile URL being opened. */
  url: string;
}

export interface SmmCommentDetail {
  /** The thread's page key, as the server keeps it. */
  thread: string;
  /** The comment's id. */
  id: string;
  /** `published`, or `pending` when it awaits moderation. */
  status: string;
}

export interface SmmTestimonialDetail {
  /** The wall's name. */
  wall: string;
  /** The testimonial's id. */
  id: string;
  /** `pending` (awaits approval) or `published`. */
  status: string;
}

export interface SmmErrorDetail {
  /** Which element raised it, e.g. `smm-share`. */
  source: string;
  message: string;
}

/** Fired before a share opens; cancelable: `preventDefault()` stops the share. */
export class SmmShareEvent extends CustomEvent<SmmShareDetail> {
  constructor(detail: SmmShareDetail) {
    super('smm-share', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

/** Fired before a follow link opens; cancelable. */
export class SmmFollowEvent extends CustomEvent<SmmFollowDetail> {
  constructor(detail: SmmFollowDetail) {
    super('smm-follow', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

/** Fired after a reader's comment was posted (not on edits or deletions: the tracker counts it). */
export class SmmCommentEvent extends CustomEvent<SmmCommentDetail> {
  constructor(detail: SmmCommentDetail) {
    super('smm-comment', { bubbles: true, composed: true, detail });
  }
}

/** Fired after a customer's testimonial was accepted by the server. */
export class SmmTestimonialEvent extends CustomEvent<SmmTestimonialDetail> {
  constructor(detail: SmmTestimonialDetail) {
    super('smm-testimonial', { bubbles: true, composed: true, detail });
  }
}

/** Fired when an element could not do what the reader asked (clipboard refused, …). */
export class SmmErrorEvent extends CustomEvent<SmmErrorDetail> {
  constructor(detail: SmmErrorDetail) {
    super('smm-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'smm-share': SmmShareEvent;
    'smm-follow': SmmFollowEvent;
    'smm-comment': SmmCommentEvent;
    'smm-testimonial': SmmTestimonialEvent;
    'smm-error': SmmErrorEvent;
  }
}
