import type { BanqupState, PlanAction, RowStatus, Severity } from '../domain/types.js';

/** Rows per final status, as `--json`'s `summary` prints them (each row counted once). */
export interface ImportCounts {
  rows: number;
  /** Rows that passed the offline check (and the register look-up). */
  valid: number;
  invalid: number;
  /** Warning issues across all rows. */
  warnings: number;
  created: number;
  existing: number;
  /** Rows whose client `--update` changed (whatever their status after: an inactive one is then provisioned). */
  updated: number;
  provisioned: number;
  failed: number;
  skipped: number;
}

/** Rows per plan action (a dry run's summary). */
export interface PlanCounts {
  create: number;
  existing: number;
  update: number;
  conflict: number;
  duplicate: number;
}

/** What the counts are made from: one entry per row of the sheet. */
export interface CountableRow {
  readonly status: RowStatus;
  readonly plan?: PlanAction;
  /** Whether the row's client is active in Banqup, when the run knows it. */
  readonly banqup?: BanqupState;
  readonly updated?: readonly unknown[];
  readonly issues: readonly { readonly severity: Severity }[];
}

/** Counts rows per status and warnings (pure). */
export function countRows(rows: readonly CountableRow[]): ImportCounts {
  const counts: ImportCounts = { rows: rows.length, valid: 0, invalid: 0, warnings: 0, created: 0, existing: 0, updated: 0, provisioned: 0, failed: 0, skipped: 0 };
  for (const row of rows) {
    if (row.status === 'invalid') counts.invalid++;
    else counts.valid++;
    if (row.status !== 'valid' && row.status !== 'invalid' && row.status !== 'updated') counts[row.status]++;
    if (row.status === 'updated' || (row.updated?.length ?? 0) > 0) counts.updated++;
    for (const issue of row.issues) if (issue.severity === 'warning') counts.warnings++;
  }
  return counts;
}

/** Counts the plan actions of the rows that have one. */
export function countPlan(rows: readonly CountableRow[]): PlanCounts {
  const counts: PlanCounts = { create: 0, existing: 0, update: 0, conflict: 0, duplicate: 0 };
  for (const row of rows) if (row.plan !== undefined && row.status !== 'invalid') counts[row.plan]++;
  return counts;
}

/** Rows done (their client is in Banqup with their data, and active) and rows left, invalid ones included. */
export interface RowTally {
  readonly done: number;
  readonly left: number;
}

/**
 * Which rows need nothing more: provisioned, or already there and not known to be inactive. With
 * `leaveInactive` (`add --no-activate`), a client created or found, inactive, is done too.
 */
export function tallyRows(rows: readonly CountableRow[], leaveInactive = false): RowTally {
  let done = 0;
  for (const row of rows) {
    if (row.status === 'provisioned' || ((row.status === 'existing' || row.status === 'updated') && row.banqup !== 'inactive')) done++;
    else if (leaveInactive && (row.status === 'created' || row.status === 'existing')) done++;
  }
  return { done, left: rows.length - done };
}
