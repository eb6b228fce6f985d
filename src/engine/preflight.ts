import { chooseSpace } from '../api/chooseSpace.js';
import { isApiFailure, type BanqupApi, type Client, type RegistryAnswer, type Space } from '../api/types.js';
import type { Issue } from '../domain/types.js';
import { InterruptedError, UsageError } from '../errors.js';
import { earlyLookups, hasRegisterToCheck, type EarlyLookups } from './earlyLookups.js';
import type { OnRunEvent } from './events.js';
import { foldJournal, type JournalEntry, type JournalState } from './journal.js';
import { planImport, type PlannedRow, type PlanRowInput } from './planImport.js';
import { engineIssue } from './rowIssues.js';
import { pacingOf, runPool } from './runPool.js';

/** What the pre-flight reads: only GETs and the token, so a dry run may do all of it. */
export interface PreflightOptions {
  readonly api: Pick<BanqupApi, 'listSpaces' | 'findClients' | 'registryLookup'> & Partial<Pick<BanqupApi, 'stats' | 'inFlightLimit' | 'currentRate' | 'holdRate'>>;
  /** `--space`; default: the only Partner space. */
  readonly spaceId?: string;
  readonly rows: readonly PlanRowInput[];
  /** The journal's lines (all spaces); folded once the space is known. */
  readonly journal: readonly JournalEntry[];
  readonly concurrency: number;
  readonly signal?: AbortSignal;
  readonly onEvent?: OnRunEvent;
  /** `--update`: plan updates of clients found with other data (planImport). */
  readonly update?: boolean;
}

/** The space, its clients, the journal of that space, the plan, and what the register look-up found per row. */
export interface PreflightResult {
  readonly space: Space;
  readonly clients: readonly Client[];
  readonly journal: JournalState;
  readonly plan: PlannedRow[];
  readonly problems: ReadonlyMap<number, readonly Issue[]>;
}

/**
 * Token, space, then every client of the space in one paged listing, matched locally (far fewer
 * calls than a look-up per row), then the register look-up of each LU row that is to be created
 * (on a first run, sent while the space is still being read: earlyLookups.ts).
 * A refusal or an unavailable API throws the run-ending error (exit 4 or 6); Ctrl-C throws
 * InterruptedError: nothing has been sent yet.
 */
export async function preflight(opts: PreflightOptions): Promise<PreflightResult> {
  const emit = opts.onEvent ?? (() => {});
  const checkpoint = (): void => {
    if (opts.signal?.aborted) throw new InterruptedError('run.interrupted_before');
  };
  // Not with --update: its rows are mostly in Banqup already, and their look-ups would be wasted.
  const early = opts.journal.length === 0 && opts.update !== true ? earlyLookups(opts.api, opts.rows, opts.concurrency, opts.signal) : undefined;
  try {
    const { space, clients } = await readSpace(opts.api, opts.spaceId, emit, checkpoint);
    checkpoint();

    const journal = foldJournal(opts.journal, space.id);
    const plan = planImport({ spaceId: space.id, rows: opts.rows, clients, journal, ...(opts.update === true && { update: true }) });
    const problems = await checkRegister(opts, plan, early);
    checkpoint();
    return { space, clients, journal, plan, problems };
  } catch (error) {
    throw asRunError(error);
  } finally {
    // Nothing of the pre-flight outlives it: a failed or interrupted one waits for its look-ups in flight.
    early?.stop();
    await early?.done.catch(() => undefined);
  }
}

/**
 * Token and space, then every client of the space in one paged listing: what the pre-flight and
 * `status` read first. `between` runs once the space is known (a Ctrl-C check, for the import).
 */
export async function readSpace(
  api: Pick<BanqupApi, 'listSpaces' | 'findClients'>,
  spaceId: string | undefined,
  emit: OnRunEvent,
  between: () => void = () => {},
): Promise<{ space: Space; clients: Client[] }> {
  emit({ type: 'phase-started', phase: 'connect', total: 1 });
  const space = chooseSpace(await api.listSpaces(), spaceId);
  emit({ type: 'phase-finished', phase: 'connect', done: 1, failed: 0 });
  between();
  emit({ type: 'phase-started', phase: 'existing', total: 0 });
  const clients = await api.findClients(space.id, {});
  emit({ type: 'phase-finished', phase: 'existing', done: clients.length, failed: 0 });
  return { space, clients };
}

/** Only rows to be created: a client Banqup already holds has passed its check. */
async function checkRegister(opts: PreflightOptions, plan: readonly PlannedRow[], early?: EarlyLookups): Promise<Map<number, Issue[]>> {
  const emit = opts.onEvent ?? (() => {});
  const rows = plan.filter((r) => r.action === 'create' && hasRegisterToCheck(r.draft));
  const problems = new Map<number, Issue[]>();
  if (rows.length === 0) return problems;
  let done = 0;
  let failed = 0;
  const record = (row: PlannedRow, answer: RegistryAnswer): void => {
    const companyNumber = row.draft.companyNumber ?? '';
    if (answer === 'not-found') {
      failed++;
      problems.set(row.row, [{ ...engineIssue('trn.invalid', { number: companyNumber }, 'companyNumber'), messageCode: 'registry.not_found' }]);
    } else if (answer === 'unknown') {
      problems.set(row.row, [engineIssue('registry.unknown', { number: companyNumber }, 'companyNumber', 'warning')]);
    }
    done++;
    emit({ type: 'progress', phase: 'registry', done, failed, total: rows.length });
  };
  emit({ type: 'phase-started', phase: 'registry', total: rows.length });
  let left: PlannedRow[] = rows;
  if (early !== undefined) {
    // The answers already in count at once; the others as they come.
    const waiting = new Map<string, PlannedRow[]>();
    for (const row of rows) {
      const companyNumber = row.draft.companyNumber ?? '';
      const answer = early.answers.get(companyNumber);
      const list = waiting.get(companyNumber);
      if (answer !== undefined) record(row, answer);
      else if (list !== undefined) list.push(row);
      else waiting.set(companyNumber, [row]);
    }
    early.listen((companyNumber) => {
      const answer = early.answers.get(companyNumber);
      const list = waiting.get(companyNumber);
      if (answer === undefined || list === undefined) return;
      waiting.delete(companyNumber);
      for (const row of list) record(row, answer);
    });
    await early.done;
    // Not looked up early (stopped by Ctrl-C before their turn): asked below, unless stopped still.
    left = [...waiting.values()].flat();
  }
  await runPool(
    left,
    opts.concurrency,
    async (row) => record(row, await opts.api.registryLookup({ country: 'LU', companyNumber: row.draft.companyNumber ?? '' })),
    () => opts.signal?.aborted === true,
    pacingOf(opts.api),
  );
  emit({ type: 'phase-finished', phase: 'registry', done, failed });
  return problems;
}

/**
 * The error a failed pre-flight call ends the run with: refused → exit 4, unavailable → exit 6,
 * an unknown space → exit 2; anything else is left as it is (a bug, exit 1).
 */
export function asRunError(error: unknown): unknown {
  if (!isApiFailure(error)) return error;
  const fatal = error.runEnding;
  if (fatal !== null) return fatal;
  if (error.kind === 'not_found') return new UsageError(error.messageCode, error.messageParams);
  return error;
}
