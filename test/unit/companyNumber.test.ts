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

/**
 * Register numbers that are the number inside the VAT number (registerChecksumValid.ts): the VAT
 * numbers' national parts from python-stdnum's module doctests (stdnum/dk/cvr.py, fi/alv.py, it/iva.py,
 * es/nif.py, se/vat.py, pt/nif.py, ro/cui.py, cz/dic.py, bg/vat.py, hr/oib.py, lv/pvn.py), valid and
 * with their documented wrong check digit. Other shapes, and countries without such a rule, pass as before.
 */
const sharedWithVat: Case[] = [
  { input: '13585628', country: 'DK', value: '13585628' },
  { input: 'DK-13585627', country: 'DK', value: null, findings: [error('company_number.checksum', { country: 'DK' })] },
  { input: '2077474-0', country: 'FI', value: '2077474-0' },
  { input: '2077474-1', country: 'FI', value: null, findings: [error('company_number.checksum', { country: 'FI' })] },
  { input: '00743110157', country: 'IT', value: '00743110157' },
  { input: '00743110158', country: 'IT', value: null, findings: [error('company_number.checksum', { country: 'IT' })] },
  { input: 'IT 00743110158', country: 'IT', value: null, findings: [error('company_number.checksum', { country: 'IT' })] },
  { input: 'MI-1234567', country: 'IT', value: 'MI-1234567' },
  { input: 'B64717838', country: 'ES', value: 'B64717838' },
  { input: 'B-64717839', country: 'ES', value: null, findings: [error('company_number.checksum', { country: 'ES' })] },
  { input: '54362315K', country: 'ES', value: '54362315K' },
  { input: '556043-6064', country: 'SE', value: '556043-6064' },
  { input: '123456-7891', country: 'SE', value: null, findings: [error('company_number.checksum', { country: 'SE' })] },
  { input: '501 964 843', country: 'PT', value: '501964843' },
  { input: '501 964 842', country: 'PT', value: null, findings: [error('company_number.checksum', { country: 'PT' })] },
  { input: '18547290', country: 'RO', value: '18547290' },
  { input: '18547291', country: 'RO', value: null, findings: [error('company_number.checksum', { country: 'RO' })] },
  { input: 'J40/1234/2000', country: 'RO', value: 'J40/1234/2000' },
  { input: '25123891', country: 'CZ', value: '25123891' },
  { input: '25123890', country: 'CZ', value: null, findings: [error('company_number.checksum', { country: 'CZ' })] },
  { input: '175074752', country: 'BG', value: '175074752' },
  { input: '175074751', country: 'BG', value: null, findings: [error('company_number.checksum', { country: 'BG' })] },
  { input: '33392005961', country: 'HR', value: '33392005961' },
  { input: '33392005962', country: 'HR', value: null, findings: [error('company_number.checksum', { country: 'HR' })] },
  { input: '40003521600', country: 'LV', value: '40003521600' },
  { input: '40003521601', country: 'LV', value: null, findings: [error('company_number.checksum', { country: 'LV' })] },
  // No check digit in these registers (or not the VAT's): kept as typed, minus the spacing.
  { input: 'FN 123456 a', country: 'AT', value: 'FN123456A' },
  { input: '0000028860', country: 'PL', value: '0000028860' },
  { input: '12345678', country: 'EE', value: '12345678' },
  { input: '2077474-1', country: null, value: '2077474-1' },
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
  it.each([...luValid, ...luWarnings, ...luErrors, ...beCases, ...frCases, ...sharedWithVat, ...otherCases])(
    '$input (country $country) → $value',
    ({ input, country, value, findings = [] }) => {
      expect(normaliseCompanyNumber(input, country)).toEqual({ value, findings });
    },
  );

  it('has an English and a French message for every code it emits', () => {
    const cases = [...luValid, ...luWarnings, ...luErrors, ...beCases, ...frCases, ...sharedWithVat, ...otherCases];
    const emitted = new Set(cases.flatMap((c) => normaliseCompanyNumber(c.input, c.country).findings.map((f) => f.code)));
    for (const code of emitted) {
      const template = companyNumberMessages[code];
      expect(template?.en({ to: 'B12345', letter: 'K', suggestion: 'B1', siren: '732829320', country: 'IT' })).toBeTruthy();
      expect(template?.fr({ to: 'B12345', letter: 'K', suggestion: 'B1', siren: '732829320', country: 'IT' })).toBeTruthy();
    }
  });
});

describe('companyNumberMessages', () => {
  itRendersEveryMessage(companyNumberMessages, FIELD_PARAMS, { minLength: 10, maxLength: 110 });
});
