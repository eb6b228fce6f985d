import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { COLUMNS } from '../../src/input/columns.js';
import { LANGS, type ColumnKey, type MessageParams, type RawRow } from '../../src/domain/types.js';
import type { Finding } from '../../src/domain/types.js';
import { BanqupImportError } from '../../src/errors.js';
import { checkRows } from '../../src/domain/checkRows.js';
import { COLUMN_INFO } from '../../src/engine/checkSheet.js';
import { loadWorkbook, readError } from '../../src/input/loadWorkbook.js';
import { readerMessages } from '../../src/input/readerMessages.js';
import { readSheet } from '../../src/input/readSheet.js';
import type { BookType, CellInput, SheetSpec } from '../helpers/workbook.js';
import {
  buildWorkbook, csvText, dateCell, encodeCp1252, formulaCell, numberCell, rawCell, removeTempFiles, templateHeaders, templateRow, writeTempFile,
} from '../helpers/workbook.js';
import { expectMessage } from '../helpers/expectCatalogue.js';
import { findingsOf, textOf } from '../../src/domain/sheetCell.js';

const MAX = 10_000;
const read = (sheets: SheetSpec[], type: BookType = 'xlsx', maxRows = MAX) => readSheet(buildWorkbook(sheets, type), { maxRows });
const clients = (rows: CellInput[][], extra: Partial<SheetSpec> = {}): SheetSpec[] => [{ name: 'Clients', rows: [templateHeaders(), ...rows], ...extra }];
const text = (row: RawRow | undefined, key: ColumnKey) => textOf(row?.cells[key]);
const codes = (row: RawRow | undefined, key: ColumnKey) => findingsOf(row?.cells[key]).map((f) => f.code);

afterAll(removeTempFiles);

describe('readSheet: the same table in every format', () => {
  const rows = [
    templateRow({ legalName: 'Café Müller S.à r.l.', postalCode: numberCell(1234, '00000'), city: 'Düdelingen', vatNumber: 'LU15027442' }),
    templateRow({ legalName: 'Épicerie “Chez Zoë”', postalCode: '01611', externalReference: 'CLI-0042' }),
  ];

  it.each(['xlsx', 'ods', 'xls', 'csv'] as const)('reads %s', (type) => {
    const sheet = read(clients(rows), type);
    expect(sheet.format).toBe(type);
    expect(sheet.headerRow).toBe(1);
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(sheet.rows.map((r) => [text(r, 'legalName'), text(r, 'postalCode'), text(r, 'city'), text(r, 'externalReference')])).toEqual([
      ['Café Müller S.à r.l.', '01234', 'Düdelingen', 'CLI-0042'],
      ['Épicerie “Chez Zoë”', '01611', 'Luxembourg', 'CLI-0042'],
    ]);
    expect(sheet.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => findingsOf(c)))).toEqual([]);
    expect(sheet.notes).toEqual([]);
  });

  it('reads a cp1252 CSV with semicolons and accents (Excel "CSV" in a French locale)', () => {
    const row = templateRow({ legalName: 'Œnologie Müller', street: '5, rue de l’Église', city: 'Liège', externalReference: 'Tarif 5 €' });
    const csv = buildWorkbook(clients([row]), 'csv', { delimiter: ';', encoding: 'windows-1252' });
    const sheet = readSheet(csv, { maxRows: MAX });
    expect(sheet.csv).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect((['legalName', 'street', 'city', 'externalReference'] as const).map((k) => text(sheet.rows[0], k))).toEqual([
      'Œnologie Müller', '5, rue de l’Église', 'Liège', 'Tarif 5 €',
    ]);
    expect(text(sheet.rows[0], 'bic')).toBe('BCEELULL');
  });

  it('reads a UTF-8 CSV with BOM: the BOM does not stick to the first header', () => {
    const sheet = readSheet(buildWorkbook(clients([templateRow()]), 'csv', { encoding: 'utf-8-bom' }), { maxRows: MAX });
    expect(sheet.csv?.encoding).toBe('utf-8-bom');
    expect(sheet.columns.legalName?.header).toBe('Client name');
  });

  it('keeps CSV values exactly as typed: no number, date or formula conversion', () => {
    const csv = new TextEncoder().encode(
      `${templateHeaders().join(';')}\n${templateRow({ postalCode: '01234', iban: '539007547034123460', legalName: '=1+1', companyNumber: '05/01/2024' }).map(csvText).join(';')}\n`,
    );
    const row = readSheet(csv, { maxRows: MAX }).rows[0];
    expect([text(row, 'postalCode'), text(row, 'iban'), text(row, 'legalName'), text(row, 'companyNumber')]).toEqual([
      '01234', '539007547034123460', '=1+1', '05/01/2024',
    ]);
  });

  it('reads a file written to disk, as the CLI does', async () => {
    const path = await writeTempFile('clients.xlsx', buildWorkbook(clients(rows), 'xlsx'));
    expect(readSheet(new Uint8Array(await readFile(path)), { maxRows: MAX }).rows).toHaveLength(2);
  });
});

