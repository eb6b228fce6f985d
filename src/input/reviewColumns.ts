import * as XLSX from 'xlsx';
import { cleanText } from '../domain/cleanText.js';
import type { ColumnKey, Finding } from '../domain/types.js';
import { InputError } from '../errors.js';
import { COLUMNS } from './columns.js';
import { mapFlag, type ColumnMapping } from './columnMapping.js';
import { suggestByHeader } from './headerResemblance.js';
import { cellAt, parsedRange } from './loadWorkbook.js';
import { suggestByValues, type ValueKind } from './valueResemblance.js';

/** Cells of an unknown column looked at to guess what it holds. */
const SAMPLE_SIZE = 30;

/** A column of the sheet the template does not know, that holds data. */
export interface UnknownColumn {
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  /** Its first non-empty cells (at most SAMPLE_SIZE), as displayed. */
  readonly samples: readonly string[];
  /** The missing template column it most likely is, and why: its header, or its values. */
  readonly suggestion?: { readonly key: ColumnKey; readonly by: 'header' | 'values'; readonly kind?: ValueKind };
}

/** The sheet's columns against the template's, before any row is read. */
export interface ColumnReview {
  readonly sheet: string;
  /** Columns every run needs that the sheet lacks. */
  readonly missing: readonly ColumnKey[];
  /** Neither the RCS nor the VAT column is there (LU clients need one). */
  readonly needsRcsOrVat: boolean;
  /** Columns the template does not know that hold data, in sheet order. */
  readonly unknown: readonly UnknownColumn[];
  /** The mapping the sheet was read with. */
  readonly mapping: ColumnMapping;
}

/**
 * The run cannot go on without knowing which column is which: a column every run needs is missing
 * while columns with data are unknown, or an unknown column with data looks like a missing one.
 * Exit 2 before any row is checked; an interactive run asks instead (commands/promptColumns.ts).
 */
export class ColumnsUnresolved extends InputError {
  constructor(
    code: 'mapping.missing_columns' | 'mapping.unknown_columns',
    readonly review: ColumnReview,
  ) {
    super(code, paramsOf(review));
  }
}

/** The template columns an interactive run asks about: the missing ones first, then those an unknown column resembles. */
export function fieldsToAsk(review: ColumnReview): ColumnKey[] {
  const asked = new Set<ColumnKey>(review.missing);
  if (review.needsRcsOrVat) asked.add('companyNumber').add('vatNumber');
  for (const column of review.unknown) if (column.suggestion) asked.add(column.suggestion.key);
  return COLUMNS.map((c) => c.key).filter((k) => asked.has(k));
}

/**
 * Never drops data silently. Missing required columns with unknown columns holding data, or an
 * unknown column whose header resembles a missing column ("N° RCS"), stop the run (ColumnsUnresolved);
 * a column whose values only look like a missing column's (IBANs, e-mails) gets a warning with the
 * `--map` to add: values alone are weaker evidence (a second IBAN, a billing e-mail). Missing
 * columns with no unknown data left: the reader's `input.missing_columns`, as before.
 */
