import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/domain/cleanText.js';
import { seededRandom } from '../../src/sandbox/seededRandom.js';

/**
 * What cleanText promises, written out the long way (validation-rules.md §7): cleanText may skip
 * steps for text they cannot change, and must still give this answer for every text.
 */
function cleanedTheLongWay(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

const EVERY_CODE_UNIT = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
const shown = (text: string) => [...text].map((c) => c.codePointAt(0)?.toString(16)).join(' ');

describe('cleanText', () => {
  it.each([
    ['a clean name, as typed', 'Boulangerie Schmit S.à r.l.', 'Boulangerie Schmit S.à r.l.'],
    ['spaces around', '  Luxembourg ', 'Luxembourg'],
    ['a run of spaces', 'rue  de la   Gare', 'rue de la Gare'],
    ['a tab and a line break', 'rue\tde la\nGare', 'rue de la Gare'],
    ['a no-break space', '1\u00A0rue', '1 rue'],
    ['a narrow no-break space (French thousands)', '12\u202F345', '12 345'],
    ['a zero-width space', 'LU\u200B12', 'LU12'],
    ['a soft hyphen', 'Fidu\u00ADciaire', 'Fiduciaire'],
    ['a BOM at the start', '\uFEFFName', 'Name'],
    ['a decomposed accent', 'Socie\u0301te\u0301', 'Société'],
    ['nothing but spaces', ' \u00A0 ', ''],
    ['a lone space', ' ', ''],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
    expect(cleanedTheLongWay(input)).toBe(expected);
  });

  it('gives the long way’s answer for every code unit alone, between letters, doubled and beside a space', () => {
    const texts = EVERY_CODE_UNIT.flatMap((char) => [char, `a${char}b`, `a${char}${char}b`, `a ${char}`, `${char} b`]);
    expect(texts.filter((text) => cleanText(text) !== cleanedTheLongWay(text)).map(shown)).toEqual([]);
  });

  it('gives its answer for 20 000 random strings of letters, accents, spaces and invisible characters', () => {
    const alphabet = [...'aAzZ09.-@àéÀÇ ', ' ', '\t', '\n', '\u00a0', '\u00ad', '\u0301', '\u200b', '\u202f', '\ufeff', '\u2009', '\u007f', '\u00a1'];
    const random = seededRandom(7);
    const texts = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
    );
    const changed = texts.filter((text) => cleanedTheLongWay(text) !== text);
    // Both kinds are common, or the test would not tell a text left as it is from a cleaned one.
    expect(changed.length).toBeGreaterThan(1_000);
    expect(texts.length - changed.length).toBeGreaterThan(1_000);
    expect(texts.filter((text) => cleanText(text) !== cleanedTheLongWay(text)).map(shown)).toEqual([]);
  });
});