describe('readSheet: identifier cells (validation-rules.md §7)', () => {
  it.each([
    { what: 'ZIP 1234 formatted 00000', cells: { postalCode: numberCell(1234, '00000') }, key: 'postalCode', value: '01234', found: [] },
    { what: 'a VAT number stored as a number', cells: { vatNumber: numberCell(539007547034) }, key: 'vatNumber', value: '539007547034', found: ['cell.stored_as_number'] },
    { what: 'a 16-digit number', cells: { iban: numberCell(1234567890123456) }, key: 'iban', value: '', found: ['cell.number_too_long'] },
    { what: 'a date in the ZIP column', cells: { postalCode: dateCell('2024-01-05') }, key: 'postalCode', value: '', found: ['cell.date'] },
    { what: 'a formula without a saved result', cells: { postalCode: formulaCell('1600+11') }, key: 'postalCode', value: '', found: ['cell.formula_without_value'] },
    { what: 'a formula with its saved result', cells: { postalCode: formulaCell('1600+11', 1611) }, key: 'postalCode', value: '1611', found: [] },
    { what: 'NBSP and zero-width characters', cells: { vatNumber: '\u200BLU\u00A01502\u200C7442\u00A0' }, key: 'vatNumber', value: 'LU 15027442', found: [] },
  ] as const)('reads $what', ({ cells, key, value, found }) => {
    const row = read(clients([templateRow(cells)])).rows[0];
    expect(text(row, key)).toBe(value);
    expect(codes(row, key)).toEqual(found);
  });

  it('reads an Excel 2.x file (a bare BIFF2 stream, no OLE2 box)', () => {
    const workbook = XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([templateHeaders(), templateRow()]), 'Clients');
    const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'biff2' }) as Buffer;
    const sheet = readSheet(new Uint8Array(bytes), { maxRows: MAX });
    expect(sheet.format).toBe('xls');
    expect(text(sheet.rows[0], 'iban')).toBe('LU28 0019 4006 4475 0000');
  });

  it.each(['ods', 'xls'] as const)('keeps the leading zero of a 00000-formatted ZIP in %s', (type) => {
    expect(text(read(clients([templateRow({ postalCode: numberCell(1234, '00000') })]), type).rows[0], 'postalCode')).toBe('01234');
  });

  it('decodes an Excel 95 (BIFF5) file in cp1252: € and Š survive', () => {
    const placeholder = 'Caf_ _uro __';
    const workbook = XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([templateHeaders(), templateRow({ legalName: placeholder })]), 'Clients');
    const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'biff5' }) as Buffer;
    // SheetJS writes BIFF5 text as ASCII only, so put the cp1252 bytes in by hand.
    bytes.set(encodeCp1252('Café €uro Šš'), bytes.indexOf(placeholder, 0, 'latin1'));
    expect(text(readSheet(new Uint8Array(bytes), { maxRows: MAX }).rows[0], 'legalName')).toBe('Café €uro Šš');
  });
});

