// Component tests in a real Chromium (Debian's), TypeScript compiled on the fly by esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { findChrome, chromeArgs } from './scripts/chrome.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { apiMiddleware } from './scripts/wtr-api.mjs';

export default {
  files: ['tests/components/**/*.test.ts'],
  // WTR_PORT: a port of one's own, when several checkouts run their tests on one machine.
  ...(process.env.WTR_PORT ? { port: Number(process.env.WTR_PORT) } : {}),
  nodeResolve: { exportConditions: ['production'] },
  // Runtime imports built from a template (the on-demand locales) ask for .js; serve the .ts source.
  // /v1/*: the real server (scripts/wtr-api.mjs), for the comment wall's tests.
  middleware: [
    apiMiddleware(),
    function tsForJs(ctx, next) {
      const path = ctx.path;
      if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(`.${path}`) && existsSync(`.${path.slice(0, -3)}.ts`)) {
        ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
      }
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
      // The copy button is tested against the real clipboard.
      createBrowserContext: ({ browser }) => browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countsReporter(process.env.WTR_COUNTS_FILE)],
};
