import type { CheckedRow, ClientDraft, ColumnKey, MessageParams, RawRow, RowChange, RowStatus, Severity } from '../domain/types.js';
import type { PlanAction, RowOutcome, RowProblem } from '../engine/rowOutcome.js';
import { COLUMNS } from '../input/columns.js';
import type { TableColumns } from '../input/locateTable.js';

/** What Banqup holds for a row now (`banqup-import status`). */
export type BanqupState = 'not-found' | 'inactive' | 'active';

/** A problem of a row, offline or online, tied to its cell when it has one. */
export interface ImportIssue {
  /** The sheet's column letter, or '' for a problem of the whole row. */
  readonly column: string;
  readonly header: string;
  /** The API field, dotted, or ''. */
  readonly field: string;
  readonly severity: Severity;
  readonly code: string;
  /** The catalogue key of the message. */
  readonly messageCode: string;
  readonly params: MessageParams;
  /** The cell as typed, or ''. */
  readonly value: string;
  /** Found in the sheet (offline) or by talking to Banqup; the table shows the latter under the row. */
  readonly origin: 'sheet' | 'banqup';
}

/** One row of the sheet at the end of an import, dry run or status. */
export interface ImportRow {
  readonly row: number;
  readonly status: RowStatus;
  readonly plan?: PlanAction;
  readonly conflicts?: readonly string[];
  readonly clientId?: string;
  readonly banqupSpaceId?: string;
  readonly banqup?: BanqupState;
  readonly client: ClientDraft | null;
  readonly issues: readonly ImportIssue[];
  readonly changes: readonly RowChange[];
}

/** Where the columns are in the user's sheet, and the rows as read (for the typed values). */
export interface SheetPlaces {
  readonly columns: TableColumns;
  readonly rawRows: ReadonlyMap<number, RawRow>;
}

/** Indexes the rows as read by their row number. */
export function rawRowIndex(rows: readonly RawRow[]): Map<number, RawRow> {
  return new Map(rows.map((r) => [r.row, r]));
}

const BY_FIELD = new Map(COLUMNS.map((c) => [c.field, c]));

/** The column of a dotted API field (`assigneeEmails[1]` → N), in the user's sheet when it has it. */
export function columnOfField(field: string, columns: TableColumns): { key: ColumnKey; column: string; header: string } | null {
  const spec = BY_FIELD.get(field.replace(/\[\d+\]$/, ''));
  if (spec === undefined) return null;
  const place = columns[spec.key];
  return { key: spec.key, column: place?.letter ?? spec.letter, header: place?.header ?? spec.label.en };
}

/** A problem found online, put on its cell. */
export function issueForProblem(problem: RowProblem, row: number, places: SheetPlaces): ImportIssue {
  const cell = problem.field === undefined ? null : columnOfField(problem.field, places.columns);
  return {
    column: cell?.column ?? '',
    header: cell?.header ?? '',
    field: problem.field ?? '',
    severity: problem.severity,
    code: problem.code,
    messageCode: problem.messageCode,
    params: cell === null ? problem.params : { header: cell.header, ...problem.params },
    value: cell === null ? '' : (places.rawRows.get(row)?.cells[cell.key]?.typed ?? ''),
    origin: 'banqup',
  };
}

/** The row's offline issues, then what the online half found. */
export function importRowFrom(checked: CheckedRow, outcome: RowOutcome | undefined, places: SheetPlaces, extra: Partial<ImportRow> = {}): ImportRow {
  const offline: ImportIssue[] = checked.issues.map((i) => ({
    column: i.column,
    header: i.header,
    field: i.field,
    severity: i.severity,
    code: i.code,
    messageCode: i.code,
    params: i.params,
    value: i.value,
    origin: 'sheet',
  }));
  const online = (outcome?.problems ?? []).map((p) => issueForProblem(p, checked.row, places));
  return {
    row: checked.row,
    status: outcome?.status ?? checked.status,
    ...(outcome?.plan !== undefined && { plan: outcome.plan }),
    ...(outcome?.conflicts !== undefined && outcome.conflicts.length > 0 && { conflicts: outcome.conflicts }),
    ...(outcome?.clientId !== undefined && { clientId: outcome.clientId }),
    ...(outcome?.banqupSpaceId !== undefined && { banqupSpaceId: outcome.banqupSpaceId }),
    ...(outcome?.banqup !== undefined && { banqup: outcome.banqup }),
    client: checked.client,
    issues: [...offline, ...online],
    changes: checked.changes,
    ...extra,
  };
}
