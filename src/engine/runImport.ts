import type { RunConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { checkSheet } from './checkSheet.js';
import type { OnRunEvent } from './events.js';
import { checkResult, type RunDeps, type RunResult } from './runResult.js';
import { stopIfAborted } from './stopIfAborted.js';

/**
 * The headless core (style.md §8 rule 1): check the sheet, then — with credentials and nothing in
 * the way — a dry run's plan, the import itself, or `status`. No printing, no process, no exit
 * codes: it returns what happened, and the shell renders it and picks the exit code.
 */
export async function runImport(config: RunConfig, deps: RunDeps, onEvent: OnRunEvent): Promise<RunResult> {
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const check = await checkSheet(config, deps);
  // Ctrl-C while the sheet was read and checked: stop here, before printing or sending anything.
  await stopIfAborted(deps.signal, config.command === 'status' ? 'interrupted.nothing_changed' : 'run.interrupted_before');

  if (config.command === 'status') {
    if (config.api === null) throw new UsageError('status.credentials_missing');
    await deps.onChecked?.(check, 'status');
    const { readStatus } = await import('./readStatus.js');
    return readStatus(check, config, config.api, deps, onEvent, startedAt);
  }
  const hasErrors = check.rows.some((r) => r.status === 'invalid');
  const wantsApi = (!config.dryRun || config.api !== null) && (!hasErrors || config.skipInvalid);
  if (!wantsApi || !check.rows.some((r) => r.status === 'valid')) {
    await deps.onChecked?.(check, 'check');
    return checkResult(check, config.dryRun, null, now() - startedAt);
  }
  if (config.api === null) {
    await deps.onChecked?.(check, 'check');
    return checkResult(check, config.dryRun, new UsageError('credentials.missing'), now() - startedAt);
  }
  // An online run writes --report too, before anything is sent, so that an unwritable path stops it first.
  await deps.onChecked?.(check, config.dryRun ? 'plan' : 'import');
  // The online half (engine, journal) loads only when it runs: a dry run at the desk does not pay for it.
  const { runOnline } = await import('./runOnline.js');
  return runOnline(check, config, config.api, deps, onEvent, startedAt);
}

