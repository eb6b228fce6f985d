import type { ApiEvent } from '../api/types.js';
import type { MessageParams, Row } from '../domain/types.js';

/** The steps of a run, in order. */
export type ImportPhase = 'connect' | 'existing' | 'registry' | 'create' | 'update' | 'provision';

/**
 * What the engine reports while it works; the shell decides how to show it (style.md §8 rule 9).
 * No event carries a secret or a token; `row-done` carries the row for `--ndjson`.
 */
export type EngineEvent =
  | { readonly type: 'phase-started'; readonly phase: ImportPhase; readonly total: number }
  | { readonly type: 'phase-finished'; readonly phase: ImportPhase; readonly done: number; readonly failed: number }
  | {
      readonly type: 'progress';
      readonly phase: ImportPhase;
      readonly done: number;
      readonly failed: number;
      readonly total: number;
    }
  /** A row reached its final state in this run (`--ndjson` streams rows as they finish). */
  | { readonly type: 'row-done'; readonly row: Row }
  /** Something the user should know that is no row's problem (a lock taken over, a journal resumed). */
  | { readonly type: 'notice'; readonly code: string; readonly params: MessageParams; readonly always?: boolean }
  /** The run stops starting calls: Ctrl-C, or an error that ends the run. */
  | { readonly type: 'stopping'; readonly reason: 'interrupted' | 'fatal' };

/** Every event of a run, the adapter's (retries, rate limits) included: declared once, here and in api/types.ts. */
export type RunEvent = EngineEvent | ApiEvent;

/** The callback the engine takes. */
export type OnRunEvent = (event: RunEvent) => void;
