import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../src/config/config.js';
import { resolveConfig, type Terminal } from '../../src/config/resolveConfig.js';
import { checkSheet } from '../../src/engine/checkSheet.js';
import { UsageError } from '../../src/errors.js';
import { COLUMNS } from '../../src/input/columns.js';
import { EMPTY_MAPPING, mergeMappings, parseMapFlag, type ColumnMapping } from '../../src/input/columnMapping.js';
import { ColumnsUnresolved, type ColumnReview } from '../../src/input/reviewColumns.js';
import { buildWorkbook, templateRow } from '../helpers/workbook.js';

const terminal: Terminal = { stdoutIsTTY: true, stdoutColumns: 120, stderrIsTTY: true, stderrColumns: 120, stdinIsTTY: true, supportedColorLevel: 3 };
const config = (flags: Record<string, unknown>, env: Record<string, string> = {}, term: Terminal = terminal, file = 'clients.xlsx'): RunConfig =>
  resolveConfig({ command: 'import', file, flags }, env, term, '/work') as RunConfig;

describe('resolveConfig: --map, --mapping, --save-mapping', () => {
  it('parses every --map now, in order, and keeps the file names as typed', () => {
    const { columns } = config({ map: ['N° RCS=F', 'Notes=-'], mapping: 'export.json', saveMapping: 'next.json' });
    expect(columns).toMatchObject({
      map: [{ header: 'N° RCS', target: 'companyNumber', source: 'map' }, { header: 'Notes', target: null, source: 'map' }],
      mappingFile: 'export.json',
      saveMapping: 'next.json',
    });
  });

  it('refuses a bad --map before the sheet is read (exit 2)', () => {
    expect(() => config({ map: ['N° RCS=Z'] })).toThrow(UsageError);
  });

  it.each([
    ['a terminal on stdin and stderr', {}, {}, terminal, 'clients.xlsx', true],
    ['stdin not a terminal (a script)', {}, {}, { ...terminal, stdinIsTTY: false }, 'clients.xlsx', false],
    ['stdin unknown', {}, {}, { ...terminal, stdinIsTTY: undefined }, 'clients.xlsx', false],
    ['stderr not a terminal', {}, {}, { ...terminal, stderrIsTTY: false }, 'clients.xlsx', false],
    ['under CI', {}, { CI: 'true' }, terminal, 'clients.xlsx', false],
    ['CI=false', {}, { CI: 'false' }, terminal, 'clients.xlsx', true],
    ['--json', { json: true }, {}, terminal, 'clients.xlsx', false],
    ['--ndjson', { ndjson: true }, {}, terminal, 'clients.xlsx', false],
    ['the sheet on standard input', {}, {}, terminal, '-', false],
  ] as const)('asks for missing columns with %s: %s', (_what, flags, env, term, file, ask) => {
    expect(config(flags, env, term, file).columns.ask).toBe(ask);
  });
});

describe('checkSheet: the shell answers when the columns stop the run', () => {
  const headers = COLUMNS.map((c) => (c.key === 'companyNumber' ? 'N° RCS' : c.label.en));
  const bytes = buildWorkbook([{ name: 'Clients', rows: [headers, templateRow()] }], 'xlsx');
  const check = (choose?: (review: ColumnReview) => Promise<ColumnMapping | undefined>) =>
    checkSheet(
      { file: 'x.xlsx', maxRows: 100, sharing: {} },
      { readInput: () => Promise.resolve(bytes), columns: { mapping: EMPTY_MAPPING, ...(choose && { choose }) } },
    );

  it('reads the sheet again with the mapping the answer gives', async () => {
    const asked: ColumnReview[] = [];
    const result = await check((review) => {
      asked.push(review);
      return Promise.resolve(mergeMappings([parseMapFlag('N° RCS=F')]));
    });
    expect(asked.map((r) => r.unknown.map((c) => [c.letter, c.suggestion?.key]))).toEqual([[['F', 'companyNumber']]]);
    expect(result.rows[0]?.client?.companyNumber).toBe('B123456');
  });

  it('without an answer, or without anyone to ask, stops as before', async () => {
    await expect(check(() => Promise.resolve(undefined))).rejects.toBeInstanceOf(ColumnsUnresolved);
    await expect(check()).rejects.toMatchObject({ code: 'mapping.unknown_columns', exitCode: 2 });
  });
});
