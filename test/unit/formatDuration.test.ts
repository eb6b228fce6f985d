import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate, formatTimeLeft } from '../../src/report/formatDuration.js';

describe('durations, rates and time left in the language of the run', () => {
  it.each([
    [850, 'en', '850 ms'],
    [11_700, 'en', '11.7 s'],
    [11_700, 'fr', '11,7 s'],
    [245_000, 'fr', '4 min 05 s'],
    [3_720_000, 'en', '1 h 02 min'],
    [-5, 'en', '0 ms'],
  ] as const)('formatDuration(%i, %s) = %s', (ms, lang, text) => {
    expect(formatDuration(ms, lang)).toBe(text);
  });

  it.each([
    [994, 'fr', '1 seconde'],
    [994, 'en', '1 second'],
    [14_200, 'en', '14 seconds'],
    [14_200, 'fr', '14 secondes'],
    [190_000, 'en', '3 minutes'],
    [5_400_000, 'fr', '1,5 heure'],
  ] as const)('formatTimeLeft(%i, %s) = %s: words, never milliseconds', (ms, lang, text) => {
    expect(formatTimeLeft(ms, lang)).toBe(text);
  });

  it.each([
    [2, 'en', '2.0/s'],
    [2, 'fr', '2,0/s'],
    [12_345.67, 'fr', '12 345,7/s'],
  ] as const)('formatRate(%d, %s) = %s', (rate, lang, text) => {
    expect(formatRate(rate, lang)).toBe(text);
  });
});
