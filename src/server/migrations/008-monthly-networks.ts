// Per-network totals over long ranges: per (type, month, network) counts beside the daily ones of
// 005, read like 007's pages (whole months here, the days at the ends from smm_daily_network). The
// dashboard asks them twice per request (the range and the previous one): a year then reads ~500
// rows instead of ~16,000. Filled from the daily roll-up already stored.
import type { Migration } from './index.js';

const table = (sqlite: boolean, month: string) => `
    CREATE TABLE smm_monthly_network (
      type text NOT NULL, month text NOT NULL, network text NOT NULL, n bigint NOT NULL,
      PRIMARY KEY (type, month, network)
    )${sqlite ? ' WITHOUT ROWID' : ''};
    INSERT INTO smm_monthly_network (type, month, network, n)
      SELECT type, ${month}, network, sum(n) FROM smm_daily_network GROUP BY type, ${month}, network;
`;

export const monthlyNetworks: Migration = {
  version: 8,
  name: 'monthly-networks',
  sqlite: table(true, 'substr(day, 1, 7)'),
  postgres: table(false, `to_char(day, 'YYYY-MM')`),
};
