// Page keys: the one place that decides which URLs are the same page. Events, counts and stats
// are all stored and looked up under pageKey(url), so the tracker, the share bar's counts and
// the statistics agree by construction; clients send URLs as they are (minus the fragment).

/**
 * Query parameters that never tell one page from another, dropped from page keys. Names are
 * compared in lower case; an entry ending in `_` is a prefix. Anything else in the query is kept,
 * because CMSs name pages by it: WordPress `?p=123`, `?page_id=7`, Joomla
 * `index.php?option=com_content&view=article&id=5`.
 */
export const IGNORED_PARAMS: readonly string[] = [
  // Campaign tags: Google Analytics, Matomo/Piwik, HubSpot, Mailchimp, Marketo.
  'utm_', 'mtm_', 'pk_', 'piwik_', 'hsa_', '_hsenc', '_hsmi', 'mc_cid', 'mc_eid', 'mkt_tok',
  // Click identifiers of ad and social networks.
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'srsltid', 'epik', 'rdt_cid',
  // Analytics linkers and referral tags.
  '_ga', '_gl', 'ref', 'ref_src', 'ref_url',
  // Session ids and secrets: a page's address never needs them, and a key must not keep them.
  'phpsessid', 'jsessionid', 'sid', 'sessionid', 'token', 'access_token', 'auth', 'password',
  'email', '_wpnonce',
  // WordPress's "reply to this comment" links of a post.
  'replytocom',
];

const exact = new Set(IGNORED_PARAMS.filter((p) => !p.endsWith('_')));
const prefixes = IGNORED_PARAMS.filter((p) => p.endsWith('_'));

/** Whether a query parameter is left out of page keys (see IGNORED_PARAMS). */
export function isIgnoredParam(name: string): boolean {
  const n = name.toLowerCase();
  return exact.has(n) || prefixes.some((p) => n.startsWith(p));
}

/**
 * The page key of an absolute URL: `scheme://host[:port]/path[?query]`. The host is lower-cased,
 * the default port, credentials and fragment dropped; the query keeps the parameters that identify
 * a page, sorted by name (values of one name keep their order) so that parameter order does not
 * make two pages; a query left empty is dropped with its `?`.
 */
export function pageKey(url: string): string {
  const u = new URL(url);
  const kept = new URLSearchParams([...u.searchParams].filter(([name]) => !isIgnoredParam(name)));
  kept.sort();
  const query = kept.toString();
  return `${u.protocol}//${u.host}${u.pathname}${query ? `?${query}` : ''}`;
}
