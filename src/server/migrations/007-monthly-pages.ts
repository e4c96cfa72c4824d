// Top pages over long ranges: per (type, month, page) counts beside the daily ones of 005. A range
// is answered from whole months here plus the days at its two ends from smm_daily_page, so a year
// reads ~12 rows per page instead of ~365 (the daily table barely shrinks a busy blog's events:
// most pages are read a few times a day). Filled from the events already stored.
import type { Migration } from './index.js';

const table = (sqlite: boolean, month: string) => `
    CREATE TABLE smm_monthly_page (
      type text NOT NULL, month text NOT NULL, url text NOT NULL, n bigint NOT NULL,
      PRIMARY KEY (type, month, url)
    )${sqlite ? ' WITHOUT ROWID' : ''};
    INSERT INTO smm_monthly_page (type, month, url, n)
      SELECT type, ${month}, url, count(*) FROM smm_events GROUP BY type, ${month}, url;
`;

export const monthlyPages: Migration = {
  version: 7,
  name: 'monthly-pages',
  sqlite: table(true, 'substr(day, 1, 7)'),
  postgres: table(false, `to_char(day, 'YYYY-MM')`),
};
