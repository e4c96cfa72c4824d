// openapi.ts is the contract the server serves; openapi.yaml is the same document for people and
// tools. This keeps them equal. After changing openapi.ts, rewrite the YAML with:
//   SMM_WRITE_OPENAPI=1 node --import tsx --test tests/server/openapi.test.ts
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import YAML from 'yaml';
import { createApp, openStore } from '../../src/server/index.js';
import { openapi } from '../../src/server/openapi.js';

const yamlPath = new URL('../../src/server/openapi.yaml', import.meta.url);
const plain = JSON.parse(JSON.stringify(openapi));

if (process.env.SMM_WRITE_OPENAPI) {
  const header = '# The smm-kit server\'s HTTP contract (OpenAPI 3.1), served at /v1/openapi.json.\n' +
    '# Written from src/server/openapi.ts by tests/server/openapi.test.ts (SMM_WRITE_OPENAPI=1):\n' +
    '# edit the .ts file, then rewrite this one.\n';
  writeFileSync(yamlPath, header + YAML.stringify(plain, { lineWidth: 100 }));
}

test('openapi.yaml is the same document as openapi.ts', () => {
  const fromYaml = YAML.parse(readFileSync(yamlPath, 'utf8'));
  assert.deepEqual(fromYaml, plain,
    'openapi.yaml is stale: run SMM_WRITE_OPENAPI=1 node --import tsx --test tests/server/openapi.test.ts');
});

test('the contract\'s version is the package\'s', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(plain.info.version, pkg.version);
});

test('every $ref resolves and every schema compiles as JSON Schema 2020-12', () => {
  const refs = JSON.stringify(plain).match(/"\$ref":"[^"]+"/g) ?? [];
  for (const r of refs) {
    const path = r.slice(8, -1).replace(/^#\//, '').split('/');
    let node: unknown = plain;
    for (const p of path) node = (node as Record<string, unknown> | undefined)?.[p.replace(/~1/g, '/').replace(/~0/g, '~')];
    assert.ok(node, `${r} does not resolve`);
  }
  const ajv = new Ajv2020({ strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  ajv.addSchema(plain, 'openapi');
  for (const name of Object.keys(plain.components.schemas)) {
    assert.ok(ajv.getSchema(`openapi#/components/schemas/${name}`), name);
  }
});

test('every documented operation exists on the server, and nothing undocumented under /v1', async () => {
  const store = await openStore(':memory:');
  const app = createApp({ store });
  for (const [path, ops] of Object.entries(plain.paths)) {
    for (const method of Object.keys(ops as object).filter((k) => k !== 'parameters')) {
      // A path parameter gets a well-formed value that names nothing: "no such comment" is a
      // 404 from the route itself, "no route" would mean the operation does not exist.
      const url = path.replace(/\{[^}]+\}/g, 'abc123');
      const res = await app.request(url, { method: method.toUpperCase(), body: ['post', 'put', 'patch'].includes(method) ? '{}' : undefined });
      if (res.status === 404) assert.doesNotMatch((await res.json()).error.message, /^no route/, `${method} ${path}`);
      assert.notEqual(res.status, 405, `${method} ${path}`);
    }
  }
  const served = app.routes.map((r) => r.path.replace(/:(\w+)/g, '{$1}'))
    .filter((p) => p.startsWith('/v1/') && !p.includes('*'));
  for (const p of served) assert.ok(p in plain.paths, `${p} is served but not documented`);
  await store.close();
});
