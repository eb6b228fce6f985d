import * as XLSX from 'xlsx';
import type { CellObject, Comments, WorkBook, WorkSheet } from 'xlsx';
import type { Issue, Lang, Row } from '../domain/types.js';
import { columnForHeader, isReportColumn, REPORT_COLUMN_LABELS } from '../input/columns.js';
import { csvRows } from '../input/loadWorkbook.js';
import { columnIndex, compareIssues } from './issueTable.js';
import type { Render } from './jsonDocument.js';
import { sanitizeForFile } from './sanitize.js';

/** What the error workbook is made from: the workbook as read, and the checked rows of one sheet. */
export interface ErrorWorkbookInput {
  readonly workbook: WorkBook;
  readonly sheetName: string;
  /** 1-based row of the headers. */
  readonly headerRow: number;
  readonly rows: readonly Row[];
  readonly render: Render;
  readonly lang: Lang;
}

/** Author of the comments we add; lets a later run recognise and remove its own comments. */
export const COMMENT_AUTHOR = 'banqup-import';
const ERRORS_COLUMN_WIDTH = 80;
const WARNINGS_COLUMN_WIDTH = 60;

/** Reads and writes cells whether the reader used SheetJS's sparse (`A1` keys) or dense (`!data`) mode. */
function cellAccess(sheet: WorkSheet) {
  const dense = sheet['!data'];
  return {
    get(r: number, c: number): CellObject | undefined {
      return dense ? dense[r]?.[c] : (sheet[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined);
    },
    set(r: number, c: number, cell: CellObject): void {
      if (dense) (dense[r] ??= [])[c] = cell;
      else sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    },
    remove(r: number, c: number): void {
      if (dense) {
        const row = dense[r];
        if (row) delete row[c];
      } else delete sheet[XLSX.utils.encode_cell({ r, c })];
    },
  };
}

function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  return typeof cell.w === 'string' ? cell.w : String(cell.v);
}

/** Drops the comments an earlier run added, keeping the user's own. */
function removeOurComments(cell: CellObject): void {
  if (!cell.c) return;
  const kept = cell.c.filter((comment) => comment.a !== COMMENT_AUTHOR);
  if (kept.length === 0) delete cell.c;
  else {
    const comments = kept as Comments;
    comments.hidden = cell.c.hidden;
    cell.c = comments;
  }
}

/** `G VAT: message` lines for one row's errors, or for its warnings, in column order. */
function messagesCellText(issues: readonly Issue[], render: Render, lang: Lang): string {
  // French puts a space before the colon.
  const colon = lang === 'fr' ? ' : ' : ': ';
  // " \n": Excel shows a line break only once "Wrap text" is on, which SheetJS cannot set;
  // without it the lines run together, and the space keeps one message apart from the next.
  return [...issues]
    .sort(compareIssues)
    .map((i) => sanitizeForFile(`${i.column} ${i.header}${colon}${render(i.messageCode, i.params)}`))
    .join(' \n');
}

/**
 * The user's text cells and comments without control or bidi characters (line breaks kept): the
 * report is the user's sheet back, and `ESC ] 0;title BEL` or U+202E in a cell reached it raw.
 * Formulas stay as they are (the user's own); every cell this report adds is a text cell ('s').
 * Cells are changed in `sheet`, which must be a copy.
 */
function cleanCells(sheet: WorkSheet): void {
  const visit = (cell: CellObject | undefined): void => {
    if (!cell) return;
    if (cell.t === 's' && typeof cell.v === 'string') {
      const clean = sanitizeForFile(cell.v, { keepLineBreaks: true });
      if (clean !== cell.v) {
        cell.v = clean;
        delete cell.r;
        delete cell.h;
      }
    }
    if (typeof cell.w === 'string') cell.w = sanitizeForFile(cell.w, { keepLineBreaks: true });
    for (const comment of cell.c ?? []) comment.t = sanitizeForFile(comment.t, { keepLineBreaks: true });
  };
  const dense = sheet['!data'];
  if (dense) {
    for (const row of dense) for (const cell of row ?? []) visit(cell);
    return;
  }
  for (const key of Object.keys(sheet)) if (!key.startsWith('!')) visit(sheet[key] as CellObject);
}

/** Whether a sheet holds text that cleanCells would change (other sheets are copied only then). */
function needsCleaning(sheet: WorkSheet): boolean {
  const unsafe = (text: unknown) => typeof text === 'string' && sanitizeForFile(text, { keepLineBreaks: true }) !== text;
  const dirty = (cell: CellObject | undefined) => !!cell && (unsafe(cell.v) || unsafe(cell.w) || (cell.c ?? []).some((c) => unsafe(c.t)));
  const dense = sheet['!data'];
  if (dense) return dense.some((row) => (row ?? []).some(dirty));
  return Object.keys(sheet).some((key) => !key.startsWith('!') && dirty(sheet[key] as CellObject));
}

/**
 * SheetJS's dense reader leaves a hole in `!data` for an empty row (an Instructions sheet's blank
 * line, an empty row in the list), and its xlsx writer then fails on that row ("Cannot read
 * properties of undefined"). A shallow copy with an empty array for every row in range writes fine.
 */
function withRowArrays(sheet: WorkSheet): WorkSheet {
  const dense = sheet['!data'];
  if (!dense || typeof sheet['!ref'] !== 'string') return sheet;
  const rows = Math.max(dense.length, XLSX.utils.decode_range(sheet['!ref']).e.r + 1);
  return { ...sheet, '!data': Array.from({ length: rows }, (_, r) => dense[r] ?? []) };
}

