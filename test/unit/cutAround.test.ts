import { describe, expect, it } from 'vitest';
import type { ValueSpan } from '../../src/domain/types.js';
import { cutAround } from '../../src/report/cutAround.js';
import { displayWidth } from '../../src/report/sanitize.js';

/** The span of the first `part` in `value`. */
const spanOf = (value: string, part: string): ValueSpan => {
  const start = value.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${value}`);
  return { start, end: start + part.length };
};

const EMAIL = 'helene.giraud@pharmacie-du-port.example,fr';
const IBAN = 'LU28 0019 4OO6 4475 0000 1234';

describe('cutAround: a value too wide for the table keeps the part in error in sight', () => {
  it.each([
    // value, the part in error, width, what the table shows
    ['the stray ",fr" at the end of an e-mail: cut at the start', EMAIL, ',fr', 22, '…ie-du-port.example,fr'],
    ['the same without a span: cut at the end, as before', EMAIL, null, 22, 'helene.giraud@pharmac…'],
    ['a problem at the start: cut at the end', 'X123456789012345678901234567890', 'X', 10, 'X12345678…'],
    ['a problem in the middle: both sides cut, the group whole', IBAN, '4OO6', 16, '…0019 4OO6 4475…'],
    ['a value that fits: unchanged, span or not', 'LU15027442', '44', 22, 'LU15027442'],
    ['a problem wider than the room: its start, cut on both sides', `abc ${'x'.repeat(30)} def`, 'x'.repeat(30), 12, '…xxxxxxxxxx…'],
    ['an empty before: only the end cut', `${'y'.repeat(5)}${'z'.repeat(30)}`, 'yyyyy', 10, 'yyyyyzzzz…'],
  ] as const)('%s', (_what, value, part, width, shown) => {
    const out = cutAround(value, part === null ? undefined : spanOf(value, part), width);
    expect(out).toBe(shown);
    expect(displayWidth(out)).toBeLessThanOrEqual(width);
    if (part !== null && displayWidth(value) > width && part.length < width - 2) expect(out).toContain(part);
  });

  it('the e-mail cut at its start ends with the stray ",fr" and starts with an ellipsis', () => {
    const out = cutAround(EMAIL, spanOf(EMAIL, ',fr'), 22);
    expect(out).toBe(`…${EMAIL.slice(EMAIL.length - 21)}`);
    expect(out.endsWith('.example,fr')).toBe(true);
  });

  it.each([10, 12, 16, 20, 24, 28])('fits %i columns exactly when the value is wider, the ellipses included', (width) => {
    for (const part of ['LU28', '4OO6', '1234']) {
      const out = cutAround(IBAN, spanOf(IBAN, part), width);
      expect(displayWidth(out)).toBe(width);
      expect(out).toContain(part);
    }
  });

  it('removes control characters of each part and keeps the span on the right characters', () => {
    const value = `\u001b[31mnom.prenom@exemple.lu\u0007${'x'.repeat(20)},fr`;
    const out = cutAround(value, spanOf(value, ',fr'), 16);
    expect(out).not.toMatch(/[\u0000-\u001f]/);
    expect(out.endsWith('x,fr')).toBe(true);
    expect(out.startsWith('…')).toBe(true);
  });

  it('counts wide characters as two columns', () => {
    const value = `株式会社テスト${'a'.repeat(20)}@`;
    const out = cutAround(value, spanOf(value, '@'), 11);
    expect(displayWidth(out)).toBeLessThanOrEqual(11);
    expect(out.endsWith('@')).toBe(true);
  });
});
