// Builds dist/cdn/smm-track.js's entry of rollup.config.mjs (same plugins, same terser options)
// into .tmp/track-build/ instead, so the tracker tests can run while dist/ is in use elsewhere:
//   node tests/track/build-tracker.mjs &&
//   SMM_TRACK_JS=.tmp/track-build/smm-track.js node --import tsx --test tests/track/track.test.ts
// Type errors elsewhere in src/ (another change in progress) do not stop it: the typescript
// plugin is the config's, but with noEmitOnError off.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = '.tmp/track-build';
const configs = (await import(new URL('../../rollup.config.mjs', import.meta.url).href)).default;
const cfg = configs.find((c) => c.output?.entryFileNames === 'smm-track.js');
if (!cfg) throw new Error('rollup.config.mjs has no smm-track.js entry');
const plugins = cfg.plugins.map((p) => p.name === 'typescript'
  ? typescript({ tsconfig: './tsconfig.build.json', importHelpers: false, declaration: false, outDir: dir, sourceMap: false, noEmitOnError: false })
  : p);
const bundle = await rollup({ input: cfg.input, plugins, onwarn: () => {} });
const { output } = await bundle.generate({ ...cfg.output, dir });
await bundle.close();
const { code } = output.find((o) => o.type === 'chunk' && o.isEntry);
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/smm-track.js`, code);
console.log(`${dir}/smm-track.js: ${code.length} B, ${gzipSync(code, { level: 9 }).length} B gzip -9`);