describe('readSheet: rows', () => {
  it('skips empty rows, keeps the sheet’s row numbers and ignores trailing blanks', () => {
    const blank: CellInput[] = ['', ' ', '\u00A0'];
    const sheet = read(clients([templateRow(), blank, [], templateRow({ legalName: 'B' }), [], templateRow({ legalName: 'C' }), [], blank], { extraCells: { C14: ' ' } }));
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 5, 7]);
    expect(sheet.emptyRowsBetween).toEqual([3, 4, 6]);
    expect(sheet.notes).toEqual([{ code: 'file.empty_rows', severity: 'warning', params: { rows: '3, 4, 6', count: 3 } }]);
  });

  it('numbers rows as Excel does when the table does not start at A1', () => {
    const sheet = read([{ name: 'Clients', origin: 'C5', rows: [templateHeaders(), templateRow(), templateRow({ legalName: 'B' })] }]);
    expect(sheet.headerRow).toBe(5);
    expect(sheet.columns.legalName?.letter).toBe('C');
    expect(sheet.rows.map((r) => [r.row, text(r, 'legalName')])).toEqual([[6, 'Boulangerie Schmit S.à r.l.'], [7, 'B']]);
  });

  it('returns no rows for a sheet with only the header', () => {
    expect(read(clients([])).rows).toEqual([]);
  });

  it('reads only the template columns and notes the others', () => {
    const sheet = read([{ name: 'Clients', rows: [[...templateHeaders(), 'Notes', 'Errors'], [...templateRow(), 'call back', 'C: ZIP invalid']] }]);
    expect(Object.keys(sheet.rows[0]?.cells ?? {})).toHaveLength(COLUMNS.length);
    expect(sheet.ignoredHeaders).toEqual([{ letter: 'S', header: 'Notes' }]);
    expect(sheet.notes).toEqual([{ code: 'file.extra_columns', severity: 'warning', params: { columns: 'S "Notes"', count: 1 } }]);
  });

  it('keeps __proto__ and constructor in headers and cells harmless', () => {
    const sheet = read([{ name: 'Clients', rows: [[...templateHeaders(), '__proto__'], [...templateRow({ legalName: '__proto__', city: 'constructor' }), '{"polluted":1}']] }]);
    expect([text(sheet.rows[0], 'legalName'), text(sheet.rows[0], 'city')]).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(sheet.rows[0]?.cells ?? {})).not.toContain('__proto__');
  });

  it('gives a value merged down a column to each row, and leaves cells merged across columns empty', () => {
    const rows = [
      templateRow({ city: 'Esch-sur-Alzette' }), // D2, merged down to D4
      templateRow({ city: null }),
      templateRow({ city: null }),
      templateRow({ legalName: 'Garage Weber', street: null }), // A5:B5, the name spread over the address
    ];
    const sheet = read(clients(rows, { merges: ['D2:D4', 'A5:B5', 'A20:B20'] }));
    expect(sheet.rows.map((r) => text(r, 'city'))).toEqual(['Esch-sur-Alzette', 'Esch-sur-Alzette', 'Esch-sur-Alzette', 'Luxembourg']);
    expect([text(sheet.rows[3], 'legalName'), text(sheet.rows[3], 'street')]).toEqual(['Garage Weber', '']);
    expect(sheet.notes).toContainEqual({ code: 'file.merged_cells', severity: 'warning', params: { ranges: 'D2:D4, A5:B5, A20:B20', count: 3 } });
  });

  it('does not copy a header merged down into the data', () => {
    const sheet = read(clients([templateRow({ postalCode: null })], { merges: ['C1:C2'] }));
    expect(text(sheet.rows[0], 'postalCode')).toBe('');
  });
});

