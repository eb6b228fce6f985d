import { extname, resolve } from 'node:path';
import { colorsFor } from '../colors.js';
import { checkRows } from '../domain/checkRows.js';
import type { ColumnInfo } from '../domain/normaliseRow.js';
import type { CheckedRow, ColumnKey, Lang } from '../domain/types.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { COLUMNS } from '../input/columns.js';
import { readInput } from '../input/readInput.js';
import { readSheet, type SheetRead } from '../input/readSheet.js';
import { rendererFor } from '../messages.js';
import { buildCsvReport } from '../report/csvReport.js';
import { buildErrorWorkbook } from '../report/errorWorkbook.js';
import { renderIssueTable } from '../report/issueTable.js';
import { jsonForTerminal } from '../report/sanitize.js';
import { buildJsonDocument, toNdjsonLines, type CheckOutcome } from '../report/jsonDocument.js';
import { unwritableError, writeFileAtomically } from '../report/writeAtomically.js';
import { tableWidth } from '../report/tableWidth.js';
import type { ImportFlags } from './importFlags.js';
import { stopIfInterrupted } from './stopIfInterrupted.js';

/** Flags of the main command, as commander hands them over. */
export interface CheckFlags {
  readonly dryRun?: boolean;
  readonly sheet?: string;
  readonly json?: boolean;
  readonly ndjson?: boolean;
  readonly report?: string;
  readonly lang?: Lang;
  readonly maxRows: number;
  readonly color?: boolean;
}

/** The API field and template letter of every column, as the pure row checker takes them. */
export const COLUMN_INFO = Object.fromEntries(
  COLUMNS.map((c) => [c.key, { field: c.field, label: c.label.en, letter: c.letter, required: c.required }]),
) as Record<ColumnKey, ColumnInfo>;

/** What the offline half produced: everything the import needs to go on. */
export interface OfflineCheck {
  readonly sheet: SheetRead;
  readonly outcome: CheckOutcome;
  readonly rows: readonly CheckedRow[];
}

/** Reads and checks the sheet; throws InputError for files that cannot be read as a client sheet. */
export async function checkFile(file: string, flags: CheckFlags, io: Io): Promise<OfflineCheck> {
  const bytes = await readInput(file, io);
  const sheet = readSheet(bytes, flags.sheet === undefined ? { maxRows: flags.maxRows } : { sheet: flags.sheet, maxRows: flags.maxRows });
  const places = Object.fromEntries(
    Object.entries(sheet.columns).map(([key, c]) => [key, { letter: c.letter, header: c.header }]),
  ) as Partial<Record<ColumnKey, { letter: string; header: string }>>;
  const rows = checkRows(sheet.rows, places, COLUMN_INFO);
  const outcome: CheckOutcome = {
    file,
    sheet: sheet.sheetName,
    headerRow: sheet.headerRow,
    dryRun: flags.dryRun === true,
    rows,
    notes: sheet.notes.map((n) => ({ code: n.code, severity: n.severity, params: n.params ?? {} })),
  };
  return { sheet, outcome, rows };
}

/** Checks that the flags make sense together before any file is read. */
export function assertCheckFlags(flags: CheckFlags, file: string | undefined): asserts file is string {
  if (file === undefined) throw new UsageError('usage.no_file');
  if (flags.json && flags.ndjson) throw new UsageError('usage.json_and_ndjson');
  if (flags.report !== undefined && !['.xlsx', '.csv', '.json'].includes(extname(flags.report).toLowerCase())) {
    throw new UsageError('usage.report_extension', { path: flags.report });
  }
}

/** Writes --report, then prints the check's product on stdout (table, JSON or NDJSON). */
export async function publishCheck(check: OfflineCheck, flags: CheckFlags, io: Io, lang: Lang, nextStep: 'dry-run' | 'import'): Promise<void> {
  const render = rendererFor(lang);
  const { outcome } = check;
  // The report first: when it cannot be written (exit 2), stdout holds nothing a script could
  // take for a finished check.
  if (flags.report !== undefined) await writeReport(check, flags.report, io, lang);
  if (flags.json) {
    io.stdout.write(`${jsonForTerminal(buildJsonDocument(outcome, render), 2)}\n`);
  } else if (flags.ndjson) {
    for (const line of toNdjsonLines(buildJsonDocument(outcome, render))) io.stdout.write(`${line}\n`);
  } else {
    const color = colorsFor(flags.color, io.stdout, io.env);
    io.stdout.write(renderIssueTable(outcome, { render, lang, width: tableWidth(io), color, nextStep }));
  }
}

async function writeReport(check: OfflineCheck, report: string, io: Io, lang: Lang): Promise<void> {
  const render = rendererFor(lang);
  const path = resolve(io.cwd, report);
  const refuse = check.outcome.file === '-' ? [] : [resolve(io.cwd, check.outcome.file)];
  const kind = extname(report).toLowerCase();
  const data =
    kind === '.xlsx'
      ? buildErrorWorkbook({
          workbook: check.sheet.workbook,
          sheetName: check.sheet.sheetName,
          headerRow: check.sheet.headerRow,
          rows: check.rows,
          render,
          lang,
        })
      : kind === '.csv'
        ? buildCsvReport(check.outcome, render, lang)
        : `${jsonForTerminal(buildJsonDocument(check.outcome, render), 2)}\n`;
  await writeFileAtomically(path, data, { refuse }).catch((error: unknown) => {
    throw unwritableError(error, report);
  });
}

/**
 * `banqup-import FILE [--dry-run]`: the offline check, then, when there is something to send (or
 * a dry run with credentials to make the read-only checks), the import.
 */
export async function runCheck(file: string | undefined, flags: ImportFlags, io: Io, lang: Lang): Promise<number> {
  assertCheckFlags(flags, file);
  const check = await checkFile(file, flags, io);
  // Ctrl-C while the sheet was read and checked: stop here, before printing or sending anything.
  await stopIfInterrupted(io, 'run.interrupted_before');
  const hasErrors = check.rows.some((r) => r.status === 'invalid');
  const hasCredentials = Boolean(io.env.BANQUP_CLIENT_ID && io.env.BANQUP_CLIENT_SECRET);
  const online = (!flags.dryRun || hasCredentials) && (!hasErrors || flags.skipInvalid === true);
  if (online && check.rows.some((r) => r.status === 'valid')) {
    if (!hasCredentials) {
      await publishCheck(check, flags, io, lang, 'import');
      throw new UsageError('credentials.missing');
    }
    // --report holds the sheet's problems: an online run (import, or dry run with credentials)
    // writes it too, before anything is sent, so that an unwritable path stops the run first.
    if (flags.report !== undefined) await writeReport(check, flags.report, io, lang);
    // The online half (HTTP client, engine) loads only when it runs: a dry run without
    // credentials, the common case at the desk, does not pay for it.
    const { runImport } = await import('./import.js');
    return runImport(check, flags, io, lang);
  }
  await publishCheck(check, flags, io, lang, flags.dryRun ? 'dry-run' : 'import');
  // No client rows at all is not a clean check: most likely the wrong file or sheet, so scripts
  // must not read it as success (exit 2); the output above says what to do.
  if (check.rows.length === 0) return EXIT.usage;
  return hasErrors ? EXIT.validation : EXIT.ok;
}
