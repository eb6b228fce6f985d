import { extname } from 'node:path';
import type { RunConfig } from '../config/config.js';
import { checkRows } from '../domain/checkRows.js';
import type { ColumnInfo } from '../domain/normaliseRow.js';
import type { ColumnKey } from '../domain/types.js';
import { COLUMNS } from '../input/columns.js';
import { readSheet, type ReadSheetOptions, type SheetRead } from '../input/readSheet.js';
import { ColumnsUnresolved } from '../input/reviewColumns.js';
import { normaliseEmail } from '../domain/email.js';
import type { SharingDefaults } from '../domain/documentSharing.js';
import { UsageError } from '../errors.js';
import type { RunDeps, SheetCheck } from './runResult.js';

/** The API field and template letter of every column, as the pure row checker takes them. */
export const COLUMN_INFO = Object.fromEntries(
  COLUMNS.map((c) => [c.key, { field: c.field, label: c.label.en, letter: c.letter, required: c.required }]),
) as Record<ColumnKey, ColumnInfo>;

/** Reads and checks the sheet; throws InputError for files that cannot be read as a client sheet. */
export async function checkSheet(
  config: Pick<RunConfig, 'file' | 'sheet' | 'maxRows' | 'sharing'> & { readonly output?: Pick<RunConfig['output'], 'report'> },
  deps: Pick<RunDeps, 'readInput' | 'columns' | 'readTable'>,
): Promise<SheetCheck> {
  const sharing = sharingOf(config.sharing);
  // Only the .xlsx report is built on the workbook; without it, SheetJS's cells go once the rows are read.
  const keepWorkbook = extname(config.output?.report ?? '').toLowerCase() === '.xlsx';
  const opts: ReadSheetOptions = { maxRows: config.maxRows, keepWorkbook, ...(config.sheet === undefined ? {} : { sheet: config.sheet }) };
  const sheet = deps.readTable !== undefined ? await deps.readTable() : await readWithColumns(await deps.readInput(), opts, deps.columns);
  const places = Object.fromEntries(
    Object.entries(sheet.columns).map(([key, c]) => [key, { letter: c.letter, header: c.header }]),
  ) as Partial<Record<ColumnKey, { letter: string; header: string }>>;
  return {
    file: config.file,
    sheet,
    rows: checkRows(sheet.rows, places, COLUMN_INFO, sharing),
    notes: sheet.notes.map((n) => ({ code: n.code, severity: n.severity, params: n.params ?? {} })),
  };
}

/** Reads the sheet with the user's mapping; when its columns stop the run and someone can answer, asks once and reads again. */
async function readWithColumns(bytes: Uint8Array, opts: ReadSheetOptions, columns: RunDeps['columns']): Promise<SheetRead> {
  try {
    return readSheet(bytes, columns ? { ...opts, mapping: columns.mapping } : opts);
  } catch (error) {
    if (!(error instanceof ColumnsUnresolved) || columns?.choose === undefined) throw error;
    const mapping = await columns.choose(error.review);
    if (mapping === undefined) throw error;
    return readSheet(bytes, { ...opts, mapping });
  }
}

/** The run's sharing, its e-mail checked like column R: `--share-documents` that is no address is exit 2. */
function sharingOf(sharing: SharingDefaults): SharingDefaults {
  if (sharing.email === undefined) return sharing;
  const email = normaliseEmail(sharing.email).value;
  if (email === null) throw new UsageError('usage.share_email', { value: sharing.email });
  return { ...sharing, email };
}
