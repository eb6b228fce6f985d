import type { ApiStats, BanqupApi, Space } from '../api/types.js';
import type { ApiConfig } from '../config/config.js';
import type { ClientDraft, MessageParams, Row, Severity } from '../domain/types.js';
import type { BanqupImportError } from '../errors.js';
import type { ColumnMapping } from '../input/columnMapping.js';
import type { SheetRead } from '../input/readSheet.js';
import type { ColumnReview } from '../input/reviewColumns.js';
import type { LeftBehind } from './clientsLeftBehind.js';
import type { OnRunEvent } from './events.js';
import { countPlan, countRows, type ImportCounts, type PlanCounts } from './summary.js';

/**
 * What a run did: `check` read and checked the sheet only (no credentials, rows in error, or a
 * stop before anything was sent); `plan` is a dry run that also read Banqup; `import` sent;
 * `status` read what Banqup holds for each row.
 */
export type RunMode = 'check' | 'plan' | 'import' | 'status';

/** A file-level finding (extra columns ignored …), not tied to a row. */
export interface SheetNote {
  readonly code: string;
  readonly severity: Severity;
  readonly params: MessageParams;
}

/** The sheet as read and checked: everything before the first call to Banqup. */
export interface SheetCheck {
  /** The file as the user gave it; `-` for standard input. */
  readonly file: string;
  readonly sheet: SheetRead;
  readonly rows: readonly Row[];
  readonly notes: readonly SheetNote[];
}

/** Counts of the summary: per final status, the plan of a dry run, what Banqup holds (status). */
export interface RunSummary extends ImportCounts {
  readonly plan?: PlanCounts;
  readonly banqup?: { readonly active: number; readonly inactive: number; readonly notFound: number };
}

/** Everything a command renders, and the exit funnel decides on. */
export interface RunResult {
  readonly mode: RunMode;
  readonly dryRun: boolean;
  readonly check: SheetCheck;
  /** Every row of the sheet, in sheet order, in its final state. */
  readonly rows: readonly Row[];
  readonly summary: RunSummary;
  readonly space?: Space;
  /** Clients an earlier run created for rows no longer in the sheet (a dry run or an import). */
  readonly leftBehind?: readonly LeftBehind[];
  readonly stats?: ApiStats;
  readonly durationMs: number;
  /** The run had `--update`: its JSON summary always carries `updated` (and a dry run's plan `update`). */
  readonly update?: boolean;
  /** Ctrl-C stopped the run (mode `import`). */
  readonly interrupted: boolean;
  /** The error that ended the run early: refused (4), unavailable (6), no credentials (2), Ctrl-C before sending (130). */
  readonly fatal: BanqupImportError | null;
  /** The message code of the table's heading, when not the mode's own (`activate`, the space's listing). */
  readonly heading?: string;
  /** `add --no-activate`: a client created and left inactive is what was asked for. */
  readonly leaveInactive?: boolean;
}

/** What the core needs from outside: the sheet's bytes, the adapter, a hook before sending. */
export interface RunDeps {
  readonly readInput: () => Promise<Uint8Array>;
  /** A table that is no file (`add`'s flags): read instead of `readInput`'s bytes. */
  readonly readTable?: () => Promise<SheetRead>;
  /** The adapter; the shell loads the HTTP client only when this is called. */
  readonly openApi: (api: ApiConfig, onEvent: OnRunEvent) => Promise<BanqupApi>;
  /** Called once the sheet is checked and before anything is sent (the shell writes `--report` there). */
  readonly onChecked?: (check: SheetCheck, mode: RunMode) => Promise<void>;
  /**
   * The user's column mapping (`--map`, `--mapping`), and, when someone can answer, `choose`: asked
   * once when the columns stop the run (ColumnsUnresolved), it returns the mapping to read the
   * sheet with instead, or undefined to stop as before.
   */
  readonly columns?: {
    readonly mapping: ColumnMapping;
    readonly choose?: (review: ColumnReview) => Promise<ColumnMapping | undefined>;
  };
  /** Aborted on Ctrl-C: nothing new starts. */
  readonly signal?: AbortSignal;
  readonly now?: () => number;
}

/** The result of a run that stopped at the sheet: its checked rows, and why it went no further. */
export function checkResult(check: SheetCheck, dryRun: boolean, fatal: BanqupImportError | null, durationMs: number): RunResult {
  const counts = countRows(check.rows);
  return { mode: 'check', dryRun, check, rows: check.rows, summary: counts, durationMs, interrupted: false, fatal };
}

/** The summary of a run that reached Banqup: counts, and the plan of a dry run. */
export function summaryOf(rows: readonly Row[], dryRun: boolean): RunSummary {
  return { ...countRows(rows), ...(dryRun && { plan: countPlan(rows) }) };
}

/** A row that passed the check, with its client: what the plan and Banqup are asked about. */
export type ValidRow = Row & { readonly client: ClientDraft };

/** The rows of the sheet that passed the check. */
export function validRows(check: Pick<SheetCheck, 'rows'>): ValidRow[] {
  return check.rows.filter((r): r is ValidRow => r.status === 'valid' && r.client !== null);
}
