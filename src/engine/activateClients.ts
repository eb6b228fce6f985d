import { dirname } from 'node:path';
import type { BanqupApi, Client, Space } from '../api/types.js';
import type { ActivateConfig, ApiConfig } from '../config/config.js';
import type { Row } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { checkSheet } from './checkSheet.js';
import type { OnRunEvent } from './events.js';
import { executePlan } from './executePlan.js';
import { foldJournal, openJournal, pruneJournals, readJournal, type Journal, type ParsedJournal } from './journal.js';
import { planImport, type PlannedRow } from './planImport.js';
import { asRunError, readSpace } from './preflight.js';
import { contentHash, rowIdentity } from './rowIdentity.js';
import { acquireRunLock, type RunLock } from './runLock.js';
import { summaryOf, type RunDeps, type RunResult, type SheetCheck } from './runResult.js';
import { clientRow, spaceCheck } from './spaceRows.js';
import { stopIfAborted } from './stopIfAborted.js';

/** What activate needs beyond a run's deps: someone to confirm the count (a terminal), or nobody (`--yes`). */
export interface ActivateDeps extends RunDeps {
  /** Asked once the inactive clients are known; false: nothing is activated. */
  readonly confirm?: (count: number, space: Space) => Promise<boolean>;
}

/** The clients to activate, as rows of a plan (action `existing`) and as the rows the user sees. */
interface Targets {
  readonly plan: PlannedRow[];
  readonly rows: Map<number, Row>;
}

/**
 * `activate`: the inactive clients of the space (or of the sheet's rows), provisioned in batches
 * as the import provisions them (executePlan → provisionRows), under the lock and journal that make
 * an interrupted run resumable: a client activated before the stop is ACTIVE now, so a new run
 * does not take it again. A dry run, or a confirmation refused, lists them (mode `status`).
 */
export async function activateClients(config: ActivateConfig, apiConfig: ApiConfig, deps: ActivateDeps, onEvent: OnRunEvent): Promise<RunResult> {
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const check = config.file === undefined ? spaceCheck() : await checkSheet({ file: config.file, maxRows: config.maxRows, sharing: {}, ...(config.sheet !== undefined && { sheet: config.sheet }) }, deps);
  await stopIfAborted(deps.signal, 'interrupted.nothing_changed');
  let api: BanqupApi | null = null;
  let lock: RunLock | null = null;
  let journal: Journal | null = null;
  try {
    api = await deps.openApi(apiConfig, onEvent);
    let loaded: ParsedJournal = { entries: [], ignoredLines: 0 };
    if (config.dryRun) {
      if (config.file !== undefined) loaded = readJournal(config.journalPath);
    } else {
      if (config.journalsManaged) pruneJournals(dirname(config.journalPath), now());
      lock = acquireRunLock(config.journalPath);
      journal = openJournal(config.journalPath);
      loaded = journal.loaded;
    }
    const { space, clients } = await readSpace(api, apiConfig.spaceId, onEvent).catch((error: unknown) => {
      throw asRunError(error);
    });
    await stopIfAborted(deps.signal, 'interrupted.nothing_changed');
    if (journal !== null) closeStories(journal, loaded, clients, space.id, now);
    const targets = check.file === '' ? inactiveOfSpace(clients) : inactiveOfSheet(check, clients, space.id, loaded);
    if (check.file !== '') {
      onEvent({ type: 'notice', code: 'activate.sheet_counts', params: sheetCounts(check, clients, space.id, targets.plan.length), always: true });
    }
    const listed = [...targets.rows.values()];
    const listing = (): RunResult => ({
      mode: 'status',
      dryRun: true,
      check,
      rows: listed,
      summary: { ...summaryOf(listed, false), banqup: { active: 0, inactive: listed.length, notFound: 0 } },
      space,
      stats: api?.stats(),
      durationMs: now() - startedAt,
      interrupted: false,
      fatal: null,
      heading: 'activate.heading_list',
    });
    if (config.dryRun || targets.plan.length === 0) return targets.plan.length === 0 && !config.dryRun ? { ...listing(), mode: 'import', dryRun: false } : listing();
    if (!config.yes) {
      if (deps.confirm === undefined) throw new UsageError('activate.needs_yes');
      if (!(await deps.confirm(targets.plan.length, space))) return listing();
    }
    const run = await executePlan({
      api,
      spaceId: space.id,
      plan: targets.plan,
      rows: targets.rows,
      columns: check.sheet.columns,
      journal,
      ...(deps.signal !== undefined && { signal: deps.signal }),
      concurrency: apiConfig.concurrency,
      batchSize: apiConfig.batchSize,
      onEvent,
    });
    return {
      mode: 'import',
      dryRun: false,
      check,
      rows: run.rows,
      summary: summaryOf(run.rows, false),
      space,
      stats: api.stats(),
      durationMs: now() - startedAt,
      interrupted: run.interrupted,
      fatal: run.fatal,
      heading: 'activate.heading',
    };
  } finally {
    journal?.close();
    lock?.release();
    await api?.close();
  }
}

