import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate, formatTimeLeft } from '../../src/report/formatDuration.js';

describe('durations, rates and time left in the language of the run', () => {
  it.each([
    [850, 'en', '850 ms'],
    [11_700, 'en', '11.7 s'],
    [11_700, 'fr', '11,7 s'],
    [245_000, 'fr', '4 min 05 s'],
    [3_720_000, 'en', '1 h 02 min'],
    [11_700, 'nl', '11,7 s'],
    [11_700, 'de', '11,7 s'],
    [245_000, 'de', '4 min 05 s'],
    [850, 'nl', '850 ms'],
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
    [994, 'nl', '1 seconde'],
    [14_200, 'nl', '14 seconden'],
    [190_000, 'nl', '3 minuten'],
    [5_400_000, 'nl', '1,5 uur'],
    [994, 'de', '1 Sekunde'],
    [14_200, 'de', '14 Sekunden'],
    [190_000, 'de', '3 Minuten'],
    [5_400_000, 'de', '1,5 Stunden'],
  ] as const)('formatTimeLeft(%i, %s) = %s: words, never milliseconds', (ms, lang, text) => {
    expect(formatTimeLeft(ms, lang)).toBe(text);
  });

  it.each([
    [2, 'en', '2.0/s'],
    [2, 'fr', '2,0/s'],
    [12_345.67, 'fr', '12 345,7/s'],
    [2, 'nl', '2,0/s'],
    [12_345.67, 'nl', '12.345,7/s'],
    [2, 'de', '2,0/s'],
    [12_345.67, 'de', '12.345,7/s'],
  ] as const)('formatRate(%d, %s) = %s', (rate, lang, text) => {
    expect(formatRate(rate, lang)).toBe(text);
  });
});
