import * as XLSX from 'xlsx';
import { compactCell, findingsOf, textOf, typedOf } from '../domain/sheetCell.js';
import type { ColumnKey, Finding, RawRow, SheetCell } from '../domain/types.js';
import { InputError } from '../errors.js';
import type { CsvDelimiter, CsvEncoding } from './decodeCsv.js';
import type { SheetFormat } from './detectFormat.js';
import type { ColumnMapping } from './columnMapping.js';
import { cellAt, csvRows, declaredLastRow, HEADER_SEARCH_ROWS, loadWorkbook, MAX_SHEET_TEXT, parsedRange } from './loadWorkbook.js';
import { locateTable } from './locateTable.js';
import type { IgnoredHeader, LocatedTable, TableColumn, TableColumns } from './locateTable.js';
import { readCell, readTextField } from './readCell.js';

/** Everything read from the spreadsheet, before any normalisation. */
export interface SheetRead {
  readonly format: SheetFormat;
  /** The parsed workbook, kept only when asked (`keepWorkbook`): the .xlsx report is built on it. */
  readonly workbook?: XLSX.WorkBook;
  readonly sheetName: string;
  /** 1-based, as Excel shows it. */
  readonly headerRow: number;
  readonly columns: TableColumns;
  readonly ignoredHeaders: readonly IgnoredHeader[];
  /** Non-empty rows below the header, numbered as in the sheet. */
  readonly rows: readonly RawRow[];
  /** Empty rows between the header and the last data row (also reported in `notes`). */
  readonly emptyRowsBetween: readonly number[];
  /** File-level warnings: `file.extra_columns`, `file.merged_cells`, `file.empty_rows`. */
  readonly notes: readonly Finding[];
  /** For CSV input: how the text was decoded and split. */
  readonly csv?: { readonly encoding: CsvEncoding; readonly delimiter: CsvDelimiter };
}

export interface ReadSheetOptions {
  /** The sheet to read (`--sheet`); by default the first one with the template's headers. */
  readonly sheet?: string;
  /** Most data rows accepted; a longer sheet is refused before its rows are read. */
  readonly maxRows: number;
  /** The user's column mapping (`--map`, `--mapping`, the prompt's answers). */
  readonly mapping?: ColumnMapping;
  /**
   * Keep the workbook in the result (default true). Without it, SheetJS's cells can be collected
   * as soon as the rows are read: a third of the peak memory of a 100 000-row check.
   */
  readonly keepWorkbook?: boolean;
}

/** How many row numbers or ranges a note lists before "…". */
const LIST_LIMIT = 8;

export { MAX_SHEET_TEXT };

/** Reads the client table of a spreadsheet: bytes → sheet, header, column map and raw rows. */
export function readSheet(bytes: Uint8Array, opts: ReadSheetOptions): SheetRead {
  const { workbook, format, csv } = loadWorkbook(bytes, { maxRows: opts.maxRows });
  const table = locateTable(workbook, { ...(opts.sheet !== undefined && { sheet: opts.sheet }), ...(opts.mapping && { mapping: opts.mapping }) });
  const sheet = (Object.hasOwn(workbook.Sheets, table.sheetName) ? workbook.Sheets[table.sheetName] : undefined) ?? {};
  const tooMany = (rows: number) => new InputError('input.too_many_rows', { sheet: table.sheetName, rows, max: opts.maxRows });
  // Parsing stopped before the sheet's end (loadWorkbook's cap of maxRows + HEADER_SEARCH_ROWS + 1
  // rows, always more than maxRows below any header): refuse rather than drop the unseen rows.
  const parsedLast = (parsedRange(sheet)?.e.r ?? -1) + 1;
  const declaredLast = declaredLastRow(sheet);
  if (declaredLast > parsedLast || parsedLast >= opts.maxRows + HEADER_SEARCH_ROWS + 1) {
    throw tooMany(Math.max(declaredLast, parsedLast) - table.headerRow);
  }
  const { rows, empty, merges } = readRows(sheet, table);
  if (rows.length > opts.maxRows) throw tooMany(rows.length);
  const lastData = rows.at(-1)?.row ?? 0;
  const emptyRowsBetween = empty.filter((n) => n < lastData);
  // An unknown column with a suggestion has its own note, which says it was not imported.
  const suggested = new Set(table.notes.map((n) => n.params?.letter));
  return {
    format, ...(opts.keepWorkbook === false ? {} : { workbook }), sheetName: table.sheetName, headerRow: table.headerRow, columns: table.columns,
    ignoredHeaders: table.ignoredHeaders, rows, emptyRowsBetween,
    notes: [...notesFor(table.ignoredHeaders.filter((h) => !suggested.has(h.letter)), merges, emptyRowsBetween), ...table.notes],
    ...(csv ? { csv } : {}),
  };
}

