import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/domain/types.js';
import { messageCodes, renderMessage } from '../../src/messages.js';

/** The parameters a message reads, recorded through a proxy that answers every one with its name. */
function placeholdersOf(code: string, lang: Lang): string[] {
  const read = new Set<string>();
  const params = new Proxy({}, {
    get(_target, key) {
      if (typeof key === 'string') read.add(key);
      return typeof key === 'string' ? `<${key}>` : undefined;
    },
    has: () => true,
  });
  renderMessage(code, params, lang);
  // A value given in each language (`columns_en`/`columns_fr`, `options`/`optionsFr`) is one placeholder.
  return [...new Set([...read].map((key) => key.replace(/(_en|_fr|_nl|_de|En|Fr|Nl|De)$/, '')))].sort();
}

// House rule: every message code has every language of LANGS, with the same placeholders.
describe('message catalogue', () => {
  const cases = messageCodes().flatMap((code) => LANGS.filter((lang) => lang !== 'en').map((lang) => [code, lang] as const));
  it.each(cases)('%s reads the same parameters in English and in %s', (code, lang) => {
    expect(placeholdersOf(code, lang)).toEqual(placeholdersOf(code, 'en'));
  });
});

// Each language's typography, in every catalogue (the per-layer tests also check lengths): ’ for
// the apostrophe outside English, and a space before a colon in French only.
describe('message typography', () => {
  const cases = messageCodes().flatMap((code) => LANGS.map((lang) => [code, lang] as const));
  const values = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? 'X' : undefined), has: () => true });
  it.each(cases)('%s in %s', (code, lang) => {
    const text = renderMessage(code, values, lang);
    if (lang !== 'en') expect(text).not.toContain("'");
    if (lang !== 'fr') expect(text).not.toMatch(/[\p{L}\d)”“»] :(?!\S)/u);
  });
});
