import { describe, expect, it } from 'vitest';
import { normalisePostalCode, postalCodeMessages } from '../../src/domain/postalCode.js';
import { FIELD_PARAMS, itRendersEveryMessage } from '../helpers/expectCatalogue.js';
import { withoutSpans } from '../helpers/withoutSpans.js';

describe('normalisePostalCode', () => {
  it.each([
    ['1611', 'LU', '1611'],
    // The L- prefix is how Luxembourg addresses are often written; dropping it is not worth a warning.
    ['L-1611', 'LU', '1611'],
    ['L 1611', 'LU', '1611'],
    ['l-1611', 'LU', '1611'],
    ['L1611', 'LU', '1611'],
    ['LU-1611', 'LU', '1611'],
    ['1000', 'BE', '1000'],
    ['B-1000', 'BE', '1000'],
    ['75001', 'FR', '75001'],
    ['75 001', 'FR', '75001'],
    ['F-75001', 'FR', '75001'],
    ['10115', 'DE', '10115'],
    ['D-10115', 'DE', '10115'],
    ['1234 AB', 'NL', '1234 AB'],
    ['1234AB', 'NL', '1234 AB'],
    ['1234 ab', 'NL', '1234 AB'],
    ['NL-1234 AB', 'NL', '1234 AB'],
    ['SW1A 1AA', 'GB', 'SW1A 1AA'],
    ['8001', 'CH', '8001'],
    ['L-1611', null, 'L-1611'],
  ])('%s (country %s) → %s', (input, country, value) => {
    expect(withoutSpans(normalisePostalCode(input, country))).toEqual({ value, findings: [] });
  });

  it.each([
    ['16110', 'LU', '1611'],
    ['L-161', 'LU', '1611'],
    ['Luxembourg', 'LU', '1611'],
    ['10000', 'BE', '1000'],
    ['750011', 'FR', '75001'],
    ['1234', 'DE', '10115'],
    ['1234 A', 'NL', '1234 AB'],
  ])('%s (country %s) warns, showing the shape %s', (input, country, example) => {
    const result = normalisePostalCode(input, country);
    expect(result.value).not.toBeNull();
    expect(withoutSpans(result).findings).toEqual([{ code: 'postal_code.shape', severity: 'warning', params: { country, example } }]);
  });

  it('restores the zero Excel dropped from a French code', () => {
    expect(withoutSpans(normalisePostalCode('1234', 'FR'))).toEqual({
      value: '01234',
      findings: [{ code: 'postal_code.padded', severity: 'warning', params: { from: '1234', to: '01234' } }],
    });
  });

  it('returns nothing for an empty cell', () => {
    expect(withoutSpans(normalisePostalCode('', 'LU'))).toEqual({ value: null, findings: [] });
  });

  it('says which shape is expected', () => {
    expect(postalCodeMessages['postal_code.shape']?.en({ country: 'NL', example: '1234 AB' })).toContain('1234 AB');
    expect(postalCodeMessages['postal_code.padded']?.fr({ from: '1234', to: '01234' })).toContain('01234');
  });
});

describe('postalCodeMessages', () => {
  itRendersEveryMessage(postalCodeMessages, FIELD_PARAMS, { minLength: 10, maxLength: 110 });
});
