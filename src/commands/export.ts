import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { ExportConfig } from '../config/config.js';
import { exportSpace } from '../engine/exportSpace.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { rendererFor } from '../messages.js';
import { buildExportCsv, buildExportJson, buildExportWorkbook, exportTable } from '../report/exportTable.js';
import { openProgressReporter } from '../report/progressReporter.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import { unwritableError, writeFileAtomically } from '../report/writeAtomically.js';
import { openApi } from './runSheet.js';

/**
 * `banqup-import export [-o file]`: every client of the space, read page by page, written in the
 * template's format (re-importable with `--update`) as .xlsx, .csv or .json by extension; `-` is
 * CSV on standard output. An existing file is replaced only with --force. Read-only in Banqup.
 */
export async function runExport(config: ExportConfig, io: Io): Promise<'done'> {
  if (config.api === null) throw new UsageError('export.no_credentials');
  const render = rendererFor(config.lang);
  const toStdout = config.output === '-';
  const path = resolve(config.cwd, config.output);
  // Refused before Banqup is read: a long listing must not end in "file exists".
  if (!toStdout && !config.force && (await exists(path))) throw new UsageError('export.exists', { path: config.output });
  const reporter = await openProgressReporter({ stream: io.stderr, mode: config.progress, render, lang: config.lang });
  let read;
  try {
    read = await exportSpace(config.api, { openApi }, (event) => reporter.onEvent(event));
  } finally {
    reporter.stop();
  }
  const kind = toStdout ? '.csv' : extname(config.output).toLowerCase();
  const table = exportTable(read.clients, config.lang, render);
  const data =
    kind === '.xlsx'
      ? buildExportWorkbook(table, render('export.sheet_name', {}))
      : kind === '.json'
        ? buildExportJson(read.space, read.clients)
        : buildExportCsv(table, { bom: !toStdout });
  if (toStdout) {
    io.stdout.write(data);
  } else {
    await writeFileAtomically(path, data).catch((error: unknown) => {
      throw unwritableError(error, config.output);
    });
  }
  const where = toStdout ? '-' : config.output;
  io.stderr.write(`${sanitizeForTerminal(render('export.written', { n: read.clients.length, path: where }))}\n`);
  return 'done';
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
