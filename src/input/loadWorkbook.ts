import { createRequire } from 'node:module';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { InputError } from '../errors.js';
import { CFB } from './cfb.js';
import { decodeCsv, parseCsv } from './decodeCsv.js';
import type { CsvDelimiter, CsvEncoding, ParsedCsv } from './decodeCsv.js';
import { largest } from '../report/largeLists.js';
import { detectFormat, toBuffer, zipEntries } from './detectFormat.js';
import type { SheetFormat } from './detectFormat.js';

/** The header row must be within this many rows from the top of the sheet. */
export const HEADER_SEARCH_ROWS = 20;

/** A zip that declares more than this once unpacked is refused before SheetJS inflates it (zip bombs). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/**
 * Most characters the cells read may hold together. A full 10 000-row list holds about 3 million;
 * a small file can declare billions (one 32 767-character shared string in every cell), which
 * took minutes and gigabytes before anything was shown.
 */
export const MAX_SHEET_TEXT = 32_000_000;

/**
 * Most filled cells of a CSV. A client row fills 11 to 15, so 3 million is 200 000 full rows; its
 * check, JSON and .xlsx report stay within about 1.3 GB (RELIABILITY.md). Past it, a million rows
 * of `a,b,c…` cost gigabytes of cell and problem objects before anything was shown: such a file is
 * refused while it is split into fields, before those objects exist.
 */
export const MAX_FILLED_CELLS = 3_000_000;

/** The name SheetJS gives the one sheet of a CSV file. */
const CSV_SHEET = 'Sheet1';

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
  /** Most filled cells of a CSV (default MAX_FILLED_CELLS). */
  readonly maxFilledCells?: number;
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
    const maxCells = opts.maxFilledCells ?? MAX_FILLED_CELLS;
    const parsed = parseCsv(text, delimiter, sheetRows, { text: MAX_SHEET_TEXT, cells: maxCells });
    if (parsed.overBudget?.kind === 'text') {
      throw new InputError('input.text_too_large', { sheet: CSV_SHEET, row: parsed.overBudget.row, max: MAX_SHEET_TEXT / 1_000_000 });
    }
    if (parsed.overBudget?.kind === 'cells') {
      throw new InputError('input.too_many_cells', { sheet: CSV_SHEET, row: parsed.overBudget.row, max: maxCells / 1_000_000 });
    }
    return { workbook: csvWorkbook(parsed), format, csv: { encoding, delimiter } };
  }
  if (format === 'xls') loadCodepages();
  const declared = format === 'xls' ? new Map<number, number>() : refuseZipBomb(bytes);
  let workbook: XLSX.WorkBook;
  // SheetJS prints parser chatter ("ODS number format may be incorrect") with console.error for
  // every LibreOffice .ods; the values are right, and stderr belongs to our own messages.
  const { error: consoleError, warn: consoleWarn } = console;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    workbook = readZipCounted(bytes, declared, () => XLSX.read(toBuffer(bytes), {
      type: 'buffer',
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellText: true,
      cellDates: false,
      cellHTML: false,
      ...(sheetRows === undefined ? {} : { sheetRows }),
      // The parts themselves, for markUnreadRows (dropped right after).
      ...(sheetRows !== undefined && format === 'xlsx' ? { bookFiles: true } : {}),
    }));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw readError(error);
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
  }
  if (sheetRows !== undefined && format === 'xlsx') markUnreadRows(workbook, sheetRows);
  return { workbook: ownSheets(workbook), format };
}

type ZipFiles = Record<string, { content?: Uint8Array } | undefined>;

/**
 * SheetJS stops reading rows at `sheetRows` and records how far a sheet goes (`!fullref`) only
 * from its <dimension>: when a generator wrote none, or a wrong one, the rows past the limit
 * vanished without a word (a client 20 000 rows down the list was dropped). The last <row> of
 * each worksheet's XML says how far the sheet really goes, and readSheet refuses it from there.
 */
