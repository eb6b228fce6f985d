import { extname, resolve } from 'node:path';
import { colorsFor } from '../colors.js';
import type { RunConfig } from '../config/config.js';
import type { Row } from '../domain/types.js';
import type { RunResult } from '../engine/runResult.js';
import type { Io } from '../io.js';
import { closingSentence } from '../report/closingSentence.js';
import { buildJson, jsonDocumentText, ndjsonRowLine, ndjsonSummaryLine, type JsonDocument, type Render } from '../report/jsonDocument.js';
import { buildResultsCsv, buildResultsWorkbook } from '../report/resultsFile.js';
import { renderLinksBlock } from '../report/linksBlock.js';
import { renderRunTable } from '../report/runTable.js';
import { jsonForTerminal } from '../report/sanitize.js';
import { writeFileAtomically } from '../report/writeAtomically.js';

/** What publishing needs of a command's config: the sheet ('' for none, never written over), where, how, and whether it reached Banqup. */
export type PublishConfig = Pick<RunConfig, 'file' | 'cwd' | 'output' | 'api'>;

/**
 * Prints a run's product on stdout — the table, the JSON document, or the NDJSON rows not yet
 * streamed and the summary line — then writes `--results` for a run meant for Banqup.
 */
export async function publishRun(result: RunResult, exitCode: number, config: PublishConfig, io: Io, render: Render, stream: (row: Row) => void): Promise<void> {
  const verdict = closingSentence(result, exitCode, render);
  // Built only when printed or written: for the table of a 100 000-row dry run it was 0.6 s and
  // a copy of every row for nothing.
  let built: JsonDocument | undefined;
  const doc = () => (built ??= buildJson(result, verdict, render));
  const output = config.output;
  if (output.format === 'json') {
    // In pieces: the whole text of a big import, and its copies, set its peak memory.
    for (const piece of jsonDocumentText(result, verdict, render)) io.stdout.write(piece);
  } else if (output.format === 'ndjson') {
    for (const row of result.rows) stream(row);
    io.stdout.write(`${ndjsonSummaryLine(doc())}\n`);
  } else {
    io.stdout.write(renderRunTable(result, verdict, { render, lang: output.lang, width: output.width, color: await colorsFor(output.colorLevel) }));
    io.stdout.write(renderLinksBlock(result.rows, render));
  }
  // A run meant for Banqup writes its results however it ended (done, partial, stopped, interrupted):
  // a check that never meant to go there (no credentials, rows in error) has none to give.
  const meantForBanqup = result.mode !== 'check' || (result.fatal !== null && config.api !== null);
  if (output.results !== undefined && meantForBanqup) await writeResults(result, doc, output.results, config, render);
}

async function writeResults(result: RunResult, doc: () => JsonDocument, file: string, config: PublishConfig, render: Render): Promise<void> {
  const path = resolve(config.cwd, file);
  const refuse = config.file === '-' || config.file === '' ? [] : [resolve(config.cwd, config.file)];
  const kind = extname(file).toLowerCase();
  const lang = config.output.lang;
  const data =
    kind === '.xlsx'
      ? buildResultsWorkbook(result.rows, render, lang)
      : kind === '.csv'
        ? buildResultsCsv(result.rows, render, lang)
        : `${jsonForTerminal(doc(), 2)}\n`;
  await writeFileAtomically(path, data, { refuse });
}

/** `--ndjson`: a writer of each row once, as it finishes. */
export function ndjsonStream(config: Pick<RunConfig, 'output'>, io: Io, render: Render): (row: Row) => void {
  const streamed = new Set<number>();
  return (row) => {
    if (config.output.format !== 'ndjson' || streamed.has(row.row)) return;
    streamed.add(row.row);
    io.stdout.write(`${ndjsonRowLine(row, render)}\n`);
  };
}
