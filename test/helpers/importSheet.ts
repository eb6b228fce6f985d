import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ColumnKey } from '../../src/domain/types.js';
import { buildWorkbook, templateHeaders, templateRow, writeTempFile, type CellInput } from './workbook.js';

/** The 12 valid clients of the demo sheet. */
export const EXAMPLE_SHEET = fileURLToPath(new URL('../../fixtures/example-clients.xlsx', import.meta.url));

/** A fresh folder for a journal (`--state-dir`), so that every test starts from nothing. */
export function stateDir(): string {
  return mkdtempSync(join(tmpdir(), 'banqup-state-'));
}

let sheets = 0;

/**
 * Writes an .xlsx with the template headers and one valid row per entry, each a distinct LU
 * client (its own reference, VAT-less RCS number and name) unless the entry overrides cells.
 */
export async function writeClientSheet(rows: readonly Partial<Record<ColumnKey, CellInput>>[]): Promise<string> {
  const data = rows.map((over, i) =>
    templateRow({
      legalName: `Client ${i + 1} S.à r.l.`,
      companyNumber: `B${200100 + i}`,
      vatNumber: null,
      externalReference: `E2E-${String(i + 1).padStart(3, '0')}`,
      contactEmail: `contact${i + 1}@client.example`,
      ...over,
    }),
  );
  const bytes = buildWorkbook([{ name: 'Clients', rows: [templateHeaders(), ...data] }], 'xlsx');
  return writeTempFile(`sheet-${++sheets}.xlsx`, bytes);
}
