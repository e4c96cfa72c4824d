// Versioned schema changes, applied in order at start-up by each adapter. SQL lives in TS string
// modules so the built server needs no extra files. Never edit a released migration: add one.
import { events } from './001-events.js';

export interface Migration {
  /** Strictly increasing, never reused. */
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const migrations: readonly Migration[] = [events];
