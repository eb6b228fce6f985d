import { extname, resolve } from 'node:path';
import type { BanqupApi } from '../api/types.js';
import type { CheckedRow, Lang } from '../domain/types.js';
import { executePlan, type ExecuteResult } from '../engine/executePlan.js';
import { exitCodeForRun } from '../engine/exitCodeForRun.js';
import { journalPath, openJournal, readJournal, type Journal, type JournalEntry, type ParsedJournal } from '../engine/journal.js';
import { preflight, type PreflightResult } from '../engine/preflight.js';
import type { RowOutcome } from '../engine/rowOutcome.js';
import { planProblems } from '../engine/rowProblems.js';
import { acquireRunLock, type RunLock } from '../engine/runLock.js';
import { countPlan, countRows, tallyRows, type RowTally } from '../engine/summary.js';
import { AuthError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { renderMessage, rendererFor } from '../messages.js';
import type { ImportJsonSummary } from '../report/importJson.js';
import { importRowFrom, rawRowIndex, type ImportRow, type SheetPlaces } from '../report/importRow.js';
import type { Render } from '../report/jsonDocument.js';
import { createProgressReporter, progressMode, type ProgressReporter } from '../report/progressReporter.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import { assertOutputPath } from '../report/assertWritablePath.js';
import { apiFromFlags } from './apiFromFlags.js';
import { publishCheck, type OfflineCheck } from './check.js';
import type { ImportFlags } from './importFlags.js';
import { ndjsonRowLine, publishRun } from './importOutput.js';

/** Refuses a `--results` file the tool cannot write, before anything is sent. */
export function assertResultsFlag(results: string | undefined, cwd: string): void {
  if (results !== undefined && !['.csv', '.xlsx', '.json'].includes(extname(results).toLowerCase())) {
    throw new UsageError('usage.results_extension', { path: results });
  }
  // A device, FIFO or folder there (issue 11): said now, not after the import.
  if (results !== undefined) assertOutputPath(resolve(cwd, results));
}

/**
 * The online half of `banqup-import FILE` (and of `--dry-run` with credentials): pre-flight,
 * plan, then — unless it is a dry run — create and provision, resumably; prints the product and
 * returns the exit code (decisions.md).
 */
export async function runImport(check: OfflineCheck, flags: ImportFlags, io: Io, lang: Lang): Promise<number> {
  assertResultsFlag(flags.results, io.cwd);
  const startedAt = Date.now();
  const render = rendererFor(lang);
  const mode = progressMode(io, flags);
  const reporter = createProgressReporter({ stream: io.stderr, mode, render });
  const places: SheetPlaces = { columns: check.sheet.columns, rawRows: rawRowIndex(check.sheet.rows) };
  const checkedByRow = new Map(check.rows.map((r) => [r.row, r]));
  const streamed = new Set<number>();
  const stream = (row: ImportRow): void => {
    if (!flags.ndjson || streamed.has(row.row)) return;
    streamed.add(row.row);
    io.stdout.write(`${ndjsonRowLine(row, render)}\n`);
  };
  const warn = (code: string, params: Record<string, string | number>): void =>
    reporter.warn(`banqup-import: ${sanitizeForTerminal(render(code, params))}`);

  const file = journalPath(check.outcome.file, { cwd: io.cwd, ...(flags.stateDir !== undefined && { stateDir: flags.stateDir }) });
  let api: BanqupApi | null = null;
  let lock: RunLock | null = null;
  let journal: Journal | null = null;
  try {
    api = apiFromFlags(flags, io, (event) => reporter.onApiEvent(event));
    // A dry run writes nothing: no lock, no journal; it only reads what an earlier run left.
    let loaded: ParsedJournal;
    if (flags.dryRun) {
      loaded = flags.restart ? { entries: [], ignoredLines: 0 } : readJournal(file);
    } else {
      lock = acquireRunLock(file);
      if (lock.tookOver !== undefined) warn('lock.took_over', { pid: lock.tookOver === 'unreadable' ? '?' : lock.tookOver.pid });
      journal = openJournal(file, { restart: flags.restart === true });
      if (journal.previousPath !== undefined) warn('journal.restarted', { path: journal.previousPath });
      loaded = journal.loaded;
    }
    if (loaded.ignoredLines > 0) warn('journal.ignored_lines', { n: loaded.ignoredLines });
    if (loaded.entries.length > 0 && mode !== 'silent') warn('journal.resuming', { path: file });

    const valid = check.rows.filter((r): r is CheckedRow & { client: NonNullable<CheckedRow['client']> } => r.status === 'valid' && r.client !== null);
    let pre: PreflightResult;
    try {
      pre = await preflight({
        api,
        ...(flags.space !== undefined && { spaceId: flags.space }),
        rows: valid.map((r) => ({ row: r.row, draft: r.client })),
        journal: loaded.entries as JournalEntry[],
        concurrency: flags.concurrency,
        ...(io.signal !== undefined && { signal: io.signal }),
        onEvent: (event) => reporter.onEvent(event),
      });
    } catch (error) {
      // Nothing was sent: the check's own report, then the reason (printed by main's exit funnel).
      reporter.stop();
      await publishCheck(check, flags, io, lang, 'import');
      throw error;
    }
    for (const row of check.rows) if (row.status === 'invalid') stream(importRowFrom(row, undefined, places));

    let outcomes: Map<number, RowOutcome>;
    let run: ExecuteResult | null = null;
    if (flags.dryRun) {
      outcomes = new Map(pre.plan.map((p) => [p.row, dryRunOutcome(p, pre)]));
    } else {
      run = await executePlan({
        api,
        spaceId: pre.space.id,
        plan: pre.plan,
        preflightProblems: pre.problems,
        journal,
        ...(io.signal !== undefined && { signal: io.signal }),
        concurrency: flags.concurrency,
        batchSize: flags.batchSize,
        onEvent: (event) => {
          reporter.onEvent(event);
          const checked = event.type === 'row-done' ? checkedByRow.get(event.outcome.row) : undefined;
          if (event.type === 'row-done' && checked !== undefined) stream(importRowFrom(checked, event.outcome, places));
        },
      });
      outcomes = new Map(run.rows.map((o) => [o.row, o]));
    }
    reporter.stop();
    if (run?.fatal) io.stderr.write(`banqup-import: ${sanitizeForTerminal(renderMessage(run.fatal.code, run.fatal.params, lang))}\n`);

    const rows = check.rows.map((r) => importRowFrom(r, r.status === 'valid' ? outcomes.get(r.row) : undefined, places));
    for (const row of rows) stream(row);
    const counts = countRows(rows);
    const summary: ImportJsonSummary = { ...counts, ...(flags.dryRun && { plan: countPlan(rows) }) };
    const fatal = run?.fatal ? (run.fatal instanceof AuthError ? 'auth' : 'unavailable') : null;
    const tally = tallyRows(rows);
    const exitCode = exitCodeForRun({
      dryRun: flags.dryRun === true,
      interrupted: run?.interrupted === true,
      fatal,
      counts,
      left: tally.left,
      ...(summary.plan !== undefined && { plan: summary.plan }),
    });
    const stats = api.stats();
    await publishRun(
      {
        check,
        places,
        rows,
        summary,
        view: flags.dryRun ? 'plan' : 'import',
        info: {
          space: { id: pre.space.id, name: pre.space.name },
          durationMs: Date.now() - startedAt,
          stats,
          exitCode,
          result: closingSentence(exitCode, summary, tally, flags.dryRun === true, fatal !== null, render),
        },
      },
      flags,
      io,
      lang,
    );
    return exitCode;
  } finally {
    reporter.stop();
    journal?.close();
    lock?.release();
    await api?.close();
  }
}

/** A dry run's row: its plan and what the pre-flight found; an unknown register number makes it invalid. */
function dryRunOutcome(planned: PreflightResult['plan'][number], pre: PreflightResult): RowOutcome {
  const problems = [...(pre.problems.get(planned.row) ?? []), ...planProblems(planned)];
  const unknownNumber = (pre.problems.get(planned.row) ?? []).some((p) => p.severity === 'error');
  return {
    row: planned.row,
    status: unknownNumber ? 'invalid' : 'valid',
    plan: planned.action,
    ...(planned.conflicts.length > 0 && { conflicts: planned.conflicts }),
    ...(planned.existing !== null && { clientId: planned.existing.id }),
    ...(planned.existing?.banqupSpaceId && { banqupSpaceId: planned.existing.banqupSpaceId }),
    problems,
  };
}

/** The last line of the product: done, what needs attention, or how to resume. */
export function closingSentence(
  exitCode: number,
  summary: ImportJsonSummary,
  { done, left }: RowTally,
  dryRun: boolean,
  stoppedByError: boolean,
  render: Render,
): { code: string; message: string } {
  const say = (code: string, params: Record<string, number>) => ({ code, message: render(code, params) });
  if (exitCode === 130) return say('run.interrupted', { done, left });
  if (stoppedByError) return say('run.stopped', { done, left });
  if (dryRun) {
    const plan = summary.plan ?? { create: 0, existing: 0, conflict: 0, duplicate: 0 };
    const blocked = summary.invalid + plan.conflict + plan.duplicate;
    return blocked > 0 ? say('run.dry_run_blocked', { n: blocked }) : say('run.dry_run_ok', { create: plan.create, existing: plan.existing });
  }
  return exitCode === 0 ? say('run.done', { n: done }) : say('run.partial', { n: left });
}
