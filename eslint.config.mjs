// Few rules, aimed at real bugs: TypeScript's recommended set, Lit template checks and web
// component hygiene. Formatting is not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', '.data/', '.tmp/', '**/.astro/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Buffer: 'readonly', performance: 'readonly', document: 'readonly', window: 'readonly', navigator: 'readonly', location: 'readonly', AbortController: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', TextEncoder: 'readonly', Response: 'readonly', Request: 'readonly', structuredClone: 'readonly', getComputedStyle: 'readonly', MutationObserver: 'readonly', PerformanceObserver: 'readonly', requestAnimationFrame: 'readonly', customElements: 'readonly', HTMLElement: 'readonly' } },
  },
  {
    // The WordPress editor script: a classic script on the wp.* globals, no build step.
    files: ['integrations/wordpress/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
