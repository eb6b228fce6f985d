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
