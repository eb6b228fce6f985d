import { resolve } from 'node:path';
import { usedMapping, type ColumnMapping } from '../input/columnMapping.js';
import type { TableColumns } from '../input/locateTable.js';
import { unwritableError, writeFileAtomically } from '../report/writeAtomically.js';

/**
 * Writes the mapping a run used (`--save-mapping`, or the name given at the prompt) as the JSON
 * that `--mapping` reads: the next export of the same software then imports without questions.
 */
export async function saveMapping(path: string, at: { readonly cwd: string; readonly file: string }, columns: TableColumns, mapping: ColumnMapping): Promise<void> {
  const text = `${JSON.stringify(usedMapping(columns, mapping), null, 2)}\n`;
  // Never over the sheet being read (a mapping saved as "clients.xlsx" by a slip of the keyboard).
  const refuse = at.file === '-' ? [] : [resolve(at.cwd, at.file)];
  try {
    await writeFileAtomically(resolve(at.cwd, path), text, { refuse });
  } catch (error) {
    throw unwritableError(error, path);
  }
}
