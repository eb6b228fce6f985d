import { describe, expect, it } from 'vitest';
import { cutToWidth, displayWidth, padToWidth, sanitizeForFile, sanitizeForTerminal, wrapToWidth } from '../../src/report/sanitize.js';

describe('sanitizeForTerminal', () => {
  it.each([
    ['colour escape', 'Boulangerie \u001b[31mSchmit\u001b[0m', 'Boulangerie Schmit'],
    ['screen clear and cursor move', '\u001b[2J\u001b[HAcme', 'Acme'],
    ['OSC 8 hyperlink', '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', 'click'],
    ['window title (OSC 0)', '\u001b]0;pwned\u0007Acme', 'Acme'],
    ['C1 CSI', 'A\u009b31mB', 'AB'],
    ['a two-character escape (ESC B)', 'A\u001bB', 'A'],
    ['lone ESC at the end', 'Acme\u001b', 'Acme'],
    ['NUL, BEL, backspace, DEL', 'A\u0000B\u0007C\bD\u007fE', 'ABCDE'],
    ['other C1 controls', 'A\u0085B\u0090C\u009fD', 'A BCD'],
    ['line feed becomes a space', 'rue de la Gare\n12', 'rue de la Gare 12'],
    ['CRLF becomes one space', 'a\r\nb', 'a b'],
    ['tab becomes a space', 'LU28\t0019', 'LU28 0019'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a b c'],
    ['RLO (Trojan Source)', 'invoice\u202Eexe.pdf', 'invoiceexe.pdf'],
    ['bidi isolates and embeddings', '\u2066a\u2067b\u2068c\u2069\u202Ad\u202Be\u202Cf\u202D', 'abcdef'],
    ['LRM, RLM, ALM', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
  ])('removes %s', (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  it.each([
    ['accents', 'Société Générale à Esch-sur-Alzette'],
    ['French apostrophe and guillemets', 'l’entreprise « Schmit »'],
    ['CJK', 'ルクセンブルク 卢森堡'],
    ['Arabic (right-to-left letters are not controls)', 'لوكسمبورغ'],
    ['emoji with skin tone and ZWJ', '👍🏽 👨‍👩‍👧'],
    ['NBSP kept for cleanText to handle', 'a\u00A0b'],
  ])('keeps %s', (_name, input) => {
    expect(sanitizeForTerminal(input)).toBe(input);
  });

  it('leaves no control character of any kind in hostile text', () => {
    const hostile = Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i)).join('') + '\u202E\u2066\u200F';
    const out = sanitizeForTerminal(`x${hostile}y`);
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    expect(out.startsWith('x') && out.endsWith('y')).toBe(true);
  });
});

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['Luxembourg', 10],
    ['Société', 7],
    ['Socie\u0301te\u0301 (decomposed)', 20],
    ['卢森堡', 6],
    ['ルクセンブルク', 14],
    ['서울', 4],
    ['ＡＢＣ', 6],
    ['😀', 2],
    ['👍🏽', 2],
    ['👨‍👩‍👧', 2],
    ['zero\u200Bwidth', 9],
  ])('%s is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('cutToWidth', () => {
  it.each([
    ['Luxembourg', 20, 'Luxembourg'],
    ['Luxembourg', 10, 'Luxembourg'],
    ['Luxembourg', 6, 'Luxem…'],
    ['卢森堡卢森堡', 6, '卢森…'],
    ['卢森堡卢森堡', 5, '卢森…'],
    ['a卢森堡', 4, 'a卢…'],
    ['e\u0301e\u0301e\u0301e\u0301', 3, 'e\u0301e\u0301…'],
  ])('cuts %j to %i columns', (text, max, expected) => {
    expect(cutToWidth(text, max)).toBe(expected);
    expect(displayWidth(cutToWidth(text, max))).toBeLessThanOrEqual(max);
  });

  it('cuts a 10 000-character value quickly and visibly', () => {
    const cut = cutToWidth('x'.repeat(10_000), 24);
    expect(cut).toBe(`${'x'.repeat(23)}…`);
  });
});

describe('padToWidth', () => {
  it.each([
    ['ab', 4, false, 'ab  '],
    ['ab', 4, true, '  ab'],
    ['卢', 4, false, '卢  '],
    ['toolong', 3, false, 'toolong'],
  ])('pads %j to %i', (text, width, right, expected) => {
    expect(padToWidth(text, width, right)).toBe(expected);
  });
});

describe('wrapToWidth', () => {
  it.each([
    ['short', 20, ['short']],
    ['', 20, ['']],
    ['Fix the cells above and run the check again', 20, ['Fix the cells above', 'and run the check', 'again']],
    // French high punctuation never starts a line; « never ends one.
    ['Corrigez la vérification ; rien n’a été envoyé', 25, ['Corrigez la', 'vérification ; rien n’a', 'été envoyé']],
    ['E-mail du contact est obligatoire : remplissez', 33, ['E-mail du contact est', 'obligatoire : remplissez']],
    ['la valeur « Belgique » est', 12, ['la valeur', '« Belgique »', 'est']],
    ['"Belgique" → BE, "luxembourg" → LU', 20, ['"Belgique" → BE,', '"luxembourg" → LU']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    // A bare number stays with its word: not "… à la ligne" then "1" alone.
    ['feuille « Clients », en-têtes à la ligne 1', 40, ['feuille « Clients », en-têtes à la', 'ligne 1']],
    ['Zeilen 3 und 12.', 14, ['Zeilen 3', 'und 12.']],
    ['卢森堡卢森堡', 5, ['卢森', '堡卢', '森堡']],
  ])('wraps %j at %i', (text, width, expected) => {
    expect(wrapToWidth(text, width)).toEqual(expected);
  });

  it('never exceeds the width, whatever the text', () => {
    const text = `${'mot '.repeat(50)}${'x'.repeat(500)} 卢森堡${'卢'.repeat(80)} fin : ; ! ? « » → ok`;
    for (const width of [10, 17, 40, 99]) {
      for (const line of wrapToWidth(text, width)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe('sanitizeForFile', () => {
  it.each([
    ['Evil \u001b]0;owned\u0007 Corp', 'Evil  Corp'],
    ['clear \u001b[2Jscreen', 'clear screen'],
    ['RTL \u202egnp.exe', 'RTL gnp.exe'],
    ['C1 \u009b31mred', 'C1 red'],
    ['two\r\nlines\tand a tab', 'two lines and a tab'],
    ['plain text stays', 'plain text stays'],
  ])('%j → %j', (text, expected) => {
    expect(sanitizeForFile(text)).toBe(expected);
  });

  it('keeps a cell’s own line breaks when asked, as LF, and cleans each line', () => {
    expect(sanitizeForFile('12 rue\r\n\u001b[31mLuxembourg\u202e', { keepLineBreaks: true })).toBe('12 rue\nLuxembourg');
  });
});
