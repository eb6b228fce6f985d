import { validateIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { ibanCountry, ibanMessages, normaliseIban } from '../../src/domain/iban.js';
import type { Finding } from '../../src/domain/types.js';
import { FIELD_PARAMS, itRendersEveryMessage } from '../helpers/expectCatalogue.js';
import { withoutSpans } from '../helpers/withoutSpans.js';

/** IBAN registry samples from python-stdnum `tests/test_iban.doctest`, plus ibantools' own test IBANs. */
const VALID = `
AD12 0001 2030 2003 5910 0100|AE070331234567890123456|AL47 2121 1009 0000 0002 3569 8741
AT61 1904 3002 3457 3201|AZ21NABZ00000000137010001944|BA39 1290 0794 0102 8494|BG80 BNBG 9661 1020 3456 78
BH67BMAG00001299123456|BR1800000000141455123924100C2|CH93 0076 2011 6238 5295 7
CY17 0020 0128 0000 0012 0052 7600|CZ65 0800 0000 1920 0014 5399|DE89 3704 0044 0532 0130 00
DK50 0040 0440 1162 43|EE38 2200 2210 2014 5685|ES 58 0049 0290 3424 1352 8341|ES15-0049-1806-9121-1186-9374
FI21 1234 5600 0007 85|FO62 6460 0001 6316 34|FR14 2004 1010 0505 0001 3M02 606|GB29 NWBK 6016 1331 9268 19
GI75 NWBK 0000 0000 7099 453|GR16 0110 1250 0000 0001 2300 695|HR12 1001 0051 8630 0016 0
HU42 1177 3016 1111 1018 0000 0000|IE29 AIBK 9311 5212 3456 78|IS14 0159 2600 7654 5510 7303 39
IT60 X054 2811 1010 0000 0123 456|LI21 0881 0000 2324 013A A|LT12 1000 0111 0100 1000|LU28 0019 4006 4475 0000
LV80 BANK 0000 4351 9500 1|MC11 1273 9000 7000 1111 1000 h79|MT84 MALT 0110 0001 2345 MTLC AST0 01S
NL91 ABNA 0417 1643 00|NO93 8601 1117 947|PL61 1090 1014 0000 0712 1981 2874|PT50 0002 0123 1234 5678 9015 4
RO49 AAAA 1B31 0075 9384 0000|SE45 5000 0000 0583 9825 7466|SI56 1910 0000 0123 438
SK31 1200 0000 1987 4263 7541|SM86 U032 2509 8000 0000 0270 100|XK051212012345678906
BE68539007547034|FR22200410100505QZABCMGEF65
`
  .trim()
  .split(/[|\n]/);

const error = (code: string, params?: Finding['params']): Finding =>
  params ? { code, severity: 'error', params } : { code, severity: 'error' };

describe('normaliseIban', () => {
  it.each(VALID)('accepts %s', (input) => {
    const result = normaliseIban(input);
    expect(result.findings).toEqual([]);
    expect(result.value).toBe(input.toUpperCase().replace(/[\s-]/g, ''));
  });

  it.each([
    ['LU28 0019 4006 4475 0000', 'LU280019400644750000'],
    ['lu28 0019 4006 4475 0000', 'LU280019400644750000'],
    ['LU28\u00A00019\u00A04006\u00A04475\u00A00000', 'LU280019400644750000'],
    ['LU28\u200B0019 4006\u20604475\uFEFF0000', 'LU280019400644750000'],
    ['LU28.0019.4006.4475.0000', 'LU280019400644750000'],
    ['LU28-0019-4006-4475-0000', 'LU280019400644750000'],
    ['IBAN: LU28 0019 4006 4475 0000', 'LU280019400644750000'],
    ['ＬＵ２８ ００１９ ４００６ ４４７５ ００００', 'LU280019400644750000'],
    ['BE68 5390 0754 7034', 'BE68539007547034'],
  ])('compacts %j to %s', (input, value) => {
    expect(withoutSpans(normaliseIban(input))).toEqual({ value, findings: [] });
  });

  it.each([
    // Traps from validation-rules.md §3.
    ['LU28 0019 4006 4475 0001', error('iban.checksum')],
    ['BE68530907547034', error('iban.bank_checksum')],
    ['539007547034', error('iban.no_country')],
    ['-', error('iban.no_country')],
    // python-stdnum: broken checksums, wrong lengths, misplaced characters, unknown countries.
    ['AL48212110090000000235698741', error('iban.checksum')],
    ['AD1210012030200359100100', error('iban.checksum')],
    ['AT611804300234573201', error('iban.checksum')],
    ['BG80BNBG99611020345678', error('iban.checksum')],
    ['DK5000400440116342', error('iban.checksum')],
    ['BE36 5390 0754 7034 1234', error('iban.length', { country: 'BE', expected: 16, actual: 20 })],
    ['AT93 1904 3002 3457 3201 99', error('iban.length', { country: 'AT', expected: 20, actual: 22 })],
    ['LU28 0019 4006 4475 000', error('iban.length', { country: 'LU', expected: 20, actual: 19 })],
    ['BG93 BNBG 9661 1A20 3456 78', error('iban.format', { country: 'BG' })],
    ['NL56 3003 0A17 1643 00', error('iban.format', { country: 'NL' })],
    ['LUXX 0019 4006 4475 0000', error('iban.format', { country: 'LU' })],
    ['QQ93 1234 5678', error('iban.unknown_country', { country: 'QQ' })],
    // A Swiss QR-IBAN (ibantools' documentation example).
    ['CH44 3199 9123 0008 8901 2', error('iban.qr_not_allowed')],
  ])('%s → %o', (input, finding) => {
    expect(withoutSpans(normaliseIban(input))).toEqual({ value: null, findings: [finding] });
  });

  it('returns nothing for an empty cell', () => {
    expect(withoutSpans(normaliseIban(''))).toEqual({ value: null, findings: [] });
  });

  // normaliseIban answers a valid IBAN without validateIBAN (faster); the answer must be the same
  // for every IBAN, valid or one keystroke away from valid.
  it('accepts exactly what ibantools accepts, over every one-keystroke variant of the samples', () => {
    const compact = (iban: string) => iban.toUpperCase().replace(/[\s-]/g, '');
    const variants = new Set<string>(['CH4431999123000889012', 'CH9300762011623852957']);
    for (const iban of VALID.map(compact)) {
      variants.add(iban);
      variants.add(iban.slice(0, -1));
      variants.add(`${iban}0`);
      for (let i = 0; i < iban.length; i++) {
        for (const ch of ['0', '7', 'A', 'Z']) variants.add(iban.slice(0, i) + ch + iban.slice(i + 1));
        variants.add(iban.slice(0, i) + (iban[i + 1] ?? '') + (iban[i] ?? '') + iban.slice(i + 2));
      }
    }
    let accepted = 0;
    const disagreements = [...variants].filter((iban) => {
      const ours = normaliseIban(iban).value !== null;
      if (ours) accepted++;
      return ours !== validateIBAN(iban, { allowQRIBAN: false }).valid;
    });
    expect(disagreements).toEqual([]);
    // Both answers occur often: the comparison covers the fast yes and the slow no.
    expect(accepted).toBeGreaterThan(VALID.length);
    expect(variants.size - accepted).toBeGreaterThan(1000);
  });

  it('tells how to fix a number without country code', () => {
    expect(ibanMessages['iban.no_country']?.en({})).toContain('LU28');
    expect(ibanMessages['iban.length']?.fr({ country: 'BE', expected: 16, actual: 20 })).toContain('16');
  });
});

describe('ibanCountry', () => {
  it.each([
    ['LU280019400644750000', 'LU'],
    ['BE68539007547034', 'BE'],
    ['FR1420041010050500013M02606', 'FR'],
  ])('%s → %s', (iban, country) => {
    expect(ibanCountry(iban)).toBe(country);
  });
});

describe('ibanMessages', () => {
  itRendersEveryMessage(ibanMessages, FIELD_PARAMS, { minLength: 10, maxLength: 110 });
});
