import { describe, expect, it } from 'vitest';
import { checkIdentifiers, crossFieldMessages, type IdentifierInput } from '../../src/domain/crossFieldRules.js';
import { FIELD_PARAMS, itRendersEveryMessage } from '../helpers/expectCatalogue.js';

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
  itRendersEveryMessage(crossFieldMessages, FIELD_PARAMS, { minLength: 10, maxLength: 110 });
});
