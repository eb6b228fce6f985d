import { CommanderError } from 'commander';
import type { RunResult } from './engine/runResult.js';
import { tallyRows } from './engine/summary.js';
import { BanqupImportError, EXIT } from './errors.js';

/** What a command hands back: a run to judge, or `done` (a template written, a sandbox stopped). */
export type CommandOutcome = RunResult | 'done';

/**
 * The one exit funnel (it takes a CommandOutcome or whatever was thrown) (decisions.md's table): every exit code of the program is decided here,
 * from what a command returned or what it threw. Known errors keep their code, commander's own
 * help and version are 0 and its other errors usage (2); anything else is a bug (1).
 */
export function exitCodeFor(outcome: unknown): number {
  if (outcome === 'done') return EXIT.ok;
  if (isRunResult(outcome)) return exitCodeForRun(outcome);
  if (outcome instanceof BanqupImportError) return outcome.exitCode;
  if (outcome instanceof CommanderError) {
    return outcome.code === 'commander.helpDisplayed' || outcome.code === 'commander.version' || outcome.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  return EXIT.internal;
}

function isRunResult(value: unknown): value is RunResult {
  return typeof value === 'object' && value !== null && 'mode' in value && 'rows' in value && 'summary' in value;
}

/**
 * A run's code. A check: 2 when the sheet has no client row (most likely the wrong file or
 * sheet, so scripts must not read it as success), 3 with rows in error, else 0. A run that reached
 * Banqup: 130 interrupted with work left; the code of the error that ended it (4 refused,
 * 6 unavailable); a dry run 3 when a row would not be imported (invalid, unknown register number,
 * conflict, duplicate), else 0; an import 5 when any row is not in Banqup and active with its
 * data (failed, skipped, invalid, not provisioned), else 0. `status` that could look: 0.
 */
function exitCodeForRun(result: RunResult): number {
  if (result.mode === 'check') {
    if (result.fatal !== null) return result.fatal.exitCode;
    if (result.rows.length === 0) return EXIT.usage;
    return result.rows.some((r) => r.status === 'invalid') ? EXIT.validation : EXIT.ok;
  }
  if (result.mode === 'status') return result.fatal?.exitCode ?? EXIT.ok;
  const { left } = tallyRows(result.rows, result.leaveInactive === true);
  if (result.interrupted && left > 0) return EXIT.interrupted;
  if (result.fatal !== null) return result.fatal.exitCode;
  if (result.dryRun) {
    const plan = result.summary.plan;
    const blocked = result.summary.invalid + (plan?.conflict ?? 0) + (plan?.duplicate ?? 0);
    return blocked > 0 ? EXIT.validation : EXIT.ok;
  }
  return left > 0 ? EXIT.partial : EXIT.ok;
}
