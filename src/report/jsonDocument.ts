import type { BanqupLanguage, CheckedRow, ClientDraft, MessageParams, RowIssue, RowStatus, Severity } from '../domain/types.js';
import { jsonForTerminal } from './sanitize.js';

/** What an offline check produced, as every report writer takes it. */
export interface CheckOutcome {
  /** The file as the user gave it; `-` for standard input. */
  readonly file: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly dryRun: boolean;
  readonly rows: readonly CheckedRow[];
  /** File-level findings (extra columns ignored …), not tied to a row. */
  readonly notes: readonly { readonly code: string; readonly severity: Severity; readonly params: MessageParams }[];
}

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

/** The client's normalised values with the API contract's field names (a copy, never the draft itself). */
export interface JsonClient {
  legalName: string;
  address: { street: string; postalCode: string; city: string; country: string };
  companyNumber: string | null;
  vatNumber: string | null;
  iban: string;
  bic: string | null;
  language: BanqupLanguage;
  contact: { name: string; email: string; language: BanqupLanguage };
  assigneeEmails: string[];
  externalReference: string | null;
}

/** One row; the import adds `clientId`, `banqupSpaceId` and the dry run's `plan` later (decisions.md). */
export interface JsonRow {
  row: number;
  status: RowStatus;
  clientId?: string;
  banqupSpaceId?: string;
  plan?: 'create' | 'existing' | 'conflict' | 'duplicate';
  conflicts?: string[];
  client: JsonClient | null;
  issues: JsonIssue[];
  changes: JsonChange[];
}

/** The counts of `--json`'s `summary`; the API counts stay 0 in an offline check. */
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
}

/** A file-level note (an additive extra of the schema). */
export interface JsonNote {
  code: string;
  severity: Severity;
  message: string;
}

/** The one document `--json` prints (decisions.md, "Output and exit codes"). */
export interface JsonDocument {
  schemaVersion: 1;
  file: string;
  sheet: string;
  dryRun: boolean;
  summary: JsonSummary;
  rows: JsonRow[];
  notes: JsonNote[];
}

function jsonClient(c: ClientDraft): JsonClient {
  // Built field by field so that the schema's order holds and nothing internal leaks out.
  return {
    legalName: c.legalName,
    address: { street: c.address.street, postalCode: c.address.postalCode, city: c.address.city, country: c.address.country },
    companyNumber: c.companyNumber,
    vatNumber: c.vatNumber,
    iban: c.iban,
    bic: c.bic,
    language: c.language,
    contact: { name: c.contact.name, email: c.contact.email, language: c.contact.language },
    assigneeEmails: [...c.assigneeEmails],
    externalReference: c.externalReference,
  };
}

/** One issue as JSON, its message rendered in the user's language. */
export function jsonIssue(issue: RowIssue, render: Render): JsonIssue {
  return {
    column: issue.column,
    header: issue.header,
    field: issue.field,
    severity: issue.severity,
    code: issue.code,
    message: render(issue.code, issue.params),
    value: issue.value,
  };
}

/** One checked row as `--json` and `--ndjson` print it. Values stay exact: JSON escapes controls itself. */
export function jsonRow(row: CheckedRow, render: Render): JsonRow {
  return {
    row: row.row,
    status: row.status,
    client: row.client ? jsonClient(row.client) : null,
    issues: row.issues.map((i) => jsonIssue(i, render)),
    changes: row.changes.map((c) => ({ column: c.column, header: c.header, field: c.field, from: c.from, to: c.to })),
  };
}

/** Counts for the summary of an offline check. */
export function jsonSummary(rows: readonly CheckedRow[]): JsonSummary {
  let valid = 0;
  let warnings = 0;
  for (const r of rows) {
    if (r.status === 'valid') valid++;
    for (const i of r.issues) if (i.severity === 'warning') warnings++;
  }
  return { rows: rows.length, valid, invalid: rows.length - valid, warnings, created: 0, existing: 0, provisioned: 0, failed: 0 };
}

/** The whole `--json` document of an offline check. */
export function buildJsonDocument(outcome: CheckOutcome, render: Render): JsonDocument {
  return {
    schemaVersion: 1,
    file: outcome.file,
    sheet: outcome.sheet,
    dryRun: outcome.dryRun,
    summary: jsonSummary(outcome.rows),
    rows: outcome.rows.map((r) => jsonRow(r, render)),
    notes: outcome.notes.map((n) => ({ code: n.code, severity: n.severity, message: render(n.code, n.params) })),
  };
}

/** `--ndjson`: one row object per line, then `{"summary": …, "notes": […]}`; no trailing newlines. */
export function toNdjsonLines(doc: JsonDocument): string[] {
  return [...doc.rows.map((r) => jsonForTerminal(r)), jsonForTerminal({ summary: doc.summary, notes: doc.notes })];
}