/** A CSV's worksheet (its fields in `!csv`) as the dense text cells SheetJS writes; undefined for others. */
function csvSheetCells(sheet: WorkSheet): WorkSheet | undefined {
  const rows = csvRows(sheet);
  if (rows === undefined) return undefined;
  const data = rows.map((fields) => {
    const row: CellObject[] = [];
    fields.forEach((v, c) => {
      if (v !== '') row[c] = { t: 's', v };
    });
    return row;
  });
  const copy: WorkSheet = { ...sheet, '!data': data };
  // The parsed CSV fields are the reader's; the report writes the dense rows made from them.
  delete copy['!csv'];
  return copy;
}

/**
 * The user's workbook with two columns after the headers, headed in the run's language: each
 * row's errors, and its warnings (an earlier report's columns are reused, in whatever language,
 * so a report can be fixed and fed back and no old message stays), and a hidden comment on every
 * bad cell. Every sheet, row, column and value stays where it was; the caller's workbook is not changed.
 */
export function buildErrorWorkbook(input: ErrorWorkbookInput): Uint8Array {
  const original = input.workbook.Sheets[input.sheetName];
  if (!original) throw new Error(`sheet ${input.sheetName} is not in the workbook`);
  const sheet = csvSheetCells(original) ?? structuredClone(original);
  cleanCells(sheet);
  const cells = cellAccess(sheet);
  const headerR = input.headerRow - 1;
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? XLSX.utils.encode_cell({ r: headerR, c: 0 }));
  range.e.r = Math.max(range.e.r, headerR);

  // The report's own columns from an earlier run (in any language, errors or warnings) are
  // replaced, never kept or appended to: the first two are reused, any others emptied.
  let lastUsed = -1;
  const earlier: number[] = [];
  for (let c = range.s.c; c <= range.e.c; c++) {
    const header = cellText(cells.get(headerR, c)).trim();
    if (header === '') continue;
    if (isReportColumn(header)) earlier.push(c);
    else lastUsed = c;
  }
  for (let r = range.s.r; r <= range.e.r; r++) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = cells.get(r, c);
      if (cell) removeOurComments(cell);
      if (earlier.includes(c) && r >= headerR) cells.remove(r, c);
    }
  }
  const errorsC = earlier[0] ?? lastUsed + 1;
  // Beside the errors when that column is free (no header of the user's), else after the last one.
  const warningsC = earlier[1] ?? (errorsC + 1 > lastUsed ? errorsC + 1 : lastUsed + 1);
  const labels = REPORT_COLUMN_LABELS;
  cells.set(headerR, errorsC, { t: 's', v: labels.errors[input.lang] });
  cells.set(headerR, warningsC, { t: 's', v: labels.warnings[input.lang] });
  const ours = new Set([...earlier, errorsC, warningsC]);

  for (const row of input.rows) {
    if (row.issues.length === 0) continue;
    const r = row.row - 1;
    const errors = row.issues.filter((i) => i.severity === 'error');
    const warnings = row.issues.filter((i) => i.severity === 'warning');
    if (errors.length > 0) cells.set(r, errorsC, { t: 's', v: messagesCellText(errors, input.render, input.lang) });
    if (warnings.length > 0) cells.set(r, warningsC, { t: 's', v: messagesCellText(warnings, input.render, input.lang) });
    range.e.r = Math.max(range.e.r, r);

    const byCell = new Map<number, Issue[]>();
    for (const issue of [...row.issues].sort(compareIssues)) {
      const c = columnIndex(issue.column);
      // A column missing from the sheet falls back to its template letter, which may be some
      // other column here: comment only a cell whose header really is the issue's column.
      if (ours.has(c) || columnForHeader(cellText(cells.get(headerR, c))) !== issue.key) continue;
      byCell.set(c, [...(byCell.get(c) ?? []), issue]);
    }
    for (const [c, issues] of byCell) {
      let cell = cells.get(r, c);
      if (!cell) {
        cell = { t: 's', v: '' };
        cells.set(r, c, cell);
      }
      const comments: Comments = [
        ...(cell.c ?? []),
        { a: COMMENT_AUTHOR, t: issues.map((i) => sanitizeForFile(input.render(i.messageCode, i.params))).join('\n') },
      ];
      comments.hidden = true;
      cell.c = comments;
      range.e.c = Math.max(range.e.c, c);
    }
  }

  range.s.c = Math.min(range.s.c, errorsC, warningsC);
  range.e.c = Math.max(range.e.c, errorsC, warningsC);
  sheet['!ref'] = XLSX.utils.encode_range(range);
  const cols = [...(sheet['!cols'] ?? [])];
  cols[errorsC] = { ...cols[errorsC], wch: ERRORS_COLUMN_WIDTH };
  cols[warningsC] = { ...cols[warningsC], wch: WARNINGS_COLUMN_WIDTH };
  sheet['!cols'] = cols;

  const sheets = { ...input.workbook.Sheets, [input.sheetName]: sheet };
  for (const name of Object.keys(sheets)) {
    let other = sheets[name]!;
    if (name !== input.sheetName && needsCleaning(other)) cleanCells((other = structuredClone(other)));
    sheets[name] = withRowArrays(other);
  }
  const workbook: WorkBook = { ...input.workbook, Sheets: sheets };
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
  return bytes;
}
