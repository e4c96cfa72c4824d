// The tracker: hears the elements' events on `document` and reports them, batched, to the site
// owner's endpoint. No dependencies, no cookies, no storage, no identifiers; Global Privacy Control
// (and, on request, Do Not Track) turns it off entirely. Nothing happens until init() is called.
// Every byte counts here (budget: 600 B gzip for dist/cdn/smm-track.js), hence the terse style.

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

let endpoint = '';
let queue: object[] = [];

/**
 * Starts tracking. Returns false, and does nothing, when the reader opted out (GPC, or DNT with
 * `respectDnt`). Safe to call again: the endpoint changes, listeners are not doubled.
 */
export function init({ endpoint: base, respectDnt }: TrackOptions): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  const doc = document;
  const w = window as { smmTrack?: 1 };
  if (nav.globalPrivacyControl || (respectDnt && nav.doNotTrack == '1')) return false;
  endpoint = base.replace(/\/?$/, '/v1/events');
  // One set of listeners per page, even when both smm.js and smm-track.js are loaded.
  if (!w.smmTrack) {
    w.smmTrack = 1;
    for (const type of ['share', 'follow', 'comment'] as const) {
      doc.addEventListener('smm-' + type, (e) => {
        const d = (e as CustomEvent).detail;
        // After dispatch, so a listener that vetoes the action (preventDefault) is seen. The URL
        // of a share is the one shared; of a follow or comment, the page's.
        queueMicrotask(() => e.defaultPrevented || send(type, d?.network, type == 'share' && d?.url));
      });
    }
    // Fires when the tab is hidden and also on the way out of the page (before pagehide).
    doc.addEventListener('visibilitychange', () => doc.hidden && flush());
    // A reader arriving from a link shared with utm (not a reload or back/forward of it): a visit,
    // sent at once and alone.
    const q = new URLSearchParams(location.search);
    const source = q.get('utm_source');
    if (source && q.get('utm_medium') == 'social' &&
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type == 'navigate') {
      send('visit', source);
      flush();
    }
  }
  return true;
}

/** Reports one event (batched). Does nothing before init() or after an opt-out. */
export function track(event: TrackEvent): void {
  send(event.type, event.network, event.url);
}

function send(type: string, network: unknown, url?: unknown): void {
  try {
    const u = new URL((url as string) || '', location.href);
    // Only utm_* survive: other parameters may carry tokens or e-mail addresses.
    u.search = u.search.replace(/[?&](?!utm_)[^&]*/g, '').slice(1);
    u.hash = '';
    if (endpoint && /^http/.test(u.href) && u.href.length < 1e3) {
      // The referrer's host; the server drops it when it is the page's own.
      const n = queue.push({ type, network, url: u.href, ref: document.referrer && new URL(document.referrer).host });
      // The first event starts the clock; ten fill a request (< 16 KB with URLs under 1000 chars).
      if (n > 9) flush();
      else if (n < 2) setTimeout(flush, 1e3);
    }
  } catch {
    // A tracker must never break the page.
  }
}

/** Sends what is queued now; called when the page is hidden or left, and after a short delay. */
export function flush(): void {
  if (queue.length) {
    const body = JSON.stringify({ events: queue });
    queue = [];
    // A string body goes as text/plain: a "simple" request, no CORS preflight.
    if (!navigator.sendBeacon(endpoint, body)) fetch(endpoint, { method: 'POST', body, keepalive: true }).catch(() => {});
  }
}
