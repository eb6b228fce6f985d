import type { ColumnKey, Issue, MessageParams, Row } from '../domain/types.js';
import { COLUMNS } from '../input/columns.js';
import type { TableColumns } from '../input/locateTable.js';
import { heldValue } from './differingFields.js';
import type { PlannedRow } from './planImport.js';
import { keyOf } from './updatePlan.js';
import { typedOf } from '../domain/sheetCell.js';

/** A problem the engine finds (plan, register, run), not yet on a cell: placeIssue puts it there. */
export function engineIssue(code: string, params: MessageParams = {}, field = '', severity: 'error' | 'warning' = 'error'): Issue {
  return { row: 0, column: '', header: '', key: null, field, severity, code, messageCode: code, params, value: '', origin: 'banqup' };
}

const BY_FIELD = new Map(COLUMNS.map((c) => [c.field, c]));

/** The column of a dotted API field (`assigneeEmails[1]` → N), in the user's sheet when it has it. */
export function columnOfField(field: string, columns: TableColumns): { key: ColumnKey; column: string; header: string } | null {
  // Sharing as a whole (a conflict) belongs to its first column, "Share documents".
  const spec = BY_FIELD.get(field === 'documentSharing' ? 'documentSharing.enabled' : field.replace(/\[\d+\]$/, ''));
  if (spec === undefined) return null;
  const place = columns[spec.key];
  return { key: spec.key, column: place?.letter ?? spec.letter, header: place?.header ?? spec.label.en };
}

/** Puts a problem found online on its row and, when its field is a column of the sheet, on that cell. */
export function placeIssue(issue: Issue, row: Pick<Row, 'row' | 'cells'>, columns: TableColumns): Issue {
  const cell = issue.field === '' ? null : columnOfField(issue.field, columns);
  if (cell === null) return { ...issue, row: row.row };
  return {
    ...issue,
    row: row.row,
    column: cell.column,
    header: cell.header,
    key: cell.key,
    params: { header: cell.header, ...issue.params },
    value: typedOf(row.cells[cell.key]),
  };
}

/** The problems the plan puts on a row: one per conflicting field, or the duplicate. */
export function planIssues(row: PlannedRow): Issue[] {
  if (row.action === 'conflict' && row.keyChanged === true) {
    // --update refused: what to say is that the key moved, not every field that differs.
    const key = keyOf(row.draft);
    const held = row.existing === null ? '' : heldValue(row.existing, key);
    return [engineIssue('update.key_changed', { held, clientId: row.existing?.id ?? '' }, key)];
  }
  if (row.action === 'conflict') {
    const held = row.existing;
    return row.conflicts.map((field) =>
      engineIssue('plan.conflict', { field, held: held === null ? '' : heldValue(held, field), clientId: held?.id ?? '' }, field),
    );
  }
  if (row.action === 'duplicate') {
    const field = row.matchedBy ?? identityField(row);
    return [engineIssue('plan.duplicate', { row: row.duplicateOf ?? 0 }, field)];
  }
  return [];
}

function identityField(row: PlannedRow): string {
  if (row.draft.externalReference !== null) return 'externalReference';
  return row.draft.vatNumber !== null ? 'vatNumber' : 'companyNumber';
}
