import { extname, resolve } from 'node:path';
import { colorsFor } from '../colors.js';
import type { Lang } from '../domain/types.js';
import type { Io } from '../io.js';
import { rendererFor } from '../messages.js';
import { formatDuration } from '../report/formatDuration.js';
import { renderIssueTable } from '../report/issueTable.js';
import { buildImportJson, importJsonRow, ndjsonSummaryLine, type ImportJsonSummary, type ImportRunInfo } from '../report/importJson.js';
import type { ImportRow, SheetPlaces } from '../report/importRow.js';
import { renderImportTable, type ImportTableRow, type RowTone } from '../report/importTable.js';
import { jsonForTerminal } from '../report/sanitize.js';
import type { Render } from '../report/jsonDocument.js';
import { buildResultsCsv, buildResultsWorkbook } from '../report/resultsFile.js';
import { tableWidth } from '../report/tableWidth.js';
import { writeFileAtomically } from '../report/writeAtomically.js';
import type { OfflineCheck } from './check.js';

/** Which table: the import's statuses, a dry run's plan, or what Banqup holds (status). */
export type RunView = 'import' | 'plan' | 'status';

/** Everything the final product is made from. */
export interface RunReport {
  readonly check: OfflineCheck;
  readonly places: SheetPlaces;
  readonly rows: readonly ImportRow[];
  readonly summary: ImportJsonSummary;
  readonly info: ImportRunInfo;
  readonly view: RunView;
}

/** Output flags shared by the import and status. */
export interface OutputFlags {
  readonly json?: boolean;
  readonly ndjson?: boolean;
  readonly color?: boolean;
  readonly results?: string;
}

const TONE_OF_STATUS: Readonly<Record<string, RowTone>> = {
  provisioned: 'ok',
  existing: 'ok',
  created: 'warning',
  skipped: 'warning',
  failed: 'error',
  invalid: 'error',
  valid: 'plain',
};
const TONE_OF_PLAN: Readonly<Record<string, RowTone>> = { create: 'plain', existing: 'ok', conflict: 'error', duplicate: 'error' };
const TONE_OF_BANQUP: Readonly<Record<string, RowTone>> = { active: 'ok', inactive: 'warning', 'not-found': 'plain' };

function stateOf(row: ImportRow, view: RunView, render: Render): { state: string; tone: RowTone } {
  if (row.status !== 'invalid' && view === 'plan' && row.plan !== undefined) {
    return { state: render(`plan.word.${row.plan}`, {}), tone: TONE_OF_PLAN[row.plan] ?? 'plain' };
  }
  if (row.status !== 'invalid' && view === 'status' && row.banqup !== undefined) {
    return { state: render(`banqup.word.${row.banqup}`, {}), tone: TONE_OF_BANQUP[row.banqup] ?? 'plain' };
  }
  return { state: render(`status.${row.status}`, {}), tone: TONE_OF_STATUS[row.status] ?? 'plain' };
}

/** The table's rows: online problems under each row; an invalid row points at the check report above. */
export function tableRows(report: RunReport, render: Render): ImportTableRow[] {
  return report.rows.map((row) => {
    const { state, tone } = stateOf(row, report.view, render);
    const online = row.issues.filter((i) => i.origin === 'banqup');
    const messages = online.map((i) => (i.column === '' ? '' : `${i.column} ${i.header}: `) + render(i.messageCode, i.params));
    const sheetErrors = row.issues.some((i) => i.origin === 'sheet' && i.severity === 'error');
    if (sheetErrors && report.view !== 'status') messages.unshift(render('run.invalid_row', {}));
    const name = row.client?.legalName ?? report.places.rawRows.get(row.row)?.cells.legalName?.typed ?? '';
    return { row: row.row, name, state, tone, ...(row.clientId !== undefined && { clientId: row.clientId }), messages };
  });
}

const IMPORT_COUNTS = ['provisioned', 'existing', 'created', 'failed', 'skipped', 'invalid'] as const;
const PLAN_COUNTS = ['create', 'existing', 'conflict', 'duplicate'] as const;

