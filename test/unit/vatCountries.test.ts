import { describe, expect, it } from 'vitest';
import { normaliseVat } from '../../src/domain/vat.js';
import { withoutSpans } from '../helpers/withoutSpans.js';

/**
 * Public test numbers per VAT prefix (issue 16). Sources, python-stdnum @ 006192e:
 * - `eu_vat`: tests/test_eu_vat.doctest (numbers "found online", "mangled so their check digit is
 *   wrong", "wrong length");
 * - `<cc>/<module>.py`: the doctest examples in that module's docstring (stdnum/at/uid.py …);
 * - `test_<cc>_<x>`: tests/test_<cc>_<x>.doctest;
 * - `short`/`long`: a valid number of this table with a digit dropped or added, which the country's
 *   published length rules out (python-stdnum raises InvalidLength or InvalidFormat for each).
 * XI numbers are GB numbers (python-stdnum checks XI with stdnum/gb/vat.py).
 * Where python-stdnum says InvalidComponent for a date inside a personal code, we say vat.checksum:
 * the shape is right and a digit is wrong.
 */
type Expected = 'valid' | 'vat.checksum' | 'vat.format';
type Case = readonly [prefix: string, input: string, expected: Expected, source: string];

const CASES: readonly Case[] = [
  ['AT', 'ATU13585627', 'valid', 'at/uid.py'],
  ['AT', 'ATU 142 43 102', 'valid', 'eu_vat'],
  ['AT', 'ATU13585626', 'vat.checksum', 'at/uid.py'],
  ['AT', 'ATU 143 43 102', 'vat.checksum', 'eu_vat'],
  ['AT', 'ATU46080904', 'vat.checksum', 'eu_vat'],
  ['AT', 'ATU 151592092', 'vat.format', 'eu_vat'],
  ['AT', 'ATU1358562', 'vat.format', 'short'],

  ['BE', 'BE 428759497', 'valid', 'be/vat.py'],
  ['BE', 'BE0428759497', 'valid', 'eu_vat'],
  ['BE', 'BE431150351', 'vat.checksum', 'be/vat.py'],
  ['BE', 'BE697449982', 'vat.checksum', 'eu_vat'],
  ['BE', 'BE04287594970', 'vat.format', 'long'],
  ['BE', 'BE2000021323', 'vat.format', 'test_be_vat'],

  ['BG', 'BG 175074752', 'valid', 'eu_vat'],
  ['BG', 'BG131272009', 'valid', 'test_bg_vat (legal entity, fallback weights)'],
  ['BG', 'BG7501020018', 'valid', 'test_bg_vat (physical person)'],
  ['BG', 'BG7111042925', 'valid', 'test_bg_vat (foreigner)'],
  ['BG', 'BG7153849522', 'valid', 'test_bg_vat (others)'],
  ['BG', 'BG175074751', 'vat.checksum', 'bg/vat.py'],
  ['BG', 'BG 1037735942', 'vat.checksum', 'eu_vat'],
  ['BG', 'BG 131 172 009', 'vat.checksum', 'eu_vat'],
  ['BG', 'BG 17507475', 'vat.format', 'short'],
  ['BG', 'BG 17507475200', 'vat.format', 'long'],

  ['CY', 'CY-10259033P', 'valid', 'eu_vat'],
  ['CY', 'CY00632993 F', 'valid', 'eu_vat'],
  ['CY', 'CY-10259033Z', 'vat.checksum', 'cy/vat.py'],
  ['CY', 'CY 10246672F', 'vat.checksum', 'eu_vat'],
  ['CY', 'CY-10009489 A', 'vat.checksum', 'eu_vat'],
  ['CY', 'CY-1225903322', 'vat.format', 'eu_vat'],
  ['CY', 'CY-12259033P', 'vat.format', 'eu_vat (no number starts with 12)'],

  ['CZ', 'CZ 25123891', 'valid', 'cz/dic.py'],
  ['CZ', 'CZ 640903926', 'valid', 'cz/dic.py (special 9-digit number)'],
  ['CZ', 'CZ7103192745', 'valid', 'cz/dic.py (birth number)'],
  ['CZ', 'CZ 736028/5163', 'valid', 'eu_vat'],
  ['CZ', 'CZ25123890', 'vat.checksum', 'cz/dic.py'],
  ['CZ', 'CZ 25557481', 'vat.checksum', 'eu_vat'],
  ['CZ', 'CZ 640913926', 'vat.checksum', 'eu_vat'],
  ['CZ', 'CZ 8058018314', 'vat.checksum', 'eu_vat'],
  ['CZ', 'CZ 2512389', 'vat.format', 'short'],
  ['CZ', 'CZ 95123891', 'vat.format', 'eu_vat (no company number starts with 9)'],

  ['DE', 'DE136695976', 'valid', 'de/vat.py'],
  ['DE', 'DE 813 184868', 'valid', 'eu_vat'],
  ['DE', 'DE136695978', 'vat.checksum', 'de/vat.py'],
  ['DE', 'DE 813 91 38 75', 'vat.checksum', 'eu_vat'],
  ['DE', 'DE 011125440', 'vat.format', 'eu_vat'],
  ['DE', 'DE 13669597', 'vat.format', 'short'],

  ['DK', 'DK 13585628', 'valid', 'dk/cvr.py'],
  ['DK', 'DK: 21599336', 'valid', 'eu_vat'],
  ['DK', 'DK 13585627', 'vat.checksum', 'dk/cvr.py'],
  ['DK', 'DK 2565 2202', 'vat.checksum', 'eu_vat'],
  ['DK', 'DK-27996592', 'vat.checksum', 'eu_vat'],
  ['DK', 'DK 1358562', 'vat.format', 'short'],
  ['DK', 'DK 135856280', 'vat.format', 'long'],

  ['EE', 'EE100594102', 'valid', 'ee/kmkr.py'],
  ['EE', 'EE 100 931 558', 'valid', 'eu_vat'],
  ['EE', 'EE100594103', 'vat.checksum', 'ee/kmkr.py'],
  ['EE', 'EE 100525487', 'vat.checksum', 'eu_vat'],
  ['EE', 'EE101256754', 'vat.checksum', 'eu_vat'],
  ['EE', 'EE 10059410', 'vat.format', 'short'],
  ['EE', 'EE 1005941020', 'vat.format', 'long'],

  ['EL', 'EL 094259216', 'valid', 'gr/vat.py'],
  ['EL', 'EL 94051189', 'valid', 'eu_vat (old 8-digit form)'],
  ['EL', 'EL 123456781', 'vat.checksum', 'gr/vat.py'],
  ['EL', 'EL 094068733', 'vat.checksum', 'eu_vat'],
  ['EL', 'EL: 094269805', 'vat.checksum', 'eu_vat'],
  ['EL', 'EL 9425921', 'vat.format', 'short'],
  ['EL', 'EL 0942592160', 'vat.format', 'long'],

  ['ES', 'ESB64717838', 'valid', 'es/nif.py (CIF)'],
  ['ES', 'ES 54362315K', 'valid', 'es/nif.py (DNI)'],
  ['ES', 'ES X-5253868-R', 'valid', 'es/nif.py (NIE)'],
  ['ES', 'ES M-1234567-L', 'valid', 'es/nif.py (M: foreigner without NIE)'],
  ['ES', 'ES Q-2818015-F', 'valid', 'eu_vat (CIF with a check letter)'],
  ['ES', 'ESB64717839', 'vat.checksum', 'es/nif.py'],
  ['ES', 'ES 54362415K', 'vat.checksum', 'eu_vat'],
  ['ES', 'ES K-2814015-F', 'vat.checksum', 'eu_vat'],
  ['ES', 'ES-x-2322300w', 'vat.checksum', 'eu_vat'],
  ['ES', 'ES11111111T', 'vat.checksum', 'test_es_nif (DNI)'],
  ['ES', 'ESA11111118', 'vat.checksum', 'test_es_nif (CIF)'],
  ['ES', 'ESX1111111A', 'vat.checksum', 'test_es_nif (NIE)'],
  ['ES', 'ES B-583784312', 'vat.format', 'eu_vat'],
  ['ES', 'ESB6471783', 'vat.format', 'short'],

  ['FI', 'FI 20774740', 'valid', 'fi/alv.py'],
  ['FI', 'FI 0982651-1', 'valid', 'eu_vat'],
  ['FI', 'FI 20774741', 'vat.checksum', 'fi/alv.py'],
  ['FI', 'FI 2077474', 'vat.format', 'short'],
  ['FI', 'FI 207747400', 'vat.format', 'long'],

  ['FR', 'FR23334175221', 'valid', 'fr/tva.py'],
  ['FR', 'FR K7399859412', 'valid', 'fr/tva.py (new-style key)'],
  ['FR', 'FR 84 323 140 391', 'vat.checksum', 'fr/tva.py'],
  ['FR', 'FR K 7399859312', 'vat.checksum', 'eu_vat'],
  ['FR', 'FR000076090', 'vat.format', 'eu_vat'],
  ['FR', 'FRIO334175221', 'vat.format', 'fr/tva.py (I and O are not key characters)'],

  ['HR', 'HR 33392005961', 'valid', 'hr/oib.py'],
  ['HR', 'HR33392005962', 'vat.checksum', 'hr/oib.py'],
  ['HR', 'HR 3339200596', 'vat.format', 'short'],
  ['HR', 'HR 333920059610', 'vat.format', 'long'],

  ['HU', 'HU-12892312', 'valid', 'hu/anum.py'],
  ['HU', 'HU 10672101', 'valid', 'eu_vat'],
  ['HU', 'HU-12892313', 'vat.checksum', 'hu/anum.py'],
  ['HU', 'HU 1289231', 'vat.format', 'short'],
  ['HU', 'HU 128923120', 'vat.format', 'long'],

  ['IE', 'IE 6433435F', 'valid', 'ie/vat.py'],
  ['IE', 'IE 6433435OA', 'valid', 'ie/vat.py (two letters, since 2013)'],
  ['IE', 'IE8D79739I', 'valid', 'ie/vat.py (old style)'],
  ['IE', 'IE6433435E', 'vat.checksum', 'ie/vat.py'],
  ['IE', 'IE 632 3421 C', 'vat.checksum', 'eu_vat'],
  ['IE', 'IE8D79729I', 'vat.checksum', 'eu_vat'],
  ['IE', 'IE 069385V8', 'vat.format', 'eu_vat'],
  ['IE', 'IE 64334355F', 'vat.format', 'long'],

  ['IT', 'IT 00743110157', 'valid', 'it/iva.py'],
  ['IT', 'IT 0 0 6 1 8 2 8 0 4 9 9', 'valid', 'eu_vat'],
  ['IT', 'IT00743110158', 'vat.checksum', 'it/iva.py'],
  ['IT', 'IT 00687129980', 'vat.format', 'eu_vat (office code 998 does not exist)'],
  ['IT', 'IT 0074311015', 'vat.format', 'short'],
  ['IT', 'IT 007431101570', 'vat.format', 'long'],

  ['LT', 'LT119511515', 'valid', 'lt/pvm.py'],
  ['LT', 'LT 100001919017', 'valid', 'lt/pvm.py'],
  ['LT', 'LT100001919018', 'vat.checksum', 'lt/pvm.py'],
  ['LT', 'LT 100001509922', 'vat.format', 'eu_vat (the digit before the check must be 1)'],
  ['LT', 'LT 100001354', 'vat.format', 'eu_vat (the digit before the check must be 1)'],
  ['LT', 'LT 1195115150', 'vat.format', 'long'],

  ['LU', 'LU 150 274 42', 'valid', 'lu/tva.py'],
  ['LU', 'LU 150 274 43', 'vat.checksum', 'lu/tva.py'],
  ['LU', 'LU1502744', 'vat.format', 'short'],
  ['LU', 'LU 150274420', 'vat.format', 'long'],

  ['LV', 'LV 4000 3521 600', 'valid', 'lv/pvn.py'],
  ['LV', 'LV161175-19997', 'valid', 'lv/pvn.py (personal code)'],
  ['LV', 'LV328673-00679', 'valid', 'lv/pvn.py (personal code without birth date)'],
  ['LV', 'LV40003521601', 'vat.checksum', 'lv/pvn.py'],
  ['LV', 'LV328673-00677', 'vat.checksum', 'lv/pvn.py'],
  ['LV', 'LV161375-19997', 'vat.checksum', 'lv/pvn.py (no 16/13/1975: InvalidComponent there)'],
  ['LV', 'LV 40003189715', 'vat.checksum', 'eu_vat'],
  ['LV', 'LV-10103241337', 'vat.checksum', 'eu_vat'],
  ['LV', 'LV 4000352160', 'vat.format', 'short'],
  ['LV', 'LV 400035216000', 'vat.format', 'long'],

  ['MT', 'MT 1167-9112', 'valid', 'mt/vat.py'],
  ['MT', 'MT1167-9113', 'vat.checksum', 'mt/vat.py'],
  ['MT', 'MT 1167911', 'vat.format', 'short'],
  ['MT', 'MT 116791120', 'vat.format', 'long'],

  ['NL', 'NL004495445B01', 'valid', 'nl/btw.py'],
  ['NL', 'NL002455799B11', 'valid', 'nl/btw.py (sole trader, mod 97)'],
  ['NL', 'NL123456789B90', 'vat.checksum', 'nl/btw.py'],
  ['NL', 'NL006866304B021', 'vat.format', 'eu_vat'],
  ['NL', 'NL 0044954450B01', 'vat.format', 'long'],

  ['PL', 'PL 8567346215', 'valid', 'pl/nip.py'],
  ['PL', 'PL 584-030-44-72', 'valid', 'eu_vat'],
  ['PL', 'PL 8567346216', 'vat.checksum', 'pl/nip.py'],
  ['PL', 'PL 856734621', 'vat.format', 'short'],
  ['PL', 'PL 85673462150', 'vat.format', 'long'],

  ['PT', 'PT 501 964 843', 'valid', 'pt/nif.py'],
  ['PT', 'PT500135.495', 'valid', 'eu_vat'],
  ['PT', 'PT 501 964 842', 'vat.checksum', 'pt/nif.py'],
  ['PT', 'PT 50196484', 'vat.format', 'short'],
  ['PT', 'PT 5019648430', 'vat.format', 'long'],

  ['RO', 'RO 185 472 90', 'valid', 'ro/cf.py'],
  ['RO', 'RO 573768', 'valid', 'eu_vat'],
  ['RO', 'RO 1630615123457', 'valid', 'ro/cf.py (CNP)'],
  ['RO', 'RO 185 472 91', 'vat.checksum', 'ro/cui.py'],
  ['RO', 'RO 1', 'vat.format', 'short'],
  ['RO', 'RO 18547290000', 'vat.format', 'long'],

  ['SE', 'SE 123456789701', 'valid', 'se/vat.py'],
  ['SE', 'SE556043606401', 'valid', 'eu_vat'],
  ['SE', 'SE123456789101', 'vat.checksum', 'se/vat.py'],
  ['SE', 'SE 55643359201', 'vat.format', 'eu_vat'],
  ['SE', 'SE 5567003255201', 'vat.format', 'eu_vat'],

  ['SI', 'SI 5022 3054', 'valid', 'si/ddv.py'],
  ['SI', 'SI 50223055', 'vat.checksum', 'si/ddv.py'],
  ['SI', 'SI 5022305', 'vat.format', 'short'],
  ['SI', 'SI 502230540', 'vat.format', 'long'],

  ['SK', 'SK 202 274 96 19', 'valid', 'sk/dph.py'],
  ['SK', 'SK 202 274 96 18', 'vat.checksum', 'sk/dph.py'],
  ['SK', 'SK 1078449164', 'vat.checksum', 'eu_vat'],
  ['SK', 'SK 302 274 96 19', 'vat.checksum', 'eu_vat'],
  ['SK', 'SK 2010 237 945', 'vat.format', 'eu_vat'],
  ['SK', 'SK 202274961', 'vat.format', 'short'],

  ['XI', 'XI 432525179', 'valid', 'eu_vat'],
  ['XI', 'XI 980 7806 84', 'valid', 'gb/vat.py'],
  ['XI', 'XIGD100', 'valid', 'test_gb_vat (government department)'],
  ['XI', 'XI802311781', 'vat.checksum', 'gb/vat.py'],
  ['XI', 'XI 9807806842', 'vat.format', 'test_gb_vat'],
  ['XI', 'XI 98078068', 'vat.format', 'short'],

  ['GB', 'GB 980 7806 84', 'valid', 'gb/vat.py'],
  ['GB', 'GB 100190874', 'valid', 'test_gb_vat (restarting number: mod 97 leaves 55)'],
  ['GB', 'GB 002 4257 28', 'valid', 'test_gb_vat'],
  ['GB', 'GB242338087388', 'valid', 'test_gb_vat (branch trader)'],
  ['GB', 'GBHA888856782', 'valid', 'test_gb_vat (health authority, EU form)'],
  ['GB', 'GB802311781', 'vat.checksum', 'gb/vat.py'],
  ['GB', 'GB001234567', 'vat.checksum', 'test_gb_vat'],
  ['GB', 'GBHA888856700', 'vat.checksum', 'test_gb_vat'],
  ['GB', 'GB9807806842', 'vat.format', 'test_gb_vat'],
  ['GB', 'GBGD600', 'vat.format', 'test_gb_vat (government departments stop at 499)'],
];

