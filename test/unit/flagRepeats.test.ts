import { describe, expect, it } from 'vitest';
import { flagRepeats } from '../../src/domain/flagRepeats.js';

/** The places flagged, as a list; [] for undefined (no repeat at all). */
const flagged = (flags: Uint8Array | undefined): number[] => (flags === undefined ? [] : [...flags.keys()].filter((i) => flags[i] === 1));

/** The same answer the slow way: a Map from text (and group) to its places. */
function repeatsByMap(texts: readonly (string | null)[], groups?: readonly string[]): number[] {
  const places = new Map<string, number[]>();
  texts.forEach((text, i) => {
    if (text === null) return;
    const key = JSON.stringify([groups?.[i] ?? '', text]);
    places.set(key, [...(places.get(key) ?? []), i]);
  });
  return [...places.values()].filter((at) => at.length > 1).flat().sort((a, b) => a - b);
}

describe('flagRepeats', () => {
  it.each([
    { name: 'no texts', texts: [], groups: undefined, repeated: [] },
    { name: 'all different', texts: ['LU1', 'LU2', 'BE1'], groups: undefined, repeated: [] },
    { name: 'one repeat: both places', texts: ['LU1', 'LU2', 'LU1'], groups: undefined, repeated: [0, 2] },
    { name: 'three times', texts: ['A', 'A', 'B', 'A'], groups: undefined, repeated: [0, 1, 3] },
    { name: 'nulls are no text', texts: [null, 'A', null, 'B'], groups: undefined, repeated: [] },
    { name: 'case matters (values are normalised before)', texts: ['b123', 'B123'], groups: undefined, repeated: [] },
    { name: 'the same number in two countries', texts: ['B123', 'B123'], groups: ['LU', 'BE'], repeated: [] },
    { name: 'the same number in one country', texts: ['B123', 'B123', 'B123'], groups: ['LU', 'BE', 'LU'], repeated: [0, 2] },
    { name: 'group and text do not run together', texts: ['1', '11'], groups: ['L1', 'L'], repeated: [] },
    { name: 'empty text is a text', texts: ['', ''], groups: undefined, repeated: [0, 1] },
  ])('$name', ({ texts, groups, repeated }) => {
    expect(flagged(flagRepeats(texts, groups))).toEqual(repeated);
  });

  it('agrees with a Map over 50 000 texts drawn from a small pool (many repeats, many collisions of the table)', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 0x1_0000_0000;
    const texts = Array.from({ length: 50_000 }, () => (next() < 0.05 ? null : `B${Math.floor(next() * 60_000)}`));
    const groups = texts.map(() => (next() < 0.5 ? 'LU' : 'BE'));
    const expected = repeatsByMap(texts, groups);
    expect(expected.length).toBeGreaterThan(10_000);
    expect(flagged(flagRepeats(texts, groups))).toEqual(expected);
    expect(flagged(flagRepeats(texts))).toEqual(repeatsByMap(texts));
  });
});
