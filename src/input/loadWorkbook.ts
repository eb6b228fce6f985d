import { createRequire } from 'node:module';
import * as XLSX from 'xlsx';
import { InputError } from '../errors.js';
import { decodeCsv, parseCsv } from './decodeCsv.js';
import type { CsvDelimiter, CsvEncoding, ParsedCsv } from './decodeCsv.js';
import { detectFormat, toBuffer, zipEntries } from './detectFormat.js';
import type { SheetFormat } from './detectFormat.js';

/** The header row must be within this many rows from the top of the sheet. */
export const HEADER_SEARCH_ROWS = 20;

/** A zip that declares more than this once unpacked is refused before SheetJS inflates it (zip bombs). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** A parsed workbook and what it was parsed from. */
export interface LoadedWorkbook {
  readonly workbook: XLSX.WorkBook;
  readonly format: SheetFormat;
  /** For CSV input: how the text was decoded and split. */
  readonly csv?: { readonly encoding: CsvEncoding; readonly delimiter: CsvDelimiter };
}

export interface LoadOptions {
  /** Most data rows a sheet may have; rows further down are not parsed at all. */
  readonly maxRows?: number;
}

const MB = 1024 * 1024;

/**
 * Parses the bytes into a SheetJS workbook. Dense mode (rows of cells instead of A1 keys) kept
 * 7 MB instead of 27 MB of heap for a 10 000-row sheet, and parsed it 10 % faster. With `maxRows`,
 * parsing stops `HEADER_SEARCH_ROWS + 1` rows past it, so cells beyond are never built; the
 * worksheet's `!fullref` keeps the size the file declares.
 */
export function loadWorkbook(bytes: Uint8Array, opts: LoadOptions = {}): LoadedWorkbook {
  const format = detectFormat(bytes);
  const sheetRows = opts.maxRows === undefined ? undefined : opts.maxRows + HEADER_SEARCH_ROWS + 1;
  if (format === 'csv') {
    const { text, encoding, delimiter } = decodeCsv(bytes);
    return { workbook: csvWorkbook(parseCsv(text, delimiter, sheetRows)), format, csv: { encoding, delimiter } };
  }
  if (format === 'xls') loadCodepages();
  else refuseZipBomb(bytes);
  let workbook: XLSX.WorkBook;
  // SheetJS prints parser chatter ("ODS number format may be incorrect") with console.error for
  // every LibreOffice .ods; the values are right, and stderr belongs to our own messages.
  const { error: consoleError, warn: consoleWarn } = console;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    workbook = XLSX.read(toBuffer(bytes), {
      type: 'buffer',
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellText: true,
      cellDates: false,
      cellHTML: false,
      ...(sheetRows === undefined ? {} : { sheetRows }),
    });
  } catch (error) {
    throw readError(error);
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
  }
  return { workbook, format };
}

/**
 * The one place that reads SheetJS's error messages: a library boundary with no error codes.
 * Encryption wording means a password; anything else means a damaged file.
 */
export function readError(error: unknown): InputError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/password|ECMA-376 Encrypted|Encryption(Info| scheme| Flags)|ODS Encryption/i.test(detail)) {
    return new InputError('input.password_protected');
  }
  return new InputError('input.corrupt', { detail });
}

/** The cell at 0-based (r, c), in dense or sparse worksheets alike. */
export function cellAt(sheet: XLSX.WorkSheet, r: number, c: number): XLSX.CellObject | undefined {
  const dense = sheet['!data'] as XLSX.CellObject[][] | undefined;
  if (dense) return dense[r]?.[c] ?? undefined;
  return sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
}

/** The used range of a worksheet as parsed, or undefined for an empty sheet. */
export function parsedRange(sheet: XLSX.WorkSheet): XLSX.Range | undefined {
  const ref = sheet['!ref'];
  return typeof ref === 'string' && ref !== '' ? XLSX.utils.decode_range(ref) : undefined;
}

/** The last row (1-based) of the sheet as the file declares it, even when parsing stopped earlier. */
export function declaredLastRow(sheet: XLSX.WorkSheet): number {
  const full = sheet['!fullref'] as unknown;
  const ref = typeof full === 'string' && full !== '' ? full : sheet['!ref'];
  return typeof ref === 'string' && ref !== '' ? XLSX.utils.decode_range(ref).e.r + 1 : 0;
}

/** Every value as a text cell; SheetJS's own CSV reader would sniff the first bytes as HTML, DIF or SYLK. */
function csvWorkbook(parsed: ParsedCsv): XLSX.WorkBook {
  const data: XLSX.CellObject[][] = [];
  let width = 0;
  for (const fields of parsed.rows) {
    const row: XLSX.CellObject[] = [];
    fields.forEach((v, c) => {
      if (v !== '') row[c] = { t: 's', v, w: v };
    });
    width = Math.max(width, fields.length);
    data.push(row);
  }
  const sheet: XLSX.WorkSheet = { '!data': data };
  if (parsed.rows.length > 0) {
    const end = { r: parsed.rows.length - 1, c: Math.max(0, width - 1) };
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: end });
    if (parsed.totalRows > parsed.rows.length) {
      sheet['!fullref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { ...end, r: parsed.totalRows - 1 } });
    }
  }
  return { SheetNames: ['Sheet1'], Sheets: { Sheet1: sheet } };
}

function refuseZipBomb(bytes: Uint8Array): void {
  const unpacked = zipEntries(bytes).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new InputError('input.unpacked_too_large', { size: Math.ceil(unpacked / MB), max: MAX_UNPACKED_BYTES / MB });
  }
}

let codepagesLoaded = false;

/**
 * Excel 95 and older .xls files store text in the Windows code page; without SheetJS's tables,
 * cp1252 characters such as € and Š come out as control characters. Loaded only for .xls (70 ms).
 */
function loadCodepages(): void {
  if (codepagesLoaded) return;
  XLSX.set_cptable(createRequire(import.meta.url)('xlsx/dist/cpexcel'));
  codepagesLoaded = true;
}
