import { EXIT } from '../errors.js';
import type { ImportCounts, PlanCounts } from './summary.js';

/** Everything the exit code of an import or dry run depends on. */
export interface RunVerdict {
  readonly dryRun: boolean;
  /** Ctrl-C stopped the run. */
  readonly interrupted: boolean;
  /** The kind of error that ended the run early, if one did. */
  readonly fatal: 'auth' | 'unavailable' | null;
  readonly counts: ImportCounts;
  /** Rows not done (tallyRows): not in Banqup with their data and active, invalid ones included. */
  readonly left: number;
  /** A dry run's plan (with credentials). */
  readonly plan?: PlanCounts;
}

/**
 * The exit code of a run that got as far as the API (decisions.md), decided here only:
 * 130 interrupted with work left; 4 refused; 6 unavailable; a dry run 3 when a row would not be
 * imported (invalid, unknown register number, conflict, duplicate), else 0; an import 5 when any
 * row is not in Banqup and active with its data (failed, skipped, invalid, not provisioned), else 0.
 */
export function exitCodeForRun(verdict: RunVerdict): number {
  const { left } = verdict;
  if (verdict.interrupted && left > 0) return EXIT.interrupted;
  if (verdict.fatal === 'auth') return EXIT.auth;
  if (verdict.fatal === 'unavailable') return EXIT.unavailable;
  if (verdict.dryRun) {
    const blocked = verdict.counts.invalid + (verdict.plan?.conflict ?? 0) + (verdict.plan?.duplicate ?? 0);
    return blocked > 0 ? EXIT.validation : EXIT.ok;
  }
  return left > 0 ? EXIT.partial : EXIT.ok;
}
