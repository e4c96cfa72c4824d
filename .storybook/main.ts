// Storybook for smm-kit: the living docs of every element and state, built to a static site that
// tests/stories/stories.test.ts opens story by story in Chromium (render + axe).
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * Decorators: the repo uses TypeScript's `experimentalDecorators` with
 * `useDefineForClassFields: false`. Vite 8 transpiles `.ts` with Oxc, which reads both options
 * from tsconfig.json and emits legacy `__decorate(...)` calls and constructor assignments, so no
 * esbuild pre-transform is needed. Should that ever stop being true (tsconfig moved, standard
 * `accessor` decorators introduced, Oxc changed), decorators would reach the browser as-is and the
 * stories would render blank while the build "succeeds". This guard turns that into a build error.
 */
function decoratorGuard(): Plugin {
  return {
    name: 'smm:decorator-guard',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.ts$/.test(file)) return null;
      const left = /^\s*@(property|state|query\w*|customElement|eventOptions)\(/m.exec(code);
      if (left) {
        this.error(
          `${file}: decorator "${left[0].trim()}" survived transpilation. Expected Oxc to lower ` +
            'legacy decorators from tsconfig.json (experimentalDecorators: true); ' +
            'pre-transform .ts with esbuild in .storybook/main.ts viteFinal instead.',
        );
      }
      return null;
    },
  };
}

/**
 * package.json `sideEffects` lists the registering files of `dist/` only, so the bundler treats
 * every `src/` module as pure and drops the bare imports that matter here
 * (`import '../src/components/share/smm-share.js'`, `import '../src/i18n/all.js'`): the build
 * "succeeds" and every story is blank, while `storybook dev` (unbundled) looks fine. Stories run
 * the sources, so keep what a bare import of a source module does, as the dev server does.
 */
function keepSourceSideEffects(): Plugin {
  return {
    name: 'smm:keep-source-side-effects',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Controls, actions, backgrounds and toolbars ship with Storybook's core; no addon is needed,
  // and none may call the network.
  addons: [],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), decoratorGuard(), keepSourceSideEffects()];
    return viteConfig;
  },
};

export default config;
