import { describe, expect, it } from 'vitest';
import { companyNumberMessages, normaliseCompanyNumber } from '../../src/domain/companyNumber.js';
import type { Finding } from '../../src/domain/types.js';
import { FIELD_PARAMS, itRendersEveryMessage } from '../helpers/expectCatalogue.js';

interface Case {
  readonly input: string;
  readonly country: string | null;
  readonly value: string | null;
  readonly findings?: readonly Finding[];
}

const error = (code: string, params?: Finding['params']): Finding =>
  params ? { code, severity: 'error', params } : { code, severity: 'error' };

/** Spellings seen in public text (validation-rules.md §1.1). */
const luValid: Case[] = [
  { input: 'B186284', country: 'LU', value: 'B186284' },
  { input: 'B 186284', country: 'LU', value: 'B186284' },
  { input: 'B 118 349', country: 'LU', value: 'B118349' },
  { input: 'B 33.614', country: 'LU', value: 'B33614' },
  { input: 'R.C.S. Luxembourg B186284', country: 'LU', value: 'B186284' },
  { input: 'RCS Luxembourg B 206515', country: 'LU', value: 'B206515' },
  { input: 'R. C. Luxembourg B 116.672', country: 'LU', value: 'B116672' },
  { input: 'RCS Luxembourg F13189', country: 'LU', value: 'F13189' },
  { input: 'RCSL B 282221', country: 'LU', value: 'B282221' },
  { input: 'RCS: B-278.900', country: 'LU', value: 'B278900' },
  { input: 'b186284', country: 'LU', value: 'B186284' },
  { input: 'G157', country: 'LU', value: 'G157' },
  { input: 'B1234567', country: 'LU', value: 'B1234567' },
];

const luWarnings: Case[] = [
  {
    input: 'B 012345',
    country: 'LU',
    value: 'B12345',
    findings: [{ code: 'rcs.leading_zeros', severity: 'warning', params: { to: 'B12345' } }],
  },
  {
    input: 'K 1234',
    country: 'LU',
    value: 'K1234',
    findings: [{ code: 'rcs.unusual_letter', severity: 'warning', params: { letter: 'K' } }],
  },
];

const luErrors: Case[] = [
  { input: '186284', country: 'LU', value: null, findings: [error('rcs.missing_letter', { suggestion: 'B186284' })] },
  { input: '0186284', country: 'LU', value: null, findings: [error('rcs.missing_letter', { suggestion: 'B186284' })] },
  { input: 'LU15027442', country: 'LU', value: null, findings: [error('rcs.looks_like_vat')] },
  { input: 'LU 150 274 42', country: 'LU', value: null, findings: [error('rcs.looks_like_vat')] },
  { input: '20002201234', country: 'LU', value: null, findings: [error('rcs.looks_like_matricule')] },
  { input: '1980 0101 12345', country: 'LU', value: null, findings: [error('rcs.looks_like_matricule')] },
  { input: '0403.019.261', country: 'LU', value: null, findings: [error('rcs.looks_like_be')] },
  { input: 'BE0403019261', country: 'LU', value: null, findings: [error('rcs.looks_like_be')] },
  { input: 'RCS Paris B 323 159 715', country: 'LU', value: null, findings: [error('rcs.looks_like_fr')] },
  { input: '732 829 320 00074', country: 'LU', value: null, findings: [error('rcs.looks_like_fr')] },
  { input: 'B12345678', country: 'LU', value: null, findings: [error('rcs.format')] },
  { input: 'B0', country: 'LU', value: null, findings: [error('rcs.format')] },
  { input: 'BB1234', country: 'LU', value: null, findings: [error('rcs.format')] },
  { input: 'R.C.S. Luxembourg', country: 'LU', value: null, findings: [error('rcs.format')] },
  { input: '-', country: 'LU', value: null, findings: [error('rcs.format')] },
];

