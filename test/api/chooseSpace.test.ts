import { describe, expect, it } from 'vitest';
import { apiMessages } from '../../src/api/apiMessages.js';
import { chooseSpace } from '../../src/api/chooseSpace.js';
import type { Space } from '../../src/api/types.js';
import { AuthError, UsageError, type BanqupImportError } from '../../src/errors.js';
import { exitCodeFor } from '../../src/exitCodeFor.js';

const A: Space = { id: 'a1', name: 'Fiduciaire A', type: 'PARTNER' };
const B: Space = { id: 'b2', name: 'Fiduciaire B\u001b[31m', type: 'PARTNER' };
const C: Space = { id: 'c3', name: 'Own books', type: 'COMPANY' };

function refusal(spaces: Space[], requested?: string): BanqupImportError {
  try {
    chooseSpace(spaces, requested);
  } catch (error) {
    return error as BanqupImportError;
  }
  throw new Error('expected a refusal');
}

describe('chooseSpace', () => {
  it.each<[string, Space[], string | undefined, Space]>([
    ['the only Partner space', [A, C], undefined, A],
    ['the requested space', [A, B], 'b2', B],
    ['a requested space of another type (the user chose it)', [A, C], 'c3', C],
  ])('picks %s', (_label, spaces, requested, expected) => {
    expect(chooseSpace(spaces, requested)).toBe(expected);
  });

  it.each<[string, Space[], string | undefined, typeof AuthError | typeof UsageError, string, number]>([
    ['no space at all (app not allowed in yet)', [], undefined, AuthError, 'space.none', 4],
    ['no space at all, even with --space', [], 'a1', AuthError, 'space.none', 4],
    ['spaces but none of type Partner', [C], undefined, AuthError, 'space.no_partner', 4],
    ['several Partner spaces and no --space', [A, B, C], undefined, UsageError, 'space.several', 2],
    ['an unknown --space', [A, C], 'zz', UsageError, 'space.not_found', 2],
  ])('refuses %s', (_label, spaces, requested, type, code, exit) => {
    const error = refusal(spaces, requested);
    expect(error).toBeInstanceOf(type);
    expect(error.code).toBe(code);
    expect(exitCodeFor(error)).toBe(exit);
    expect(apiMessages[code]).toBeDefined();
  });

  it('lists the id and name of each Partner space, without control characters', () => {
    const error = refusal([A, B, C], undefined);
    const text = apiMessages['space.several']!.en(error.params);
    expect(text).toContain('a1  Fiduciaire A (PARTNER)');
    expect(text).toContain('b2  Fiduciaire B ');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('c3');
  });

  it('lists every space when --space names none of them', () => {
    const error = refusal([A, C], 'zz');
    expect(apiMessages['space.not_found']!.fr(error.params)).toMatch(/zz[\s\S]*a1 {2}Fiduciaire A[\s\S]*c3 {2}Own books/);
  });
});