function markUnreadRows(workbook: XLSX.WorkBook, sheetRows: number): void {
  const book = workbook as XLSX.WorkBook & { files?: ZipFiles; keys?: string[] };
  const files = book.files;
  delete book.files;
  delete book.keys;
  if (!files) return;
  const part = (path: string) => {
    const content = Object.hasOwn(files, path) ? files[path]?.content : undefined;
    return content ? Buffer.from(content.buffer, content.byteOffset, content.byteLength) : undefined;
  };
  const targets = new Map<string, string>();
  for (const [tag] of (part('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(tag)?.[1];
    const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheetTags = [...(part('xl/workbook.xml')?.toString('utf8') ?? '').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)];
  sheetTags.forEach(([tag], i) => {
    const name = workbook.SheetNames[i];
    const sheet = name !== undefined && Object.hasOwn(workbook.Sheets, name) ? workbook.Sheets[name] : undefined;
    const xml = part(targets.get(/\s\w+:id="([^"]*)"/.exec(tag)?.[1] ?? '') ?? '');
    const ref = sheet?.['!ref'];
    if (!sheet || !xml || sheet['!fullref'] !== undefined || typeof ref !== 'string') return;
    const last = lastRowOf(xml);
    if (last <= sheetRows) return;
    const range = XLSX.utils.decode_range(ref);
    sheet['!fullref'] = XLSX.utils.encode_range({ s: range.s, e: { r: last - 1, c: range.e.c } });
  });
}

/** The 1-based number of the last <row> of a worksheet's XML (rows come in order; `r` is optional). */
function lastRowOf(xml: Buffer): number {
  const at = Math.max(...['<row ', '<row>', ':row ', ':row>'].map((tag) => xml.lastIndexOf(tag)));
  if (at < 0) return 0;
  const r = /^[<:]row\b[^>]*?\sr="(\d+)"/.exec(xml.toString('latin1', at, at + 512));
  if (r) return Number(r[1]);
  let rows = 0;
  for (let i = xml.indexOf('<row'); i >= 0; i = xml.indexOf('<row', i + 4)) rows++;
  return rows;
}

/**
 * SheetJS stores sheets with `Sheets[name] = sheet`, so a sheet named `__proto__` becomes the
 * object's prototype instead of a key, and every own-property lookup misses it ("no header row").
 * Such a sheet is put back as an own property.
 */
function ownSheets(workbook: XLSX.WorkBook): XLSX.WorkBook {
  const proto = Object.getPrototypeOf(workbook.Sheets) as unknown;
  if (proto === Object.prototype || proto === null || !workbook.SheetNames.includes('__proto__')) return workbook;
  const sheets: Record<string, XLSX.WorkSheet> = {};
  for (const name of Object.keys(workbook.Sheets)) sheets[name] = workbook.Sheets[name]!;
  Object.defineProperty(sheets, '__proto__', { value: proto, enumerable: true, writable: true, configurable: true });
  return { ...workbook, Sheets: sheets };
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

/** The cell at 0-based (r, c), in dense, sparse and CSV worksheets alike. */
export function cellAt(sheet: XLSX.WorkSheet, r: number, c: number): XLSX.CellObject | undefined {
  const csv = csvRows(sheet);
  if (csv) {
    const v = csv[r]?.[c];
    return v === undefined || v === '' ? undefined : { t: 's', v, w: v };
  }
  const dense = sheet['!data'];
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

/** The fields of a CSV worksheet (csvWorkbook), or undefined for a sheet SheetJS read. */
export function csvRows(sheet: XLSX.WorkSheet): readonly (readonly string[])[] | undefined {
  return sheet['!csv'] as string[][] | undefined;
}

/**
 * A CSV as a worksheet that keeps its fields as they were parsed (`!csv`), every value a text cell
 * for `cellAt`; SheetJS's own CSV reader would sniff the first bytes as HTML, DIF or SYLK. A cell
 * object per field (15 million for a million rows) cost more heap than the rest of the check.
 * The .xlsx report builds real cells from `!csv` (errorWorkbook.ts).
 */
function csvWorkbook(parsed: ParsedCsv): XLSX.WorkBook {
  const width = largest(0, parsed.rows, (fields) => fields.length);
  const sheet: XLSX.WorkSheet = { '!csv': parsed.rows };
  if (parsed.rows.length > 0) {
    const end = { r: parsed.rows.length - 1, c: Math.max(0, width - 1) };
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: end });
    if (parsed.totalRows > parsed.rows.length) {
      sheet['!fullref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { ...end, r: parsed.totalRows - 1 } });
    }
  }
  return { SheetNames: [CSV_SHEET], Sheets: { [CSV_SHEET]: sheet } };
}

/**
 * Refuses an archive that declares more than MAX_UNPACKED_BYTES once unpacked, and returns how
 * much each entry declares, keyed by where its compressed data starts in the file.
 */
function refuseZipBomb(bytes: Uint8Array): Map<number, number> {
  const entries = zipEntries(bytes);
  // A central directory may list one entry's data twice: it unpacks once (the attack's 2 GB
  // entry, listed twice, was reported as 4097 MB).
  const counted = new Map<number, number>();
  for (const e of entries) counted.set(e.localOffset, Math.max(counted.get(e.localOffset) ?? 0, e.uncompressedSize));
  let unpacked = 0;
  for (const size of counted.values()) unpacked += size;
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new InputError('input.unpacked_too_large', { bytes: unpacked, max: MAX_UNPACKED_BYTES / MB });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = new Map<number, number>();
  for (const [at, size] of counted) {
    // The data follows the local header: 30 bytes, then the name and the extra field.
    if (at + 30 <= bytes.length) declared.set(at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true), size);
  }
  return declared;
}

/** One read of a zip by SheetJS: the file, what is left to unpack, and what each entry declares. */
interface Unpacking {
  readonly fileOffset: number;
  left: number;
  readonly declared: ReadonlyMap<number, number>;
}
let unpacking: Unpacking | undefined;

/** zlib's own output chunk: never smaller, so that an archive declaring tiny sizes cannot make it crawl. */
const MIN_CHUNK = 16 * 1024;

/**
 * SheetJS's zip reader inflates with zlib when it is given one (`CFB.utils.use_zlib`), else with
 * its own JavaScript inflate, which never ended on some damaged streams (a stored block read past
 * the end of the data starts another, forever: a workbook with a few bytes changed hung the
 * check) and took a third of the read of a 100 000-row sheet. zlib stops damaged streams with an
 * error, and here it also counts what it unpacks against MAX_UNPACKED_BYTES, since the sizes an
 * archive declares may lie. It replaces a pass that inflated every entry once more before SheetJS
 * did (1.5 s of 16 at 100 000 rows). An entry is unpacked into one buffer of the size it declares
 * (zlib's 16 kB chunks, then their concatenation, held the 60 MB worksheet XML twice over).
 * SheetJS calls `_processChunk` with the file from the entry's data on, and reads `bytesRead`,
 * as on zlib's own InflateRaw.
 */
class CountedInflateRaw {
  readonly _finishFlushFlag = 4; // Z_FINISH
  bytesRead = 0;
  _processChunk(chunk: Uint8Array): Buffer {
    const read = unpacking;
    const declared = read?.declared.get(chunk.byteOffset - read.fileOffset);
    const options = {
      info: true,
      ...(read === undefined ? {} : { maxOutputLength: Math.max(1, read.left) }),
      ...(declared === undefined || read === undefined ? {} : { chunkSize: Math.max(MIN_CHUNK, Math.min(declared, read.left)) }),
    };
    // `info: true` gives the engine too, whose bytesWritten is the compressed bytes consumed.
    const { buffer, engine } = inflateRawSync(chunk, options) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    this.bytesRead = engine.bytesWritten;
    if (read !== undefined) read.left -= buffer.length;
    return buffer;
  }
}
(CFB.utils as unknown as { use_zlib(zlib: unknown): void }).use_zlib({ InflateRaw: CountedInflateRaw, deflateRawSync });

/** Parses a zip-based workbook with SheetJS, its unpacking counted against MAX_UNPACKED_BYTES. */
function readZipCounted<T>(bytes: Uint8Array, declared: ReadonlyMap<number, number>, read: () => T): T {
  unpacking = { fileOffset: bytes.byteOffset, left: MAX_UNPACKED_BYTES, declared };
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError('input.unpacked_too_large', { bytes: MAX_UNPACKED_BYTES, more: 1, max: MAX_UNPACKED_BYTES / MB });
    }
    throw error;
  } finally {
    unpacking = undefined;
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
