// Two builds from one source tree:
// - dist/: ES modules file for file (Lit and server libraries stay dependencies) with .d.ts,
//   for npm users and their bundlers;
// - dist/cdn/: one minified file per entry with Lit inside, for a <script type="module"> in a CMS.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, existsSync } from 'node:fs';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

const ls = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`) : []);
const some = (...files) => files.filter((f) => existsSync(f));

const npmInputs = some(
  'src/index.ts',
  'src/smm.ts',
  'src/components/share/smm-share.ts',
  'src/components/follow/smm-follow.ts',
  'src/i18n/index.ts',
  'src/i18n/all.ts',
  'src/i18n/lazy.ts',
  'src/track/index.ts',
  'src/track/auto.ts',
  'src/server/index.ts',
  'src/server/cli.ts',
).concat(ls('src/components/share/networks'), ls('src/i18n/locales'));

const external = (id) =>
  /^(lit|@lit|lit-html|lit-element|tslib|hono|@hono|valibot|better-sqlite3|postgres|yaml)(\/|$)/.test(id) || id.startsWith('node:');

const cdn = {
  'smm.js': 'src/smm.ts',
  'smm-share.js': 'src/cdn/smm-share.ts',
  'smm-follow.js': 'src/cdn/smm-follow.ts',
  'smm-track.js': 'src/track/auto.ts',
};

const minify = ({ track = false } = {}) =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3, unsafe_arrows: true, pure_getters: true, unsafe: true, unsafe_methods: true, toplevel: true, hoist_funs: true, keep_fargs: false, ...(track && trackCompress) }, mangle: { toplevel: true, ...(track && trackMangle) },
    format: { comments: false, ...(track && trackFormat) },
  });

// smm-track.js alone (budget 600 B gzip) also gets, together 10 B gzip smaller: 1 for true
// (keepalive: 1); single quotes throughout, as its one selector holding double quotes has anyway,
// so more of it repeats; send()'s parameters keep their names, so its event object is written in
// shorthand, {type,network,url}. Same options in scripts/size.mjs; see src/track/track.ts.
const trackCompress = { booleans_as_integers: true };
const trackMangle = { reserved: ['type', 'network', 'url'] };
const trackFormat = { quote_style: 1 };

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
