// Page keys keep the query parameters that identify a page (src/server/page-key.ts) from this
// version on. Keys written before it never held a query, and the query of those events was never
// stored, so no row can be split: a key written before stays the key of the query-less page it
// names (which is also its key now), and the counts that plain-permalink posts shared under the
// site's home page stay there. Nothing else needs to move, so the migration changes no row; it
// records the change in the schema version, and PostgreSQL keeps the definition as column
// comments for whoever reads the database directly. Number 002 belongs to the comments tables.
import type { Migration } from './index.js';

const KEY = 'page key: scheme://host[:port]/path[?query], the query reduced to the parameters that identify a page, sorted by name (smm-kit page-key.ts)';

export const pageKeys: Migration = {
  version: 3,
  name: 'page-keys',
  sqlite: '-- no row changes: see 003-page-keys.ts',
  postgres: `
    COMMENT ON COLUMN smm_events.url IS '${KEY}';
    COMMENT ON COLUMN smm_share_counts.url IS '${KEY}';
  `,
};
