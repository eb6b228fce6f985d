import { dirname } from 'node:path';
import type { BanqupApi } from '../api/types.js';
import type { ApiConfig, RunConfig } from '../config/config.js';
import type { Row } from '../domain/types.js';
import { BanqupImportError } from '../errors.js';
import { activeLinks } from './activeLinks.js';
import { clientsLeftBehind } from './clientsLeftBehind.js';
import type { OnRunEvent } from './events.js';
import { executePlan, type ExecuteResult } from './executePlan.js';
import { openJournal, pruneJournals, readJournal, type Journal, type ParsedJournal } from './journal.js';
import { preflight, type PreflightResult } from './preflight.js';
import { placeIssue, planIssues } from './rowIssues.js';
import { acquireRunLock, type RunLock } from './runLock.js';
import { checkResult, summaryOf, validRows, type RunDeps, type RunResult, type SheetCheck } from './runResult.js';

/**
 * The online half of the main command: pre-flight (token, space, existing clients, register
 * look-up), then the plan of a dry run, or the import itself, resumably (lock and journal). A stop
 * before anything was sent returns the check with the error that stopped it.
 */
export async function runOnline(
  check: SheetCheck,
  config: RunConfig,
  apiConfig: ApiConfig,
  deps: RunDeps,
  onEvent: OnRunEvent,
  startedAt: number,
): Promise<RunResult> {
  const now = deps.now ?? Date.now;
  const notice = (code: string, params: Record<string, string | number> = {}, always = true): void =>
    onEvent({ type: 'notice', code, params, always });
  let api: BanqupApi | null = null;
  let lock: RunLock | null = null;
  let journal: Journal | null = null;
  try {
    api = await deps.openApi(apiConfig, onEvent);
    // A dry run writes nothing: no lock, no journal; it only reads what an earlier run left.
    let loaded: ParsedJournal;
    if (config.dryRun) {
      loaded = config.restart ? { entries: [], ignoredLines: 0 } : readJournal(config.journalPath);
    } else {
      if (config.journalsManaged) pruneJournals(dirname(config.journalPath), now());
      lock = acquireRunLock(config.journalPath);
      if (lock.tookOver !== undefined) notice('lock.took_over', { pid: lock.tookOver === 'unreadable' ? '?' : lock.tookOver.pid });
      journal = openJournal(config.journalPath, { restart: config.restart });
      if (journal.previousPath !== undefined) notice('journal.restarted', { path: journal.previousPath });
      loaded = journal.loaded;
    }
    if (loaded.ignoredLines > 0) notice('journal.ignored_lines', { n: loaded.ignoredLines });
    if (loaded.entries.length > 0) notice('journal.resuming', { path: config.journalPath }, false);

    const valid = validRows(check);
    let pre: PreflightResult;
    try {
      pre = await preflight({
        api,
        ...(apiConfig.spaceId !== undefined && { spaceId: apiConfig.spaceId }),
        rows: valid.map((r) => ({ row: r.row, draft: r.client })),
        journal: loaded.entries,
        concurrency: apiConfig.concurrency,
        ...(deps.signal !== undefined && { signal: deps.signal }),
        onEvent,
        ...(config.update === true && { update: true }),
      });
    } catch (error) {
      // Nothing was sent: the check stands, with the reason it went no further.
      if (error instanceof BanqupImportError) return checkResult(check, config.dryRun, error, now() - startedAt);
      throw error;
    }
    for (const row of check.rows) if (row.status === 'invalid') onEvent({ type: 'row-done', row });

    const byRow = new Map<number, Row>(valid.map((r) => [r.row, r]));
    let outcomes: Map<number, Row>;
    let run: ExecuteResult | null = null;
    if (config.dryRun) {
      outcomes = new Map(
        pre.plan.flatMap((p) => {
          const checked = byRow.get(p.row);
          return checked === undefined ? [] : [[p.row, plannedRow(p, checked, pre, check)] as const];
        }),
      );
    } else {
      run = await executePlan({
        api,
        spaceId: pre.space.id,
        plan: pre.plan,
        rows: byRow,
        columns: check.sheet.columns,
        preflightProblems: pre.problems,
        journal,
        ...(deps.signal !== undefined && { signal: deps.signal }),
        concurrency: apiConfig.concurrency,
        batchSize: apiConfig.batchSize,
        ...(config.activate === false && { provision: false }),
        onEvent,
      });
      outcomes = new Map(run.rows.map((o) => [o.row, o]));
    }
    const rows = check.rows.map((r) => (r.status === 'valid' ? (outcomes.get(r.row) ?? r) : r));
    return {
      mode: config.dryRun ? 'plan' : 'import',
      dryRun: config.dryRun,
      check,
      rows,
      summary: summaryOf(rows, config.dryRun),
      space: pre.space,
      leftBehind: clientsLeftBehind(pre.journal, check.rows, pre.clients),
      stats: api.stats(),
      durationMs: now() - startedAt,
      ...(config.update === true && { update: true }),
      interrupted: run?.interrupted === true,
      fatal: run?.fatal ?? null,
      ...(config.activate === false && { leaveInactive: true }),
    };
  } finally {
    journal?.close();
    lock?.release();
    await api?.close();
  }
}

/** A dry run's row: its plan and what the pre-flight found; an unknown register number makes it invalid. */
function plannedRow(planned: PreflightResult['plan'][number], base: Row, pre: PreflightResult, check: SheetCheck): Row {
  const found = pre.problems.get(planned.row) ?? [];
  const issues = [...found, ...planIssues(planned)].map((i) => placeIssue(i, base, check.sheet.columns));
  return {
    ...base,
    status: found.some((p) => p.severity === 'error') ? 'invalid' : 'valid',
    plan: planned.action,
    ...(planned.conflicts.length > 0 && { conflicts: planned.conflicts }),
    ...(planned.updates !== undefined && { updates: planned.updates }),
    ...(planned.existing !== null && { clientId: planned.existing.id }),
    ...(planned.existing?.banqupSpaceId && { banqupSpaceId: planned.existing.banqupSpaceId }),
    ...activeLinks(planned.existing),
    issues: [...base.issues, ...issues],
  };
}
