/** Share counts of one page, as `GET /v1/counts` answers them. */
export interface Counts {
  url: string;
  total: number;
  networks: Record<string, number>;
}

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
