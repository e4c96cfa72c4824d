// The generated framework types (smm-kit/react, /vue, /svelte, /solid) checked by each framework's
// own checker against files that use them rightly and wrongly (tests/frameworks/types/), and
// against the test apps (tests/frameworks/apps/): right use must pass, each marked mistake must be
// an error. Needs the build (dist/frameworks/).
// The React check also reads every declaration file (skipLibCheck off), the generated ones among
// them; the others skip that for time: a broken generated file would still fail them, since its
// types would turn to \`any\` and the marked mistakes would pass.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'tests/frameworks/types');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const skip = !existsSync(join(ROOT, 'dist/frameworks/react.d.ts')) && 'no build';

/** Runs a checker; resolves with its exit code and output instead of throwing. */
async function check(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(bin(cmd), args, { cwd: DIR, maxBuffer: 1 << 24 });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: `${err.stdout}${err.stderr}` };
  }
}

/** The first fenced block of `lang` under the README heading `### title`. */
function readmeBlock(title: string, lang: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n### ${title}\n`);
  assert.ok(start >= 0, `README has a "### ${title}" section`);
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(start));
  assert.ok(block, `README's ${title} section has a ${lang} block`);
  return block[1];
}

describe('framework types', { skip, concurrency: true }, () => {
  // The README's framework snippets join the checks below (types/readme/, listed in the tsconfigs).
  before(() => {
    writeFileSync(join(DIR, 'readme/react.tsx'), readmeBlock('React', 'tsx'));
    writeFileSync(join(DIR, 'readme/Readme.vue'), readmeBlock('Vue', 'vue'));
    writeFileSync(join(DIR, 'readme/Readme.svelte'), readmeBlock('Svelte', 'svelte'));
    writeFileSync(join(DIR, 'readme/angular.ts'), readmeBlock('Angular', 'ts'));
    // Astro's <script> is TypeScript bundled for the browser; its markup needs Astro (Node 22).
    const astro = /<script>([\s\S]*?)<\/script>/.exec(readmeBlock('Astro', 'astro'));
    assert.ok(astro);
    writeFileSync(join(DIR, 'readme/astro.ts'), `${astro[1].replace(/^ {2}/gm, '').trim()}\nexport {};\n`);
  });

  test('every event of every element in custom-elements.json is named and typed with its class', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
    const events = manifest.modules.flatMap((m: { declarations?: Array<{ tagName?: string; events?: Array<{ name?: string; type?: { text: string } }> }> }) =>
      (m.declarations ?? []).filter((d) => d.tagName).flatMap((d) => (d.events ?? []).map((e) => ({ tag: d.tagName, name: e.name, type: e.type?.text }))));
    assert.ok(events.some((e: { name?: string; type?: string }) => e.name === 'smm-share' && e.type === 'SmmShareEvent'));
    assert.deepEqual(events.filter((e: { name?: string; type?: string }) => !e.name || !/^[A-Z]\w*Event$/.test(e.type ?? '')), []);
  });

  // react.tsx and solid.tsx mark mistakes with ts-expect-error: tsc fails if one is not an error.
  test('React 19 JSX (tsc): right use (with the README\'s React and Astro snippets) passes, wrong layout and wrong handler types fail', async () => {
    const r = await check('tsc', ['-p', 'tsconfig.react.json']);
    assert.equal(r.code, 0, r.out);
  });

  test('Solid JSX (tsc)', async () => {
    const r = await check('tsc', ['-p', 'tsconfig.solid.json']);
    assert.equal(r.code, 0, r.out);
  });

  // Vue.vue marks them with vue-expect-error, likewise.
  test('Vue 3 single-file components (vue-tsc), the README\'s among them', async () => {
    const r = await check('vue-tsc', ['-p', 'tsconfig.vue.json']);
    assert.equal(r.code, 0, r.out);
  });

  // Angular's compiler with strictTemplates: its template's \`(smm-share)="onShare($event)"\` only
  // compiles if $event is an SmmShareEvent, which Angular reads from the package's global types.
  test('Angular 20 (ngc, strictTemplates): the README\'s component compiles, its handler typed', async () => {
    const r = await check('ngc', ['-p', 'tsconfig.angular.json']);
    assert.equal(r.code, 0, r.out);
  });

  // svelte-check has no expect-error for markup: Bad.svelte marks the lines that must fail.
  test('Svelte 5 (svelte-check): Good.svelte, the app and the README\'s snippet pass, Bad.svelte fails exactly where marked', async () => {
    const r = await check('svelte-check', ['--tsconfig', join(DIR, 'tsconfig.svelte.json'), '--output', 'machine', '--workspace', join(DIR, '..')]);
    const errors = [...r.out.matchAll(/ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, msg]) => ({ file, line: Number(line), msg }));
    const expected = readFileSync(join(DIR, 'Bad.svelte'), 'utf8').split('\n')
      .flatMap((l, i) => (l.includes('<!-- expect-error') ? [i + 2] : []));
    assert.ok(expected.length >= 4);
    assert.deepEqual(errors.filter((e) => e.file !== 'types/Bad.svelte'), [], 'Good.svelte and the app have no error');
    assert.deepEqual(errors.map((e) => e.line), expected, r.out);
  });
});
