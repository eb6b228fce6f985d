import { describe, expect, it } from 'vitest';
import { tableWidth } from '../../src/report/tableWidth.js';

const io = (columns: number | undefined, COLUMNS?: string) => ({ stdout: { write: () => true, ...(columns !== undefined && { columns }) }, env: { COLUMNS } });

describe('tableWidth', () => {
  it.each([
    ['a terminal 132 wide', 132, undefined, 132],
    ['a narrow terminal, even with COLUMNS', 60, '200', 60],
    ['a pipe', undefined, undefined, 100],
    ['a pipe with COLUMNS=160 (| less)', undefined, '160', 160],
    ['a pty that reports 0 columns (CI, editors)', 0, undefined, 100],
    ['a pty that reports 0 columns, with COLUMNS', 0, '120', 120],
    ['COLUMNS that is not a number', undefined, 'wide', 100],
    ['COLUMNS=0', undefined, '0', 100],
    ['COLUMNS with a fraction', undefined, '80.5', 100],
  ])('%s', (_what, columns, env, width) => {
    expect(tableWidth(io(columns, env))).toBe(width);
  });
});
