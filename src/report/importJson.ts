import type { ApiStats } from '../api/types.js';
import type { ImportCounts, PlanCounts } from '../engine/summary.js';
import type { CheckOutcome, JsonIssue, JsonNote, JsonRow, Render } from './jsonDocument.js';
import { jsonRow } from './jsonDocument.js';
import { jsonForTerminal } from './sanitize.js';
import type { BanqupState, ImportIssue, ImportRow } from './importRow.js';

/** A row of the import's `--json`: the offline row plus what the API did (decisions.md). */
export interface ImportJsonRow extends JsonRow {
  /** `banqup-import status` only: what Banqup holds now. */
  banqup?: BanqupState;
}

/** The import's summary: counts per final status (each row once), plus the plan of a dry run. */
export interface ImportJsonSummary extends ImportCounts {
  plan?: PlanCounts;
  /** `banqup-import status` only. */
  banqup?: { active: number; inactive: number; notFound: number };
}

/** How the run went, beyond the rows (an additive extra of the schema). */
export interface ImportRunInfo {
  readonly space?: { readonly id: string; readonly name: string };
  readonly durationMs: number;
  readonly stats?: Pick<ApiStats, 'calls' | 'retries' | 'rateLimited'>;
  readonly exitCode: number;
  /** The closing sentence (done, partial, interrupted …) and its code. */
  readonly result: { readonly code: string; readonly message: string };
}

/** The one document `--json` prints after an import, a dry run with credentials, or a status. */
export interface ImportJsonDocument {
  schemaVersion: 1;
  file: string;
  sheet: string;
  dryRun: boolean;
  summary: ImportJsonSummary;
  rows: ImportJsonRow[];
  notes: JsonNote[];
  space?: { id: string; name: string };
  run: { durationMs: number; api?: { calls: number; retries: number; rateLimited: number }; exitCode: number; result: { code: string; message: string } };
}

/** One issue as JSON, its message rendered in the user's language. */
export function importJsonIssue(issue: ImportIssue, render: Render): JsonIssue {
  return {
    column: issue.column,
    header: issue.header,
    field: issue.field,
    severity: issue.severity,
    code: issue.code,
    message: render(issue.messageCode, issue.params),
    value: issue.value,
  };
}

/** One row as `--json` and `--ndjson` print it; keys in the schema's order. */
export function importJsonRow(row: ImportRow, render: Render): ImportJsonRow {
  const base = jsonRow({ row: row.row, status: row.status === 'invalid' ? 'invalid' : 'valid', client: row.client, issues: [], changes: row.changes }, render);
  return {
    row: row.row,
    status: row.status,
    ...(row.clientId !== undefined && { clientId: row.clientId }),
    ...(row.banqupSpaceId !== undefined && { banqupSpaceId: row.banqupSpaceId }),
    ...(row.plan !== undefined && { plan: row.plan }),
    ...(row.conflicts !== undefined && { conflicts: [...row.conflicts] }),
    ...(row.banqup !== undefined && { banqup: row.banqup }),
    client: base.client,
    issues: row.issues.map((i) => importJsonIssue(i, render)),
    changes: base.changes,
  };
}

/** The whole document. */
export function buildImportJson(
  outcome: CheckOutcome,
  rows: readonly ImportRow[],
  summary: ImportJsonSummary,
  info: ImportRunInfo,
  render: Render,
): ImportJsonDocument {
  return {
    schemaVersion: 1,
    file: outcome.file,
    sheet: outcome.sheet,
    dryRun: outcome.dryRun,
    summary,
    rows: rows.map((r) => importJsonRow(r, render)),
    notes: outcome.notes.map((n) => ({ code: n.code, severity: n.severity, message: render(n.code, n.params) })),
    ...(info.space !== undefined && { space: { id: info.space.id, name: info.space.name } }),
    run: {
      durationMs: Math.round(info.durationMs),
      ...(info.stats !== undefined && { api: { calls: info.stats.calls, retries: info.stats.retries, rateLimited: info.stats.rateLimited } }),
      exitCode: info.exitCode,
      result: { ...info.result },
    },
  };
}

/** `--ndjson`'s last line. */
export function ndjsonSummaryLine(doc: ImportJsonDocument): string {
  return jsonForTerminal({ summary: doc.summary, notes: doc.notes, ...(doc.space !== undefined && { space: doc.space }), run: doc.run });
}
