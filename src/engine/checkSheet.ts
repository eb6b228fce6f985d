import { extname } from 'node:path';
import type { RunConfig } from '../config/config.js';
import { checkRows } from '../domain/checkRows.js';
import type { ColumnInfo } from '../domain/normaliseRow.js';
import type { ColumnKey } from '../domain/types.js';
import { COLUMNS } from '../input/columns.js';
import { readSheet } from '../input/readSheet.js';
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
  deps: Pick<RunDeps, 'readInput'>,
): Promise<SheetCheck> {
  const sharing = sharingOf(config.sharing);
  // Only the .xlsx report is built on the workbook; without it, SheetJS's cells go once the rows are
  // read. The file's bytes are not kept in a variable either: they can go as soon as they are parsed.
  const keepWorkbook = extname(config.output?.report ?? '').toLowerCase() === '.xlsx';
  const sheet = readSheet(await deps.readInput(), { maxRows: config.maxRows, keepWorkbook, ...(config.sheet === undefined ? {} : { sheet: config.sheet }) });
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


/** The run's sharing, its e-mail checked like column R: `--share-documents` that is no address is exit 2. */
function sharingOf(sharing: SharingDefaults): SharingDefaults {
  if (sharing.email === undefined) return sharing;
  const email = normaliseEmail(sharing.email).value;
  if (email === null) throw new UsageError('usage.share_email', { value: sharing.email });
  return { ...sharing, email };
}