describe('readSheet: refused files', () => {
  interface Fits {
    readonly what: string;
    readonly rows: number;
    readonly type: BookType;
    readonly between?: boolean;
    readonly trailing?: number;
    readonly extraCells?: Record<string, CellInput>;
  }
  it.each<Fits>([
    { what: 'exactly maxRows data rows', rows: 3, type: 'xlsx' },
    { what: 'fewer rows than maxRows', rows: 2, type: 'xlsx' },
    { what: 'maxRows rows with blank rows in between', rows: 3, type: 'xlsx', between: true },
    { what: 'maxRows rows and a stray blank cell further down', rows: 3, type: 'xlsx', extraCells: { C15: ' ' } },
    { what: 'a CSV of maxRows rows and many blank lines', rows: 3, type: 'csv', trailing: 200 },
  ])('accepts $what (maxRows 3)', ({ rows, type, between = false, trailing = 0, extraCells = {} }) => {
    const data: CellInput[][] = Array.from({ length: rows }, () => templateRow());
    const spaced = between ? data.flatMap((r) => [r, []]) : data;
    const padded = [...spaced, ...Array.from({ length: trailing }, () => ['', ''])];
    expect(read(clients(padded, { extraCells }), type, 3).rows).toHaveLength(rows);
  });

  it.each(['xlsx', 'ods', 'csv'] as const)('refuses one row more than maxRows in %s', (type) => {
    expect(() => read(clients(Array.from({ length: 4 }, () => templateRow())), type, 3)).toThrow(
      expect.objectContaining({ code: 'input.too_many_rows', params: { sheet: expect.any(String) as string, rows: 4, max: 3 } }),
    );
  });

  // How fast: `npm run bench` (startup phase) times the CLI refusing a cell a million rows down.
  it('refuses a 200 000-row range by its declared size, without reading its rows', () => {
    const bytes = buildWorkbook(clients([templateRow()], { extraCells: { A200000: 'x' } }), 'xlsx');
    expect(() => readSheet(bytes, { maxRows: MAX })).toThrow(expect.objectContaining({ code: 'input.too_many_rows', params: expect.objectContaining({ rows: 199_999 }) as MessageParams }));
  });

  it('refuses a 200 000-line CSV', () => {
    const csv = new TextEncoder().encode(`${templateHeaders().join(',')}\n${'a,b,1611\n'.repeat(200_000)}`);
    expect(() => readSheet(csv, { maxRows: MAX })).toThrow(expect.objectContaining({ code: 'input.too_many_rows', params: expect.objectContaining({ rows: 200_000 }) as MessageParams }));
  });

  it('refuses a zip that declares gigabytes once unpacked, before unpacking it', () => {
    const bytes = Buffer.from(buildWorkbook(clients([templateRow()]), 'xlsx'));
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0x7fffffff, entry + 24);
    expect(() => readSheet(new Uint8Array(bytes), { maxRows: MAX })).toThrow(
      expect.objectContaining({ code: 'input.unpacked_too_large', params: { bytes: expect.toSatisfy((n: number) => n >= 2 ** 31) as number, max: 256 } }),
    );
  });

  // Issue 11, attack 7: 2 147 483 911 bytes were reported as "unpacks to 4097 MB": the central
  // directory listed the entry twice, and the size was rounded up in the wrong unit.
  it('says "2.0 GB" for an entry of 2 147 483 911 bytes listed twice in the central directory', () => {
    const zip = Buffer.from(buildWorkbook(clients([templateRow()]), 'xlsx'));
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cdStart = zip.readUInt32LE(eocd + 16);
    let at = cdStart;
    let record: Buffer | undefined;
    while (at < eocd) {
      const length = 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      if (zip.toString('latin1', at + 46, at + 46 + zip.readUInt16LE(at + 28)).includes('sheet1')) {
        zip.writeUInt32LE(2_147_483_911, at + 24);
        record = Buffer.from(zip.subarray(at, at + length));
      }
      at += length;
    }
    const tail = Buffer.from(zip.subarray(eocd));
    tail.writeUInt16LE(tail.readUInt16LE(8) + 1, 8);
    tail.writeUInt16LE(tail.readUInt16LE(10) + 1, 10);
    tail.writeUInt32LE(tail.readUInt32LE(12) + record!.length, 12);
    const twice = new Uint8Array(Buffer.concat([zip.subarray(0, eocd), record!, tail]));
    let message = '';
    try {
      readSheet(twice, { maxRows: MAX });
    } catch (error) {
      const e = error as BanqupImportError;
      expect(e.code).toBe('input.unpacked_too_large');
      message = `${readerMessages[e.code]!.en(e.params)} | ${readerMessages[e.code]!.fr(e.params)}`;
    }
    expect(message).toContain('unpacks to 2.0 GB,');
    expect(message).toContain('fait 2,0 Go,');
    expect(message).not.toMatch(/4097|2049/);
  });

  it.each([
    { what: 'a truncated .xlsx', bytes: buildWorkbook(clients([templateRow()]), 'xlsx').subarray(0, 2000) },
    { what: 'a truncated .xls', bytes: buildWorkbook(clients([templateRow()]), 'xls').subarray(0, 1000) },
  ])('reports $what as damaged', ({ bytes }) => {
    expect(() => readSheet(bytes, { maxRows: MAX })).toThrow(expect.objectContaining({ code: 'input.corrupt', exitCode: 2 }));
  });

  it.each([
    ['File is password-protected', 'input.password_protected'],
    ['ECMA-376 Encrypted file unrecognized Version: 257', 'input.password_protected'],
    ['Unsupported ODS Encryption', 'input.password_protected'],
    ['Unsupported ZIP encryption', 'input.corrupt'],
    ['Cannot find Workbook stream', 'input.corrupt'],
  ])('maps the SheetJS error "%s" to %s', (message, code) => {
    expect(readError(new Error(message)).code).toBe(code);
  });
});

