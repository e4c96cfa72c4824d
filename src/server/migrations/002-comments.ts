// The comment wall (issue 11) and what testimonials will share with it: bans, rate-limit counters
// and the server secret live in the database, so several server instances on one PostgreSQL agree.
// Times are integer milliseconds since the epoch in both databases, so one implementation of the
// queries (store/comments-*.ts) serves both adapters; booleans are 0/1 for the same reason.
import type { Migration } from './index.js';

const STATUSES = `'pending', 'published', 'spam', 'rejected', 'deleted'`;

// `root` is NULL for a top-level comment, else its top-level ancestor: the first page lists roots
// by (thread, root IS NULL, visible, order) and the replies of a page's roots by (root, visible, …),
// so a 10,000-comment thread answers from indexes as fast as a 10-comment one.
// `visible` = published, or not published but with visible replies (shown as a placeholder).
const indexes = `
    CREATE INDEX smm_comments_roots ON smm_comments (thread, root, visible, created_at, seq);
    CREATE INDEX smm_comments_top ON smm_comments (thread, root, visible, likes, created_at, seq);
    CREATE INDEX smm_comments_replies ON smm_comments (root, visible, created_at, seq);
    CREATE INDEX smm_comments_parent ON smm_comments (parent);
    CREATE INDEX smm_comments_status ON smm_comments (status, created_at, seq);
    CREATE INDEX smm_comments_recent ON smm_comments (thread, created_at);
    CREATE INDEX smm_comments_identity ON smm_comments (identity);
    CREATE INDEX smm_comments_secret ON smm_comments (secret_hash);
    CREATE UNIQUE INDEX smm_comments_source ON smm_comments (source, source_id);
    CREATE INDEX smm_bans_ip ON smm_bans (ip_hash);
    CREATE INDEX smm_bans_email ON smm_bans (email_hash);
`;

export const comments: Migration = {
  version: 2,
  name: 'comments',
  sqlite: `
    CREATE TABLE smm_comments (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      thread TEXT NOT NULL,
      parent TEXT,
      root TEXT,
      name TEXT NOT NULL,
      url TEXT,
      email_hash TEXT,
      ip_hash TEXT,
      identity TEXT,
      badge TEXT CHECK (badge IN ('moderator', 'verified')),
      body TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN (${STATUSES})),
      visible INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      edited_at INTEGER,
      likes INTEGER NOT NULL DEFAULT 0,
      secret_hash TEXT,
      source TEXT,
      source_id TEXT,
      source_parent TEXT
    );
    CREATE TABLE smm_comment_threads (
      key TEXT PRIMARY KEY,
      closed INTEGER NOT NULL DEFAULT 0,
      moderation TEXT CHECK (moderation IN ('pre', 'first', 'post')),
      shown INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TABLE smm_comment_likes (
      comment TEXT NOT NULL,
      reader TEXT NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (comment, reader)
    ) WITHOUT ROWID;
    CREATE TABLE smm_bans (
      id TEXT PRIMARY KEY,
      ip_hash TEXT,
      email_hash TEXT,
      comment TEXT,
      created_at INTEGER NOT NULL
    );
    CREATE TABLE smm_rate_counters (
      key TEXT PRIMARY KEY,
      win INTEGER NOT NULL,
      n INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE smm_secrets (
      name TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
    ${indexes}
  `,
  postgres: `
    CREATE TABLE smm_comments (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      thread text NOT NULL,
      parent text,
      root text,
      name text NOT NULL,
      url text,
      email_hash text,
      ip_hash text,
      identity text,
      badge text CHECK (badge IN ('moderator', 'verified')),
      body text NOT NULL,
      status text NOT NULL CHECK (status IN (${STATUSES})),
      visible smallint NOT NULL DEFAULT 0,
      created_at bigint NOT NULL,
      edited_at bigint,
      likes integer NOT NULL DEFAULT 0,
      secret_hash text,
      source text,
      source_id text,
      source_parent text
    );
    CREATE TABLE smm_comment_threads (
      key text PRIMARY KEY,
      closed smallint NOT NULL DEFAULT 0,
      moderation text CHECK (moderation IN ('pre', 'first', 'post')),
      shown integer NOT NULL DEFAULT 0
    );
    CREATE TABLE smm_comment_likes (
      comment text NOT NULL,
      reader text NOT NULL,
      at bigint NOT NULL,
      PRIMARY KEY (comment, reader)
    );
    CREATE TABLE smm_bans (
      id text PRIMARY KEY,
      ip_hash text,
      email_hash text,
      comment text,
      created_at bigint NOT NULL
    );
    CREATE TABLE smm_rate_counters (
      key text PRIMARY KEY,
      win bigint NOT NULL,
      n integer NOT NULL
    );
    CREATE TABLE smm_secrets (
      name text PRIMARY KEY,
      value text NOT NULL
    );
    ${indexes}
  `,
};
