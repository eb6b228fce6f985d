import type { ColorFns } from '../colors.js';
import type { Lang, Row } from '../domain/types.js';
import type { RunMode, RunResult } from '../engine/runResult.js';
import { fieldChangeLines } from './fieldChangeLines.js';
import { formatDuration } from './formatDuration.js';
import { renderImportTable, type ImportTableRow, type RowTone } from './importTable.js';
import { renderIssueTable } from './issueTable.js';
import { rowRanges } from './rowRanges.js';
import type { Render, RunVerdict } from './jsonDocument.js';
import { sanitizeForTerminal, wrapToWidth } from './sanitize.js';
import { typedOf } from '../domain/sheetCell.js';
import { concatAll } from './largeLists.js';

/** How the human product is laid out: language, width and colours, decided by the config. */
export interface RunTableOptions {
  readonly render: Render;
  readonly lang: Lang;
  readonly width: number;
  readonly color: ColorFns;
}

const TONE_OF_STATUS: Readonly<Record<string, RowTone>> = {
  provisioned: 'ok',
  existing: 'ok',
  updated: 'ok',
  created: 'warning',
  skipped: 'warning',
  failed: 'error',
  invalid: 'error',
  valid: 'plain',
};
const TONE_OF_PLAN: Readonly<Record<string, RowTone>> = { create: 'plain', existing: 'ok', update: 'plain', conflict: 'error', duplicate: 'error' };
const TONE_OF_BANQUP: Readonly<Record<string, RowTone>> = { active: 'ok', inactive: 'warning', 'not-found': 'plain' };

function stateOf(row: Row, mode: RunMode, render: Render): { state: string; tone: RowTone } {
  if (row.status !== 'invalid' && mode === 'plan' && row.plan !== undefined) {
    return { state: render(`plan.word.${row.plan}`, {}), tone: TONE_OF_PLAN[row.plan] ?? 'plain' };
  }
  if (row.status !== 'invalid' && mode === 'status' && row.banqup !== undefined) {
    return { state: render(`banqup.word.${row.banqup}`, {}), tone: TONE_OF_BANQUP[row.banqup] ?? 'plain' };
  }
  return { state: render(`status.${row.status}`, {}), tone: TONE_OF_STATUS[row.status] ?? 'plain' };
}

/** A row the run stopped before: not sent, nothing to say about it but that (listed once, as a range). */
function notReached(row: Row): boolean {
  return row.status === 'skipped' && row.issues.some((i) => i.code === 'run.not_reached');
}

/**
 * The table's rows: problems found in Banqup under each row; an invalid row points at the check
 * report above. Rows the run never reached are left out: one line under the table names them.
 */
export function tableRows(result: Pick<RunResult, 'rows' | 'mode'> & { readonly check?: RunResult['check'] }, render: Render, lang: Lang = 'en'): ImportTableRow[] {
  return result.rows.filter((row) => !notReached(row)).map((row) => {
    const { state, tone } = stateOf(row, result.mode, render);
    const online = row.issues.filter((i) => i.origin === 'banqup');
    const messages = online.map((i) => (i.column === '' ? '' : `${i.column} ${i.header}: `) + render(i.messageCode, i.params));
    const sheetErrors = row.issues.some((i) => i.origin === 'sheet' && i.severity === 'error');
    if (sheetErrors && result.mode !== 'status') messages.unshift(render('run.invalid_row', {}));
    // --update: each field old → new, what a dry run would change and what an import changed.
    const changes = row.updated ?? (result.mode === 'plan' ? row.updates : undefined);
    if (changes !== undefined) messages.push(...fieldChangeLines(changes, result.check?.sheet.columns ?? {}, render, lang));
    const name = row.client?.legalName ?? typedOf(row.cells.legalName);
    return { row: row.row, name, state, tone, ...(row.clientId !== undefined && { clientId: row.clientId }), messages };
  });
}

const IMPORT_COUNTS = ['provisioned', 'existing', 'updated', 'created', 'failed', 'skipped', 'not_sent', 'invalid'] as const;
const PLAN_COUNTS = ['create', 'existing', 'update', 'conflict', 'duplicate'] as const;

