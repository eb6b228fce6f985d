import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { ColumnKey } from '../../src/domain/types.js';
import { COLUMNS, type TemplateLang } from '../../src/input/columns.js';

/**
 * Builds spreadsheet files in code, so that most reader cases live in tests instead of fixtures.
 * Plain values become plain cells (string, number, boolean); the cell helpers below make the
 * cells that matter for §7 of validation-rules.md: number formats, dates, formulas, errors.
 */

const CELL = Symbol('cell');

/** A cell built by one of the helpers below, written exactly as given. */
export interface CellSpec {
  readonly [CELL]: true;
  readonly cell: XLSX.CellObject;
}
export type CellInput = string | number | boolean | null | undefined | CellSpec;

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
  /** true = hidden, 'very' = very hidden (only VBA can show it). */
  readonly hidden?: boolean | 'very';
  /** Merged ranges, e.g. `['C3:C5']`. */
  readonly merges?: readonly string[];
  /** Where `rows` start; default A1. */
  readonly origin?: string;
  /** Cells outside `rows`, by address, e.g. `{ A200000: 'x' }` for a sheet with a huge used range. */
  readonly extraCells?: Readonly<Record<string, CellInput>>;
}

export type BookType = 'xlsx' | 'ods' | 'xls' | 'csv';

export interface CsvOptions {
  readonly delimiter?: ',' | ';' | '\t';
  readonly encoding?: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';
  readonly eol?: '\r\n' | '\n';
}

const SSF = XLSX.SSF as { format(format: string, value: number): string };

/** Any cell object, as SheetJS models it. */
export function rawCell(cell: XLSX.CellObject): CellSpec {
  return { [CELL]: true, cell };
}

/** A numeric cell with a number format, e.g. `numberCell(1234, '00000')` shows 01234. */
export function numberCell(value: number, format?: string): CellSpec {
  return rawCell(format === undefined ? { t: 'n', v: value } : { t: 'n', v: value, z: format });
}

/** A date as Excel stores it: a serial number with a date format. */
export function dateCell(isoDate: string, format = 'dd/mm/yyyy'): CellSpec {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return numberCell(serial, format);
}

/** A formula; without `cached`, saved with no result, as tools that do not calculate save it. */
export function formulaCell(formula: string, cached?: string | number): CellSpec {
  if (cached === undefined) return rawCell({ t: 'n', f: formula });
  return rawCell(typeof cached === 'number' ? { t: 'n', v: cached, f: formula } : { t: 's', v: cached, f: formula });
}

/** An error cell such as #N/A. */
export function errorCell(text: '#N/A' | '#REF!' | '#VALUE!' | '#DIV/0!' | '#NAME?'): CellSpec {
  const codes = { '#N/A': 0x2a, '#REF!': 0x17, '#VALUE!': 0x0f, '#DIV/0!': 0x07, '#NAME?': 0x1d } as const;
  return rawCell({ t: 'e', v: codes[text], w: text });
}

/** The template's headers (A … R) in one of its languages. */
export function templateHeaders(lang: TemplateLang = 'en'): string[] {
  return COLUMNS.map((c) => c.label[lang]);
}

/** A valid data row in template order (the spec's examples), with some cells replaced. */
export function templateRow(overrides: Partial<Record<ColumnKey, CellInput>> = {}): CellInput[] {
  return COLUMNS.map((c) => (c.key in overrides ? overrides[c.key] : c.example));
}

