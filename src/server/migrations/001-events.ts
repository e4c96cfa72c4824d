// Share/follow/visit events and the per-page share counters that make /v1/counts one index
// lookup however many events there are. Tables are prefixed `smm_` so the database can be shared
// with the host application.
import type { Migration } from './index.js';

export const events: Migration = {
  version: 1,
  name: 'events',
  sqlite: `
    CREATE TABLE smm_events (
      id INTEGER PRIMARY KEY,
      type TEXT NOT NULL CHECK (type IN ('share', 'follow', 'visit', 'comment')),
      network TEXT,
      url TEXT NOT NULL,
      campaign TEXT,
      ref TEXT,
      ts INTEGER NOT NULL,  -- server clock, ms since the epoch
      day TEXT NOT NULL     -- UTC day of ts, YYYY-MM-DD
    );
    CREATE INDEX smm_events_type_day ON smm_events (type, day);
    CREATE TABLE smm_share_counts (
      url TEXT NOT NULL,
      network TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (url, network)
    ) WITHOUT ROWID;
  `,
  postgres: `
    CREATE TABLE smm_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      type text NOT NULL CHECK (type IN ('share', 'follow', 'visit', 'comment')),
      network text,
      url text NOT NULL,
      campaign text,
      ref text,
      ts timestamptz NOT NULL,
      day date NOT NULL
    );
    CREATE INDEX smm_events_type_day ON smm_events (type, day);
    CREATE TABLE smm_share_counts (
      url text NOT NULL,
      network text NOT NULL,
      n bigint NOT NULL,
      PRIMARY KEY (url, network)
    );
  `,
};
