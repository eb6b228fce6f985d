import * as XLSX from 'xlsx';
import { cleanText } from '../domain/cleanText.js';
import type { ColumnKey, Finding } from '../domain/types.js';
import { InputError } from '../errors.js';
import { columnForHeader, columnSpec, COLUMNS, isReportColumn, normaliseHeader } from './columns.js';
import { EMPTY_MAPPING, mapFlag, mappingFor, type ColumnMapping } from './columnMapping.js';
import { reviewColumns } from './reviewColumns.js';
import { isExportColumn } from './exportColumns.js';
import { cellAt, HEADER_SEARCH_ROWS, parsedRange } from './loadWorkbook.js';

/** Where a template column stands in the user's sheet. */
export interface TableColumn {
  /** 0-based column index in the sheet. */
  readonly index: number;
  readonly letter: string;
  /** The header as it stands in the sheet (invisible characters removed). */
  readonly header: string;
}
export type TableColumns = Readonly<Partial<Record<ColumnKey, TableColumn>>>;

/** A header the template does not know; its column is not read. */
export interface IgnoredHeader {
  readonly letter: string;
  readonly header: string;
}

/** The client table found in a workbook. */
export interface LocatedTable {
  readonly sheetName: string;
  /** 1-based, as Excel shows it. */
  readonly headerRow: number;
  readonly columns: TableColumns;
  readonly ignoredHeaders: readonly IgnoredHeader[];
  /** Unknown columns whose values look like a missing column's (`file.column_looks_like`). */
  readonly notes: readonly Finding[];
}

/** A header row needs this many distinct template columns to count as one. */
const MIN_KNOWN_HEADERS = 3;

interface HeaderCandidate {
  readonly row: number;
  readonly matches: number;
}

/**
 * Finds the sheet and the header row of the client table, and maps the sheet's columns to the
 * template's by header (not by position: users reorder, translate and rename columns). The sheet
 * is `--sheet`, else the first visible one with a header row, else the first hidden one with a
 * header row, else the first visible one.
 */
export function locateTable(workbook: XLSX.WorkBook, opts: { readonly sheet?: string; readonly mapping?: ColumnMapping } = {}): LocatedTable {
  const mapping = opts.mapping ?? EMPTY_MAPPING;
  // The user's mapping names columns too: an export whose headers are all its own is found by it.
  const keyOf = (header: string): ColumnKey | undefined => {
    const entry = mappingFor(mapping, header);
    return entry ? (entry.target ?? undefined) : columnForHeader(header);
  };
  const names = workbook.SheetNames;
  if (names.length === 0) throw new InputError('input.empty_file');
  let sheetName: string | undefined;
  let header: HeaderCandidate | undefined;
  if (opts.sheet !== undefined) {
    sheetName = findSheetName(names, opts.sheet);
    header = findHeaderRow(sheetOf(workbook, sheetName), keyOf);
  } else {
    // Visible sheets first: a hidden sheet with the headers (an old copy kept out of sight) is read
    // only when no visible sheet has them, so that the list the user sees is the one imported.
    const order = names.map((_, i) => i).sort((a, b) => Number(isHidden(workbook, a)) - Number(isHidden(workbook, b)));
    for (const name of order.map((i) => names[i]!)) {
      header = findHeaderRow(sheetOf(workbook, name), keyOf);
      if (header) {
        sheetName = name;
        break;
      }
    }
    sheetName ??= names.find((_, i) => !isHidden(workbook, i)) ?? names[0]!;
  }
  if (!header) throw new InputError('input.no_header', { sheet: sheetName, rows: HEADER_SEARCH_ROWS });
  const sheet = sheetOf(workbook, sheetName);
  const { columns, ignoredHeaders } = mapColumns(sheet, header.row, mapping, sheetName);
  const at = { sheetName, headerRow: header.row + 1 };
  const { notes } = reviewColumns(sheet, at, columns, ignoredHeaders, mapping);
  requireColumns(columns, sheetName);
  return { ...at, columns, ignoredHeaders, notes };
}

function findSheetName(names: readonly string[], wanted: string): string {
  if (names.includes(wanted)) return wanted;
  const folded = cleanText(wanted).toLowerCase();
  const close = names.filter((n) => cleanText(n).toLowerCase() === folded);
  if (close.length === 1) return close[0]!;
  throw new InputError('input.sheet_not_found', { sheet: wanted, sheets: names.map((n) => `"${n}"`).join(', ') });
}

