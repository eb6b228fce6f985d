import { extname, resolve } from 'node:path';
import type { RunConfig } from '../config/config.js';
import type { SheetCheck } from '../engine/runResult.js';
import { checkResult } from '../engine/runResult.js';
import { buildCsvReport } from '../report/csvReport.js';
import { buildErrorWorkbook } from '../report/errorWorkbook.js';
import { buildJson, type Render } from '../report/jsonDocument.js';
import { jsonForTerminal } from '../report/sanitize.js';
import { unwritableError, writeFileAtomically } from '../report/writeAtomically.js';

/**
 * `--report`: the sheet's problems as .xlsx (the user's own sheet with an Errors column and
 * comments), .csv or .json. Never over the input file itself.
 */
export async function writeReport(check: SheetCheck, config: RunConfig, render: Render): Promise<void> {
  const report = config.output.report;
  if (report === undefined) return;
  const path = resolve(config.cwd, report);
  const refuse = check.file === '-' ? [] : [resolve(config.cwd, check.file)];
  const kind = extname(report).toLowerCase();
  const lang = config.output.lang;
  const workbook = check.sheet.workbook;
  if (kind === '.xlsx' && workbook === undefined) throw new Error('the .xlsx report needs the workbook, which checkSheet keeps for it');
  const data =
    kind === '.xlsx' && workbook !== undefined
      ? buildErrorWorkbook({
          workbook,
          sheetName: check.sheet.sheetName,
          headerRow: check.sheet.headerRow,
          rows: check.rows,
          render,
          lang,
        })
      : kind === '.csv'
        ? buildCsvReport(check, render, lang)
        : `${jsonForTerminal(buildJson(checkResult(check, config.dryRun, null, 0), null, render), 2)}\n`;
  await writeFileAtomically(path, data, { refuse }).catch((error: unknown) => {
    throw unwritableError(error, report);
  });
}
