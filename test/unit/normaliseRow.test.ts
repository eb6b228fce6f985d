import { describe, expect, it } from 'vitest';
import { COLUMN_INFO } from '../../src/engine/checkSheet.js';
import { checkRows } from '../../src/domain/checkRows.js';
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
  shareDocuments: '',
  deliveryChannel: '',
  sharingEmail: '',
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
    ['a French client’s VAT with a non-EU prefix (issue 16)', { country: 'France', postalCode: '75001', companyNumber: '334 175 221', vatNumber: 'IO 334 175 221' }, 'vatNumber', 'vat.unknown_prefix'],
    ['an Italian VAT with a wrong check digit', { country: 'Italie', postalCode: '20121', companyNumber: '', vatNumber: 'IT 00743110158' }, 'vatNumber', 'vat.checksum'],
    ['an Italian register number with a wrong check digit', { country: 'Italia', postalCode: '20121', companyNumber: '00743110158', vatNumber: 'IT 00743110157' }, 'companyNumber', 'company_number.checksum'],
  ])('%s: the error, and no change for that cell', (_what, cells, key, code) => {
    const row = check(cells);
    expect(row.issues.filter((i) => i.key === key).map((i) => i.code)).toContain(code);
    expect(row.changes.filter((c) => c.key === key)).toEqual([]);
  });

  it('a cross-field error (a BE VAT that is not the company number) leaves that cell no change', () => {
    const row = check({ country: 'Belgique', companyNumber: '0403.170.701', vatNumber: 'BE 0654.321.913', postalCode: '1000' });
    expect(row.issues.filter((i) => i.key === 'vatNumber').map((i) => i.code)).toContain('vat.be_mismatch');
    expect(row.changes.filter((c) => c.key === 'vatNumber')).toEqual([]);
    expect(row.changes.find((c) => c.key === 'country')?.to).toBe('BE');
  });

  it('a VAT number already on an earlier row: the later row’s VAT cell has the error and no change', () => {
    const [first, second] = checkRows([rowOf({ vatNumber: 'LU 241 587 41' }), { ...rowOf({ vatNumber: 'LU 241 587 41', companyNumber: 'B 654.321' }), row: 3 }], {}, COLUMN_INFO);
    expect(first?.changes.find((c) => c.key === 'vatNumber')?.to).toBe('LU24158741');
    expect(second?.issues.map((i) => i.code)).toContain('duplicate.vat');
    expect(second?.changes.filter((c) => c.key === 'vatNumber')).toEqual([]);
    expect(second?.changes.find((c) => c.key === 'companyNumber')?.to).toBe('B654321');
  });

  it('keeps reporting a change with a warning (the VAT prefix added from the country)', () => {
    const row = check({ vatNumber: '24158741' });
    expect(row.issues.filter((i) => i.key === 'vatNumber').map((i) => i.severity)).toEqual(['warning']);
    expect(row.changes.find((c) => c.key === 'vatNumber')?.to).toBe('LU24158741');
  });
});

describe('checkRows: values repeated across rows', () => {
  // Cells as the reader hands clean text over: the text alone (SheetCell), not an object.
  const compactRow = (row: number, cells: Partial<Record<ColumnKey, string>>): RawRow => ({ row, cells: { ...VALID, ...cells } });
  const duplicates = (rows: ReturnType<typeof checkRows>) =>
    rows.flatMap((r) => r.issues.filter((i) => i.code.startsWith('duplicate.')).map((i) => [r.row, i.code, i.params.row, i.value]));

  it('names the first row that holds the value, per kind, and register numbers per country', () => {
    const rows = checkRows(
      [
        compactRow(2, { vatNumber: 'LU 241 587 41', externalReference: 'C-1' }),
        compactRow(3, { companyNumber: 'B 654.321', externalReference: 'C-1' }),
        compactRow(4, { vatNumber: 'LU24158741', companyNumber: 'B 123 456', externalReference: 'C-2' }),
        compactRow(5, { country: 'FR', postalCode: '75001', companyNumber: '334 175 221', vatNumber: '', externalReference: 'C-3' }),
        compactRow(6, { country: 'FR', postalCode: '75001', companyNumber: '334175221', vatNumber: '', externalReference: 'C-4' }),
      ],
      {},
      COLUMN_INFO,
    );
    expect(duplicates(rows)).toEqual([
      [3, 'duplicate.external_reference', 2, 'C-1'],
      [4, 'duplicate.vat', 2, 'LU24158741'],
      [4, 'duplicate.company_number', 2, 'B 123 456'],
      [6, 'duplicate.company_number', 5, '334175221'],
    ]);
    expect(rows.map((r) => r.status)).toEqual(['valid', 'invalid', 'invalid', 'valid', 'invalid']);
  });

  it('a sheet without repeats keeps every row valid, its changes read from text-only cells', () => {
    const rows = checkRows([compactRow(2, { externalReference: 'C-1' }), compactRow(3, { companyNumber: 'B 654.321', externalReference: 'C-2' })], {}, COLUMN_INFO);
    expect(rows.map((r) => r.status)).toEqual(['valid', 'valid']);
    expect(rows[1]?.changes.find((c) => c.key === 'companyNumber')).toMatchObject({ from: 'B 654.321', to: 'B654321', column: 'F' });
  });
});
