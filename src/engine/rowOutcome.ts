import type { MessageParams, RowStatus, Severity } from '../domain/types.js';

/** What the plan says to do with a valid row (decisions.md: the dry run's `plan`). */
export type PlanAction = 'create' | 'existing' | 'conflict' | 'duplicate';

/** A problem found online, not yet tied to a cell: the command maps `field` to the sheet's column. */
export interface RowProblem {
  /** The code shown to users and scripts: the API's own when it gave one (`trn.invalid`, `NOT_FOUND`). */
  readonly code: string;
  /** The catalogue key of the message (often the same as `code`). */
  readonly messageCode: string;
  readonly severity: Severity;
  /** The API field, dotted (`address.postalCode`); absent when the problem is about the whole row. */
  readonly field?: string;
  readonly params: MessageParams;
}

/** Where one row ended up. */
export interface RowOutcome {
  readonly row: number;
  readonly status: RowStatus;
  readonly plan?: PlanAction;
  /** The differing API fields of a `conflict`. */
  readonly conflicts?: readonly string[];
  readonly clientId?: string;
  readonly banqupSpaceId?: string;
  /** Whether the row's client is active in Banqup at the end (absent when the row has no client). */
  readonly banqup?: 'active' | 'inactive';
  readonly problems: readonly RowProblem[];
}
