// The tracker: hears the elements' events on `document` and reports them, batched, to the site
// owner's endpoint. No dependencies, no cookies, no storage, no identifiers; Global Privacy Control
// (and, on request, Do Not Track) turns it off entirely. Nothing happens until init() is called.
// Every byte counts here (budget: 600 B gzip for dist/cdn/smm-track.js, checked by
// tests/track/track.test.ts), hence the terse style: look at the minified output after a change.

export interface TrackOptions {
  /** Base URL of the smm-kit server, e.g. `/smm` on the site's own origin, or `https://example.org/smm` (events go to `/v1/events` under it). */
  endpoint: string;
  /** Also stay off when the browser sends Do Not Track. */
  respectDnt?: boolean;
}

export interface TrackEvent {
  type: 'share' | 'follow' | 'visit' | 'comment';
  /**
   * Network id, e.g. `facebook`; required for `share` and `follow`. A `visit` without one is
   * credited to the `utm_source` of its URL, which must also carry `utm_medium=social`.
   */
  network?: string;
  /**
   * Default: the current page. The fragment is dropped; the server keeps the query parameters that
   * identify a page and drops tracking ones (src/server/page-key.ts).
   */
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

/**
 * Reports one event (batched). Does nothing before init() or after an opt-out. A relative `url`
 * is resolved against the page; one that is not a URL gets a console warning and is not sent.
 */
export function track({ type, network, url }: TrackEvent): void {
  if (!endpoint) return;
  try {
    url &&= new URL(url, location.href).href;
  } catch {
    return console.warn(`smm-kit track(): ${JSON.stringify(url)} is not a URL; event not sent`);
  }
  send(type, network, url);
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
    // On window, the last stop of these bubbling, composed events (and shorter than document).
    addEventListener('smm-' + name, (e) =>
      // After dispatch, so a listener that vetoes the action (preventDefault) is seen, wherever
      // it listens. The URL of a share is the one shared; of a follow or comment, the page's.
      // detail is a default parameter (queueMicrotask passes none): a variable without a
      // declaration (2 B gzip).
      queueMicrotask((detail = (e as CustomEvent).detail) => e.defaultPrevented ||
        send(name, detail?.network, name == 'share' && detail?.url))));
  // visibilitychange bubbles to window. Hidden: the tab is left or the page unloads (before
  // pagehide); shown again: sending early does no harm, and skipping the check saves bytes.
  addEventListener('visibilitychange', flush);
  // A reader arriving from a link shared with utm (not a reload or back/forward of it): a visit,
  // sent at once and alone, so a visit the server refuses cannot sink other events. The server
  // is the judge: it takes the network from the URL's utm_source and counts the visit only with
  // utm_medium=social (src/server/validate.ts), so this test can be loose. performance.navigation
  // is the older API, deprecated but in every browser; type 0 is a navigation, and it is 22 B
  // gzip shorter than performance.getEntriesByType('navigation')[0]?.type == 'navigate'.
  if (/utm_medium=social/.test(location as unknown as string) && !performance.navigation.type) {
    send('visit');
    flush();
  }
  return 1;
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
const send = (type: string, network?: unknown, url?: unknown): void => {
  // The URL goes as it is, without the fragment: the server turns it into the page key, keeping
  // the parameters that name a page (WordPress ?p=123, Joomla ?option=…&id=…) and dropping
  // tracking ones and secrets before anything is stored (src/server/page-key.ts). One list, on the
  // server, so tracker, counts and stats cannot disagree; the endpoint is the site owner's own, so
  // the query goes nowhere the page's own server has not seen it. String() of a Location is its
  // href; of anything a foreign event puts in detail.url, a string the guard below refuses.
  // The server rejects a whole batch for one bad event, so only absolute http(s) URLs of at most
  // 999 characters (998 for http:) are queued: ten of them stay far below its 16 KB body limit.
  // ref: the referrer's host and port; the server drops it when it is the page's own.
  if (/^https?:.{0,993}$/.test(url = String(url || location).replace(/#.*/, '')) &&
      (queue as object[]).push({ type, network, url, ref: document.referrer.split('/')[2] }) > 9) flush();
  // Otherwise within a second: each event sets a timer, and one that finds the queue empty
  // does nothing (cheaper than remembering whether a timer is pending).
  else setTimeout(flush, 1e3);
};
