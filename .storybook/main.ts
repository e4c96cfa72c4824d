// Storybook for smm-kit: the living docs of every element and state, built to a static site that
// tests/stories/stories.test.ts opens story by story in Chromium (render + axe).
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const isSource = (id: string) => /\/src\/.*\.ts$/.test(id.split('?')[0]);

/**
 * Decorators: the repo uses TypeScript's `experimentalDecorators` with
 * `useDefineForClassFields: false`. Vite 8 transpiles `.ts` with Oxc, which reads both options
 * from tsconfig.json and emits legacy `decorate([property()], …)` calls plus constructor
 * assignments, so no esbuild pre-transform is needed. Without `experimentalDecorators` (tsconfig
 * not found, or a switch to standard `accessor` decorators) the production build *silently drops*
 * the decorators: the element is defined but ignores every attribute. This guard notes the
 * decorators each source module uses before Oxc runs and fails the build if any is missing after.
 */
function decoratorGuard(): Plugin[] {
  const used = new Map<string, string[]>();
  return [
    {
      name: 'smm:decorators-before',
      enforce: 'pre',
      transform(code, id) {
        if (!isSource(id)) return null;
        const names = new Set([...code.matchAll(/^\s*@(\w+)\(/gm)].map((m) => m[1]));
        if (names.size) used.set(id, [...names]);
        return null;
      },
    },
    {
      name: 'smm:decorators-after',
      enforce: 'post',
      transform(code, id) {
        for (const name of used.get(id) ?? []) {
          const left = new RegExp(`^\\s*@${name}\\(`, 'm').test(code);
          const applied = new RegExp(`\\b${name}\\(`).test(code);
          if (left || !applied) {
            this.error(
              `${id.split('?')[0]}: decorator @${name}() was ${left ? 'left untranspiled' : 'dropped'}. ` +
                'Expected Oxc to lower legacy decorators (tsconfig.json: experimentalDecorators: true, ' +
                'useDefineForClassFields: false); otherwise pre-transform .ts with esbuild in viteFinal.',
            );
          }
        }
        return null;
      },
    },
  ];
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
      if (!isSource(id)) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // JSON answers of a comments endpoint, so the comment wall's stories render without a server.
  staticDirs: ['../stories/static'],
  // Controls, actions, backgrounds and toolbars ship with Storybook's core; no addon is needed,
  // and none may call the network.
  addons: [],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), ...decoratorGuard(), keepSourceSideEffects()];
    return viteConfig;
  },
};

export default config;
