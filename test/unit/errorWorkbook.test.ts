import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Issue, Lang, MessageParams, Row } from '../../src/domain/types.js';
import { checkedRow, sheetIssue } from '../helpers/rows.js';
import { COLUMNS, columnForHeader, isReportColumn } from '../../src/input/columns.js';
import { buildErrorWorkbook, COMMENT_AUTHOR } from '../../src/report/errorWorkbook.js';
import { cellOf } from '../helpers/workbook.js';

const fakeRender = (code: string, p: MessageParams) => `${code} ${JSON.stringify(p)}`;

const HEADERS = ['Client name', 'Address', 'ZIP', 'City', 'Country', 'RCS', 'VAT', 'IBAN'];
const DATA = [
  ['Boulangerie Schmit', '12 rue de la Gare', '1611', 'Luxembourg', 'LU', 'B123456', 'LU15027443', 'LU28 0019 4006 4475 0000'],
  ['=HYPERLINK("http://x")', '1 Grand-Rue', '1660', 'Luxembourg', 'LU', '', '', 'LU28 0019 4006 4475 0001'],
  ['Café du Coin', '3 rue Neuve', '4000', 'Liège', 'Belgique', '', 'BE0203201340', 'BE68539007547034'],
];

/** A workbook as the reader would get it: a hidden lists sheet first, a title row, then headers on row 2. */
function sourceWorkbook(): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Languages'], ['fr'], ['en']]), 'Lists');
  const sheet = XLSX.utils.aoa_to_sheet([['Clients of the firm'], HEADERS, ...DATA]);
  // aoa_to_sheet would turn "=..." into text anyway; make sure it is a plain string cell with no formula.
  sheet['A4'] = { t: 's', v: '=HYPERLINK("http://x")' };
  cellOf(sheet, 'A3')!.c = Object.assign([{ a: 'Marie', t: 'Check the spelling with the client' }], { hidden: true });
  XLSX.utils.book_append_sheet(wb, sheet, 'Clients');
  wb.Workbook = { Sheets: [{ name: 'Lists', Hidden: 1 }, { name: 'Clients', Hidden: 0 }] };
  return XLSX.read(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }), { type: 'buffer' });
}

function issue(row: number, letter: string, code: string, severity: Issue['severity'] = 'error', value = ''): Issue {
  const spec = COLUMNS.find((c) => c.letter === letter)!;
  return sheetIssue({ row, column: letter, header: spec.label.en, key: spec.key, field: spec.field, severity, code, params: { v: value }, value });
}

const checked: Row[] = [
  checkedRow({ row: 3, status: 'invalid', client: null, changes: [], issues: [issue(3, 'C', 'zip.odd', 'warning', '1611'), issue(3, 'G', 'vat.checksum', 'error', 'LU15027443')] }),
  checkedRow({ row: 4, status: 'invalid', client: null, changes: [], issues: [issue(4, 'G', 'vat.lu_needs_rcs_or_vat'), issue(4, 'H', 'iban.checksum', 'error', 'LU28…')] }),
  checkedRow({ row: 5, status: 'valid', client: null, changes: [], issues: [] }),
];

function build(workbook: XLSX.WorkBook, rows: readonly Row[] = checked, lang: Lang = 'en', dense = false): XLSX.WorkBook {
  const bytes = buildErrorWorkbook({ workbook, sheetName: 'Clients', headerRow: 2, rows, render: fakeRender, lang });
  expect(bytes).toBeInstanceOf(Uint8Array);
  return XLSX.read(bytes, { type: 'buffer', dense });
}

const cell = (wb: XLSX.WorkBook, addr: string) => wb.Sheets.Clients?.[addr] as XLSX.CellObject | undefined;
const headerRow = (wb: XLSX.WorkBook) => XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Clients!, { header: 1, range: 1 })[0] ?? [];

