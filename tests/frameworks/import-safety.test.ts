// Server rendering (Next, Nuxt, Astro, SvelteKit) imports packages in Node, where there is no
// window, document, customElements or HTMLElement. Every entry of package.json's `exports` must
// import there without throwing, and define no tag; and no module of src/components or src/shared
// may touch a browser global while it is being evaluated (only later, in callbacks and methods).
// Needs the build (dist/): the entries are tested as a user's Node resolves them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * Exports that are not modules for a program: the CDN bundles are whole pages' scripts with
 * Lit's browser build inside (a <script type="module"> tag, never an import in Node).
 */
const NOT_FOR_NODE: Record<string, string> = { './cdn/*': 'script-tag bundles, with Lit for browsers inside' };

/** Every specifier a user can import: `smm-kit`, `smm-kit/share`, each file a `*` export matches. */
function specifiers(): string[] {
  const out: string[] = [];
  for (const [key, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
    if (key in NOT_FOR_NODE) continue;
    const file = typeof target === 'string' ? target : (target as Record<string, string>).node ?? (target as Record<string, string>).default;
    const name = `smm-kit${key.slice(1)}`;
    if (!key.includes('*')) {
      out.push(name);
      continue;
    }
    const [before, after] = file.split('*');
    const dir = join(ROOT, before.slice(0, before.lastIndexOf('/')));
    const prefix = before.slice(before.lastIndexOf('/') + 1);
    for (const f of readdirSync(dir)) {
      if (f.startsWith(prefix) && f.endsWith(after)) out.push(name.replace('*', f.slice(prefix.length, f.length - after.length)));
    }
  }
  return out;
}

const tags: string[] = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')).modules
  .flatMap((m: { declarations?: Array<{ tagName?: string }> }) => m.declarations ?? [])
  .flatMap((d: { tagName?: string }) => (d.tagName ? [d.tagName] : []));

test('every package entry imports under plain Node, with no DOM, and defines no tag', { skip: !existsSync(join(ROOT, 'dist/index.js')) && 'no build' }, () => {
  const list = specifiers();
  assert.ok(list.includes('smm-kit/share') && list.includes('smm-kit/networks/x') && list.includes('smm-kit/i18n/it'), `specifiers: ${list.join(' ')}`);
  // One child process with nothing preloaded (no tsx, no DOM): imports each entry in turn, then
  // looks at what the imports left on globalThis.
  const script = `
    const browser = ['window', 'document', 'customElements', 'HTMLElement', 'navigator'];
    const before = browser.filter((g) => g in globalThis && g !== 'navigator');
    const results = {};
    for (const s of ${JSON.stringify(list)}) {
      try {
        const json = s.endsWith('.json');
        await import(s, json ? { with: { type: 'json' } } : undefined);
        results[s] = 'ok';
      } catch (e) { results[s] = String(e && e.stack || e); }
    }
    const defined = ${JSON.stringify(tags)}.filter((t) => globalThis.customElements?.get(t));
    const leaked = ['window', 'document', 'HTMLElement'].filter((g) => g in globalThis);
    console.log(JSON.stringify({ before, results, defined, leaked }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
  const { before, results, defined, leaked } = JSON.parse(out.trim().split('\n').pop()!);
  assert.deepEqual(before, [], 'plain Node has no DOM globals to begin with');
  const failed = Object.entries(results).filter(([, r]) => r !== 'ok');
  assert.deepEqual(failed, [], `entries that threw under Node:\n${failed.map(([s, r]) => `${s}: ${r}`).join('\n')}`);
  assert.ok(list.length > 40, `${list.length} entries`);
  // Lit's server build may put a stand-in customElements registry on globalThis; ours stay out of it.
  assert.deepEqual(defined, [], 'tags are defined only where there is a DOM');
  assert.deepEqual(leaked, [], 'no DOM global appears');
});

// Names whose use while a module is evaluated would throw (or misbehave) outside a browser.
const BROWSER_GLOBALS = new Set([
  'window', 'self', 'document', 'navigator', 'location', 'history', 'screen', 'localStorage', 'sessionStorage',
  'customElements', 'matchMedia', 'getComputedStyle', 'requestAnimationFrame', 'innerWidth', 'innerHeight',
  'scrollX', 'scrollY', 'CSSStyleSheet', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
  'Node', 'Element', 'HTMLElement', 'SVGElement', 'ShadowRoot', 'DocumentFragment', 'DOMParser', 'Image', 'Option',
]);

/** Uses of browser globals in code that runs when the module is evaluated (not in a function). */
function evaluatedUses(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // Deferred code: function bodies, methods, accessors, constructors, instance field initialisers.
    if (ts.isFunctionLike(node) || (ts.isPropertyDeclaration(node) && !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword))) return;
    // Types and `typeof x` guards are not uses; a class's `extends` is (it runs with the class).
    const heritage = ts.isExpressionWithTypeArguments(node) && ts.isHeritageClause(node.parent) && node.parent.token === ts.SyntaxKind.ExtendsKeyword;
    if ((ts.isTypeNode(node) && !heritage) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isModuleDeclaration(node) || ts.isTypeOfExpression(node)) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
      const p = node.parent;
      const isName = (ts.isPropertyAccessExpression(p) && p.name === node) || (ts.isPropertyAssignment(p) && p.name === node) ||
        (ts.isVariableDeclaration(p) && p.name === node) || (ts.isParameter(p) && p.name === node) || ts.isBindingElement(p) ||
        ((ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === node);
      if (!isName) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(ROOT, file)}:${line + 1} ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('src/components and src/shared touch no browser global at module evaluation', () => {
  const files = [...sources(join(ROOT, 'src/components')), ...sources(join(ROOT, 'src/shared'))];
  assert.ok(files.length > 20);
  assert.deepEqual(files.flatMap(evaluatedUses), []);
});

test('the evaluation-time check sees what it must (and not what it must not)', () => {
  const probe = join(ROOT, '.tmp', 'import-safety-probe.ts');
  execFileSync('mkdir', ['-p', join(ROOT, '.tmp')]);
  const text = [
    "const a = document.title;",                                   // 1: flagged
    "export class X extends HTMLElement {}",                       // 2: flagged (extends runs now)
    "export class Y { static s = matchMedia('x'); i = window; m() { return navigator; } }", // 3: static only
    "export const f = () => localStorage.getItem('k');",           // 4: deferred
    "export const hasDom = typeof document !== 'undefined';",      // 5: a guard
    "export type T = Document | HTMLElement;",                     // 6: a type
    "export const o = { document: 1 }; export const d = o.document + a;", // 7: names, not globals
  ].join('\n');
  execFileSync('sh', ['-c', `cat > '${probe}'`], { input: text });
  assert.deepEqual(evaluatedUses(probe).map((u) => u.replace(/^.*:(\d+) /, '$1 ')), ['1 document', '2 HTMLElement', '3 matchMedia']);
});
