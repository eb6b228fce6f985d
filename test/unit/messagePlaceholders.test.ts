import { describe, expect, it } from 'vitest';
import { messageCodes, renderMessage } from '../../src/messages.js';

/** The parameters a message reads, recorded through a proxy that answers every one with its name. */
function placeholdersOf(code: string, lang: 'en' | 'fr'): string[] {
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
  return [...new Set([...read].map((key) => key.replace(/(_en|_fr|En|Fr)$/, '')))].sort();
}

// House rule: every message code has English and French, with the same placeholders.
describe('message catalogue', () => {
  it.each(messageCodes())('%s reads the same parameters in English and French', (code) => {
    expect(placeholdersOf(code, 'fr')).toEqual(placeholdersOf(code, 'en'));
  });
});
