import { describe, expect, it } from 'vitest';
import { nfc, nfkc } from '../../src/domain/unicodeForms.js';
import { seededRandom } from '../../src/sandbox/seededRandom.js';

const FORMS = [
  { name: 'NFC', fast: nfc },
  { name: 'NFKC', fast: nfkc },
] as const;

/** Every UTF-16 code unit, lone surrogates included: what a cell may hold. */
const EVERY_CODE_UNIT = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

// Characters sheets hold, and the ones that compose with them or are rewritten by NFKC.
const ALPHABET = [...'aAeEiouy cCnN0129.,;-@à éèêëçñÀÉÇ', '\u0301', '\u0300', '\u0327', '\u00a0', '\u00bd', '\u00b2', '\u0132', '\u1100', '\u1161', '\uff21', '\ufb01', '\ud83d', '\ude00'];

describe.each(FORMS)('$name, skipping the strings it cannot change', ({ name, fast }) => {
  it('gives String.prototype.normalize’s answer for every code unit alone, and after a letter', () => {
    const wrong = EVERY_CODE_UNIT.flatMap((char) => [char, `e${char}`, `${char}\u0301`]).filter((text) => fast(text) !== text.normalize(name));
    expect(wrong.map((text) => [...text].map((c) => c.codePointAt(0)?.toString(16)).join(' '))).toEqual([]);
  });

  it('gives its answer for 20 000 random strings of Latin letters, accents, combining marks and compatibility forms', () => {
    const random = seededRandom(name.length);
    const texts = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 12) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join(''),
    );
    const changed = texts.filter((text) => text.normalize(name) !== text);
    // Both kinds are common, or the test would not tell a skip from a normalisation.
    expect(changed.length).toBeGreaterThan(1_000);
    expect(texts.length - changed.length).toBeGreaterThan(1_000);
    expect(texts.filter((text) => fast(text) !== text.normalize(name))).toEqual([]);
  });
});
