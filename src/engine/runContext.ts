import type { BanqupApi } from '../api/types.js';
import type { ApiUnavailableError, AuthError } from '../errors.js';
import type { ImportEvent, OnImportEvent } from './events.js';
import type { Journal, JournalEntry, JournalStep } from './journal.js';
import type { PlannedRow } from './planImport.js';
import type { RowOutcome, RowProblem } from './rowOutcome.js';

/** A row's outcome while the run is under way. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The run's shared state: outcomes, the journal, the stop flags. One per executePlan call. */
export interface RunContext {
  readonly api: Pick<BanqupApi, 'createClient' | 'provision'>;
  readonly spaceId: string;
  readonly outcomes: Map<number, Mutable<RowOutcome>>;
  /** Rows whose final state was reported. */
  readonly finished: Set<number>;
  readonly signal?: AbortSignal;
  fatal: AuthError | ApiUnavailableError | null;
  /** Whether new calls may start: not after Ctrl-C nor after a run-ending error. */
  stopped(): boolean;
  /** Records a run-ending error (the first one wins) and tells the reporter. */
  stopFor(error: AuthError | ApiUnavailableError): void;
  journal(row: PlannedRow, step: JournalStep, extra?: Partial<Pick<JournalEntry, 'clientId' | 'banqupSpaceId' | 'error' | 'requestId'>>): void;
  journalMany(entries: readonly { row: PlannedRow; step: JournalStep; clientId?: string }[]): void;
  /** Sets a row's final state for this run and reports it. */
  finish(row: number, patch: Partial<Mutable<RowOutcome>>, problems?: readonly RowProblem[]): void;
  emit(event: ImportEvent): void;
  /** Stops listening to the signal. */
  dispose(): void;
}

/** Builds the context; `journal` null means nothing is recorded (tests of the pure flow). */
export function createRunContext(opts: {
  readonly api: Pick<BanqupApi, 'createClient' | 'provision'>;
  readonly spaceId: string;
  readonly journal: Journal | null;
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
  readonly onEvent?: OnImportEvent;
}): RunContext {
  const now = opts.now ?? (() => new Date());
  const emit = opts.onEvent ?? (() => {});
  const entry = (row: PlannedRow, step: JournalStep, extra: Partial<JournalEntry> = {}): JournalEntry => ({
    v: 1,
    at: now().toISOString(),
    space: opts.spaceId,
    id: row.identity,
    row: row.row,
    hash: row.hash,
    step,
    ...extra,
  });
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
      opts.journal?.append(entry(row, step, withoutUndefined(extra)));
    },
    journalMany(entries) {
      opts.journal?.append(entries.map((e) => entry(e.row, e.step, e.clientId === undefined ? {} : { clientId: e.clientId })));
    },
    finish(row, patch, problems = []) {
      const outcome = context.outcomes.get(row);
      if (outcome === undefined) return;
      Object.assign(outcome, patch);
      outcome.problems = [...outcome.problems, ...problems];
      context.finished.add(row);
      emit({ type: 'row-done', outcome: { ...outcome } });
    },
    emit,
    dispose: () => opts.signal?.removeEventListener('abort', onAbort),
  };
  const onAbort = (): void => emit({ type: 'stopping', reason: 'interrupted' });
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  return context;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
