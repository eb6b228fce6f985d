import type { RunConfig } from '../config/config.js';
import type { MessageParams } from '../domain/types.js';
import type { RunDeps } from '../engine/runResult.js';
import type { ColumnMapping } from '../input/columnMapping.js';
import type { TableColumns } from '../input/locateTable.js';
import type { ColumnReview } from '../input/reviewColumns.js';
import type { Io } from '../io.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import { loadMapping } from './loadMapping.js';
import { saveMapping } from './saveMapping.js';

/** The column mapping of one run: what the core reads the sheet with, and the saving of it afterwards. */
export interface ColumnSession {
  readonly deps: NonNullable<RunDeps['columns']>;
  /** Writes the mapping used, when `--save-mapping` or the prompt asked for it; says so on stderr. */
  readonly save: (columns: TableColumns) => Promise<void>;
}

/**
 * Loads `--mapping` and `--map` (exit 2 on a bad file or entry, before the sheet is read) and,
 * when someone can answer at the terminal, lends the core a way to ask for missing columns
 * (commands/promptColumns.ts, loaded only when a question comes).
 */
export async function openColumnSession(config: RunConfig, io: Io, render: (code: string, params: MessageParams) => string): Promise<ColumnSession> {
  let mapping: ColumnMapping = await loadMapping(config);
  let saveTo = config.columns.saveMapping;
  const choose = async (review: ColumnReview): Promise<ColumnMapping> => {
    const { promptColumns } = await import('./promptColumns.js');
    const answer = await promptColumns(review, { io, render, offerSave: saveTo === undefined });
    mapping = answer.mapping;
    saveTo ??= answer.saveTo;
    return mapping;
  };
  return {
    deps: { mapping, ...(config.columns.ask && { choose }) },
    save: async (columns) => {
      if (saveTo === undefined) return;
      await saveMapping(saveTo, config, columns, mapping);
      io.stderr.write(`banqup-import: ${sanitizeForTerminal(render('mapping.saved', { path: saveTo }))}\n`);
    },
  };
}
