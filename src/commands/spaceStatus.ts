import type { SpaceStatusConfig } from '../config/config.js';
import { readSpaceStatus } from '../engine/readSpaceStatus.js';
import type { RunResult } from '../engine/runResult.js';
import { UsageError } from '../errors.js';
import { exitCodeFor } from '../exitCodeFor.js';
import type { Io } from '../io.js';
import { rendererFor } from '../messages.js';
import { openProgressReporter } from '../report/progressReporter.js';
import { ndjsonStream, publishRun } from './publishRun.js';
import { openApi } from './runSheet.js';

/**
 * `banqup-import status` without a sheet: every client of the space with its state and links,
 * the counts by state; `--json`, `--ndjson` and `--results` as for the import. Read-only.
 */
export async function runSpaceStatus(config: SpaceStatusConfig, io: Io): Promise<RunResult> {
  if (config.api === null) throw new UsageError('space.credentials_missing');
  const render = rendererFor(config.output.lang);
  const reporter = await openProgressReporter({ stream: io.stderr, mode: config.output.progress, render, lang: config.output.lang });
  try {
    const result = await readSpaceStatus(config.api, { openApi, ...(io.signal !== undefined && { signal: io.signal }) }, (event) => reporter.onEvent(event));
    reporter.stop();
    await publishRun(result, exitCodeFor(result), { ...config, file: '' }, io, render, ndjsonStream(config, io, render));
    return result;
  } finally {
    reporter.stop();
  }
}
