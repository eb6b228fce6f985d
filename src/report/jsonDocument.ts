import type { ApiStats, Space } from '../api/types.js';
import type { RunResult } from '../engine/runResult.js';
import type { PlanCounts } from '../engine/summary.js';
import { draftFields } from '../domain/draftFields.js';
import type { BanqupLinks, BanqupState, ClientDraft, DocumentSharing, Issue, MessageParams, PlanAction, Row, RowStatus, Severity } from '../domain/types.js';
import { jsonForTerminal } from './sanitize.js';

/** A message renderer bound to the user's language. */
export type Render = (code: string, params: MessageParams) => string;

/** One problem of a row, as `--json` prints it. */
export interface JsonIssue {
  column: string;
  header: string;
  field: string;
  severity: Severity;
  code: string;
  message: string;
  value: string;
}

/** One normalisation of a row (an additive extra of the schema). */
export interface JsonChange {
  column: string;
  header: string;
  field: string;
  from: string;
  to: string;
}

/** One field of an update (decisions.md: `{"field", "from", "to"}`). */
export interface JsonFieldChange {
  field: string;
  from: string;
  to: string;
}

/** The client's normalised values with the API contract's field names (a copy, never the draft itself). */
export type JsonClient = ClientDraft & { documentSharing: DocumentSharing | null };

/** One row (decisions.md): a run that reached Banqup adds `clientId`, `banqupSpaceId`, `links`, a dry run's `plan`. */
export interface JsonRow {
  row: number;
  status: RowStatus;
  clientId?: string;
  banqupSpaceId?: string;
  /** An active client's links, as Banqup gave them (only on rows that have them). */
  links?: BanqupLinks;
  plan?: PlanAction;
  conflicts?: string[];
  /** `--update`, dry run: each field the update would change, Banqup's value and the sheet's. */
  updates?: JsonFieldChange[];
  /** `--update`: each field the update changed. */
  updated?: JsonFieldChange[];
  /** `status` only: what Banqup holds now. */
  banqup?: BanqupState;
  client: JsonClient | null;
  issues: JsonIssue[];
  changes: JsonChange[];
}

/** The counts of `--json`'s `summary`; the API counts stay 0 in an offline check, which has no `skipped`. */
export interface JsonSummary {
  rows: number;
  valid: number;
  invalid: number;
  /** Warning issues across all rows (not rows with warnings). */
  warnings: number;
  created: number;
  existing: number;
  provisioned: number;
  failed: number;
  skipped?: number;
  /** Runs with `--update` only. */
  updated?: number;
  plan?: PlanCounts | Omit<PlanCounts, 'update'>;
  /** `status` only. */
  banqup?: { active: number; inactive: number; notFound: number };
}

/** A file-level note (an additive extra of the schema). */
export interface JsonNote {
  code: string;
  severity: Severity;
  message: string;
}

/** How the run went beyond the rows (an additive extra of the schema, for runs that reached Banqup). */
export interface JsonRun {
  durationMs: number;
  api?: { calls: number; retries: number; rateLimited: number };
  exitCode: number;
  result: { code: string; message: string };
}

/**
 * The one document `--json` prints (decisions.md, "Output and exit codes"), for a check, a dry
 * run, an import and `status` alike; `schemaVersion` 1 grows only by additions.
 */
export interface JsonDocument {
  schemaVersion: 1;
  file: string;
  sheet: string;
  dryRun: boolean;
  summary: JsonSummary;
  rows: JsonRow[];
  notes: JsonNote[];
  space?: { id: string; name: string };
  /** Clients an earlier run created for rows no longer in the sheet (only when there are any). */
  leftBehind?: { row: number; name: string; clientId: string; banqup: BanqupState }[];
  run?: JsonRun;
}

/** What the document says of the run itself: its exit code and closing sentence. */
export interface RunVerdict {
  readonly exitCode: number;
  readonly result: { readonly code: string; readonly message: string };
}

/** The client as JSON: the contract's fields in its order, and sharing null rather than absent, so scripts see one shape. */
function jsonClient(client: ClientDraft): JsonClient {
  const fields = draftFields(client);
  return { ...fields, documentSharing: fields.documentSharing ?? null };
}

