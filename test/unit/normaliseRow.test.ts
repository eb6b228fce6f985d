import { describe, expect, it } from 'vitest';
import { COLUMN_INFO } from '../../src/commands/check.js';
import { normaliseRow } from '../../src/domain/normaliseRow.js';
import type { ColumnKey, RawRow } from '../../src/domain/types.js';

// The "Changes" a check reports are promises: "this is what will be sent, nothing to do". A cell
// in error must therefore carry no change, even when its normaliser still has a value for it.

const VALID: Record<ColumnKey, string> = {
  legalName: 'ACME SARL',
  street: '1 rue X',
  postalCode: 'L-1234',
  city: 'Luxembourg',
  country: 'Luxembourg',
  companyNumber: 'B 123.456',
  vatNumber: '',
  iban: 'LU28 0019 4006 4475 0000',
  bic: 'BCEELULL',
  language: 'Français',
  contactName: 'Jean Dupont',
  contactLanguage: 'fr',
  contactEmail: 'jean@acme.lu',
  assigneeEmails: 'a@fidu.lu',
  externalReference: '',
};

const rowOf = (cells: Partial<Record<ColumnKey, string>>): RawRow => ({
  row: 2,
  cells: Object.fromEntries(Object.entries({ ...VALID, ...cells }).map(([k, v]) => [k, { typed: v, text: v, findings: [] }])),
});

const check = (cells: Partial<Record<ColumnKey, string>>) => normaliseRow(rowOf(cells), {}, COLUMN_INFO);

describe('normaliseRow: changes', () => {
  it('reports what it normalised in a valid row', () => {
    const row = check({});
    expect(row.status).toBe('valid');
    expect(row.changes.map((c) => [c.key, c.to])).toEqual([
      ['country', 'LU'],
      ['postalCode', '1234'],
      ['companyNumber', 'B123456'],
      ['iban', 'LU280019400644750000'],
      ['language', 'fr'],
    ]);
  });

  it.each([
    ['assignees with one bad address among good ones', { assigneeEmails: 'a@fidu.lu; c@d' }, 'assigneeEmails', 'assignees.format'],
    ['an IBAN with spaces and a wrong checksum', { iban: 'LU28 0019 4006 4475 0001' }, 'iban', 'iban.checksum'],
    ['a country name that is ambiguous', { country: 'Congo' }, 'country', 'country.ambiguous'],
  ])('%s: the error, and no change for that cell', (_what, cells, key, code) => {
    const row = check(cells);
    expect(row.issues.filter((i) => i.key === key).map((i) => i.code)).toContain(code);
    expect(row.changes.filter((c) => c.key === key)).toEqual([]);
  });

  it('keeps reporting a change with a warning (the VAT prefix added from the country)', () => {
    const row = check({ vatNumber: '24158741' });
    expect(row.issues.filter((i) => i.key === 'vatNumber').map((i) => i.severity)).toEqual(['warning']);
    expect(row.changes.find((c) => c.key === 'vatNumber')?.to).toBe('LU24158741');
  });
});
