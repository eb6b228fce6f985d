import { describe, expect, it } from 'vitest';
import type { ColorFns } from '../../src/colors.js';
import { checkRows, MAX_ISSUES } from '../../src/domain/checkRows.js';
import type { Issue, RawRow, Row } from '../../src/domain/types.js';
import { COLUMN_INFO } from '../../src/engine/checkSheet.js';
import { COLUMNS } from '../../src/input/columns.js';
import { parseCsv } from '../../src/input/decodeCsv.js';
import { loadWorkbook, MAX_FILLED_CELLS } from '../../src/input/loadWorkbook.js';
import { renderIssueTable } from '../../src/report/issueTable.js';
import { renderImportTable, type ImportTableRow } from '../../src/report/importTable.js';
import { appendAll, largest } from '../../src/report/largeLists.js';
import { checkedRow, sheetCheck, sheetIssue } from '../helpers/rows.js';

// Issue 11, attack 2: a 200 000-row sheet ended exit 1 with "Maximum call stack size exceeded":
// every line of the table was spread as arguments of one call. 160 000 is past V8's limit of arguments.
const MANY = 160_000;
const identity = (s: string) => s;
const plain: ColorFns = { red: identity, yellow: identity, green: identity, dim: identity, bold: identity };
const iban = COLUMNS.find((c) => c.key === 'iban')!;

describe('lists as long as a sheet', () => {
  it('renders the check table of 160 000 rows with an error each', () => {
    const rows: Row[] = Array.from({ length: MANY }, (_, i) => {
      const issue: Issue = sheetIssue({ row: i + 2, column: 'H', header: iban.label.en, key: 'iban', field: 'iban', severity: 'error', code: 'iban.checksum', params: {}, value: 'LU00' });
      return checkedRow({ row: i + 2, status: 'invalid', client: null, issues: [issue], changes: [] });
    });
    const text = renderIssueTable(
      sheetCheck(rows, { file: 'big.csv', sheetName: 'Sheet1' }),
      { render: (code) => code, lang: 'en', width: 100, color: plain },
    );
    expect(text).toContain(`Errors (${MANY})`);
    expect(text).toContain(`${MANY + 1}  H IBAN`);
  });

  it('renders the import table of 160 000 rows', () => {
    const rows: ImportTableRow[] = Array.from({ length: MANY }, (_, i) => ({ row: i + 2, name: `Client ${i}`, state: 'valid', tone: 'ok', messages: [] }));
    const text = renderImportTable({ heading: 'h', headers: { row: 'Row', client: 'Client', state: 'Status', clientId: 'Client id' }, rows, footer: ['done'], footerTone: 'ok', width: 100, color: plain });
    expect(text).toContain(`Client ${MANY - 1}`);
  });

  it('appends and measures more items than a call takes arguments', () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(appendAll([-1], items)).toHaveLength(500_001);
    expect(largest(0, items, (n) => n)).toBe(499_999);
  });
});

describe('sheets too big to hold are refused while they are read', () => {
  it('stops splitting a CSV once its filled cells pass the budget, and says at which row', () => {
    const text = 'a,b,c\n'.repeat(10);
    expect(parseCsv(text, ',', Infinity, { text: 1000, cells: 7 })).toMatchObject({ overBudget: { kind: 'cells', row: 3 } });
    expect(parseCsv(text, ',', Infinity, { text: 5, cells: 1000 })).toMatchObject({ overBudget: { kind: 'text', row: 2 } });
    expect(parseCsv(text, ',', Infinity, { text: 1000, cells: 1000 }).overBudget).toBeUndefined();
  });

  it('refuses a CSV of many tiny rows, past its budget of filled cells, as input.too_many_cells', () => {
    const header = `${COLUMNS.map((c) => c.label.en).join(',')}\n`;
    const bytes = new TextEncoder().encode(header + 'a,b,c,d\n'.repeat(100_000));
    expect(() => loadWorkbook(bytes, { maxRows: 1_000_000, maxFilledCells: 20_000 })).toThrow(
      expect.objectContaining({ code: 'input.too_many_cells', exitCode: 2, params: expect.objectContaining({ row: Math.floor((20_000 - COLUMNS.length) / 4) + 2 }) as unknown }),
    );
    expect(MAX_FILLED_CELLS).toBe(3_000_000);
  });

  it('stops the check past its most problems (input.too_many_problems, exit 2)', () => {
    // One filled cell a row: every other required cell is a problem, 10 a row.
    const rows: RawRow[] = Array.from({ length: 200 }, (_, i) => ({ row: i + 2, cells: { legalName: { typed: 'x', text: 'x', findings: [] } } }));
    const places = Object.fromEntries(COLUMNS.map((c) => [c.key, { letter: c.letter, header: c.label.en }]));
    expect(checkRows(rows, places, COLUMN_INFO, {}, 2000)).toHaveLength(200);
    expect(MAX_ISSUES).toBe(1_000_000);
    expect(() => checkRows(rows, places, COLUMN_INFO, {}, 1000)).toThrow(expect.objectContaining({ code: 'input.too_many_problems', exitCode: 2 }));
  });
});