/** One issue as JSON, its message rendered in the user's language. */
export function jsonIssue(issue: Issue, render: Render): JsonIssue {
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

/** One row as `--json` and `--ndjson` print it, keys in the schema's order. Values stay exact: JSON escapes controls itself. */
export function jsonRow(row: Row, render: Render): JsonRow {
  return {
    row: row.row,
    status: row.status,
    ...(row.clientId !== undefined && { clientId: row.clientId }),
    ...(row.banqupSpaceId !== undefined && { banqupSpaceId: row.banqupSpaceId }),
    ...(row.links !== undefined && { links: { banqup: row.links.banqup, banqupFiles: row.links.banqupFiles } }),
    ...(row.plan !== undefined && { plan: row.plan }),
    ...(row.conflicts !== undefined && row.conflicts.length > 0 && { conflicts: [...row.conflicts] }),
    ...(row.updates !== undefined && { updates: row.updates.map(({ field, from, to }) => ({ field, from, to })) }),
    ...(row.updated !== undefined && { updated: row.updated.map(({ field, from, to }) => ({ field, from, to })) }),
    ...(row.banqup !== undefined && { banqup: row.banqup }),
    client: row.client ? jsonClient(row.client) : null,
    issues: row.issues.map((i) => jsonIssue(i, render)),
    changes: row.changes.map((c) => ({ column: c.column, header: c.header, field: c.field, from: c.from, to: c.to })),
  };
}

function jsonSummary(result: RunResult): JsonSummary {
  const s = result.summary;
  const base: JsonSummary = {
    rows: s.rows,
    valid: s.valid,
    invalid: s.invalid,
    warnings: s.warnings,
    created: s.created,
    existing: s.existing,
    provisioned: s.provisioned,
    failed: s.failed,
  };
  // A check never reached Banqup: its summary is the offline schema's, without `skipped`.
  if (result.mode === 'check') return base;
  // `update` counts are for runs that asked for updates; other runs keep the document they had.
  const plan = s.plan === undefined ? undefined : result.update === true ? { ...s.plan } : withoutUpdate(s.plan);
  return {
    ...base,
    skipped: s.skipped,
    ...(result.update === true && { updated: s.updated }),
    ...(plan !== undefined && { plan }),
    ...(s.banqup !== undefined && { banqup: { ...s.banqup } }),
  };
}

function withoutUpdate(plan: PlanCounts): Omit<PlanCounts, 'update'> {
  return { create: plan.create, existing: plan.existing, conflict: plan.conflict, duplicate: plan.duplicate };
}

function jsonApi(stats: ApiStats | undefined): Pick<JsonRun, 'api'> {
  return stats === undefined ? {} : { api: { calls: stats.calls, retries: stats.retries, rateLimited: stats.rateLimited } };
}

function jsonSpace(space: Space | undefined): Pick<JsonDocument, 'space'> {
  return space === undefined ? {} : { space: { id: space.id, name: space.name } };
}

/** The whole document of a run; a check (nothing sent) has no `space` and no `run`, and takes no verdict. */
export function buildJson(result: RunResult, verdict: RunVerdict | null, render: Render): JsonDocument {
  return {
    schemaVersion: 1,
    file: result.check.file,
    sheet: result.check.sheet.sheetName,
    dryRun: result.dryRun,
    summary: jsonSummary(result),
    rows: result.rows.map((r) => jsonRow(r, render)),
    notes: result.check.notes.map((n) => ({ code: n.code, severity: n.severity, message: render(n.code, n.params) })),
    ...(result.mode !== 'check' &&
      verdict !== null && {
      ...jsonSpace(result.space),
      ...(result.leftBehind !== undefined && result.leftBehind.length > 0 && { leftBehind: result.leftBehind.map((l) => ({ ...l })) }),
      run: { durationMs: Math.round(result.durationMs), ...jsonApi(result.stats), exitCode: verdict.exitCode, result: { ...verdict.result } },
    }),
  };
}

/** Rows per piece of `jsonDocumentText`: few writes, and no piece larger than a few hundred kB. */
const ROWS_PER_PIECE = 200;

/**
 * The `--json` document as `jsonForTerminal(buildJson(…), 2)` prints it, plus its final newline,
 * in pieces of a few rows each: the whole text of 10 000 rows and its copies took some 85 MB at
 * the end of an import (issue 15). Each row is laid out as it would be inside the document.
 */
export function* jsonDocumentText(result: RunResult, verdict: RunVerdict | null, render: Render): Generator<string> {
  // The summary comes from result.summary, not from the rows: the skeleton's is the document's.
  const skeleton = jsonForTerminal(buildJson({ ...result, rows: [] }, verdict, render), 2);
  // `"rows": []` at the top level, on a line of its own: inside a string a line break would be escaped.
  const marker = '\n  "rows": []';
  const at = skeleton.indexOf(marker) + marker.length - 1;
  if (result.rows.length === 0 || at < marker.length - 1) {
    yield `${skeleton}\n`;
    return;
  }
  let piece = skeleton.slice(0, at);
  for (let i = 0; i < result.rows.length; i++) {
    const row = jsonForTerminal(jsonRow(result.rows[i] as Row, render), 2).replace(/\n/g, '\n    ');
    piece += `${i === 0 ? '' : ','}\n    ${row}`;
    if ((i + 1) % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n  ${skeleton.slice(at)}\n`;
}

/** `--ndjson`'s last line: everything of the document but the rows, which were streamed. */
export function ndjsonSummaryLine(doc: JsonDocument): string {
  return jsonForTerminal({
    summary: doc.summary,
    notes: doc.notes,
    ...(doc.space !== undefined && { space: doc.space }),
    ...(doc.leftBehind !== undefined && { leftBehind: doc.leftBehind }),
    ...(doc.run !== undefined && { run: doc.run }),
  });
}

/** `--ndjson`: one row per line. */
export function ndjsonRowLine(row: Row, render: Render): string {
  return jsonForTerminal(jsonRow(row, render));
}
