import type { ApiErrorKind } from '../api/apiErrors.js';
import type { RowOutcome } from './rowOutcome.js';

/** The steps of a run, in order. */
export type ImportPhase = 'connect' | 'existing' | 'registry' | 'create' | 'provision';

/**
 * What the engine reports while it works; the shell decides how to show it (style.md §8 rule 9).
 * No event carries a secret, a token or a client's data beyond its row number.
 */
export type ImportEvent =
  | { readonly type: 'phase-started'; readonly phase: ImportPhase; readonly total: number }
  | { readonly type: 'phase-finished'; readonly phase: ImportPhase; readonly done: number; readonly failed: number }
  | {
      readonly type: 'progress';
      readonly phase: ImportPhase;
      readonly done: number;
      readonly failed: number;
      readonly total: number;
    }
  /** A row reached its final state in this run (for `--ndjson`, which streams rows as they finish). */
  | { readonly type: 'row-done'; readonly outcome: RowOutcome }
  | {
      readonly type: 'retry';
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: ApiErrorKind;
      readonly status?: number;
      readonly lookup: boolean;
    }
  | { readonly type: 'rate-limited'; readonly retryAfterMs: number }
  /** The run stops starting calls: Ctrl-C, or an error that ends the run. */
  | { readonly type: 'stopping'; readonly reason: 'interrupted' | 'fatal' };

/** The callback the engine takes. */
export type OnImportEvent = (event: ImportEvent) => void;