describe('buildErrorWorkbook', () => {
  const source = sourceWorkbook();
  const out = build(source);

  it('adds an "Errors" and a "Warnings" column right after the last header, each row’s messages told apart', () => {
    expect(cell(out, 'I2')).toMatchObject({ t: 's', v: 'Errors' });
    expect(cell(out, 'J2')).toMatchObject({ t: 's', v: 'Warnings' });
    expect(cell(out, 'I3')?.v).toBe('G VAT: vat.checksum {"v":"LU15027443"}');
    expect(cell(out, 'J3')?.v).toBe('C ZIP: zip.odd {"v":"1611"}');
    expect(cell(out, 'I4')?.v).toBe('G VAT: vat.lu_needs_rcs_or_vat {"v":""} \nH IBAN: iban.checksum {"v":"LU28…"}');
    expect(cell(out, 'J4')).toBeUndefined();
    expect(cell(out, 'I5')).toBeUndefined();
    expect(cell(out, 'J5')).toBeUndefined();
  });

  it('names the columns in French for French users', () => {
    const french = build(source, checked, 'fr');
    expect([cell(french, 'I2')?.v, cell(french, 'J2')?.v]).toEqual(['Erreurs', 'Avertissements']);
  });

  it('writes only string cells that cannot start a formula', () => {
    for (const addr of ['I2', 'I3', 'I4', 'J2', 'J3']) {
      const c = cell(out, addr);
      expect(c?.t).toBe('s');
      expect(c?.f).toBeUndefined();
      expect(String(c?.v)).toMatch(/^[A-Z]/);
      expect(String(c?.v)).not.toMatch(/^[=+\-@]/);
    }
  });

  it('keeps every original value, at the same row and column', () => {
    const before = XLSX.utils.sheet_to_json<string[]>(source.Sheets.Clients!, { header: 1, defval: '' });
    const after = XLSX.utils.sheet_to_json<string[]>(out.Sheets.Clients!, { header: 1, defval: '' });
    expect(after.map((r) => r.slice(0, HEADERS.length))).toEqual(before);
    expect(after[2]?.slice(0, HEADERS.length)).toEqual(DATA[0]);
  });

  it('keeps a formula-looking value as a string cell without a formula', () => {
    expect(cell(out, 'A4')).toMatchObject({ t: 's', v: '=HYPERLINK("http://x")' });
    expect(cell(out, 'A4')?.f).toBeUndefined();
  });

  it('keeps every sheet, hidden ones hidden', () => {
    expect(out.SheetNames).toEqual(['Lists', 'Clients']);
    expect(out.Workbook?.Sheets?.[0]?.Hidden).toBe(1);
    expect(cellOf(out.Sheets.Lists, 'A2')?.v).toBe('fr');
  });

  it('puts a hidden comment on each bad cell, and creates an empty cell to hold one', () => {
    expect(cell(out, 'G3')?.c).toHaveLength(1);
    expect(cell(out, 'G3')?.c?.[0]).toMatchObject({ a: COMMENT_AUTHOR, t: 'vat.checksum {"v":"LU15027443"}' });
    expect(cell(out, 'G3')?.c?.hidden).toBe(true);
    expect(cell(out, 'C3')?.c?.[0]?.t).toBe('zip.odd {"v":"1611"}');
    // G4 was empty in the sheet.
    expect(cell(out, 'G4')).toMatchObject({ t: 's', v: '' });
    expect(cell(out, 'G4')?.c?.[0]).toMatchObject({ a: COMMENT_AUTHOR, t: 'vat.lu_needs_rcs_or_vat {"v":""}' });
    expect(cell(out, 'A5')?.c).toBeUndefined();
  });

  it('keeps the user’s own comments', () => {
    expect(cell(out, 'A3')?.c?.[0]).toMatchObject({ a: 'Marie', t: 'Check the spelling with the client' });
  });

  it('is ignored when read again: the reader sees no new template column', () => {
    const headers = headerRow(out);
    expect(headers).toHaveLength(HEADERS.length + 2);
    for (const added of headers.slice(-2)) {
      expect(isReportColumn(added)).toBe(true);
      expect(columnForHeader(added)).toBeUndefined();
    }
    expect(headers.slice(0, -2).map((h) => columnForHeader(h))).toEqual(['legalName', 'street', 'postalCode', 'city', 'country', 'companyNumber', 'vatNumber', 'iban']);
  });

  it('does not change the workbook it was given', () => {
    expect(source.Sheets.Clients?.I2).toBeUndefined();
    expect(cellOf(source.Sheets.Clients, 'G3')?.c).toBeUndefined();
  });

  it('reuses the Errors column of a report fed back, clearing old messages and its own old comments', () => {
    const fixedRow3: Row[] = [
      { ...checked[0]!, status: 'valid', issues: [] },
      { ...checked[1]!, issues: [issue(4, 'H', 'iban.checksum')] },
    ];
    const again = build(build(source), fixedRow3);
    expect(headerRow(again)).toHaveLength(HEADERS.length + 2);
    expect(cell(again, 'I3')).toBeUndefined();
    expect(cell(again, 'J3')).toBeUndefined();
    expect(cell(again, 'I4')?.v).toBe('H IBAN: iban.checksum {"v":""}');
    expect(cell(again, 'G3')?.c).toBeUndefined();
    expect(cell(again, 'G4')?.c).toBeUndefined();
    expect(cell(again, 'H4')?.c?.filter((c) => c.a === COMMENT_AUTHOR)).toHaveLength(1);
    expect(cell(again, 'A3')?.c?.[0]?.a).toBe('Marie');
  });

  it('reuses a French "Erreurs" column placed anywhere, headed again in the language of the run', () => {
    const wb = sourceWorkbook();
    const sheet = wb.Sheets.Clients!;
    sheet['J2'] = { t: 's', v: 'Erreurs' };
    sheet['J3'] = { t: 's', v: 'old message' };
    sheet['!ref'] = 'A1:J5';
    const again = build(wb, checked, 'en');
    expect(cell(again, 'J2')?.v).toBe('Errors');
    expect(cell(again, 'J3')?.v).toMatch(/^G VAT: vat\.checksum/);
    expect(cell(again, 'K2')?.v).toBe('Warnings');
    expect(cell(again, 'K3')?.v).toMatch(/^C ZIP: zip\.odd/);
    expect(cell(again, 'I2')).toBeUndefined();
  });

  it.each([
    ['German', 'Fehler', 'Warnungen'],
    ['Dutch', 'Fouten', 'Waarschuwingen'],
    ['English', 'Errors', 'Warnings'],
  ])('replaces the %s Errors/Warnings columns of an earlier report: no old message left, none appended', (_language, errors, warnings) => {
    const wb = sourceWorkbook();
    const sheet = wb.Sheets.Clients!;
    Object.assign(sheet, {
      I2: { t: 's', v: errors },
      J2: { t: 's', v: warnings },
      I3: { t: 's', v: 'G: an old error' },
      J3: { t: 's', v: 'C: an old warning' },
      I5: { t: 's', v: 'A: fixed since' },
      J5: { t: 's', v: 'B: fixed since' },
      '!ref': 'A1:J5',
    });
    const onlyRow4: Row[] = [{ ...checked[0]!, status: 'valid', issues: [] }, checked[1]!, checked[2]!];
    const again = build(wb, onlyRow4, 'fr');
    expect(headerRow(again)).toEqual([...HEADERS, 'Erreurs', 'Avertissements']);
    for (const addr of ['I3', 'J3', 'I5', 'J5', 'J4']) expect(cell(again, addr), addr).toBeUndefined();
    expect(cell(again, 'I4')?.v).toMatch(/^G VAT : vat\.lu_needs_rcs_or_vat/);
    expect(cell(again, 'K2')).toBeUndefined();
  });

  it('empties a third column of an earlier report rather than keep its messages', () => {
    const wb = sourceWorkbook();
    const sheet = wb.Sheets.Clients!;
    Object.assign(sheet, {
      I2: { t: 's', v: 'Errors' },
      J2: { t: 's', v: 'Warnungen' },
      K2: { t: 's', v: 'Erreurs' },
      K3: { t: 's', v: 'an old message' },
      '!ref': 'A1:K5',
    });
    const again = build(wb, checked, 'en');
    expect([cell(again, 'I2')?.v, cell(again, 'J2')?.v]).toEqual(['Errors', 'Warnings']);
    expect(cell(again, 'K2')).toBeUndefined();
    expect(cell(again, 'K3')).toBeUndefined();
  });

  it('does not comment a cell that belongs to another column when the issue’s column is missing', () => {
    // The sheet has no VAT column: the issue falls back to the template letter G, here "Notes".
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[], ['Client name', 'Address', 'ZIP', 'City', 'Country', 'RCS', 'Notes'], ['A', 'B', '1611', 'L', 'LU', '', 'keep me']]), 'Clients');
    const out2 = build(wb, [checkedRow({ row: 3, status: 'invalid', client: null, changes: [], issues: [issue(3, 'G', 'vat.lu_needs_rcs_or_vat')] })]);
    expect(cell(out2, 'G3')).toMatchObject({ v: 'keep me' });
    expect(cell(out2, 'G3')?.c).toBeUndefined();
    expect(cell(out2, 'H3')?.v).toBe('G VAT: vat.lu_needs_rcs_or_vat {"v":""}');
  });

  it('works on a sheet read in dense mode', () => {
    const dense = XLSX.read(XLSX.write(sourceWorkbook(), { type: 'buffer', bookType: 'xlsx' }), { type: 'buffer', dense: true });
    const out3 = build(dense);
    expect(cell(out3, 'I3')?.v).toMatch(/^G VAT: /);
    expect(cell(out3, 'G4')?.c?.[0]?.a).toBe(COMMENT_AUTHOR);
  });
});
