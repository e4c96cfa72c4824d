// Two builds from one source tree:
// - dist/: ES modules file for file (Lit and server libraries stay dependencies) with .d.ts,
//   for npm users and their bundlers;
// - dist/cdn/: one minified file per entry with Lit inside, for a <script type="module"> in a CMS.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, existsSync } from 'node:fs';
import { cdnTerserOptions } from './scripts/cdn-minify.mjs';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

const ls = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`) : []);
const some = (...files) => files.filter((f) => existsSync(f));

const npmInputs = some(
  'src/index.ts',
  'src/smm.ts',
  'src/components/share/smm-share.ts',
  'src/components/follow/smm-follow.ts',
  'src/components/comments/smm-comments.ts',
  'src/components/testimonials/smm-testimonials.ts',
  'src/components/testimonials/smm-testimonial-form.ts',
  'src/i18n/index.ts',
  'src/i18n/all.ts',
  'src/i18n/lazy.ts',
  'src/i18n/comments-lazy.ts',
  'src/i18n/comments-all.ts',
  'src/i18n/testimonials-lazy.ts',
  'src/i18n/testimonials-all.ts',
  'src/track/index.ts',
  'src/track/auto.ts',
  'src/track/auto.node.ts',
  'src/server/index.ts',
  'src/server/cli.ts',
).concat(ls('src/components/share/networks'), ls('src/i18n/locales'), ls('src/i18n/comments'), ls('src/i18n/testimonials'));

const external = (id) =>
  /^(lit|@lit|lit-html|lit-element|tslib|hono|@hono|valibot|better-sqlite3|postgres|yaml|jose|nodemailer|saxes)(\/|$)/.test(id) || id.startsWith('node:');

const cdn = {
  'smm.js': 'src/smm.ts',
  'smm-share.js': 'src/cdn/smm-share.ts',
  'smm-follow.js': 'src/cdn/smm-follow.ts',
  'smm-comments.js': 'src/cdn/smm-comments.ts',
  'smm-testimonials.js': 'src/cdn/smm-testimonials.ts',
  'smm-track.js': 'src/track/auto.ts',
};

const minify = (options) => terser(cdnTerserOptions(options));

export default [
  {
    input: npmInputs,
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json', importHelpers: false,
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
        sourceMap: true,
        noEmitOnError: true,
      }),
      minifyTemplates(),
    ],
  },
  ...Object.entries(cdn)
    .filter(([, input]) => existsSync(input))
    .map(([file, input]) => ({
      input,
      // Extras loaded on first use (share counts, the Mastodon picker) become chunks beside the
      // bundle, named after it: each bundle has Lit inside, so chunks are not shared between them.
      // smm-track.js: compact, so no trailing newline (a character found nowhere else: 3 B gzip).
      output: { dir: 'dist/cdn', entryFileNames: file, chunkFileNames: `chunks/${file.replace(/\.js$/, '')}-[name]-[hash].js`, format: 'es', compact: file === 'smm-track.js' },
      plugins: [
          nodeResolve({ exportConditions: ['production'] }),
        typescript({
          tsconfig: './tsconfig.build.json', importHelpers: false,
            declaration: false,
          outDir: 'dist/cdn',
            sourceMap: false,
          noEmitOnError: true,
        }),
        minifyTemplates(),
        minify({ track: file === 'smm-track.js' }),
      ],
    })),
  // The comment wall's strings, fetched on demand by its bundles (src/i18n/comments-lazy.ts).
  {
    input: ls('src/i18n/comments').filter((f) => !f.endsWith('/en.ts')),
    output: { dir: 'dist/cdn/comments', format: 'es', preserveModules: true, preserveModulesRoot: 'src/i18n/comments' },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', importHelpers: false, declaration: false, outDir: 'dist/cdn/comments', sourceMap: false }),
      minify(),
    ],
  },
  // The admin room (/admin, served by the endpoint): one file with Lit inside, not for readers.
  ...(existsSync('src/admin/admin-app.ts') ? [{
    input: 'src/admin/admin-app.ts',
    output: { file: 'dist/admin/app.js', format: 'es', inlineDynamicImports: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', importHelpers: false, declaration: false, outDir: 'dist/admin', sourceMap: false, noEmitOnError: true }),
      minifyTemplates(),
      minify(),
    ],
  }] : []),
  // The testimonial wall's strings, fetched on demand by its bundles (src/i18n/testimonials-lazy.ts).
  {
    input: ls('src/i18n/testimonials').filter((f) => !f.endsWith('/en.ts')),
    output: { dir: 'dist/cdn/testimonials', format: 'es', preserveModules: true, preserveModulesRoot: 'src/i18n/testimonials' },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', importHelpers: false, declaration: false, outDir: 'dist/cdn/testimonials', sourceMap: false }),
      minify(),
    ],
  },
  // The locales the CDN bundles fetch on demand (src/i18n/lazy.ts): one small module each.
  {
    input: ls('src/i18n/locales').filter((f) => !f.endsWith('/en.ts')),
    output: { dir: 'dist/cdn/locales', format: 'es', preserveModules: true, preserveModulesRoot: 'src/i18n/locales' },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', importHelpers: false, declaration: false, outDir: 'dist/cdn/locales', sourceMap: false }),
      minify(),
    ],
  },
];