/** KBO/BCE numbers from python-stdnum `be/vat.py` and `tests/test_eu_vat.doctest`. */
const beCases: Case[] = [
  { input: '0403.019.261', country: 'BE', value: '0403019261' },
  { input: '0403 019 261', country: 'BE', value: '0403019261' },
  { input: 'BE0428759497', country: 'BE', value: '0428759497' },
  { input: '(0)468.561.072', country: 'BE', value: '0468561072' },
  { input: 'BCE 0897290877', country: 'BE', value: '0897290877' },
  {
    input: '403019261',
    country: 'BE',
    value: '0403019261',
    findings: [{ code: 'be_enterprise.leading_zero', severity: 'warning', params: { to: '0403019261' } }],
  },
  { input: '2000021323', country: 'BE', value: null, findings: [error('be_enterprise.format')] },
  { input: '0000000000', country: 'BE', value: null, findings: [error('be_enterprise.format')] },
  { input: '04030192', country: 'BE', value: null, findings: [error('be_enterprise.format')] },
  { input: 'B123456', country: 'BE', value: null, findings: [error('be_enterprise.format')] },
  { input: '0431.150.351', country: 'BE', value: null, findings: [error('be_enterprise.checksum')] },
  { input: '0406.139.583', country: 'BE', value: null, findings: [error('be_enterprise.checksum')] },
];

/** SIREN and SIRET numbers from python-stdnum `tests/test_fr_siren.doctest`, `test_fr_siret.doctest`. */
const frCases: Case[] = [
  ...['217601 145', '3 1 0 1 8 8 4 2 0', '350792008', '500 674 056', '738 205 269', '775.672.272', '820043784'].map(
    (input): Case => ({ input, country: 'FR', value: input.replace(/[ .]/g, '') }),
  ),
  { input: 'RCS Paris B 323 159 715', country: 'FR', value: '323159715' },
  { input: 'R.C.S. Nancy B 323 159 715', country: 'FR', value: '323159715' },
  { input: 'SIREN : 732 829 320', country: 'FR', value: '732829320' },
  ...[
    ['329.338.88300153', '329338883'],
    ['775.563.232.00104', '775563232'],
    ['732 829 320 00074', '732829320'],
    ['356 000 000 09075', '356000000'],
    ['35600000000048', '356000000'],
  ].map(
    ([input, siren]): Case => ({
      input: input ?? '',
      country: 'FR',
      value: siren ?? '',
      findings: [{ code: 'fr_siren.from_siret', severity: 'warning', params: { siren: siren ?? '' } }],
    }),
  ),
  { input: '732 829 321', country: 'FR', value: null, findings: [error('fr_siren.checksum')] },
  { input: '73282932000079', country: 'FR', value: null, findings: [error('fr_siret.checksum')] },
  { input: '35600000049838', country: 'FR', value: null, findings: [error('fr_siret.checksum')] },
  { input: '7328293', country: 'FR', value: null, findings: [error('fr_siren.format')] },
  { input: '000000000', country: 'FR', value: null, findings: [error('fr_siren.format')] },
  { input: 'B186284', country: 'FR', value: null, findings: [error('fr_siren.format')] },
];

const otherCases: Case[] = [
  { input: 'KvK 6932 4311', country: 'NL', value: '69324311' },
  { input: '69324311', country: 'NL', value: '69324311' },
  { input: '6932431', country: 'NL', value: null, findings: [error('nl_kvk.format')] },
  { input: 'HRB 12345', country: 'DE', value: 'HRB12345' },
  { input: 'che-123.456.789', country: 'CH', value: 'CHE-123456789' },
  { input: 'b 186.284', country: null, value: 'B186284' },
  { input: '', country: 'LU', value: null },
];

describe('normaliseCompanyNumber', () => {
  it.each([...luValid, ...luWarnings, ...luErrors, ...beCases, ...frCases, ...otherCases])(
    '$input (country $country) → $value',
    ({ input, country, value, findings = [] }) => {
      expect(normaliseCompanyNumber(input, country)).toEqual({ value, findings });
    },
  );

  it('has an English and a French message for every code it emits', () => {
    const cases = [...luValid, ...luWarnings, ...luErrors, ...beCases, ...frCases, ...otherCases];
    const emitted = new Set(cases.flatMap((c) => normaliseCompanyNumber(c.input, c.country).findings.map((f) => f.code)));
    for (const code of emitted) {
      const template = companyNumberMessages[code];
      expect(template?.en({ to: 'B12345', letter: 'K', suggestion: 'B1', siren: '732829320' })).toBeTruthy();
      expect(template?.fr({ to: 'B12345', letter: 'K', suggestion: 'B1', siren: '732829320' })).toBeTruthy();
    }
  });
});

describe('companyNumberMessages', () => {
  itRendersEveryMessage(companyNumberMessages, FIELD_PARAMS, { minLength: 10, maxLength: 110 });
});
