// `npm run build:wordpress`: the installable plugin, dist/wordpress/smm-kit.zip (Plugins → Add New →
// Upload Plugin). It holds integrations/wordpress/smm-kit/ and, under assets/, dist/cdn/smm.js with
// the chunks it loads (the comment and testimonial walls among them) and the string packs of every
// locale: everything the plugin serves comes from the site itself; and its own admin and editor
// strings in each language of languages/*.po, compiled.
// Builds dist/ first when smm.js is missing. The zip is written here (deflate, no zip binary needed).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { run } from './run.mjs';
import { compileMo, pluginStrings, scriptJson, translations } from './wp-strings.mjs';

const PLUGIN = 'integrations/wordpress/smm-kit';
const CDN = 'dist/cdn';
const OUT = 'dist/wordpress/smm-kit.zip';

if (!existsSync(`${CDN}/smm.js`)) await run('node', ['scripts/build.mjs']);

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const main = readFileSync(`${PLUGIN}/smm-kit.php`, 'utf8');
for (const [what, re] of [['Version header', /^ \* Version:\s+(\S+)/m], ['SMM_KIT_VERSION', /'SMM_KIT_VERSION', '([^']+)'/]]) {
  const found = re.exec(main)?.[1];
  if (found !== version) throw new Error(`${PLUGIN}/smm-kit.php: ${what} is ${found}, package.json says ${version}; make them equal`);
}

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

/** smm.js and every chunk it imports, directly or through another chunk. */
function cdnFiles() {
  const files = new Set(['smm.js']);
  const queue = ['smm.js'];
  while (queue.length) {
    const file = queue.pop();
    const code = readFileSync(join(CDN, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const [, ref] of code.matchAll(/["'`](\.{0,2}\/?(?:chunks\/)?[\w.-]+\.js)["'`]/g)) {
      const path = join(dir, ref).replace(/\\/g, '/');
      if (!files.has(path) && existsSync(join(CDN, path)) && path !== file) {
        files.add(path);
        queue.push(path);
      }
    }
  }
  // The string packs the bundles fetch by language (the bars', the comment wall's, the testimonial wall's).
  for (const dir of ['locales', 'comments', 'testimonials']) {
    for (const f of readdirSync(join(CDN, dir))) if (f.endsWith('.js')) files.add(`${dir}/${f}`);
  }
  return [...files].sort();
}

// Each languages/smm-kit-<locale>.po, compiled: the .mo WordPress loads for the PHP's strings, and
// the JSON wp_set_script_translations() loads for the blocks' script (handle smm-kit-blocks).
const blockStrings = [...pluginStrings()].filter(([, files]) => files.includes('blocks/blocks.js')).map(([id]) => id);
const languageFiles = Object.entries(translations()).flatMap(([locale, { po, messages }]) => [
  [`smm-kit/languages/smm-kit-${locale}.mo`, compileMo(po)],
  [`smm-kit/languages/smm-kit-${locale}-smm-kit-blocks.json`, Buffer.from(scriptJson(locale, messages, blockStrings))],
]);

const entries = [
  ...walk(PLUGIN).map((p) => [`smm-kit/${relative(PLUGIN, p)}`, readFileSync(p)]),
  ...languageFiles,
  ...cdnFiles().map((f) => [`smm-kit/assets/${f}`, readFileSync(join(CDN, f))]),
];

// A zip file (PKWARE APPNOTE): local headers with the data, then the central directory.
const locals = [];
const central = [];
let offset = 0;
const DOS_TIME = 0; // 1980-01-01 00:00: the same bytes on every build
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
for (const [name, data] of entries) {
  const nameBuf = Buffer.from(name, 'utf8');
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt16LE(DOS_TIME, 10);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  local.writeUInt16LE(0, 28);
  locals.push(local, nameBuf, packed);
  const c = Buffer.alloc(46);
  c.writeUInt32LE(0x02014b50, 0);
  c.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
  c.writeUInt16LE(20, 6);
  c.writeUInt16LE(0x0800, 8);
  c.writeUInt16LE(8, 10);
  c.writeUInt16LE(DOS_TIME, 12);
  c.writeUInt16LE(DOS_DATE, 14);
  c.writeUInt32LE(crc, 16);
  c.writeUInt32LE(packed.length, 20);
  c.writeUInt32LE(data.length, 24);
  c.writeUInt16LE(nameBuf.length, 28);
  c.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
  c.writeUInt32LE(offset, 42);
  central.push(c, nameBuf);
  offset += 30 + nameBuf.length + packed.length;
}
const dirSize = central.reduce((n, b) => n + b.length, 0);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(entries.length, 8);
end.writeUInt16LE(entries.length, 10);
end.writeUInt32LE(dirSize, 12);
end.writeUInt32LE(offset, 16);
mkdirSync('dist/wordpress', { recursive: true });
const zip = Buffer.concat([...locals, ...central, end]);
writeFileSync(OUT, zip);
console.log(`${OUT}: ${entries.length} files, ${(zip.length / 1024).toFixed(1)} KB`);