/** "12 rows: 10 provisioned, 2 failed." — zero counts left out. */
export function totalsLine(result: Pick<RunResult, 'summary' | 'mode' | 'rows'> & Partial<Pick<RunResult, 'check'>>, render: Render): string {
  const s = result.summary;
  let parts: string[];
  if (result.mode === 'plan' && s.plan !== undefined) {
    const plan = s.plan;
    parts = PLAN_COUNTS.filter((k) => plan[k] > 0).map((k) => render(`count.plan.${k}`, { n: plan[k] }));
    if (s.invalid > 0) parts.push(render('count.invalid', { n: s.invalid }));
  } else if (result.mode === 'status') {
    parts = (['valid', 'invalid'] as const).filter((k) => s[k] > 0).map((k) => render(`count.${k}`, { n: s[k] }));
  } else {
    // Rows never reached are "not sent", apart from rows skipped on purpose (conflicts, duplicates).
    const notSent = result.rows.filter(notReached).length;
    const counts: Record<(typeof IMPORT_COUNTS)[number], number> = {
      provisioned: s.provisioned,
      existing: s.existing,
      updated: s.updated,
      created: s.created,
      failed: s.failed,
      skipped: s.skipped - notSent,
      not_sent: notSent,
      invalid: s.invalid,
    };
    parts = IMPORT_COUNTS.filter((k) => counts[k] > 0).map((k) => render(`count.${k}`, { n: counts[k] }));
  }
  // A listing of the space (status or activate without a sheet) counts clients, not rows.
  const space = result.check?.file === '';
  if (space && result.mode === 'status') parts = [];
  return render('count.line', { rows: render(space ? 'count.clients' : 'count.rows', { n: s.rows }), parts: parts.join(', ') });
}

const HEADINGS: Readonly<Record<Exclude<RunMode, 'check'>, { heading: string; state: string }>> = {
  plan: { heading: 'word.heading_plan', state: 'word.plan' },
  import: { heading: 'word.heading_import', state: 'word.status' },
  status: { heading: 'word.heading_status', state: 'word.in_banqup' },
};

/**
 * The one human product of a run, for stdout. A check: the sheet's report (problems, changes,
 * totals, next step). A run that reached Banqup: that report when the sheet had anything to say,
 * then one line per row with its state and client id, the totals, the figures and the closing
 * sentence. Every value is sanitised and every line fits the width. Ends with a newline.
 */
export function renderRunTable(result: RunResult, verdict: RunVerdict, opts: RunTableOptions): string {
  const { render, lang, width, color } = opts;
  if (result.mode === 'check') {
    // A clean sheet about to be sent has no "next step" to tell; a dry run or a stopped run has.
    const nextStep = result.dryRun && result.fatal === null ? 'dry-run' : 'import';
    return renderIssueTable(result.check, { render, lang, width, color, nextStep });
  }
  const check = result.check;
  const sheetSaid = check.rows.some((r) => r.issues.some((i) => i.origin === 'sheet') || r.changes.length > 0) || check.notes.length > 0;
  // status is about Banqup: what the sheet itself says is a count, and the dry run shows it.
  const offline = sheetSaid && result.mode !== 'status' ? `${renderIssueTable(check, { render, lang, width, color, nextStep: 'none' })}\n` : '';
  const words = HEADINGS[result.mode];
  const unreached = result.rows.filter(notReached).map((r) => r.row);
  const footer = unreached.length > 0 ? [render('run.not_reached_rows', { n: unreached.length, rows: rowRanges(unreached) })] : [];
  if (result.mode === 'status') footer.push(...sheetCounts(result, render));
  footer.push(totalsLine(result, render));
  const stats = result.stats;
  if (stats !== undefined) {
    footer.push(render('run.stats', { time: formatDuration(result.durationMs, lang), calls: stats.calls, retries: stats.retries, rateLimited: stats.rateLimited }));
  }
  footer.push(verdict.result.message);
  return (
    offline +
    renderImportTable({
      heading: render(result.heading ?? words.heading, { space: result.space?.name || result.space?.id || '' }),
      headers: {
        row: render('word.row', {}),
        client: render('word.client', {}),
        state: render(words.state, {}),
        clientId: render('word.client_id', {}),
      },
      rows: tableRows(result, render, lang),
      footer,
      footerTone: verdict.exitCode === 0 ? 'ok' : 'error',
      width,
      color,
    }) +
    leftBehindLines(result, opts)
  );
}

/** `status`: how many errors and warnings the sheet has, and where to see them. */
function sheetCounts(result: RunResult, render: Render): string[] {
  const issues = concatAll(result.check.rows, (r) => r.issues);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors + result.check.notes.length;
  if (errors + warnings === 0) return [];
  return [render('status.sheet_counts', { errors, warnings, file: result.check.file })];
}

/** The clients an earlier run created for rows no longer in the sheet, so that the firm can deal with them. */
function leftBehindLines(result: RunResult, { render, width, color }: RunTableOptions): string {
  const left = result.leftBehind ?? [];
  if (left.length === 0) return '';
  const lines = wrapToWidth(sanitizeForTerminal(render('run.left_behind', { n: left.length })), width).map((line) => color.yellow(line));
  for (const client of left) {
    const state = render(`banqup.word.${client.banqup}`, {});
    const text = sanitizeForTerminal(render('run.left_behind_row', { row: client.row, name: client.name, clientId: client.clientId, state }));
    lines.push(...wrapToWidth(text, width - 4).map((line, i) => (i === 0 ? '  - ' : '    ') + line));
  }
  return `\n${lines.join('\n')}\n`;
}