function sheetOf(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet {
  // Own-property check: a sheet name such as `__proto__` must not reach Object.prototype.
  const sheet = Object.hasOwn(workbook.Sheets, name) ? workbook.Sheets[name] : undefined;
  return sheet ?? {};
}

function isHidden(workbook: XLSX.WorkBook, index: number): boolean {
  const name = workbook.SheetNames[index];
  const props = workbook.Workbook?.Sheets?.find((s) => s.name === name) ?? workbook.Workbook?.Sheets?.[index];
  return (props?.Hidden ?? 0) !== 0;
}

/** The row (0-based) among the first rows with the most distinct template headers, if enough. */
function findHeaderRow(sheet: XLSX.WorkSheet, keyOf: (header: string) => ColumnKey | undefined): HeaderCandidate | undefined {
  const range = parsedRange(sheet);
  if (!range) return undefined;
  let best: HeaderCandidate | undefined;
  for (let r = range.s.r; r <= Math.min(range.e.r, HEADER_SEARCH_ROWS - 1); r++) {
    const keys = new Set<ColumnKey>();
    for (let c = range.s.c; c <= range.e.c; c++) {
      const key = keyOf(headerText(cellAt(sheet, r, c)));
      if (key) keys.add(key);
    }
    if (keys.size >= MIN_KNOWN_HEADERS && keys.size > (best?.matches ?? 0)) best = { row: r, matches: keys.size };
  }
  return best;
}

function mapColumns(
  sheet: XLSX.WorkSheet,
  row: number,
  mapping: ColumnMapping,
  sheetName: string,
): { columns: TableColumns; ignoredHeaders: IgnoredHeader[] } {
  const range = parsedRange(sheet);
  const columns: Partial<Record<ColumnKey, TableColumn>> = {};
  const ignoredHeaders: IgnoredHeader[] = [];
  const mappedBy = new Map<ColumnKey, boolean>();
  const seen = new Set<string>();
  const headers: string[] = [];
  for (let c = range?.s.c ?? 0; range && c <= range.e.c; c++) {
    const header = headerText(cellAt(sheet, row, c));
    if (header === '' || isReportColumn(header) || isExportColumn(header)) continue;
    headers.push(header);
    const letter = XLSX.utils.encode_col(c);
    const entry = mappingFor(mapping, header);
    if (entry) seen.add(normaliseHeader(header));
    // Left out on purpose (`--map "Notes=-"`): neither read nor reported.
    if (entry?.target === null) continue;
    const key = entry?.target ?? columnForHeader(header);
    if (!key) {
      ignoredHeaders.push({ letter, header });
      continue;
    }
    const first = columns[key];
    if (first && (mappedBy.get(key) === true || entry !== undefined)) {
      // One of the two was mapped by the user: the fix is to leave the other one out.
      const [mapped, other] = entry !== undefined ? [header, first.header] : [first.header, header];
      throw new InputError('mapping.column_taken', { mapped, other, column: key, leaveOut: mapFlag(other, null) });
    }
    if (first) {
      const spec = columnSpec(key);
      throw new InputError('input.duplicate_header', {
        first: first.letter, second: letter, firstHeader: first.header, secondHeader: header,
        column_en: spec.label.en, column_fr: spec.label.fr, column_nl: spec.label.nl, column_de: spec.label.de,
      });
    }
    columns[key] = { index: c, letter, header };
    mappedBy.set(key, entry !== undefined);
  }
  const unseen = [...mapping.values()].find((e) => !seen.has(normaliseHeader(e.header)));
  if (unseen) {
    const shown = headers.slice(0, 30).map((h) => `"${h}"`).join(', ') + (headers.length > 30 ? ' …' : '');
    throw new InputError('mapping.header_not_found', { header: unseen.header, sheet: sheetName, headers: shown });
  }
  return { columns, ignoredHeaders };
}

/** The columns without which no row can be imported; LU clients need the register or the VAT number. */
function requireColumns(columns: TableColumns, sheet: string): void {
  const missing = COLUMNS.filter((spec) => spec.mustBePresent && !columns[spec.key]);
  const en = missing.map((s) => `${s.letter} ${s.label.en}`);
  const fr = missing.map((s) => `${s.letter} ${s.label.fr}`);
  const nl = missing.map((s) => `${s.letter} ${s.label.nl}`);
  const de = missing.map((s) => `${s.letter} ${s.label.de}`);
  if (!columns.companyNumber && !columns.vatNumber) {
    const rcs = columnSpec('companyNumber');
    const vat = columnSpec('vatNumber');
    en.push(`${rcs.letter} ${rcs.label.en} or ${vat.letter} ${vat.label.en}`);
    fr.push(`${rcs.letter} ${rcs.label.fr} ou ${vat.letter} ${vat.label.fr}`);
    nl.push(`${rcs.letter} ${rcs.label.nl} of ${vat.letter} ${vat.label.nl}`);
    de.push(`${rcs.letter} ${rcs.label.de} oder ${vat.letter} ${vat.label.de}`);
  }
  if (en.length > 0) {
    throw new InputError('input.missing_columns', {
      sheet, count: en.length, columns_en: en.join(', '), columns_fr: fr.join(', '), columns_nl: nl.join(', '), columns_de: de.join(', '),
    });
  }
}

/** A header cell as the user sees it, cleaned; numbers and dates as displayed. */
function headerText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  return cleanText(cell.t === 's' ? String(cell.v) : (cell.w ?? String(cell.v)));
}
