// Testimonials (issue 12): what customers send through a wall's form or collection page, with the
// consent they gave (its wording and time), and the walls' own texts. They share the comment
// wall's statuses, bans, rate counters and server secret (002). Times are integer milliseconds,
// booleans 0/1, as in 002, so one implementation of the queries serves both databases.
import type { Migration } from './index.js';

const STATUSES = `'pending', 'published', 'spam', 'rejected', 'deleted'`;

const indexes = `
    CREATE INDEX smm_testimonials_wall ON smm_testimonials (wall, status, featured, created_at, seq);
    CREATE INDEX smm_testimonials_rating ON smm_testimonials (wall, status, rating);
    CREATE INDEX smm_testimonials_queue ON smm_testimonials (status, created_at, seq);
    CREATE INDEX smm_testimonials_email ON smm_testimonials (email_hash);
    CREATE UNIQUE INDEX smm_testimonials_source ON smm_testimonials (source, source_id);
    CREATE INDEX smm_comments_email ON smm_comments (email_hash);
`;

export const testimonials: Migration = {
  version: 4,
  name: 'testimonials',
  sqlite: `
    CREATE TABLE smm_testimonials (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      wall TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN (${STATUSES})),
      featured INTEGER NOT NULL DEFAULT 0,
      tags TEXT NOT NULL DEFAULT '',   -- ",tag1,tag2," so one LIKE finds a tag
      name TEXT NOT NULL,
      email TEXT,
      email_hash TEXT,
      role TEXT,
      company TEXT,
      rating INTEGER CHECK (rating BETWEEN 1 AND 5),
      body TEXT NOT NULL,
      original TEXT,                   -- the text as sent, kept when a moderator edits typos
      consent_text TEXT,
      consent_at INTEGER,
      ip_hash TEXT,
      created_at INTEGER NOT NULL,
      edited_at INTEGER,
      source TEXT,
      source_id TEXT
    );
    CREATE TABLE smm_walls (
      name TEXT PRIMARY KEY,
      title TEXT,
      intro TEXT,
      thanks TEXT,
      consent TEXT,
      moderation TEXT CHECK (moderation IN ('pre', 'post'))
    ) WITHOUT ROWID;
    ${indexes}
  `,
  postgres: `
    CREATE TABLE smm_testimonials (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      wall text NOT NULL,
      status text NOT NULL CHECK (status IN (${STATUSES})),
      featured smallint NOT NULL DEFAULT 0,
      tags text NOT NULL DEFAULT '',
      name text NOT NULL,
      email text,
      email_hash text,
      role text,
      company text,
      rating smallint CHECK (rating BETWEEN 1 AND 5),
      body text NOT NULL,
      original text,
      consent_text text,
      consent_at bigint,
      ip_hash text,
      created_at bigint NOT NULL,
      edited_at bigint,
      source text,
      source_id text
    );
    CREATE TABLE smm_walls (
      name text PRIMARY KEY,
      title text,
      intro text,
      thanks text,
      consent text,
      moderation text CHECK (moderation IN ('pre', 'post'))
    );
    ${indexes}
  `,
};
