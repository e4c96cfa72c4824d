// The WordPress plugin's own words (settings page, block editor) in every language it ships:
// integrations/wordpress/smm-kit/languages/smm-kit-<locale>.po holds a translation of each string
// the PHP and the blocks' script pass to __(), keeps their placeholders and markup, and compiles
// to the .mo and JSON `npm run build:wordpress` puts in the zip. tests/wordpress/ sees them used.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error plain JS helpers shared with the scripts
import { compileMo, pluginStrings, readMo, scriptJson, translations } from '../../scripts/wp-strings.mjs';

const placeholders = (s: string) => (s.match(/%(\d+\$)?[sd]/g) ?? []).sort();
const tags = (s: string) => (s.match(/<[^>]+>/g) ?? []).sort();

describe('WordPress plugin strings', () => {
  const strings = pluginStrings() as Map<string, string[]>;
  const locales = translations() as Record<string, { po: unknown; messages: Record<string, string> }>;

  test('the plugin has strings to translate, and Italian is among its languages', () => {
    assert.ok(strings.size > 50, `${strings.size} strings`);
    assert.ok(strings.has('Comments and testimonials'));
    assert.ok('it_IT' in locales);
  });

  for (const [locale, { po, messages }] of Object.entries(locales)) {
    test(`${locale}: every string translated, none stale, placeholders and markup kept`, () => {
      const missing = [...strings.keys()].filter((id) => !messages[id]?.trim());
      assert.deepEqual(missing, [], 'untranslated');
      const stale = Object.keys(messages).filter((id) => !strings.has(id));
      assert.deepEqual(stale, [], 'no longer in the plugin');
      for (const id of strings.keys()) {
        assert.deepEqual(placeholders(messages[id]!), placeholders(id), `placeholders of "${id}"`);
        assert.deepEqual(tags(messages[id]!), tags(id), `markup of "${id}"`);
      }
    });

    test(`${locale}: the .mo and the blocks' JSON carry the same translations`, () => {
      const mo = readMo(compileMo(po)) as Record<string, string>;
      for (const id of strings.keys()) assert.equal(mo[id], messages[id], id);
      const blockIds = [...strings].filter(([, files]) => files.includes('blocks/blocks.js')).map(([id]) => id);
      const json = JSON.parse(scriptJson(locale, messages, blockIds)) as { locale_data: { messages: Record<string, string[]> } };
      assert.equal(json.locale_data.messages['Share buttons']?.[0], messages['Share buttons']);
      assert.equal(json.locale_data.messages['Endpoint'], undefined, 'settings-only strings stay out of the script\'s file');
    });
  }
});