describe('readSheet: messages', () => {
  const thrown = (f: () => unknown): Finding => {
    try {
      f();
    } catch (error) {
      if (error instanceof BanqupImportError) return { code: error.code, severity: 'error', params: error.params };
    }
    throw new Error('expected an InputError');
  };
  const bytes = (text: string) => new TextEncoder().encode(text);
  const bomb = Buffer.from(buildWorkbook(clients([]), 'xlsx'));
  bomb.writeUInt32LE(0x7fffffff, bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  const found: Finding[] = [
    thrown(() => read([{ name: 'Clients', rows: [templateHeaders().filter((h) => !['VAT', 'RCS', 'City'].includes(h))] }])),
    thrown(() => read([{ name: 'Clients', rows: [[...templateHeaders(), 'Postcode']] }])),
    thrown(() => read([{ name: 'Clients', rows: [['x']] }])),
    thrown(() => readSheet(buildWorkbook(clients([]), 'xlsx'), { maxRows: MAX, sheet: 'Klanten' })),
    thrown(() => read(clients([templateRow(), templateRow()]), 'xlsx', 1)),
    thrown(() => readSheet(bytes('%PDF-1.4'), { maxRows: MAX })),
    thrown(() => readSheet(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { maxRows: MAX })),
    thrown(() => readSheet(bytes('{\\rtf1'), { maxRows: MAX })),
    thrown(() => readSheet(bytes('<html>'), { maxRows: MAX })),
    thrown(() => readSheet(bytes(' \n'), { maxRows: MAX })),
    thrown(() => readSheet(new Uint8Array([1, 2, 0, 3]), { maxRows: MAX })),
    thrown(() => readSheet(new Uint8Array(bomb), { maxRows: MAX })),
    thrown(() => readSheet(buildWorkbook(clients([]), 'xls').subarray(0, 1000), { maxRows: MAX })),
    // More than MAX_SHEET_TEXT characters: one long name repeated (a shared-string amplifier).
    thrown(() => read(clients(Array.from({ length: 980 }, () => templateRow({ legalName: 'x'.repeat(32_767) }))))),
    thrown(() => loadWorkbook(bytes(`${templateHeaders().join(',')}\na,b,c\n`), { maxRows: MAX, maxFilledCells: 16 })),
    thrown(() => checkRows([{ row: 2, cells: {} }], {}, COLUMN_INFO, {}, 1)),
    readError(new Error('File is password-protected')),
    ...read(clients([templateRow(), templateRow({ city: null }), [], templateRow()], { merges: ['D2:D3'] })).notes,
    ...read([{ name: 'Clients', rows: [[...templateHeaders(), 'Notes']] }]).notes,
    ...read(
      clients([
        templateRow({ postalCode: dateCell('2024-01-05'), vatNumber: numberCell(539007547034), iban: numberCell(1.5), bic: true, companyNumber: formulaCell('B1') }),
        templateRow({ iban: numberCell(1234567890123456), city: rawCell({ t: 'e', v: 0x2a, w: '#N/A' }) }),
      ]),
    ).rows.flatMap((r) => Object.values(r.cells).flatMap((c) => findingsOf(c))),
  ].map((f) => ({ code: f.code, severity: 'error', params: f.params ?? {} }));

  it('covers every code of the catalogue but the Numbers file', () => {
    expect([...new Set(found.map((f) => f.code)), 'input.numbers_file'].sort()).toEqual(Object.keys(readerMessages).sort());
  });

  it.each(found.map((f) => [f.code, f] as const))('renders %s in English and French with all its values', (code, finding) => {
    const template = readerMessages[code];
    for (const lang of LANGS) {
      const message = template?.[lang](finding.params ?? {}) ?? '';
      expectMessage(message, lang, { minLength: 20 });
      if (lang !== 'en') expect(message).not.toBe(template?.en(finding.params ?? {}));
    }
  });
});
