import { describe, expect, it } from 'vitest';
import { checkIdentifiers, crossFieldMessages, type IdentifierInput } from '../../src/domain/crossFieldRules.js';

const row = (over: Partial<IdentifierInput>): IdentifierInput => ({
  country: 'LU',
  companyNumber: null,
  vatNumber: null,
  companyNumberTyped: over.companyNumber != null,
  vatTyped: over.vatNumber != null,
  ...over,
});

describe('checkIdentifiers', () => {
  it.each([
    ['LU with RCS only', row({ companyNumber: 'B186284' })],
    ['LU with VAT only', row({ vatNumber: 'LU15027442' })],
    ['LU with both', row({ companyNumber: 'B186284', vatNumber: 'LU15027442' })],
    ['BE VAT equal to BE + enterprise number', row({ country: 'BE', companyNumber: '0428759497', vatNumber: 'BE0428759497' })],
    ['BE client with a foreign VAT number', row({ country: 'BE', companyNumber: '0428759497', vatNumber: 'LU15027442' })],
    ['FR VAT containing the SIREN', row({ country: 'FR', companyNumber: '303265045', vatNumber: 'FR40303265045' })],
    ['FR new-style key', row({ country: 'FR', companyNumber: '399859412', vatNumber: 'FRK7399859412' })],
    ['Monaco number under a French VAT', row({ country: 'FR', companyNumber: '732829320', vatNumber: 'FR53000004605' })],
    ['an invalid RCS already reported by column F', row({ companyNumberTyped: true })],
    ['an invalid VAT already reported by column G', row({ country: 'DE', vatTyped: true })],
    ['no country and a VAT number', row({ country: null, vatNumber: 'BE0428759497' })],
  ])('%s: no finding', (_what, input) => {
    expect(checkIdentifiers(input)).toEqual([]);
  });

  it.each([
    ['LU', 'vat.required_without_rcs'],
    ['BE', 'identifiers.missing'],
    ['DE', 'identifiers.missing'],
    [null, 'identifiers.missing'],
  ])('country %s with neither number → %s on the VAT column', (country, code) => {
    expect(checkIdentifiers(row({ country }))).toEqual([{ column: 'vatNumber', code, severity: 'error' }]);
  });

  it('BE VAT that is not BE + the enterprise number', () => {
    expect(checkIdentifiers(row({ country: 'BE', companyNumber: '0403019261', vatNumber: 'BE0428759497' }))).toEqual([
      { column: 'vatNumber', code: 'vat.be_mismatch', severity: 'error', params: { expected: 'BE0403019261' } },
    ]);
  });

  it('FR VAT whose digits 3–11 are not the SIREN', () => {
    expect(checkIdentifiers(row({ country: 'FR', companyNumber: '732829320', vatNumber: 'FR40303265045' }))).toEqual([
      { column: 'vatNumber', code: 'vat.fr_mismatch', severity: 'error', params: { siren: '732829320' } },
    ]);
  });

  it('words the Luxembourg rule as Banqup does', () => {
    expect(crossFieldMessages['vat.required_without_rcs']?.en({})).toContain(
      'For a Luxembourg client, the VAT number is mandatory when there is no RCS number',
    );
  });
});

describe('crossFieldMessages', () => {
  const params = {
    prefix: 'LU', from: 'GR', to: 'B12345', country: 'LU', example: 'LU15027442', vatCountry: 'LU', letter: 'K',
    suggestion: 'jean@example.lu', siren: '732829320', expected: 16, actual: 20, bicCountry: 'LU', ibanCountry: 'BE',
    length: 256, max: 254, position: 2, total: 3, address: 'jean@example', count: 21,
  };
  it.each(Object.keys(crossFieldMessages))('%s: short English and French, typographic apostrophes', (code) => {
    const template = crossFieldMessages[code];
    for (const text of [template?.en(params) ?? '', template?.fr(params) ?? '']) {
      expect(text.length).toBeGreaterThan(10);
      expect(text.length).toBeLessThanOrEqual(110);
      expect(text).not.toMatch(/undefined/);
    }
    expect(template?.fr(params)).not.toMatch(/\p{L}'\p{L}/u);
  });
});
