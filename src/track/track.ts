// The tracker: hears the elements' events on `document` and reports them, batched, to the site
// owner's endpoint. No dependencies, no cookies, no storage, no identifiers; Global Privacy Control
// (and, on request, Do Not Track) turns it off entirely. Nothing happens until init() is called.
// Every byte counts here (budget: 600 B gzip for dist/cdn/smm-track.js, checked by
// tests/track/track.test.ts), hence the terse style: look at the minified output after a change.

export interface TrackOptions {
  /** Base URL of the smm-kit server, e.g. `https://stats.blog.example` (events go to `/v1/events`). */
  endpoint: string;
  /** Also stay off when the browser sends Do Not Track. */
  respectDnt?: boolean;
}

export interface TrackEvent {
  type: 'share' | 'follow' | 'visit' | 'comment';
  /** Network id, e.g. `facebook`; required except for `comment`. */
  network?: string;
  /** Default: the current page. Query parameters other than `utm_*` and the fragment are dropped. */
  url?: string;
}

let endpoint: string;
let queue: object[] | string = [];

/**
 * Starts tracking. Returns false, and does nothing, when the reader opted out (GPC, or DNT with
 * `respectDnt`). Safe to call again: the endpoint changes, listeners are not doubled.
 */
export function init({ endpoint, respectDnt }: TrackOptions): boolean {
  return start(respectDnt, endpoint);
}

/** Reports one event (batched). Does nothing before init() or after an opt-out. */
export function track(event: TrackEvent): void {
  if (endpoint) send(event.type, event.network, event.url);
}

/**
 * init() with plain arguments, for the script tag (auto.ts): no options object to build, and
 * respectDnt first, in the order they are read, so terser inlines the call without temporaries.
 */
export function start(respectDnt: unknown, base: string): boolean {
  // doNotTrack is '1', '0' or null: loose == 1 matches the string without its quotes.
  const on = !((respectDnt && (navigator.doNotTrack as unknown) == 1) || (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl);
  if (on) {
    endpoint = base.replace(/\/?$/, '/v1/events');
    // One set of listeners per page, even when both smm.js and smm-track.js are loaded: listen()
    // runs on the first start only, and its 1 becomes the page's flag.
    (document as { smmTrack?: 1 }).smmTrack ||= listen();
  }
  return on;
}

const listen = (): 1 => {
  ['share', 'follow', 'comment'].map((name) =>
    document.addEventListener('smm-' + name, (e) =>
      // After dispatch, so a listener that vetoes the action (preventDefault) is seen. The URL
      // of a share is the one shared; of a follow or comment, the page's. detail is a default
      // parameter (queueMicrotask passes none): a variable without a declaration (2 B gzip).
      queueMicrotask((detail = (e as CustomEvent).detail) => e.defaultPrevented ||
        send(name, detail?.network, name == 'share' && detail?.url))));
  // visibilitychange bubbles to window. Hidden: the tab is left or the page unloads (before
  // pagehide); shown again: sending early does no harm, and skipping the check saves bytes.
  addEventListener('visibilitychange', flush);
  visit();
  return 1;
};

// A reader arriving from a link shared with utm (not a reload or back/forward of it): a visit,
// sent at once and alone (an unknown utm_source must not sink other events' batch). A function of
// its own, called once, so terser inlines it as one expression. performance.navigation is the
// older API, deprecated but in every browser; type 0 is a navigation, and it is 22 B gzip
// shorter than performance.getEntriesByType('navigation')[0]?.type == 'navigate'.
// The query is parsed anew for each read: gzip stores the repeated new URL(location).searchParams
// .get( as back-references, 7 B smaller than a helper function and 10 B smaller than a variable.
const visit = () => {
  if (new URL(location as unknown as URL).searchParams.get('utm_medium') == 'social' &&
      new URL(location as unknown as URL).searchParams.get('utm_source') && !performance.navigation.type) {
    send('visit', new URL(location as unknown as URL).searchParams.get('utm_source'));
    flush();
  }
};

/** Sends what is queued now; called when the page is hidden or left, and after a short delay. */
export const flush = (): void => {
  try {
    // For a moment the queue holds the request body: a second variable would cost bytes. A
    // string body goes as text/plain: a "simple" request, no CORS preflight.
    if (queue[0] && !navigator.sendBeacon(endpoint, queue = JSON.stringify({ events: queue }))) {
      // A failed fetch must not become an unhandled rejection; flush is a handler at hand (it
      // sends only what was queued since, if anything).
      fetch(endpoint, { keepalive: true, method: 'POST', body: queue }).catch(flush);
    }
  } catch {
    // sendBeacon throws on an endpoint that is not http(s).
  }
  queue = [];
};

// In smm-track.js, type, network and url keep their names (mangle.reserved in scripts/cdn-minify.mjs),
// so the event object is written in shorthand: {type,network,url,ref:…}. Anywhere else these
// names would stay long: the listeners above say `name`, not `type`.
const send = (type: string, network: unknown, url?: unknown): void => {
  try {
    // Relative to the page (a Location stands for its href, one property access fewer).
    const u = new URL((url as string) || '', location as unknown as URL);
    // Only utm_* survive: other parameters may carry tokens or e-mail addresses.
    u.search = u.search.replace(/[?&](?!utm_)[^&]*/g, '').slice(1);
    u.hash = '';
    url = u.href;
    // The server rejects a whole batch for one bad event, so only http(s) URLs of at most 999
    // characters (998 for http:) are queued: ten of them stay far below its 16 KB body limit.
    // ref: the referrer's host and port; the server drops it when it is the page's own.
    if (/^https?:.{0,993}$/.test(url as string) &&
        (queue as object[]).push({ type, network, url, ref: document.referrer.split('/')[2] }) > 9) flush();
    // Otherwise within a second: each event sets a timer, and one that finds the queue empty
    // does nothing (cheaper than remembering whether a timer is pending).
    else setTimeout(flush, 1e3);
  } catch {
    // A tracker must never break the page (new URL() throws on a malformed url).
  }
};