/** Every row below the header: the non-empty ones as RawRows, the empty ones by number. */
function readRows(sheet: XLSX.WorkSheet, table: LocatedTable): { rows: RawRow[]; empty: number[]; merges: XLSX.Range[] } {
  const mapped = Object.entries(table.columns) as [ColumnKey, TableColumn][];
  const indexes = mapped.map(([, c]) => c.index);
  const merges = mergedIn(sheet, table.headerRow - 1, indexes);
  const covered = coveredCells(sheet, merges, table.headerRow - 1, indexes);
  const rows: RawRow[] = [];
  const empty: number[] = [];
  const last = parsedRange(sheet)?.e.r ?? -1;
  let characters = 0;
  // 0-based r = headerRow is the first row below the header; the sheet's number is r + 1.
  // A CSV's fields are read straight from its rows (a CSV has no merged cells).
  const csv = csvRows(sheet);
  // Every row has the same keys (every mapped column, in order): copying one object of that shape
  // gives each row its properties at once, a quarter faster than adding them one by one.
  const shape = Object.fromEntries(mapped.map(([key]) => [key, undefined])) as Partial<Record<ColumnKey, SheetCell>>;
  for (let r = table.headerRow; r <= last; r++) {
    const cells: Partial<Record<ColumnKey, SheetCell>> = { ...shape };
    let filled = false;
    const mergedRow = covered.get(r);
    const fields = csv?.[r];
    for (const [key, column] of mapped) {
      const cell = csv
        ? readTextField(fields?.[column.index], key)
        : compactCell(readCell(mergedRow?.has(column.index) ? mergedRow.get(column.index) : cellAt(sheet, r, column.index), key));
      characters += typedOf(cell).length;
      if (characters > MAX_SHEET_TEXT) {
        throw new InputError('input.text_too_large', { sheet: table.sheetName, row: r + 1, max: MAX_SHEET_TEXT / 1_000_000 });
      }
      cells[key] = cell;
      filled ||= textOf(cell) !== '' || findingsOf(cell).length > 0;
    }
    if (filled) rows.push({ row: r + 1, cells });
    else empty.push(r + 1);
  }
  return { rows, empty, merges };
}

/** Merged ranges that reach the header row or below, in a column the import reads. */
function mergedIn(sheet: XLSX.WorkSheet, headerIndex: number, columns: readonly number[]): XLSX.Range[] {
  const merges = sheet['!merges'] ?? [];
  return merges.filter((m) => m.e.r >= headerIndex && columns.some((c) => c >= m.s.c && c <= m.e.c));
}

/**
 * Merged cells (validation-rules.md §7: SheetJS gives only the top-left cell a value, exceljs gives
 * it to every covered cell). Decision: a merge down one column, the usual "same city for these
 * rows", gives its value to every row it covers, which is what the user sees; the other covered
 * cells, those to the right of the top-left one, count as empty, so that a name merged across
 * the Address column is reported as a missing address instead of being imported as one. Either
 * way the file gets a `file.merged_cells` warning naming the ranges.
 */
function coveredCells(
  sheet: XLSX.WorkSheet,
  merges: readonly XLSX.Range[],
  headerIndex: number,
  columns: readonly number[],
): Map<number, Map<number, XLSX.CellObject | undefined>> {
  const covered = new Map<number, Map<number, XLSX.CellObject | undefined>>();
  const last = parsedRange(sheet)?.e.r ?? -1;
  for (const m of merges) {
    // A header merged down into the data keeps its text out of the rows.
    const topLeft = m.s.r > headerIndex ? cellAt(sheet, m.s.r, m.s.c) : undefined;
    for (let r = Math.max(m.s.r, headerIndex + 1); r <= Math.min(m.e.r, last); r++) {
      for (const c of columns) {
        if (c < m.s.c || c > m.e.c || (r === m.s.r && c === m.s.c)) continue;
        let row = covered.get(r);
        if (!row) covered.set(r, (row = new Map<number, XLSX.CellObject | undefined>()));
        row.set(c, c === m.s.c ? topLeft : undefined);
      }
    }
  }
  return covered;
}

function notesFor(ignored: readonly IgnoredHeader[], merges: readonly XLSX.Range[], emptyRows: readonly number[]): Finding[] {
  const notes: Finding[] = [];
  if (ignored.length > 0) {
    const columns = listOf(ignored.map((h) => `${h.letter} "${h.header}"`));
    notes.push({ code: 'file.extra_columns', severity: 'warning', params: { columns, count: ignored.length } });
  }
  if (merges.length > 0) {
    const ranges = listOf(merges.map((m) => XLSX.utils.encode_range(m)));
    notes.push({ code: 'file.merged_cells', severity: 'warning', params: { ranges, count: merges.length } });
  }
  if (emptyRows.length > 0) {
    notes.push({ code: 'file.empty_rows', severity: 'warning', params: { rows: listOf(emptyRows.map(String)), count: emptyRows.length } });
  }
  return notes;
}

function listOf(items: readonly string[]): string {
  return items.length > LIST_LIMIT ? `${items.slice(0, LIST_LIMIT).join(', ')} …` : items.join(', ');
}
