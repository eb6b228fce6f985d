import * as XLSX from 'xlsx';
import { cleanMultilineText, cleanText } from '../domain/cleanText.js';
import type { ColumnKey, Finding, MessageParams, RawCell, SheetCell } from '../domain/types.js';
import { columnSpec } from './columns.js';

/** SheetJS ships its number-format library untyped; this is the one call used. */
const SSF = XLSX.SSF as { is_date(format: string): boolean };

/** Excel keeps 15 significant digits; a longer number was already rounded when it was typed. */
const MAX_EXACT_DIGITS = 15;
const ALL_DIGITS = /^\d+$/;
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};
/** Shared by every clean cell: one empty array instead of one per cell (1.5 million at 100 000 rows). */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const EMPTY: RawCell = { typed: '', text: '', findings: NO_FINDINGS };

/**
 * Reads one cell as text without silent damage (validation-rules.md §7). Identifier columns
 * (ZIP, register, VAT, IBAN, BIC, reference) are strict: numbers are taken as Excel displays them
 * when that is all digits (a `00000` format keeps leading zeros), else as the plain integer with a
 * warning; rounded, decimal, date, boolean, error and uncalculated cells are reported. Cells with
 * an error finding have empty `text`, so that no damaged value is ever used.
 */
export function readCell(cell: XLSX.CellObject | undefined, column: ColumnKey): RawCell {
  if (!cell) return EMPTY;
  const identifier = columnSpec(column).identifier;
  const clean = column === 'assigneeEmails' ? cleanMultilineText : cleanText;
  // A formula saved by a tool that does not calculate (some generators, some exports) has no value.
  if (cell.f !== undefined && cell.v === undefined) return failed(`=${cell.f}`, 'cell.formula_without_value');
  switch (cell.t) {
    case 's':
      return text(String(cell.v ?? ''), clean);
    case 'n':
      return readNumber(cell, identifier, clean);
    case 'b': {
      const shown = cell.w ?? (cell.v ? 'TRUE' : 'FALSE');
      return { typed: shown, text: clean(shown), findings: identifier ? [warning('cell.boolean')] : NO_FINDINGS };
    }
    case 'd': {
      const shown = cell.w ?? (cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? ''));
      return identifier ? failed(shown, 'cell.date') : text(shown, clean);
    }
    case 'e': {
      const shown = cell.w ?? ERROR_TEXT[Number(cell.v)] ?? '#ERROR';
      return failed(shown, 'cell.error_value', { error: shown });
    }
    default:
      return cell.v === undefined || cell.v === null ? EMPTY : text(String(cell.v), clean);
  }
}

/**
 * A CSV field, every one a text cell: what readCell gives for `{ t: 's', v: field }`, in its
 * compact form (sheetCell.ts), without building any object for the 1.5 million fields of a
 * 100 000-row file that cleaning leaves as typed.
 */
export function readTextField(field: string | undefined, column: ColumnKey): SheetCell {
  if (field === undefined || field === '') return '';
  const cleaned = cleanedText(field, column === 'assigneeEmails' ? cleanMultilineText : cleanText);
  return cleaned === field ? field : { typed: field, text: cleaned, findings: NO_FINDINGS };
}

function readNumber(cell: XLSX.CellObject, identifier: boolean, clean: (s: string) => string): RawCell {
  const v = Number(cell.v);
  const shown = cell.w ?? String(v);
  const isDate = typeof cell.z === 'string' && SSF.is_date(cell.z);
  if (!identifier) return text(shown, clean);
  if (isDate) return failed(shown, 'cell.date');
  if (!Number.isInteger(v)) return failed(shown, 'cell.not_integer');
  const digits = String(Math.abs(v));
  if (!ALL_DIGITS.test(digits) || digits.length > MAX_EXACT_DIGITS) {
    return failed(shown, 'cell.number_too_long', { max: MAX_EXACT_DIGITS });
  }
  if (cell.w !== undefined && ALL_DIGITS.test(cell.w)) return text(cell.w, clean);
  return { typed: shown, text: String(v), findings: [warning('cell.stored_as_number')] };
}

/** `'=…`: the formula guard our CSV files put before = + - @ (report/csvCell.ts), not part of the value. */
const FORMULA_GUARD = /^'[=+\-@]/;

/** The cleaned text of a text cell. */
function cleanedText(value: string, clean: (s: string) => string): string {
  // An exported sheet saved as CSV comes back with the guard: read the value behind it (issue 14).
  const unguarded = value.charCodeAt(0) === 0x27 && FORMULA_GUARD.test(value) ? value.slice(1) : value;
  return clean(unguarded);
}

function text(value: string, clean: (s: string) => string): RawCell {
  return { typed: value, text: cleanedText(value, clean), findings: NO_FINDINGS };
}

function failed(typed: string, code: string, params?: MessageParams): RawCell {
  const finding: Finding = params ? { code, severity: 'error', params } : { code, severity: 'error' };
  return { typed, text: '', findings: [finding] };
}

function warning(code: string): Finding {
  return { code, severity: 'warning' };
}
