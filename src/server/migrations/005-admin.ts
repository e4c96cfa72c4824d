// The owner's room (issue 13): named moderator tokens (only their SHA-256 is kept), the audit log
// of every moderation action, and daily roll-ups that keep the dashboard's queries fast on a year
// of a busy blog's events: per (type, day, network) (network '' for comments, which have none)
// and per (type, day, page). The roll-ups are
// filled from the events already stored, and kept by addEvents() from then on. A page's own view
// reads the events themselves through the (url, type, day) index.
import type { Migration } from './index.js';

const rollups = (sqlite: boolean) => `
    CREATE TABLE smm_daily_network (
      type text NOT NULL, day ${sqlite ? 'text' : 'date'} NOT NULL, network text NOT NULL, n bigint NOT NULL,
      PRIMARY KEY (type, day, network)
    )${sqlite ? ' WITHOUT ROWID' : ''};
    CREATE TABLE smm_daily_page (
      type text NOT NULL, day ${sqlite ? 'text' : 'date'} NOT NULL, url text NOT NULL, n bigint NOT NULL,
      PRIMARY KEY (type, day, url)
    )${sqlite ? ' WITHOUT ROWID' : ''};
    INSERT INTO smm_daily_network (type, day, network, n)
      SELECT type, day, coalesce(network, ''), count(*) FROM smm_events GROUP BY type, day, coalesce(network, '');
    INSERT INTO smm_daily_page (type, day, url, n)
      SELECT type, day, url, count(*) FROM smm_events GROUP BY type, day, url;
    CREATE INDEX smm_events_page ON smm_events (url, type, day, network);
`;

export const admin: Migration = {
  version: 5,
  name: 'admin',
  sqlite: `
    CREATE TABLE smm_moderators (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL,   -- ms since the epoch
      revoked_at INTEGER
    );
    CREATE UNIQUE INDEX smm_moderators_name ON smm_moderators (name) WHERE revoked_at IS NULL;
    CREATE TABLE smm_audit (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      moderator TEXT NOT NULL,       -- name at the time (tokens can be revoked, names reused)
      moderator_id TEXT,             -- null for the owner's admin token
      action TEXT NOT NULL,
      kind TEXT NOT NULL,
      item TEXT NOT NULL,
      detail TEXT
    );
    CREATE INDEX smm_audit_item ON smm_audit (kind, item);
    ${rollups(true)}
  `,
  postgres: `
    CREATE TABLE smm_moderators (
      id text PRIMARY KEY,
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      created_at bigint NOT NULL,
      revoked_at bigint
    );
    CREATE UNIQUE INDEX smm_moderators_name ON smm_moderators (name) WHERE revoked_at IS NULL;
    CREATE TABLE smm_audit (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at bigint NOT NULL,
      moderator text NOT NULL,
      moderator_id text,
      action text NOT NULL,
      kind text NOT NULL,
      item text NOT NULL,
      detail text
    );
    CREATE INDEX smm_audit_item ON smm_audit (kind, item);
    ${rollups(false)}
  `,
};
