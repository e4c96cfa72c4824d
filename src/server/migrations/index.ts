// Versioned schema changes, applied in order at start-up by each adapter. SQL lives in TS string
// modules so the built server needs no extra files. Never edit a released migration: add one.
import { events } from './001-events.js';
import { comments } from './002-comments.js';
import { pageKeys } from './003-page-keys.js';
import { testimonials } from './004-testimonials.js';
import { admin } from './005-admin.js';
import { commentImport } from './006-comment-import.js';
import { monthlyPages } from './007-monthly-pages.js';
import { monthlyNetworks } from './008-monthly-networks.js';

export interface Migration {
  /** Increasing along the list, never reused; gaps allowed. */
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

// Versions may have gaps (a number reserved by work not landed yet): each store applies, in this
// order, every migration it has not recorded, so a later-landing 002 is applied after 003 on a
// database that already has 003. A migration must therefore not depend on one with a higher number.
export const migrations: readonly Migration[] = [events, comments, pageKeys, testimonials, admin, commentImport, monthlyPages, monthlyNetworks];