const EU_PREFIXES = 'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI GB'.split(' ');
const errorCodes = (input: string, country: string | null) =>
  normaliseVat(input, country).findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('normaliseVat: public test numbers per country', () => {
  it.each(CASES.filter(([, , expected]) => expected === 'valid'))('%s %s is valid (%s)', (prefix, input) => {
    const result = normaliseVat(input, null);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.value?.slice(0, 2)).toBe(prefix);
  });

  it.each(CASES.filter(([, , expected]) => expected !== 'valid'))('%s %s → %s (%s)', (prefix, input, expected) => {
    const result = normaliseVat(input, null);
    expect(result.value).toBeNull();
    expect(errorCodes(input, null)).toEqual([expected]);
    expect(result.findings[0]?.params?.country).toBe(prefix);
  });

  it('has a valid number, a wrong check digit and a wrong length for every EU prefix, XI and GB', () => {
    for (const prefix of EU_PREFIXES) {
      const kinds = new Set(CASES.filter(([p]) => p === prefix).map(([, , expected]) => expected));
      expect([prefix, [...kinds].sort()]).toEqual([prefix, ['valid', 'vat.checksum', 'vat.format']]);
    }
  });

  it.each(EU_PREFIXES)('%s: the example in the format message is itself a valid number', (prefix) => {
    const example = normaliseVat(`${prefix}1`, null).findings[0]?.params?.example;
    expect(typeof example).toBe('string');
    expect(errorCodes(String(example), null)).toEqual([]);
  });
});

describe('normaliseVat: the prefix must be an EU one (or XI, GB)', () => {
  it.each([
    // Issue 16: British Indian Ocean Territory's code, or a French key typed with I and O.
    ['IO334175221', 'FR', 'IO'],
    ['IO 334 175 221', null, 'IO'],
    ['CHE-123.456.789 MWST', 'CH', 'CH'],
    ['NO 123456789 MVA', 'NO', 'NO'],
    ['US 12-3456789', 'LU', 'US'],
    ['QQ 124567', 'LU', 'QQ'],
  ])('%s (country %s) → vat.unknown_prefix naming %s', (input, country, prefix) => {
    expect(withoutSpans(normaliseVat(input, country))).toEqual({
      value: null,
      findings: [{ code: 'vat.unknown_prefix', severity: 'error', params: { prefix } }],
    });
  });
});
