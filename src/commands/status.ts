import type { BanqupApi } from '../api/types.js';
import { chooseSpace } from '../api/chooseSpace.js';
import type { CheckedRow, Lang } from '../domain/types.js';
import { planImport } from '../engine/planImport.js';
import { asRunError } from '../engine/preflight.js';
import type { RowOutcome } from '../engine/rowOutcome.js';
import { planProblems } from '../engine/rowProblems.js';
import { countRows } from '../engine/summary.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { rendererFor } from '../messages.js';
import type { ImportJsonSummary } from '../report/importJson.js';
import { importRowFrom, rawRowIndex, type BanqupState, type SheetPlaces } from '../report/importRow.js';
import { createProgressReporter, progressMode } from '../report/progressReporter.js';
import { apiFromFlags } from './apiFromFlags.js';
import { assertCheckFlags, checkFile, type CheckFlags } from './check.js';
import { assertResultsFlag } from './import.js';
import type { ImportFlags } from './importFlags.js';
import { ndjsonRowLine, publishRun } from './importOutput.js';
import { stopIfInterrupted } from './stopIfInterrupted.js';

/** Flags of `banqup-import status <file>`: where to look, and how to print. */
export type StatusFlags = CheckFlags &
  Pick<ImportFlags, 'space' | 'env' | 'region' | 'apiUrl' | 'rate' | 'concurrency' | 'timeout' | 'results' | 'quiet'>;

/**
 * `banqup-import status FILE`: read-only. For each valid row, what the Banqup space holds now —
 * not found, inactive (created, not provisioned) or active — with the client id, from one paged
 * listing of the space. Exit 0 once it could look (invalid rows are listed as such).
 */
export async function runStatus(file: string | undefined, flags: StatusFlags, io: Io, lang: Lang): Promise<number> {
  assertCheckFlags({ ...flags, dryRun: true }, file);
  assertResultsFlag(flags.results, io.cwd);
  const startedAt = Date.now();
  const render = rendererFor(lang);
  const check = await checkFile(file, { ...flags, dryRun: true }, io);
  await stopIfInterrupted(io, 'interrupted.nothing_changed');
  const reporter = createProgressReporter({ stream: io.stderr, mode: progressMode(io, flags), render });
  let api: BanqupApi | null = null;
  try {
    api = apiFromFlags(flags, io, (event) => reporter.onApiEvent(event), 'status.credentials_missing');
    const valid = check.rows.filter((r): r is CheckedRow & { client: NonNullable<CheckedRow['client']> } => r.status === 'valid' && r.client !== null);
    let space;
    let clients;
    try {
      reporter.onEvent({ type: 'phase-started', phase: 'connect', total: 1 });
      space = chooseSpace(await api.listSpaces(), flags.space);
      reporter.onEvent({ type: 'phase-finished', phase: 'connect', done: 1, failed: 0 });
      reporter.onEvent({ type: 'phase-started', phase: 'existing', total: 0 });
      clients = await api.findClients(space.id, {});
      reporter.onEvent({ type: 'phase-finished', phase: 'existing', done: clients.length, failed: 0 });
    } catch (error) {
      throw asRunError(error);
    } finally {
      reporter.stop();
    }
    // Read-only: a Ctrl-C while Banqup was read ends it there (the listing in flight is let finish).
    await stopIfInterrupted(io, 'interrupted.nothing_changed');
    const plan = planImport({ spaceId: space.id, rows: valid.map((r) => ({ row: r.row, draft: r.client })), clients, journal: new Map() });
    const places: SheetPlaces = { columns: check.sheet.columns, rawRows: rawRowIndex(check.sheet.rows) };
    const byRow = new Map(plan.map((p) => [p.row, p]));
    const banqup = { active: 0, inactive: 0, notFound: 0 };
    const rows = check.rows.map((r) => {
      const planned = byRow.get(r.row);
      if (planned === undefined) return importRowFrom(r, undefined, places);
      const state: BanqupState = planned.existing === null ? 'not-found' : planned.existing.status === 'ACTIVE' ? 'active' : 'inactive';
      banqup[state === 'not-found' ? 'notFound' : state]++;
      const outcome: RowOutcome = {
        row: r.row,
        status: 'valid',
        plan: planned.action,
        ...(planned.conflicts.length > 0 && { conflicts: planned.conflicts }),
        ...(planned.existing !== null && { clientId: planned.existing.id }),
        ...(planned.existing?.banqupSpaceId && { banqupSpaceId: planned.existing.banqupSpaceId }),
        problems: planProblems(planned).map((p) => ({ ...p, severity: 'warning' as const })),
      };
      return importRowFrom(r, outcome, places, { banqup: state });
    });
    const summary: ImportJsonSummary = { ...countRows(rows), banqup };
    const result = { code: 'status.summary', message: render('status.summary', { active: banqup.active, inactive: banqup.inactive, missing: banqup.notFound }) };
    if (flags.ndjson) {
      for (const row of rows) io.stdout.write(`${ndjsonRowLine(row, render)}\n`);
    }
    await publishRun(
      {
        check,
        places,
        rows,
        summary,
        view: 'status',
        info: { space: { id: space.id, name: space.name }, durationMs: Date.now() - startedAt, stats: api.stats(), exitCode: EXIT.ok, result },
      },
      flags,
      io,
      lang,
    );
    return EXIT.ok;
  } finally {
    reporter.stop();
    await api?.close();
  }
}
