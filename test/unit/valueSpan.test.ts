import { describe, expect, it } from 'vitest';
import { normaliseBic } from '../../src/domain/bic.js';
import { normaliseCompanyNumber } from '../../src/domain/companyNumber.js';
import { normaliseAssignees, normaliseEmail } from '../../src/domain/email.js';
import { normaliseIban } from '../../src/domain/iban.js';
import { normalisePostalCode } from '../../src/domain/postalCode.js';
import type { Finding, Normalised } from '../../src/domain/types.js';
import { mapSpan } from '../../src/domain/valueSpan.js';
import { normaliseVat } from '../../src/domain/vat.js';

/** The finding of `code` and the part of the input its span points at ('' when it has no span). */
function pointedAt(input: string, result: Normalised<unknown>, code: string): string {
  const finding: Finding | undefined = result.findings.find((f) => f.code === code);
  if (!finding) throw new Error(`${code} not found in ${JSON.stringify(result.findings)}`);
  return finding.span ? input.slice(finding.span.start, finding.span.end) : '';
}

describe('where in the value the problem is: each validator that knows says so', () => {
  it.each([
    // column, input as typed, the finding, the part it points at ('' = no position known)
    ['M', 'helene.giraud@pharmacie-du-port.example,fr', 'email.format', ',fr'],
    ['M', '  helene.giraud@pharmacie-du-port.example,fr ', 'email.format', ',fr'],
    ['M', 'jean.dupont@example', 'email.format', 'example'],
    ['M', 'jean.dupont@example.l', 'email.format', 'l'],
    ['M', 'hélène@pharmacie.fr', 'email.format', 'é'],
    ['M', 'jean..dupont@firm.lu', 'email.format', '..'],
    ['M', 'anne@firm..lu', 'email.format', '..'],
    ['M', 'marie.weis@fiduciaire@lu', 'email.format', '@'],
    ['M', 'anne@firm.lu; paul@firm.lu', 'email.several', '; '],
    ['M', 'no address here', 'email.format', ''],
  ] as const)('%s %j → %s at %j', (_column, input, code, part) => {
    expect(pointedAt(input, normaliseEmail(input), code)).toBe(part);
  });

  it('N: the address in error, among the others of the cell', () => {
    const input = 'comptable@fiduciaire.lu; paie@fiduciaire.lu, marie.weis@fiduciaire; paul@fiduciaire.lu';
    const result = normaliseAssignees(input);
    expect(pointedAt(input, result, 'assignees.format')).toBe('fiduciaire');
    expect(result.findings[0]?.span?.start).toBe(input.indexOf('marie.weis@') + 'marie.weis@'.length);
    const repeated = 'anne@firm.lu; paul@firm.lu; anne@firm.lu';
    const span = normaliseAssignees(repeated).findings[0]?.span;
    expect(span && repeated.slice(span.start, span.end)).toBe('anne@firm.lu');
    expect(span?.start).toBe(28);
  });

  it.each([
    // IBAN: the group of four holding the mistake, as the IBAN is written
    ['LU28 0019 4OO6 4475 0000', 'iban.checksum', '4OO6'],
    ['LU28 0019 4006 4475 000O', 'iban.checksum', '000O'],
    ['LU28 0019 4006 4475 0000'.replace('4006', '4060'), 'iban.checksum', '4060'],
    ['BE68 5390 0754 7O34', 'iban.format', '7O34'],
    ['IBAN: BE68 5390 0754 7O34', 'iban.format', '7O34'],
    ['BE6X 5390 0754 7034', 'iban.format', '6X'],
    ['XX28 0019 4006 4475 0000', 'iban.unknown_country', 'XX'],
    ['LU28 0019 4006 4475 0000 00', 'iban.length', ''],
  ] as const)('H %j → %s at %j', (input, code, part) => {
    expect(pointedAt(input, normaliseIban(input), code)).toBe(part);
  });

  it.each([
    ['LU150274O2', 'LU', 'vat.format', 'O'],
    ['N° TVA intracommunautaire LU 150 274 O2', 'LU', 'vat.format', 'O'],
    ['BE 0456.789,133', 'BE', 'vat.format', ','],
    ['FR KA 812345676X', 'FR', 'vat.format', ''],
    ['IO15027442', 'LU', 'vat.unknown_prefix', 'IO'],
    ['LU15027443', 'LU', 'vat.checksum', ''],
  ] as const)('G %j (%s) → %s at %j', (input, country, code, part) => {
    expect(pointedAt(input, normaliseVat(input, country), code)).toBe(part);
  });

  it.each([
    ['BCEE1ULL', 'bic.format', '1'],
    ['bcee lu l1x', 'bic.format', ''],
    ['BCEEXXLL', 'bic.format', 'XX'],
  ] as const)('I %j → %s at %j', (input, code, part) => {
    expect(pointedAt(input, normaliseBic(input, null), code)).toBe(part);
  });

  it.each([
    ['R.C.S. Luxembourg B 123.45X6', 'LU', 'rcs.format', 'X'],
    ['0456.789.13O', 'BE', 'be_enterprise.format', 'O'],
    ['732 829 32O', 'FR', 'fr_siren.format', 'O'],
    ['1234567A', 'NL', 'nl_kvk.format', 'A'],
    ['R.C.S. Luxembourg B 12345678', 'LU', 'rcs.format', ''],
  ] as const)('F %j (%s) → %s at %j', (input, country, code, part) => {
    expect(pointedAt(input, normaliseCompanyNumber(input, country), code)).toBe(part);
  });

  it.each([
    ['L-16x1', 'LU', 'postal_code.shape', 'x'],
    ['75OO1', 'FR', 'postal_code.shape', 'OO'],
    ['161', 'LU', 'postal_code.shape', ''],
  ] as const)('C %j (%s) → %s at %j', (input, country, code, part) => {
    expect(pointedAt(input, normalisePostalCode(input, country), code)).toBe(part);
  });
});

describe('mapSpan: a position in the compacted value, back in the value as typed', () => {
  it.each([
    ['LU28 0019 4006', 'LU2800194006', { start: 8, end: 12 }, '4006'],
    ['iban: lu28 0019', 'LU280019', { start: 0, end: 2 }, 'lu'],
    ['\u00a0LU 15\u00a0027 442', 'LU15027442', { start: 2, end: 4 }, '15'],
    ['ＬＵ１５', 'LU15', { start: 2, end: 3 }, '１'],
  ] as const)('%j: %j → %j', (source, derived, span, part) => {
    const mapped = mapSpan(source, derived, span);
    expect(mapped && source.slice(mapped.start, mapped.end)).toBe(part);
  });

  it('gives up when the two do not line up', () => {
    expect(mapSpan('LU28', 'BE68', { start: 0, end: 2 })).toBeUndefined();
    expect(mapSpan('LU28', 'LU28', { start: 2, end: 9 })).toBeUndefined();
  });
});
