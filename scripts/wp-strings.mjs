// The WordPress plugin's translatable strings and its translations (integrations/wordpress/smm-kit/
// languages/smm-kit-<locale>.po). Used by `npm run build:wordpress`, which compiles each .po into
// the .mo WordPress reads for PHP and the JSON it reads for the blocks' script, and by the test
// that holds every locale to every string (tests/server/wordpress-strings.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import gettext from 'gettext-parser';

export const PLUGIN = 'integrations/wordpress/smm-kit';
export const LANGUAGES = `${PLUGIN}/languages`;

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

// __( 'text', 'smm-kit' ) and its kin, in PHP and in the blocks' script; one quoted literal each
// (the plugin writes no plural or context forms).
const CALL = /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1\s*,\s*['"]smm-kit['"]\s*\)/g;

/** Every string the plugin translates, with the files it is in (paths inside the plugin). */
export function pluginStrings() {
  const strings = new Map();
  for (const file of walk(PLUGIN).filter((f) => /\.(php|js)$/.test(f) && !f.startsWith(LANGUAGES))) {
    for (const [, , raw] of readFileSync(file, 'utf8').matchAll(CALL)) {
      const text = raw.replace(/\\(.)/g, '$1');
      strings.set(text, [...(strings.get(text) ?? []), file.slice(PLUGIN.length + 1)]);
    }
  }
  return strings;
}

/** The plugin's .po files by locale (it_IT …), each as { msgid: msgstr }. */
export function translations() {
  const out = {};
  for (const f of readdirSync(LANGUAGES).filter((f) => /^smm-kit-[\w]+\.po$/.test(f))) {
    const po = gettext.po.parse(readFileSync(join(LANGUAGES, f)));
    const messages = {};
    for (const [id, entry] of Object.entries(po.translations[''] ?? {})) if (id) messages[id] = entry.msgstr[0];
    out[f.slice('smm-kit-'.length, -'.po'.length)] = { po, messages };
  }
  return out;
}

/** The .mo WordPress loads for the PHP strings. */
export const compileMo = (po) => gettext.mo.compile(po);

/** A .mo read back, as { msgid: msgstr }. */
export function readMo(buffer) {
  const out = {};
  for (const [id, entry] of Object.entries(gettext.mo.parse(buffer).translations[''] ?? {})) if (id) out[id] = entry.msgstr[0];
  return out;
}

/** The Jed JSON WordPress loads for the strings of the script `handle` (wp_set_script_translations). */
export function scriptJson(locale, messages, only) {
  const data = { '': { domain: 'messages', lang: locale } };
  for (const id of only) if (messages[id]) data[id] = [messages[id]];
  return JSON.stringify({ domain: 'messages', locale_data: { messages: data } });
}
