import { describe, expect, it } from 'vitest';
import { memoiseByText, memoisePerArgument } from '../../src/domain/memoiseByText.js';

describe('memoiseByText', () => {
  it('asks the function once per text and answers repeats with the same object', () => {
    const asked: string[] = [];
    const memoised = memoiseByText((text: string) => {
      asked.push(text);
      return { length: text.length };
    });
    const first = memoised('Luxembourg');
    expect(memoised('Luxembourg')).toBe(first);
    expect(memoised('Belgique')).toEqual({ length: 8 });
    expect(asked).toEqual(['Luxembourg', 'Belgique']);
  });

  it('forgets everything once it holds `max` texts, so that a sheet of unique values cannot grow it without end', () => {
    const asked: string[] = [];
    const memoised = memoiseByText((text: string) => asked.push(text), 2);
    for (const text of ['a', 'b', 'c', 'a']) memoised(text);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('memoisePerArgument', () => {
  it('keeps the answers of each value of the second argument apart', () => {
    const asked: string[] = [];
    const memoised = memoisePerArgument((text: string, country: string | null) => {
      asked.push(`${text}/${country}`);
      return `${text} in ${country}`;
    });
    expect(memoised('BCEELULL', 'LU')).toBe('BCEELULL in LU');
    expect(memoised('BCEELULL', null)).toBe('BCEELULL in null');
    expect(memoised('BCEELULL', 'LU')).toBe('BCEELULL in LU');
    expect(memoised('BCEELULL', 'BE')).toBe('BCEELULL in BE');
    expect(asked).toEqual(['BCEELULL/LU', 'BCEELULL/null', 'BCEELULL/BE']);
  });
});
