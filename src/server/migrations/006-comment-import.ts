// Imports look up, for each comment stored, the replies that came before it in the file and wait
// for it (source_parent). Only those few rows are in this index, so it costs nothing otherwise.
import type { Migration } from './index.js';

const SQL = `CREATE INDEX smm_comments_waiting ON smm_comments (source, source_parent) WHERE source_parent IS NOT NULL;`;

export const commentImport: Migration = { version: 6, name: 'comment-import', sqlite: SQL, postgres: SQL };
