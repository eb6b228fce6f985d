import type { AddConfig, RunConfig } from '../config/config.js';
import { ADD_FLAGS } from '../config/options.js';
import type { ColumnKey } from '../domain/types.js';
import type { RunResult } from '../engine/runResult.js';
import { runImport } from '../engine/runImport.js';
import { UsageError } from '../errors.js';
import { columnSpec, COLUMNS } from '../input/columns.js';
import { flagTable } from '../input/flagTable.js';
import type { Io } from '../io.js';
import { rendererFor } from '../messages.js';
import { renderAddResult } from '../report/addResult.js';
import { jsonRow, type Render } from '../report/jsonDocument.js';
import { openProgressReporter } from '../report/progressReporter.js';
import { jsonForTerminal, sanitizeForTerminal } from '../report/sanitize.js';
import { askText } from './ask.js';
import { openApi } from './runSheet.js';

type Values = Partial<Record<ColumnKey, string>>;

const given = (values: Values, key: ColumnKey): boolean => (values[key] ?? '').trim() !== '';
const flagOf = (key: ColumnKey): string => ADD_FLAGS[key]?.flag ?? key;

/** The required columns no flag gave, in column order; `--rcs`/`--vat` count as one (at least one of them). */
export function missingValues(values: Values): (ColumnKey | 'rcsOrVat')[] {
  const missing: (ColumnKey | 'rcsOrVat')[] = [];
  for (const c of COLUMNS) {
    if (c.key === 'companyNumber' && !given(values, 'companyNumber') && !given(values, 'vatNumber')) missing.push('rcsOrVat');
    if (c.required && ADD_FLAGS[c.key] !== undefined && !given(values, c.key)) missing.push(c.key);
  }
  return missing;
}

/**
 * `banqup-import add`: one client from flags. Missing values are asked for in a terminal (exit 2
 * in a script), then the values go as a one-row table through the import's own core: the same
 * normalisers and rules, plan, create (looked up before any retry) and provisioning, journalled,
 * so that the same add run twice finds its client instead of making a second one.
 */
export async function runAdd(config: AddConfig, io: Io): Promise<RunResult> {
  const render = rendererFor(config.output.lang);
  let values: Values = { ...config.values };
  const missing = missingValues(values);
  if (missing.length > 0) {
    if (!config.interactive) {
      const flags = missing.map((m) => (m === 'rcsOrVat' ? render('add.rcs_or_vat', {}) : flagOf(m))).join(', ');
      throw new UsageError('add.missing_flags', { flags });
    }
    values = await askMissing(values, missing, config, io, render);
  }
  if (!config.dryRun && config.api === null) throw new UsageError('add.credentials_missing');

  // Sharing as the sheet's columns P–R say it: --share-documents is "yes" with that e-mail.
  const cells: Values = { ...values, ...(given(values, 'sharingEmail') && { shareDocuments: 'yes' }) };
  const flags = Object.fromEntries(Object.entries(ADD_FLAGS).map(([key, spec]) => [key, spec.flag])) as Values;
  flags.shareDocuments = flagOf('sharingEmail');
  const runConfig: RunConfig = {
    command: 'import',
    file: '',
    cwd: config.cwd,
    dryRun: config.dryRun,
    maxRows: 1,
    skipInvalid: false,
    restart: false,
    sharing: {},
    // One row built from flags: no file headers to map.
    columns: { map: [], ask: false },
    journalPath: config.journalPath,
    journalsManaged: config.journalsManaged,
    api: config.api,
    output: config.output,
    activate: config.activate,
  };
  const reporter = await openProgressReporter({ stream: io.stderr, mode: config.output.progress, render, lang: config.output.lang });
  const run = { created: false, activated: false };
  try {
    const result = await runImport(
      runConfig,
      {
        // Never called: the table comes from the flags.
        readInput: () => Promise.resolve(new Uint8Array()),
        readTable: () => Promise.resolve(flagTable(cells, flags)),
        openApi,
        ...(io.signal !== undefined && { signal: io.signal }),
      },
      (event) => {
        // One journal serves every add: "resuming" it would say nothing true about this client.
        if (event.type === 'notice' && event.code === 'journal.resuming') return;
        reporter.onEvent(event);
        if (event.type === 'phase-started' && event.total > 0 && event.phase === 'create') run.created = true;
        if (event.type === 'phase-started' && event.total > 0 && event.phase === 'provision') run.activated = true;
      },
    );
    reporter.stop();
    const row = result.rows[0];
    if (config.output.format === 'json') {
      if (row !== undefined) io.stdout.write(`${jsonForTerminal(jsonRow(row, render), 2)}\n`);
    } else {
      io.stdout.write(renderAddResult(result, run, render));
    }
    return result;
  } finally {
    reporter.stop();
  }
}

/** Asks, in the user's language, for each missing value; `--rcs`/`--vat`: the register number, else the VAT number. */
async function askMissing(values: Values, missing: readonly (ColumnKey | 'rcsOrVat')[], config: AddConfig, io: Io, render: Render): Promise<Values> {
  const lang = config.output.lang;
  const label = (key: ColumnKey): string => columnSpec(key).label[lang] ?? columnSpec(key).label.en;
  const required = render('add.prompt_required', {});
  const asked: Values = { ...values };
  io.stderr.write(`${render('add.prompt_intro', {})}\n`);
  for (const item of missing) {
    if (item === 'rcsOrVat') {
      const other = flagOf('vatNumber');
      const rcs = await askText(io, sanitizeForTerminal(render('add.prompt_optional', { label: label('companyNumber'), flag: flagOf('companyNumber'), other })), null);
      if (rcs !== '') asked.companyNumber = rcs;
      else asked.vatNumber = await askText(io, sanitizeForTerminal(render('add.prompt', { label: label('vatNumber'), flag: other })), required);
      continue;
    }
    asked[item] = await askText(io, sanitizeForTerminal(render('add.prompt', { label: label(item), flag: flagOf(item) })), required);
  }
  return asked;
}
