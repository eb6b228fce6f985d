import type { WorkBook } from 'xlsx';
import { cleanMultilineText, cleanText } from '../domain/cleanText.js';
import type { ColumnKey, RawRow, SheetCell } from '../domain/types.js';
import { columnSpec } from './columns.js';
import type { TableColumns } from './locateTable.js';
import type { SheetRead } from './readSheet.js';

/** The one row of a table made from flags: row 1, as a sheet without a header row would number it. */
export const FLAG_ROW = 1;

/**
 * A one-row table from command-line values (`add`), in the shape the reader gives a sheet, so that
 * the row goes through the same check, plan, create and provisioning as any sheet row. Each
 * column's "header" is the flag that gave it, with no letter: every problem names the flag.
 */
export function flagTable(values: Readonly<Partial<Record<ColumnKey, string>>>, flags: Readonly<Partial<Record<ColumnKey, string>>>): SheetRead {
  const cells: Partial<Record<ColumnKey, SheetCell>> = {};
  const columns: Partial<Record<ColumnKey, { index: number; letter: string; header: string }>> = {};
  for (const [key, flag] of Object.entries(flags) as [ColumnKey, string][]) {
    columns[key] = { index: columnSpec(key).letter.charCodeAt(0) - 65, letter: '', header: flag };
    const typed = values[key];
    if (typed === undefined) continue;
    cells[key] = { typed, text: key === 'assigneeEmails' ? cleanMultilineText(typed) : cleanText(typed), findings: [] };
  }
  const row: RawRow = { row: FLAG_ROW, cells };
  return emptyTable({ columns, rows: [row] });
}

/** A table that was never a file (the flags of `add`, a listing of the space): no workbook, no notes. */
export function emptyTable(parts: { readonly columns?: TableColumns; readonly rows?: readonly RawRow[] } = {}): SheetRead {
  const workbook: WorkBook = { SheetNames: [], Sheets: {} };
  return {
    format: 'csv',
    workbook,
    sheetName: '',
    headerRow: 0,
    columns: parts.columns ?? {},
    ignoredHeaders: [],
    rows: parts.rows ?? [],
    emptyRowsBetween: [],
    notes: [],
  };
}
