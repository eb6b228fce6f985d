import type { BanqupApi } from '../api/types.js';
import type { Issue, Row } from '../domain/types.js';
import type { ApiUnavailableError, AuthError } from '../errors.js';
import type { TableColumns } from '../input/locateTable.js';
import type { OnRunEvent, RunEvent } from './events.js';
import type { Journal, JournalEntry, JournalStep } from './journal.js';
import type { PlannedRow } from './planImport.js';
import { placeIssue } from './rowIssues.js';

/** What an entry may add to the row's identity and step. */
type JournalExtra = Partial<Pick<JournalEntry, 'clientId' | 'banqupSpaceId' | 'error' | 'requestId'>>;

/** A row while the run is under way. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The adapter calls a run makes; the update calls only when the run has updates to make. */
export type RunApi = Pick<BanqupApi, 'createClient' | 'provision'> & Partial<Pick<BanqupApi, 'getClientVersion' | 'patchClient' | 'stats' | 'inFlightLimit' | 'currentRate' | 'holdRate'>>;

/** The run's shared state: the rows, the journal, the stop flags. One per executePlan call. */
export interface RunContext {
  readonly api: RunApi;
  readonly spaceId: string;
  readonly outcomes: Map<number, Mutable<Row>>;
  /** Rows whose final state was reported. */
  readonly finished: Set<number>;
  readonly signal?: AbortSignal;
  fatal: AuthError | ApiUnavailableError | null;
  /** Whether new calls may start: not after Ctrl-C nor after a run-ending error. */
  stopped(): boolean;
  /** Records a run-ending error (the first one wins) and tells the reporter. */
  stopFor(error: AuthError | ApiUnavailableError): void;
  /** Records a step that may wait for the next write (an outcome: lost in a crash, the next run looks the row up). */
  journal(row: PlannedRow, step: JournalStep, extra?: JournalExtra): void;
  /** Records "started" steps; resolves once they are on disk, and only then may their request be sent. */
  journalBeforeSending(entries: readonly { row: PlannedRow; step: 'create-started' | 'provision-started'; clientId?: string }[]): Promise<void>;
  /** Sets a row's final state for this run, puts its new problems on their cells, and reports it. */
  finish(row: number, patch: Partial<Mutable<Row>>, issues?: readonly Issue[]): void;
  emit(event: RunEvent): void;
  /** Stops listening to the signal. */
  dispose(): void;
}

/** Builds the context; `journal` null means nothing is recorded (tests of the pure flow). */
export function createRunContext(opts: {
  readonly api: RunApi;
  readonly spaceId: string;
  readonly journal: Journal | null;
  readonly signal?: AbortSignal;
  /** Where the sheet's columns are, to put the API's problems on their cells. */
  readonly columns: TableColumns;
  readonly now?: () => Date;
  readonly onEvent?: OnRunEvent;
}): RunContext {
  const now = opts.now ?? (() => new Date());
  const emit = opts.onEvent ?? (() => {});
  // Built field by field: one object per entry, at thousands of entries a minute.
  const entry = (row: PlannedRow, step: JournalStep, extra?: JournalExtra): JournalEntry => {
    const e: Mutable<JournalEntry> = { v: 1, at: now().toISOString(), space: opts.spaceId, id: row.identity, row: row.row, hash: row.hash, step };
    if (extra === undefined) return e;
    if (extra.clientId !== undefined) e.clientId = extra.clientId;
    if (extra.banqupSpaceId !== undefined) e.banqupSpaceId = extra.banqupSpaceId;
    if (extra.error !== undefined) e.error = extra.error;
    if (extra.requestId !== undefined) e.requestId = extra.requestId;
    return e;
  };
  // A "started" entry is on disk before its request is sent (with every outcome recorded before it,
  // and the "started" entries of the requests ready with it, in one write and one sync); an outcome
  // may wait for the next write: lost in a crash, it only makes the next run look the client up,
  // which the "started" entry already asks for.
  const journal = opts.journal;
  const context: RunContext = {
    api: opts.api,
    spaceId: opts.spaceId,
    outcomes: new Map(),
    finished: new Set(),
    ...(opts.signal !== undefined && { signal: opts.signal }),
    fatal: null,
    stopped: () => context.fatal !== null || opts.signal?.aborted === true,
    stopFor(error) {
      if (context.fatal !== null) return;
      context.fatal = error;
      emit({ type: 'stopping', reason: 'fatal' });
    },
    journal(row, step, extra = {}) {
      if (journal === null) return;
      journal.defer(entry(row, step, extra));
    },
    async journalBeforeSending(entries) {
      if (journal === null) return;
      await journal.commit(entries.map((e) => entry(e.row, e.step, e)));
    },
    finish(row, patch, issues = []) {
      const current = context.outcomes.get(row);
      if (current === undefined) return;
      Object.assign(current, patch);
      if (issues.length > 0) current.issues = [...current.issues, ...issues.map((i) => placeIssue(i, current, opts.columns))];
      context.finished.add(row);
      emit({ type: 'row-done', row: { ...current } });
    },
    emit,
    dispose: () => opts.signal?.removeEventListener('abort', onAbort),
  };
  const onAbort = (): void => emit({ type: 'stopping', reason: 'interrupted' });
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  return context;
}
