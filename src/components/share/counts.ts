import { enCounts } from '../../i18n/en/counts.js';
import { addEnglish, type LocalizeController } from '../../i18n/localize.js';
import { count, countStyles, paired } from '../../shared/count.js';
import { h, keyed } from '../../shared/dom.js';
import { httpUrl } from '../../shared/page.js';
import { addStyles } from '../../shared/styles.js';
import { warnOnce } from '../../shared/warn.js';
import type { SmmShare } from './share.js';
import { totalStyles } from './share.styles.js';

/** Share counts of one page, as `GET /v1/counts` answers them. */
export interface Counts {
  url: string;
  total: number;
  networks: Record<string, number>;
}

// Its English joins the fallback once, when this module (a chunk of its own on the CDN) loads.
addEnglish(enCounts);

const TTL = 60_000;
// One request per page URL and endpoint, shared by every bar on the page and kept a minute.
const cache = new Map<string, { at: number; value: Promise<Counts> }>();

export function fetchCounts(endpoint: string, url: string): Promise<Counts> {
  const key = `${endpoint} ${url}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL) return hit.value;
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  const value = fetch(`${base}v1/counts?url=${encodeURIComponent(url)}`, { credentials: 'omit' })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`counts: HTTP ${r.status}`))))
    .then((body: { counts?: Counts[] }) => {
      const c = body.counts?.[0];
      if (!c || typeof c.total !== 'number' || typeof c.networks !== 'object') throw new Error('counts: unexpected answer');
      return c;
    });
  value.catch(() => cache.delete(key));
  cache.set(key, { at: Date.now(), value });
  return value;
}

// What each bar asked for last and what came back.
const shown = new WeakMap<SmmShare, { key: string | null; counts?: Counts }>();
// Each bar's link-and-count pairs, made once per network.
const pairs = new WeakMap<SmmShare, ReturnType<typeof keyed>>();


/**
 * Share counts for `<smm-share counts>`: `smm-kit/share` registers them; a lean bundle passes
 * `shareCounts` to `useNetworks()` to have them.
 */
export const shareCounts = {
  id: 'counts',

  /** After each render: fetches the counts of `url` when the bar or its URL changed. */
  update(host: SmmShare, url: string): void {
    const endpoint = host.counts ? httpUrl(host.endpoint) : null;
    if (host.counts && !endpoint) warnOnce('smm-share: counts needs an http(s) endpoint attribute or <meta name="smm:endpoint">');
    const key = endpoint && `${endpoint} ${url}`;
    const prev = shown.get(host);
    if (key === (prev?.key ?? null)) return;
    const state: { key: string | null; counts?: Counts } = { key };
    shown.set(host, state);
    if (prev?.counts) host.requestUpdate();
    if (endpoint) {
      fetchCounts(endpoint, url).then(
        (c) => {
          state.counts = c;
          host.requestUpdate();
        },
        () => {}, // Counts are a garnish: on error the bar just shows none.
      );
    }
  },

  /** The total, before the buttons. */
  total(host: SmmShare, t: LocalizeController): HTMLElement | null {
    const n = shown.get(host)?.counts?.total ?? 0;
    if (!n) return null;
    addStyles(host, countStyles);
    addStyles(host, totalStyles);
    // The number with its word under it ("12 / shares"): a bare number before the buttons says nothing.
    const total = count(t, n, 'totalShares', 'count total');
    total.append(h('span', { part: 'total-label', 'aria-hidden': 'true' }, t.term('sharesWord')));
    return total;
  },

  /** After a share from `host` that went ahead: its count and the total go up by one at once. */
  add(host: SmmShare, id: string): void {
    const c = shown.get(host)?.counts;
    if (c) {
      // The cached answer itself: every bar of this page and URL agrees, and a re-render keeps it.
      c.total++;
      c.networks[id] = (c.networks[id] ?? 0) + 1;
      host.requestUpdate();
    }
  },

  /** A link with its count beside it, not in it: the link's name stays what it visibly says. */
  beside(host: SmmShare, t: LocalizeController, id: string, link: HTMLElement): HTMLElement {
    const n = shown.get(host)?.counts?.networks[id] ?? 0;
    if (n) addStyles(host, countStyles);
    let pair = pairs.get(host);
    if (!pair) pairs.set(host, (pair = keyed()));
    return paired(pair, id, link, n ? count(t, n, 'sharesCount') : null);
  },
};
