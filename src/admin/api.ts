// The admin API from the page: same origin, the token from sessionStorage only (never in a URL,
// never in localStorage), JSON in and out. Errors carry the server's message and status.
export const TOKEN_KEY = 'smm-admin-token';

/** The API root beside the page: `/admin` → `/v1`, `/smm/admin` → `/smm/v1` (a mounted app). */
export function apiBase(loc: Location = location): string {
  return `${loc.pathname.replace(/\/admin\/?$/, '')}/v1`;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly retryAfter?: number) {
    super(message);
  }
}

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string) => sessionStorage.setItem(TOKEN_KEY, t),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

export async function api<T>(path: string, init: { method?: string; body?: unknown; keepalive?: boolean; token?: string } = {}): Promise<T> {
  const t = init.token ?? token.get();
  const res = await fetch(`${apiBase()}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(t ? { authorization: `Bearer ${t}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    keepalive: init.keepalive,
    cache: 'no-store',
  });
  if (res.status === 204) return undefined as T;
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const retry = Number(res.headers.get('retry-after')) || undefined;
    throw new ApiError(res.status, (json as { error?: { message?: string } }).error?.message ?? `HTTP ${res.status}`, retry);
  }
  return json as T;
}

/** What the queue shows: a comment (or, once the server has them, a testimonial). */
export interface Item {
  kind: 'comment' | 'testimonial';
  id: string;
  status: string;
  thread: string;
  parent: string | null;
  author: { name: string; url?: string; badge?: string };
  body: string;
  createdAt: string;
  editedAt?: string;
  emailHash?: string;
  ipHash?: string;
  rating?: number;
  /** Testimonials: shown first on its wall's featured views. */
  featured?: boolean;
  /** Testimonials: the wall's filters. */
  tags?: string[];
}

export interface Stats {
  from: string;
  to: string;
  url?: string;
  totals: Record<'share' | 'follow' | 'visit' | 'comment', number>;
  sharesPerDay: { day: string; network: string; count: number }[];
  visitsPerDay: { day: string; network: string; count: number }[];
  sharesPerPage: { url: string; count: number }[];
  visitsPerPage: { url: string; count: number }[];
  commentsPerPage: { url: string; count: number }[];
  followsPerNetwork: { network: string; count: number }[];
  visitsPerNetwork: { network: string; count: number }[];
  networks: { network: string; shares: number; visits: number; follows: number; ratio: number | null }[];
  commentsPerDay: { day: string; count: number }[];
  testimonialsPerDay: { day: string; count: number }[];
  previous: {
    from: string; to: string; totals: Record<'share' | 'follow' | 'visit' | 'comment', number>;
    networks: Stats['networks']; comments: number; testimonials: number;
  };
}

export interface AuditEntry {
  id: number;
  at: string;
  moderator: string;
  owner: boolean;
  action: string;
  kind: string;
  item: string;
  detail?: string;
}
