// Component tests in a real Chromium (Debian's), TypeScript compiled on the fly by esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { findChrome, chromeArgs } from './scripts/chrome.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  files: ['tests/components/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countsReporter(process.env.WTR_COUNTS_FILE)],
};
