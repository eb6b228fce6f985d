import type { RunResult } from '../engine/runResult.js';
import { tallyRows } from '../engine/summary.js';
import type { Render, RunVerdict } from './jsonDocument.js';

/** The last line of a run that reached Banqup: done, what needs attention, or how to resume. */
export function closingSentence(result: RunResult, exitCode: number, render: Render): RunVerdict {
  const say = (code: string, params: Record<string, number>): RunVerdict => ({ exitCode, result: { code, message: render(code, params) } });
  if (result.mode === 'status') {
    const banqup = result.summary.banqup ?? { active: 0, inactive: 0, notFound: 0 };
    return say('status.summary', { active: banqup.active, inactive: banqup.inactive, missing: banqup.notFound });
  }
  const { done, left } = tallyRows(result.rows, result.leaveInactive === true);
  // The counts are in the totals line just above: the sentence only says what to do.
  if (exitCode === 130) return say('run.interrupted', {});
  if (result.fatal !== null) return say('run.stopped', {});
  if (result.dryRun) {
    const plan = result.summary.plan ?? { create: 0, existing: 0, update: 0, conflict: 0, duplicate: 0 };
    const blocked = result.summary.invalid + plan.conflict + plan.duplicate;
    if (blocked > 0) return say('run.dry_run_blocked', { n: blocked });
    // --update: the sentence names the updates, and the flag the real run needs again.
    if (plan.update > 0) return say('run.dry_run_update_ok', { create: plan.create, update: plan.update, existing: plan.existing });
    return say('run.dry_run_ok', { create: plan.create, existing: plan.existing });
  }
  return exitCode === 0 ? say('run.done', { n: done }) : say('run.partial', { n: left });
}
