import { describe, expect, it } from 'vitest';
import { SortedNameTable, sortedLinesOf } from '../../src/domain/sortedNameTable.js';

const tableOf = (entries: [string, string][]) => new SortedNameTable(sortedLinesOf(entries));

describe('SortedNameTable', () => {
  const entries: [string, string][] = [
    ['belgique', 'BE'],
    ['congo', 'CD CG'],
    ['lëtzebuerg', 'LU'],
    ['allemagne', 'DE'],
    ['люксембург', 'LU'],
    ['royaume uni', 'GB'],
    ['𝔏𝔲𝔵', 'LU'], // outside the BMP: sorted and compared by UTF-16 code units alike
    ['a', 'AA'],
    ['zz', 'ZZ'],
  ];
  const table = tableOf(entries);

  it.each(entries)('finds %j → %s', (key, codes) => {
    expect(table.get(key)).toBe(codes);
  });

  it.each([
    ['', 'the empty key'],
    ['0', 'a key before the first'],
    ['zzz', 'a key after the last'],
    ['belgiqu', 'a prefix of a key'],
    ['belgique ', 'a key with more after it'],
    ['c', 'a key between two'],
    ['BE', 'a code, not a name'],
  ])('finds nothing for %j (%s)', (key) => {
    expect(table.get(key)).toBeUndefined();
  });

  it('lists what it holds, and how many', () => {
    expect(new Map(table.entries())).toEqual(new Map(entries));
    expect(table.size).toBe(entries.length);
    expect([...table.values()].sort()).toEqual(entries.map(([, codes]) => codes).sort());
  });

  it('holds nothing when empty', () => {
    const empty = tableOf([]);
    expect(empty.get('belgique')).toBeUndefined();
    expect(empty.size).toBe(0);
    expect([...empty.entries()]).toEqual([]);
  });

  it('answers as a Map would for thousands of random names', () => {
    const alphabet = 'abcdeéëßø ’-лю中𝔏';
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const word = () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => [...alphabet][Math.floor(random() * [...alphabet].length)]).join('');
    const map = new Map<string, string>();
    for (let i = 0; i < 5000; i++) map.set(word(), `C${i}`);
    const randomTable = new SortedNameTable(sortedLinesOf(map));
    const probes = [...map.keys(), ...Array.from({ length: 5000 }, word)];
    expect(probes.filter((key) => randomTable.get(key) !== map.get(key))).toEqual([]);
  });

  it.each([
    ['a key with a tab', 'bel\tgique', 'BE'],
    ['a key with a line break', 'bel\ngique', 'BE'],
    ['codes with a form feed', 'belgique', 'BE\f'],
    ['an empty key', '', 'BE'],
  ])('refuses to write %s (it would break the lines)', (_label, key, codes) => {
    expect(() => sortedLinesOf([[key, codes]])).toThrow(/cannot file/);
  });
});
