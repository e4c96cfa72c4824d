// What `npm run build` leaves in dist/ for a checkout to use as the README says.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';

test('the CLI is executable after every build (npx smm-kit in a checkout)', () => {
  const cli = new URL('../../dist/server/cli.js', import.meta.url);
  assert.ok(statSync(cli).mode & 0o100, 'dist/server/cli.js has no executable bit');
  assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});
