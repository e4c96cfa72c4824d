// `npm run size`: the gzip size of each budgeted bundle, built straight from src/ in memory.
// Quick to run after every change and it never touches dist/, so it is safe while tests run.
// `npm run bench` remains the reference: it measures the built dist/ files.
//
//   node scripts/size.mjs [share|follow|track|consumer ...]   (SIZE_DUMP=dir writes each bundle there)
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cdnTerserOptions } from './cdn-minify.mjs';
import { minifyTemplates } from './rollup-minify-templates.mjs';

const ts = () => typescript({ tsconfig: './tsconfig.build.json', importHelpers: false, declaration: false, sourceMap: false, outDir: undefined, noEmitOnError: false });
const cdnTerser = (options) => terser(cdnTerserOptions(options));

// `smm-kit` and `smm-kit/networks/<id>` as the npm consumer imports them, but from src/.
const fromSrc = {
  name: 'smm-kit-from-src',
  resolveId(id) {
    if (id === 'smm-kit') return resolve('src/index.ts');
    const m = /^smm-kit\/networks\/([\w-]+)$/.exec(id);
    return m ? resolve(`src/components/share/networks/${m[1]}.ts`) : null;
  },
};

const bundles = {
  share: { input: 'src/cdn/smm-share.ts', plugins: () => [nodeResolve({ exportConditions: ['production'] }), ts(), minifyTemplates(), cdnTerser()], budget: 12_800 },
  // Issue 15: the share and follow bundles each stay within 12.5 KB (12,800 B).
  follow: { input: 'src/cdn/smm-follow.ts', plugins: () => [nodeResolve({ exportConditions: ['production'] }), ts(), minifyTemplates(), cdnTerser()], budget: 12_800 },
  // What a reader loads to see a comment thread; the form is the chunk `writer` (≤ 6,000 B).
  comments: { input: 'src/cdn/smm-comments.ts', plugins: () => [nodeResolve({ exportConditions: ['production'] }), ts(), minifyTemplates(), cdnTerser()], budget: 10_240, chunks: { writer: 6_144 } },
  // What a reader loads to see a testimonial wall; the form is the chunk `smm-testimonial-form` (≤ 5,000 B).
  testimonials: { input: 'src/cdn/smm-testimonials.ts', plugins: () => [nodeResolve({ exportConditions: ['production'] }), ts(), minifyTemplates(), cdnTerser()], budget: 8_192, chunks: { 'smm-testimonial-form': 5_120 } },
  // The tracker's extra options (cdn-minify.mjs) and compact output, as in rollup.config.mjs.
  track: { input: 'src/track/auto.ts', plugins: () => [ts(), cdnTerser({ track: true })], output: { compact: true }, budget: 600 },
  // What bench/consumer/eight.js ships: a developer's own bundler with default terser settings.
  consumer: { input: 'bench/consumer/eight.js', plugins: () => [fromSrc, nodeResolve({ exportConditions: ['production'], browser: true }), ts(), minifyTemplates(), terser()], budget: 9_500 },
};

// package.json's `sideEffects`, applied to the sources: only the registering files have any.
const registering = ['src/smm.ts', 'src/components/share/smm-share.ts', 'src/components/follow/smm-follow.ts', 'src/components/comments/smm-comments.ts', 'src/i18n/all.ts', 'src/i18n/lazy.ts', 'src/i18n/comments-lazy.ts', 'src/i18n/comments-all.ts', 'src/components/testimonials/smm-testimonials.ts', 'src/components/testimonials/smm-testimonial-form.ts', 'src/i18n/testimonials-lazy.ts', 'src/i18n/testimonials-all.ts', 'src/i18n/cdn.ts', 'src/track/auto.ts', 'src/cdn/'];
const moduleSideEffects = (id) => !id.startsWith(resolve('src')) || registering.some((f) => id.startsWith(resolve(f)));

const wanted = process.argv.slice(2).filter((a) => a in bundles);
for (const name of wanted.length ? wanted : Object.keys(bundles)) {
  const b = bundles[name];
  if (!existsSync(b.input)) continue;
  const bundle = await rollup({ input: b.input, plugins: b.plugins(), onwarn: () => {}, treeshake: { moduleSideEffects } });
  const { output } = await bundle.generate({ format: 'es', ...b.output });
  await bundle.close();
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  const lazy = output.filter((o) => o.type === 'chunk' && !o.isEntry);
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const size = gz(entry.code);
  if (process.env.SIZE_DUMP) writeFileSync(`${process.env.SIZE_DUMP}/${name}.js`, entry.code);
  const verdict = b.budget ? (size <= b.budget ? `ok (≤ ${b.budget})` : `OVER ${b.budget} by ${size - b.budget}`) : '';
  console.log(`${name.padEnd(9)} ${String(size).padStart(6)} B gzip  ${String(entry.code.length).padStart(6)} B raw  ${verdict}`);
  for (const c of lazy) {
    const limit = Object.entries(b.chunks ?? {}).find(([n]) => c.name === n)?.[1];
    const note = limit ? (gz(c.code) <= limit ? `  ok (≤ ${limit})` : `  OVER ${limit} by ${gz(c.code) - limit}`) : '';
    console.log(`          + ${String(gz(c.code)).padStart(6)} B on demand: ${c.fileName}${note}`);
  }
}
