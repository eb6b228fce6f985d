import { resolve } from 'node:path';
import type { BanqupApi } from '../api/types.js';
import type { ApiConfig, RunConfig } from '../config/config.js';
import type { OnRunEvent } from '../engine/events.js';
import { runImport } from '../engine/runImport.js';
import type { RunResult } from '../engine/runResult.js';
import { EXIT } from '../errors.js';
import { exitCodeFor } from '../exitCodeFor.js';
import { readInput } from '../input/readInput.js';
import type { Io } from '../io.js';
import { rendererFor } from '../messages.js';
import { assertOutputPath } from '../report/assertWritablePath.js';
import { openProgressReporter } from '../report/progressReporter.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import { VERSION } from '../version.js';
import { openColumnSession } from './columnSession.js';
import { ndjsonStream, publishRun } from './publishRun.js';
import { writeReport } from './writeReport.js';

/**
 * `banqup-import FILE` and `banqup-import status FILE`: the config goes into the headless core,
 * its events to the progress reporter (and `--ndjson`), its result to stdout and the files.
 */
export async function runSheet(config: RunConfig, io: Io): Promise<RunResult> {
  const render = rendererFor(config.output.lang);
  const reporter = await openProgressReporter({ stream: io.stderr, mode: config.output.progress, render, lang: config.output.lang });
  const stream = ndjsonStream(config, io, render);
  const columns = await openColumnSession(config, io, render);
  try {
    const result = await runImport(
      config,
      {
        readInput: () => readInput(config.file, io),
        openApi,
        columns: columns.deps,
        onChecked: async (check, mode) => {
          // A results file that cannot be written stops a run meant for Banqup before anything is sent.
          if (mode !== 'check' && config.output.results !== undefined) assertOutputPath(resolve(config.cwd, config.output.results));
          await writeReport(check, config, render);
          await columns.save(check.sheet.columns);
        },
        ...(io.signal !== undefined && { signal: io.signal }),
      },
      (event) => {
        reporter.onEvent(event);
        if (event.type === 'row-done') stream(event.row);
      },
    );
    reporter.stop();
    const exitCode = exitCodeFor(result);
    await publishRun(result, exitCode, config, io, render, stream);
    // An import that did not get to its end: say where its memory is, and that rerunning resumes.
    if (result.mode === 'import' && exitCode !== EXIT.ok) {
      io.stderr.write(`banqup-import: ${sanitizeForTerminal(render('journal.where', { path: config.journalPath }))}\n`);
    }
    return result;
  } finally {
    reporter.stop();
  }
}

/** The adapter, loaded on first need: a dry run without credentials never loads the HTTP client. */
export async function openApi(api: ApiConfig, onEvent: OnRunEvent): Promise<BanqupApi> {
  const { createBanqupApi } = await import('../api/banqupApi.js');
  return createBanqupApi({
    baseUrl: api.baseUrl,
    clientId: api.clientId,
    clientSecret: api.clientSecret,
    version: VERSION,
    rate: api.rate,
    concurrency: api.concurrency,
    adaptive: api.adaptive,
    timeoutMs: api.timeoutMs,
    onEvent,
  });
}