/**
 * An earlier run cut off (kill -9) after Banqup activated a client but before it journalled that
 * left the client's story open on `provision-started`: the listing shows it ACTIVE, so it is no
 * target any more; its last entry becomes `provisioned`, so the journal never ends on an open step.
 */
function closeStories(journal: Journal, loaded: ParsedJournal, clients: readonly Client[], spaceId: string, now: () => number): void {
  const byId = new Map(clients.map((c) => [c.id, c]));
  const at = new Date(now()).toISOString();
  const closing = [...foldJournal(loaded.entries, spaceId).values()].flatMap((state) => {
    const client = state.clientId === undefined ? undefined : byId.get(state.clientId);
    if (client?.status !== 'ACTIVE' || (state.step !== 'provision-started' && state.step !== 'provision-failed')) return [];
    return [{ v: 1 as const, at, space: spaceId, id: state.id, row: state.row, hash: state.hash, step: 'provisioned' as const, clientId: client.id, ...(client.banqupSpaceId !== null && { banqupSpaceId: client.banqupSpaceId }) }];
  });
  journal.append(closing);
}

/** Every inactive client of the space, numbered by its place in the listing. */
function inactiveOfSpace(clients: readonly Client[]): Targets {
  const plan: PlannedRow[] = [];
  const rows = new Map<number, Row>();
  clients.forEach((client, i) => {
    if (client.status === 'ACTIVE') return;
    const position = i + 1;
    const hash = contentHash(client);
    plan.push({ row: position, draft: client, identity: rowIdentity(client), hash, idempotencyKey: '', action: 'existing', existing: client, conflicts: [], ours: false });
    rows.set(position, clientRow(client, position));
  });
  return { plan, rows };
}

/**
 * The inactive clients the sheet's rows map to, found as the import finds them (external
 * reference, else VAT, else register number). A client whose data differs from its row is still
 * that row's client: activating it changes none of its data. Duplicates are left out.
 */
function inactiveOfSheet(check: SheetCheck, clients: readonly Client[], spaceId: string, loaded: ParsedJournal): Targets {
  const withClient = check.rows.filter((r): r is Row & { client: NonNullable<Row['client']> } => r.client !== null);
  const planned = planImport({ spaceId, rows: withClient.map((r) => ({ row: r.row, draft: r.client })), clients, journal: foldJournal(loaded.entries, spaceId) });
  const byRow = new Map(withClient.map((r) => [r.row, r]));
  const plan: PlannedRow[] = [];
  const rows = new Map<number, Row>();
  for (const p of planned) {
    const base = byRow.get(p.row);
    if (base === undefined || p.existing === null || p.existing.status === 'ACTIVE' || (p.action !== 'existing' && p.action !== 'conflict')) continue;
    plan.push({ ...p, action: 'existing', conflicts: [] });
    rows.set(p.row, { ...base, status: 'existing', issues: [], changes: [], clientId: p.existing.id, banqup: 'inactive' });
  }
  return { plan, rows };
}

/** With a sheet: how many rows' clients are active already, and how many rows Banqup holds no client for. */
function sheetCounts(check: SheetCheck, clients: readonly Client[], spaceId: string, inactive: number): { rows: number; inactive: number; active: number; missing: number } {
  const withClient = check.rows.filter((r) => r.client !== null);
  const planned = planImport({ spaceId, rows: withClient.map((r) => ({ row: r.row, draft: r.client! })), clients, journal: new Map() });
  const active = planned.filter((p) => p.existing?.status === 'ACTIVE' && p.action !== 'duplicate').length;
  const missing = planned.filter((p) => p.existing === null).length;
  return { rows: check.rows.length, inactive, active, missing };
}
