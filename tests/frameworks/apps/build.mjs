// Builds the test apps with the frameworks' own tools (Vite 8 and each framework's plugin; Astro
// with its own build), as a user's project would, importing smm-kit through package.json's
// exports (the package refers to itself by name). Also a server build of the React app, for
// react-dom/server.
//
//   node tests/frameworks/apps/build.mjs [outdir]      (default .tmp/frameworks)
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Vue and Svelte must be told that smm-* tags are custom elements, not components of theirs. */
const isCustomElement = (tag) => tag.startsWith('smm-');

const apps = {
  react: () => [react()],
  vue: () => [vue({ template: { compilerOptions: { isCustomElement } } })],
  svelte: () => [svelte({ configFile: false })],
};

/** Builds every app into outdir/<name>/ and the React app's server module into outdir/react-ssr/. */
export async function buildApps(outdir = resolve('.tmp/frameworks')) {
  const times = {};
  // base './': each app is served from a folder of its own.
  const common = (name) => ({ configFile: false, logLevel: 'warn', base: './', root: join(HERE, name), plugins: apps[name]() });
  for (const name of Object.keys(apps)) {
    const t = performance.now();
    await build({ ...common(name), build: { outDir: join(outdir, name), emptyOutDir: true, reportCompressedSize: false } });
    times[name] = Math.round(performance.now() - t);
  }
  const t = performance.now();
  // smm-kit stays outside the server bundle, as a dependency in node_modules would: Node loads it.
  await build({ ...common('react'), ssr: { external: ['smm-kit'] }, build: { ssr: join(HERE, 'react/App.tsx'), outDir: join(outdir, 'react-ssr'), emptyOutDir: true } });
  times['react-ssr'] = Math.round(performance.now() - t);
  // Astro renders the page on the server (its frontmatter imports smm-kit under Node) and bundles
  // the page's <script> for the browser.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build: astroBuild } = await import('astro');
  const root = join(HERE, 'astro');
  const ta = performance.now();
  await astroBuild({ root, outDir: relative(root, join(outdir, 'astro')), cacheDir: relative(root, join(outdir, '.astro-cache')), base: '/astro/', logLevel: 'warn' });
  times.astro = Math.round(performance.now() - ta);
  return times;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const times = await buildApps(process.argv[2] && resolve(process.argv[2]));
  for (const [name, ms] of Object.entries(times)) console.log(`${name.padEnd(10)} ${ms} ms`);
}
