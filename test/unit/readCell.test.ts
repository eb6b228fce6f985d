import type { CellObject } from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { ColumnKey } from '../../src/domain/types.js';
import { readCell } from '../../src/input/readCell.js';

interface Case {
  readonly what: string;
  readonly column: ColumnKey;
  readonly cell: CellObject | undefined;
  readonly text: string;
  readonly typed: string;
  readonly codes?: readonly string[];
}

/** Cells as SheetJS 0.20.3 hands them over with cellNF/cellText/cellFormula (see readSheet.test for real files). */
const cases: Case[] = [
  { what: 'an empty cell', column: 'postalCode', cell: undefined, text: '', typed: '' },
  { what: 'a stub cell', column: 'postalCode', cell: { t: 'z' }, text: '', typed: '' },
  { what: 'a text ZIP', column: 'postalCode', cell: { t: 's', v: '01234', w: '01234' }, text: '01234', typed: '01234' },
  {
    what: 'NBSP and zero-width characters',
    column: 'vatNumber',
    cell: { t: 's', v: '\u200BLU\u00A015027442\u00A0' },
    text: 'LU 15027442',
    typed: '\u200BLU\u00A015027442\u00A0',
  },
  { what: 'a name typed on two lines', column: 'legalName', cell: { t: 's', v: 'Schmit\n & Fils ' }, text: 'Schmit & Fils', typed: 'Schmit\n & Fils ' },
  {
    what: 'assignees separated by Alt+Enter (line breaks kept)',
    column: 'assigneeEmails',
    cell: { t: 's', v: 'a@fidu.lu\r\n b@fidu.lu\u200B ' },
    text: 'a@fidu.lu\nb@fidu.lu',
    typed: 'a@fidu.lu\r\n b@fidu.lu\u200B ',
  },
  { what: 'ZIP 1234 formatted 00000', column: 'postalCode', cell: { t: 'n', v: 1234, z: '00000', w: '01234' }, text: '01234', typed: '01234' },
  { what: 'ZIP 1611 in General format', column: 'postalCode', cell: { t: 'n', v: 1611, z: 'General', w: '1611' }, text: '1611', typed: '1611' },
  {
    what: 'a 12-digit number shown in scientific notation',
    column: 'vatNumber',
    cell: { t: 'n', v: 539007547034, z: 'General', w: '5.39008E+11' },
    text: '539007547034',
    typed: '5.39008E+11',
    codes: ['cell.stored_as_number'],
  },
  {
    what: 'a number with thousands separators',
    column: 'companyNumber',
    cell: { t: 'n', v: 186284, z: '#,##0', w: '186,284' },
    text: '186284',
    typed: '186,284',
    codes: ['cell.stored_as_number'],
  },
  {
    what: 'a 16-digit number (Excel rounded it)',
    column: 'iban',
    cell: { t: 'n', v: 1234567890123450, z: '0', w: '1234567890123450' },
    text: '',
    typed: '1234567890123450',
    codes: ['cell.number_too_long'],
  },
  { what: 'a 22-digit number', column: 'iban', cell: { t: 'n', v: 1.5e21, w: '1.5E+21' }, text: '', typed: '1.5E+21', codes: ['cell.number_too_long'] },
  { what: 'a decimal number', column: 'vatNumber', cell: { t: 'n', v: 1234.5, w: '1234.5' }, text: '', typed: '1234.5', codes: ['cell.not_integer'] },
  {
    what: 'a decimal number displayed rounded',
    column: 'postalCode',
    cell: { t: 'n', v: 1611.4, z: '0', w: '1611' },
    text: '',
    typed: '1611',
    codes: ['cell.not_integer'],
  },
  {
    what: 'a ZIP that Excel turned into a date',
    column: 'postalCode',
    cell: { t: 'n', v: 45296, z: 'dd/mm/yyyy', w: '05/01/2024' },
    text: '',
    typed: '05/01/2024',
    codes: ['cell.date'],
  },
  { what: 'a date-typed cell in an identifier column', column: 'companyNumber', cell: { t: 'd', v: new Date(Date.UTC(2024, 0, 5)) }, text: '', typed: '2024-01-05', codes: ['cell.date'] },
  { what: 'a date in a free-text column', column: 'street', cell: { t: 'n', v: 45296, z: 'dd/mm/yyyy', w: '05/01/2024' }, text: '05/01/2024', typed: '05/01/2024' },
  { what: 'a number in a free-text column', column: 'street', cell: { t: 'n', v: 12.5, w: '12.5' }, text: '12.5', typed: '12.5' },
  {
    what: 'a formula without a saved result (xlsx)',
    column: 'postalCode',
    cell: { t: 'e', f: 'A2+1' },
    text: '',
    typed: '=A2+1',
    codes: ['cell.formula_without_value'],
  },
  {
    what: 'a formula without a saved result in a text column',
    column: 'legalName',
    cell: { t: 'n', f: 'UPPER(B2)' },
    text: '',
    typed: '=UPPER(B2)',
    codes: ['cell.formula_without_value'],
  },
  { what: 'a formula with its saved number', column: 'postalCode', cell: { t: 'n', v: 1611, f: '1600+11', w: '1611' }, text: '1611', typed: '1611' },
  {
    what: 'a formula with its saved text',
    column: 'vatNumber',
    cell: { t: 's', v: 'LU15027442', f: 'CONCAT("LU",B2)', w: 'LU15027442' },
    text: 'LU15027442',
    typed: 'LU15027442',
  },
  { what: 'TRUE in an identifier column', column: 'vatNumber', cell: { t: 'b', v: true, w: 'TRUE' }, text: 'TRUE', typed: 'TRUE', codes: ['cell.boolean'] },
  { what: 'FALSE in a text column', column: 'city', cell: { t: 'b', v: false }, text: 'FALSE', typed: 'FALSE' },
  { what: '#N/A', column: 'iban', cell: { t: 'e', v: 0x2a, w: '#N/A' }, text: '', typed: '#N/A', codes: ['cell.error_value'] },
  { what: '#REF! without its text', column: 'city', cell: { t: 'e', v: 0x17 }, text: '', typed: '#REF!', codes: ['cell.error_value'] },
];

describe('readCell', () => {
  it.each(cases)('reads $what', ({ column, cell, text, typed, codes = [] }) => {
    const read = readCell(cell, column);
    expect(read.text).toBe(text);
    expect(read.typed).toBe(typed);
    expect(read.findings.map((f) => f.code)).toEqual(codes);
  });

  it.each([
    ['cell.stored_as_number', 'warning'],
    ['cell.boolean', 'warning'],
    ['cell.number_too_long', 'error'],
    ['cell.not_integer', 'error'],
    ['cell.date', 'error'],
    ['cell.formula_without_value', 'error'],
    ['cell.error_value', 'error'],
  ])('reports %s as a %s', (code, severity) => {
    const finding = cases
      .map((c) => readCell(c.cell, c.column).findings)
      .flat()
      .find((f) => f.code === code);
    expect(finding?.severity).toBe(severity);
  });

  it('names the Excel error in the finding', () => {
    expect(readCell({ t: 'e', v: 0x2a, w: '#N/A' }, 'iban').findings[0]?.params).toEqual({ error: '#N/A' });
  });
});