/** "12 rows: 10 provisioned, 2 failed." — zero counts left out. */
export function totalsLine(report: RunReport, render: Render): string {
  const s = report.summary;
  let parts: string[];
  if (report.view === 'plan' && s.plan !== undefined) {
    const plan = s.plan;
    parts = PLAN_COUNTS.filter((k) => plan[k] > 0).map((k) => render(`count.plan.${k}`, { n: plan[k] }));
    if (s.invalid > 0) parts.push(render('count.invalid', { n: s.invalid }));
  } else if (report.view === 'status') {
    parts = (['valid', 'invalid'] as const).filter((k) => s[k] > 0).map((k) => render(`count.${k}`, { n: s[k] }));
  } else {
    parts = IMPORT_COUNTS.filter((k) => s[k] > 0).map((k) => render(`count.${k}`, { n: s[k] }));
  }
  return render('count.line', { rows: render('count.rows', { n: s.rows }), parts: parts.join(', ') });
}

/** Prints the product on stdout (table, JSON, or the NDJSON summary line) and writes `--results`. */
export async function publishRun(report: RunReport, flags: OutputFlags, io: Io, lang: Lang): Promise<void> {
  const render = rendererFor(lang);
  const doc = buildImportJson(report.check.outcome, report.rows, report.summary, report.info, render);
  if (flags.json) {
    io.stdout.write(`${jsonForTerminal(doc, 2)}\n`);
  } else if (flags.ndjson) {
    io.stdout.write(`${ndjsonSummaryLine(doc)}\n`);
  } else {
    const color = colorsFor(flags.color, io.stdout, io.env);
    const width = tableWidth(io);
    const outcome = report.check.outcome;
    const offline = outcome.rows.some((r) => r.issues.length > 0 || r.changes.length > 0) || outcome.notes.length > 0;
    if (offline) io.stdout.write(`${renderIssueTable(outcome, { render, lang, width, color, nextStep: 'none' })}\n`);
    const heading = render(report.view === 'plan' ? 'word.heading_plan' : report.view === 'status' ? 'word.heading_status' : 'word.heading_import', {
      space: report.info.space?.name || report.info.space?.id || '',
    });
    const stats = report.info.stats;
    const footer = [totalsLine(report, render)];
    if (stats !== undefined) {
      footer.push(render('run.stats', { time: formatDuration(report.info.durationMs), calls: stats.calls, retries: stats.retries, rateLimited: stats.rateLimited }));
    }
    footer.push(report.info.result.message);
    io.stdout.write(
      renderImportTable({
        heading,
        headers: {
          row: render('word.row', {}),
          client: render('word.client', {}),
          state: render(report.view === 'plan' ? 'word.plan' : report.view === 'status' ? 'word.in_banqup' : 'word.status', {}),
          clientId: render('word.client_id', {}),
        },
        rows: tableRows(report, render),
        footer,
        footerTone: report.info.exitCode === 0 ? 'ok' : 'error',
        width,
        color,
      }),
    );
  }
  if (flags.results !== undefined) await writeResults(report, doc, flags.results, io, lang, render);
}

async function writeResults(report: RunReport, doc: unknown, file: string, io: Io, lang: Lang, render: Render): Promise<void> {
  const path = resolve(io.cwd, file);
  const input = report.check.outcome.file;
  const refuse = input === '-' ? [] : [resolve(io.cwd, input)];
  const kind = extname(file).toLowerCase();
  const data =
    kind === '.xlsx'
      ? buildResultsWorkbook(report.rows, render, lang)
      : kind === '.csv'
        ? buildResultsCsv(report.rows, render, lang)
        : `${jsonForTerminal(doc, 2)}\n`;
  await writeFileAtomically(path, data, { refuse });
}

/** `--ndjson`: one row per line, as it finishes. */
export function ndjsonRowLine(row: ImportRow, render: Render): string {
  return jsonForTerminal(importJsonRow(row, render));
}
