// Terser options of the dist/cdn bundles, shared by rollup.config.mjs and scripts/size.mjs so
// that `npm run size` measures exactly what the build ships.

/** Options for every CDN bundle; `track` adds the tracker's own (see below). */
export function cdnTerserOptions({ track = false } = {}) {
  return {
    ecma: 2022,
    module: true,
    compress: {
      passes: 3, unsafe_arrows: true, pure_getters: true, unsafe: true, unsafe_methods: true, toplevel: true, hoist_funs: true, keep_fargs: false,
      // smm-track.js (budget 600 B gzip): 1 for true (keepalive: 1).
      ...(track && { booleans_as_integers: true }),
    },
    // smm-track.js: send()'s parameters keep their names, so its event object is written in
    // shorthand, {type,network,url}; see src/track/track.ts.
    // Lit's ReactiveElement names its own internals `_$E…` (its `_$A…` names are shared with
    // lit-html and stay); each bundle carries its own copy and nothing else reads them, so they are
    // mangled like local names: 40 B gzip off every bundle with an element. Terser never picks a
    // name the code uses unmangled, nor a DOM property.
    mangle: { toplevel: true, ...(track ? { reserved: ['type', 'network', 'url'] } : { properties: { regex: /^_\$E/ } }) },
    // smm-track.js: single quotes throughout, as its one selector holding double quotes has
    // anyway, so more of it repeats. Together with the two above, 10 B gzip smaller.
    format: { comments: false, ...(track && { quote_style: 1 }) },
  };
}
