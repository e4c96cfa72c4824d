// `npm run build`: rollup (npm modules + CDN bundles), then the custom elements manifest.
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('rollup', ['-c', '--silent']);
await run('cem', ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/components/**/networks/**', '--quiet']);
