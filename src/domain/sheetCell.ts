import type { Finding, RawCell, SheetCell } from './types.js';

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** What the user sees in the cell (Excel's displayed text); '' for no cell. */
export function typedOf(cell: SheetCell | undefined): string {
  return cell === undefined ? '' : typeof cell === 'string' ? cell : cell.typed;
}

/** The cell's cleaned text; '' for no cell. */
export function textOf(cell: SheetCell | undefined): string {
  return cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text;
}

/** Problems found while reading the cell; none for no cell or a plain text one. */
export function findingsOf(cell: SheetCell | undefined): readonly Finding[] {
  return cell === undefined || typeof cell === 'string' ? NO_FINDINGS : cell.findings;
}

/** The compact form of a cell: its text alone when that says everything (typed as cleaned, no findings). */
export function compactCell(cell: RawCell): SheetCell {
  return cell.findings.length === 0 && cell.typed === cell.text ? cell.typed : cell;
}
