// `npm run build`: rollup (npm modules + CDN bundles), then the custom elements manifest and the
// framework types made from it.
import { chmodSync, rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('rollup', ['-c', '--silent']);
// The package's bin: rollup writes it without the executable bit, and npx sets that bit only when
// it first links the package, so `npx smm-kit` in a checkout would answer "Permission denied".
chmodSync('dist/server/cli.js', 0o755);
await run('cem', ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/components/**/networks/**', '--quiet']);
// Types for React, Vue, Svelte and Solid (smm-kit/react, …), from the manifest just written.
await run('node', ['scripts/framework-types.mjs']);