export function reviewColumns(
  sheet: XLSX.WorkSheet,
  at: { readonly sheetName: string; readonly headerRow: number },
  // Structural, not locateTable's types: that module calls this one, and the import graph has no cycle.
  columns: Readonly<Partial<Record<ColumnKey, unknown>>>,
  unknownHeaders: readonly { readonly letter: string; readonly header: string }[],
  mapping: ColumnMapping,
): { readonly notes: Finding[]; readonly missing: readonly ColumnKey[]; readonly needsRcsOrVat: boolean } {
  const missing = COLUMNS.filter((spec) => spec.mustBePresent && !columns[spec.key]).map((s) => s.key);
  const needsRcsOrVat = !columns.companyNumber && !columns.vatNumber;
  const absent = new Set(COLUMNS.filter((spec) => !columns[spec.key]).map((s) => s.key));
  const unknown = suggestFor(
    unknownHeaders.map((h) => {
      const index = XLSX.utils.decode_col(h.letter);
      return { ...h, index, samples: samplesOf(sheet, at.headerRow, index) };
    }).filter((c) => c.samples.length > 0),
    absent,
  );
  const review: ColumnReview = { sheet: at.sheetName, missing, needsRcsOrVat, unknown, mapping };
  const required = missing.length > 0 || needsRcsOrVat;
  if (required && unknown.length > 0) throw new ColumnsUnresolved('mapping.missing_columns', review);
  if (unknown.some((c) => c.suggestion?.by === 'header')) throw new ColumnsUnresolved('mapping.unknown_columns', review);
  const notes: Finding[] = unknown.flatMap((c) =>
    c.suggestion
      ? [{ code: 'file.column_looks_like', severity: 'warning' as const, params: { letter: c.letter, header: c.header, kind: c.suggestion.kind ?? '', column: c.suggestion.key, map: mapFlag(c.header, c.suggestion.key) } }]
      : [],
  );
  return { notes, missing, needsRcsOrVat };
}

/** Each missing column suggested for one unknown column at most: by header first, then by values, in sheet order. */
function suggestFor(columns: readonly Omit<UnknownColumn, 'suggestion'>[], absent: ReadonlySet<ColumnKey>): UnknownColumn[] {
  const taken = new Set<ColumnKey>();
  const open = () => new Set([...absent].filter((k) => !taken.has(k)));
  const byHeader = columns.map((c) => {
    const found = suggestByHeader(c.header, open());
    if (found) taken.add(found.key);
    return found;
  });
  return columns.map((c, i) => {
    const header = byHeader[i];
    if (header) return { ...c, suggestion: { key: header.key, by: 'header' } };
    const values = suggestByValues(c.samples, open());
    if (!values) return c;
    taken.add(values.key);
    return { ...c, suggestion: { key: values.key, by: 'values', kind: values.kind } };
  });
}

/** The first non-empty cells below the header of one column, as displayed. */
function samplesOf(sheet: XLSX.WorkSheet, headerRow: number, index: number): string[] {
  const last = parsedRange(sheet)?.e.r ?? -1;
  const samples: string[] = [];
  // headerRow is 1-based, so it is also the 0-based index of the first row below the header.
  for (let r = headerRow; r <= last && samples.length < SAMPLE_SIZE; r++) {
    const cell = cellAt(sheet, r, index);
    if (!cell || cell.v === undefined || cell.v === null) continue;
    const text = cleanText(cell.t === 's' ? String(cell.v) : (cell.w ?? String(cell.v)));
    if (text !== '') samples.push(text);
  }
  return samples;
}

/** The message's parameters: language-neutral lists (letters, headers, `--map`s); the catalogue names the columns. */
function paramsOf(review: ColumnReview): Record<string, string | number> {
  const missing = [...review.missing, ...(review.needsRcsOrVat ? ['companyNumber|vatNumber'] : [])];
  const suggested = review.unknown.filter((c) => c.suggestion !== undefined);
  return {
    sheet: review.sheet,
    missing: missing.join(','),
    count: missing.length,
    columns: listOf(review.unknown.map((c) => `${c.letter} "${c.header}"`)),
    suggested: suggested.map((c) => `${c.letter} "${c.header}"`).join(', '),
    targets: suggested.map((c) => c.suggestion?.key ?? '').join(','),
    maps: suggested.map((c) => mapFlag(c.header, c.suggestion?.key ?? null)).join(' '),
    leaveOut: suggested.map((c) => mapFlag(c.header, null)).join(' '),
    example: review.unknown[0] ? mapFlag(review.unknown[0].header, firstMissing(review)) : '',
  };
}

function firstMissing(review: ColumnReview): ColumnKey {
  return review.missing[0] ?? 'companyNumber';
}

/** How many columns a message lists before "…". */
const LIST_LIMIT = 8;

function listOf(items: readonly string[]): string {
  return items.length > LIST_LIMIT ? `${items.slice(0, LIST_LIMIT).join(', ')} …` : items.join(', ');
}
