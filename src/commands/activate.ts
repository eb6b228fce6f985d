import type { ActivateConfig } from '../config/config.js';
import { activateClients } from '../engine/activateClients.js';
import type { RunResult } from '../engine/runResult.js';
import { UsageError } from '../errors.js';
import { exitCodeFor } from '../exitCodeFor.js';
import { readInput } from '../input/readInput.js';
import type { Io } from '../io.js';
import { rendererFor } from '../messages.js';
import { openProgressReporter } from '../report/progressReporter.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import { askConfirm } from './ask.js';
import { ndjsonStream, publishRun } from './publishRun.js';
import { openApi } from './runSheet.js';

/**
 * `banqup-import activate [FILE]`: lists the inactive clients (of the space, or of the sheet's
 * rows), asks to confirm their number in a terminal (a script needs `--yes`), activates them in
 * batches, and publishes the result as the import does (table and links, JSON, `--results`).
 */
export async function runActivate(config: ActivateConfig, io: Io): Promise<RunResult | 'done'> {
  if (config.api === null) throw new UsageError('space.credentials_missing');
  // Refused before anything is read: a script learns at once what it lacks.
  if (!config.dryRun && !config.yes && !config.interactive) throw new UsageError('activate.needs_yes');
  const render = rendererFor(config.output.lang);
  const reporter = await openProgressReporter({ stream: io.stderr, mode: config.output.progress, render, lang: config.output.lang });
  const stream = ndjsonStream(config, io, render);
  let declined = false;
  try {
    const result = await activateClients(
      config,
      config.api,
      {
        readInput: () => readInput(config.file ?? '-', io),
        openApi,
        ...(io.signal !== undefined && { signal: io.signal }),
        ...(config.interactive && {
          confirm: async (count, space) => {
            reporter.stop();
            const yes = await askConfirm(io, sanitizeForTerminal(render('activate.confirm', { n: count, space: space.name || space.id })));
            declined = !yes;
            return yes;
          },
        }),
      },
      (event) => {
        reporter.onEvent(event);
        if (event.type === 'row-done') stream(event.row);
      },
    );
    reporter.stop();
    if (declined) {
      io.stderr.write(`banqup-import: ${render('activate.declined', {})}\n`);
      return 'done';
    }
    const publish = { ...config, file: config.file ?? '' };
    if (result.rows.length === 0 && config.output.format === 'table') io.stdout.write(`${render('activate.none', {})}\n`);
    else await publishRun(result, exitCodeFor(result), publish, io, render, stream);
    return result;
  } finally {
    reporter.stop();
  }
}
