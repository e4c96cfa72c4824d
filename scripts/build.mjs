// `npm run build`: rollup (npm modules + CDN bundles), then the custom elements manifest and the
// framework types made from it.
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('rollup', ['-c', '--silent']);
await run('cem', ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/components/**/networks/**', '--quiet']);
// Types for React, Vue, Svelte and Solid (smm-kit/react, …), from the manifest just written.
await run('node', ['scripts/framework-types.mjs']);
