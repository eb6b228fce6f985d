import type { WorkBook } from 'xlsx';
import type { Issue, Row } from '../../src/domain/types.js';
import type { SheetCheck, SheetNote } from '../../src/engine/runResult.js';

/** A problem the sheet's check found (messageCode = code, origin `sheet`). */
export function sheetIssue(fields: Omit<Issue, 'messageCode' | 'origin'> & Partial<Pick<Issue, 'messageCode' | 'origin'>>): Issue {
  return { messageCode: fields.code, origin: 'sheet', ...fields };
}

/** A checked row; its cells empty unless given. */
export function checkedRow(fields: Omit<Row, 'cells'> & Partial<Pick<Row, 'cells'>>): Row {
  return { cells: {}, ...fields };
}

/** A checked sheet as the report writers take it. */
export function sheetCheck(
  rows: readonly Row[],
  extra: { file?: string; sheetName?: string; headerRow?: number; notes?: readonly SheetNote[]; workbook?: WorkBook } = {},
): SheetCheck {
  return {
    file: extra.file ?? 'clients.xlsx',
    sheet: {
      format: 'xlsx',
      workbook: extra.workbook ?? { SheetNames: [], Sheets: {} },
      sheetName: extra.sheetName ?? 'Clients',
      headerRow: extra.headerRow ?? 1,
      columns: {},
      ignoredHeaders: [],
      rows: [],
      emptyRowsBetween: [],
      notes: [],
    },
    rows,
    notes: extra.notes ?? [],
  };
}