/** The bytes of a workbook (or, for csv, of the first sheet) built from the given sheets. */
export function buildWorkbook(sheets: readonly SheetSpec[], bookType: BookType, csv: CsvOptions = {}): Uint8Array {
  if (bookType === 'csv') return buildCsv(sheets[0]?.rows ?? [], csv);
  const workbook = XLSX.utils.book_new();
  for (const spec of sheets) XLSX.utils.book_append_sheet(workbook, buildSheet(spec, bookType), spec.name);
  workbook.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden === 'very' ? 2 : s.hidden ? 1 : 0 })) };
  const out = XLSX.write(workbook, { type: 'buffer', bookType, compression: true }) as Buffer;
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function buildSheet(spec: SheetSpec, bookType: BookType): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  const origin = XLSX.utils.decode_cell(spec.origin ?? 'A1');
  const range = { s: { ...origin }, e: { ...origin } };
  const put = (r: number, c: number, input: CellInput) => {
    const cell = toCell(input, bookType);
    if (!cell) return;
    sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    range.s = { r: Math.min(range.s.r, r), c: Math.min(range.s.c, c) };
    range.e = { r: Math.max(range.e.r, r), c: Math.max(range.e.c, c) };
  };
  spec.rows.forEach((row, i) => row.forEach((input, j) => put(origin.r + i, origin.c + j, input)));
  for (const [address, input] of Object.entries(spec.extraCells ?? {})) {
    const { r, c } = XLSX.utils.decode_cell(address);
    put(r, c, input);
  }
  sheet['!ref'] = XLSX.utils.encode_range(range);
  if (spec.merges) sheet['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
  return sheet;
}

function toCell(input: CellInput, bookType: BookType): XLSX.CellObject | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'string') return { t: 's', v: input };
  if (typeof input === 'number') return { t: 'n', v: input };
  if (typeof input === 'boolean') return { t: 'b', v: input };
  const cell = { ...input.cell };
  // Excel and LibreOffice save the displayed text with the value; SheetJS's ODS writer only
  // writes it when `w` is set, so fill it as a real application would.
  if (bookType === 'ods' && cell.t === 'n' && typeof cell.v === 'number' && typeof cell.z === 'string' && cell.w === undefined) {
    cell.w = SSF.format(cell.z, cell.v);
  }
  return cell;
}

function buildCsv(rows: readonly (readonly CellInput[])[], opts: CsvOptions): Uint8Array {
  const delimiter = opts.delimiter ?? ',';
  const quote = (s: string) => (/["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = rows.map((row) => row.map((input) => quote(csvText(input))).join(delimiter)).join(opts.eol ?? '\r\n') + (opts.eol ?? '\r\n');
  switch (opts.encoding ?? 'utf-8') {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'windows-1252':
      return encodeCp1252(text);
    case 'utf-16le': {
      const body = Buffer.from(text, 'utf16le');
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
    }
  }
}

/** What Excel writes to a CSV: the displayed text. */
export function csvText(input: CellInput): string {
  if (input === null || input === undefined) return '';
  if (typeof input !== 'object') return String(input);
  const { t, v, w, z } = input.cell;
  if (w !== undefined) return w;
  if (t === 'n' && typeof v === 'number' && typeof z === 'string') return SSF.format(z, v);
  return String(v ?? '');
}

let cp1252: Map<string, number> | undefined;

/** Text in the Windows code page Excel uses for "CSV" in Western Europe; throws on a character it lacks. */
export function encodeCp1252(text: string): Uint8Array {
  if (!cp1252) {
    // Not TextDecoder: Node 20 decodes windows-1252 as Latin-1 (nodejs/node#56542).
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
    cp1252 = new Map(Array.from({ length: 256 }, (_, b) => [b >= 0x80 && b < 0xa0 ? high[b - 0x80]! : String.fromCharCode(b), b] as const));
  }
  const table = cp1252;
  return new Uint8Array(
    Array.from(text, (ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`"${ch}" has no cp1252 byte`);
      return byte;
    }),
  );
}

let tempDir: Promise<string> | undefined;

/** Writes bytes to a file in this test run's temporary folder and returns its path. */
export async function writeTempFile(name: string, bytes: Uint8Array): Promise<string> {
  tempDir ??= mkdtemp(join(tmpdir(), 'banqup-import-test-'));
  const path = join(await tempDir, name);
  await writeFile(path, bytes);
  return path;
}

/** Removes the temporary folder of writeTempFile (call it in afterAll). */
export async function removeTempFiles(): Promise<void> {
  if (!tempDir) return;
  const dir = await tempDir;
  tempDir = undefined;
  await rm(dir, { recursive: true, force: true });
}

/** The cell at `ref` ("A2"): SheetJS types a worksheet's cells `any`, this says what they are. */
export function cellOf(sheet: XLSX.WorkSheet | undefined, ref: string): XLSX.CellObject | undefined {
  return sheet?.[ref] as XLSX.CellObject | undefined;
}
