import { describe, expect, it } from 'vitest';
import type { ColumnKey } from '../../src/domain/types.js';
import { InputError } from '../../src/errors.js';
import { COLUMNS } from '../../src/input/columns.js';
import { EMPTY_MAPPING, mergeMappings, parseMapFlag } from '../../src/input/columnMapping.js';
import { loadWorkbook } from '../../src/input/loadWorkbook.js';
import { locateTable } from '../../src/input/locateTable.js';
import { ColumnsUnresolved, fieldsToAsk } from '../../src/input/reviewColumns.js';
import { renderMessage } from '../../src/messages.js';
import { buildWorkbook, templateRow, type CellInput } from '../helpers/workbook.js';

/** A sheet with the template's English headers, some renamed to the export's own, and one data row. */
function exportOf(renamed: Partial<Record<ColumnKey, string>>, extra: readonly [string, CellInput][] = [], row: Partial<Record<ColumnKey, CellInput>> = {}) {
  const headers = [...COLUMNS.map((c) => renamed[c.key] ?? c.label.en), ...extra.map(([h]) => h)];
  const cells = [...templateRow(row), ...extra.map(([, v]) => v)];
  return loadWorkbook(buildWorkbook([{ name: 'Clients', rows: [headers, cells] }], 'xlsx')).workbook;
}
const maps = (...flags: string[]) => mergeMappings(flags.map(parseMapFlag));
const letters = (table: ReturnType<typeof locateTable>) => Object.fromEntries(Object.entries(table.columns).map(([k, c]) => [k, c.letter]));

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}

describe('locateTable with a mapping', () => {
  it('reads a mapped header as the template column, matching as the reader does (case, accents, *)', () => {
    const table = locateTable(exportOf({ companyNumber: 'N° RCS', assigneeEmails: 'E-mails des assignés' }), {
      mapping: maps('n° rcs *=F', 'E-MAILS DES ASSIGNES=assigneeEmails'),
    });
    expect(letters(table)).toMatchObject({ companyNumber: 'F', assigneeEmails: 'N' });
    expect(table.columns.companyNumber?.header).toBe('N° RCS');
    expect(table.notes).toEqual([]);
  });

  it('finds the header row of an export whose headers are all its own, by the mapping', () => {
    const own = Object.fromEntries(COLUMNS.map((c, i) => [c.key, `Feld ${i + 1}`])) as Record<ColumnKey, string>;
    const mapping = mergeMappings(COLUMNS.map((c, i) => ({ header: `Feld ${i + 1}`, target: c.key, source: 'file' as const })));
    const table = locateTable(exportOf(own), { mapping });
    expect(table.headerRow).toBe(1);
    expect(letters(table)).toEqual(Object.fromEntries(COLUMNS.map((c) => [c.key, c.letter])));
  });

  it('leaves a column mapped to - out: not read, not reported', () => {
    const table = locateTable(exportOf({}, [['Notes', 'call back']]), { mapping: maps('Notes=-') });
    expect(table.ignoredHeaders).toEqual([]);
  });

  it.each([
    {
      what: 'a mapped header the sheet does not have',
      mapping: maps('RCS number=F'),
      code: 'mapping.header_not_found',
      params: { header: 'RCS number', sheet: 'Clients' },
    },
    {
      what: 'a mapped column that a header of the template already is',
      mapping: maps('Notes=F'),
      extra: [['Notes', 'B999']] as [string, CellInput][],
      code: 'mapping.column_taken',
      params: { mapped: 'Notes', other: 'RCS', column: 'companyNumber', leaveOut: '--map "RCS=-"' },
    },
  ])('refuses $what (exit 2)', ({ mapping, extra, code, params }) => {
    const error = refusal(() => locateTable(exportOf({}, extra ?? []), { mapping }));
    expect(error.exitCode).toBe(2);
    expect({ code: error.code, params: error.params }).toMatchObject({ code, params });
  });
});

describe('columns the template does not know', () => {
  it('stops when an unknown column with data resembles a missing one ("N° RCS"), with the --map to add', () => {
    const error = refusal(() => locateTable(exportOf({ companyNumber: 'N° RCS' })));
    expect(error).toBeInstanceOf(ColumnsUnresolved);
    expect(error.code).toBe('mapping.unknown_columns');
    expect(error.params).toMatchObject({ suggested: 'F "N° RCS"', maps: '--map "N° RCS=F"', leaveOut: '--map "N° RCS=-"' });
    expect(renderMessage(error.code, error.params, 'en')).toBe(
      'Columns the template does not know hold data and resemble columns the sheet lacks: F "N° RCS" (F RCS). To import them, add --map "N° RCS=F"; ' +
        'to leave them out, add --map "N° RCS=-". Nothing was checked or sent.',
    );
  });

  it('stops when a required column is missing and an unknown column holds data, naming both and the fix', () => {
    const error = refusal(() => locateTable(exportOf({ iban: 'Numéro de compte' })));
    expect(error.code).toBe('mapping.missing_columns');
    expect(error.params).toMatchObject({ missing: 'iban', columns: 'H "Numéro de compte"', maps: '--map "Numéro de compte=H"' });
    expect(renderMessage(error.code, error.params, 'fr')).toContain('La feuille « Clients » n’a pas de colonne H IBAN du modèle');
    expect(fieldsToAsk((error as ColumnsUnresolved).review)).toEqual(['iban']);
  });

  it('without a suggestion, the missing-column stop shows the form of a --map', () => {
    const error = refusal(() => locateTable(exportOf({ iban: 'Zahlungsweg' }, [], { iban: 'virement' })));
    expect(error.code).toBe('mapping.missing_columns');
    expect(error.params).toMatchObject({ maps: '', example: '--map "Zahlungsweg=H"' });
    expect(renderMessage(error.code, error.params, 'en')).toContain('Say which column holds what with --map "<header>=<letter>", for example --map "Zahlungsweg=H".');
  });

  it('asks about RCS and VAT when neither is there', () => {
    const error = refusal(() => locateTable(exportOf({ companyNumber: 'Registre', vatNumber: 'Steuer' }, [], { companyNumber: 'B123456', vatNumber: 'LU15027442' })));
    expect(error.code).toBe('mapping.missing_columns');
    const review = (error as ColumnsUnresolved).review;
    expect(review.needsRcsOrVat).toBe(true);
    expect(fieldsToAsk(review)).toEqual(['companyNumber', 'vatNumber']);
    expect(renderMessage(error.code, error.params, 'en')).toContain('has no column F RCS or G VAT of the template');
  });

  it('only warns, with the --map, when an unknown column’s values alone look like a missing column', () => {
    const table = locateTable(exportOf({ bic: 'Banque' }, [], { bic: 'BCEELULL' }));
    expect(table.notes).toEqual([
      { code: 'file.column_looks_like', severity: 'warning', params: { letter: 'I', header: 'Banque', kind: 'bic', column: 'bic', map: '--map "Banque=I"' } },
    ]);
  });

  it('keeps an unknown column without data, or unlike anything, a plain note (no stop)', () => {
    const table = locateTable(exportOf({}, [['N° SIREN', null], ['Téléphone', '+352 12 34 56']]));
    expect(table.notes).toEqual([]);
    expect(table.ignoredHeaders.map((h) => h.header)).toEqual(['N° SIREN', 'Téléphone']);
  });

  it('a column resembling one the sheet has already is not suggested (a second IBAN)', () => {
    expect(locateTable(exportOf({}, [['IBAN 2', 'BE68539007547034']]), { mapping: EMPTY_MAPPING }).notes).toEqual([]);
  });
});
