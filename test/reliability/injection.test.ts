import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SGR } from './cleanFailure.js';
import { ESCAPES } from './corpus/badFiles.js';
import {
  controlSheetNameXlsx, csvRecords, escapeCsv, escapeXlsx, FORMULA_START, FORMULA_VALUES, formulaCsv, formulasOf, formulaXlsx,
} from './corpus/hostileSheets.js';
import type { MeasuredRun } from './measureCli.js';
import { recordFigures } from './recordFigures.js';
import { tryCli, type Attempt } from './tryCli.js';

/*
 * Scenario 5, injection. Terminal: escape sequences and bidi controls from cells, headers, sheet
 * names, file names and flag values never reach stdout or stderr raw, in the table (English and
 * French), JSON, NDJSON, colour or not, and in the messages of refused files. Spreadsheets: values
 * starting with = + - @ tab or CR never become formulas in a --report .csv (prefixed with ') or
 * .xlsx (no formula that the input did not have).
 */

// Each test is one or two CLI runs: seconds alone, much longer on a machine shared with other suites.
vi.setConfig({ testTimeout: 300_000 });

const figures = recordFigures('injection', 'Injection (scenario 5)');
let dir = '';
const path = (name: string) => join(dir, name);
// File names a user could be handed: an ANSI colour, a bidi override, an OSC title change.
const EVIL_NAME = 'clients\u001b[31m\u202Egnp.xlsx';
const MISSING_NAME = 'gone\u001b]0;owned\u0007\u2066.xlsx';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banqup-reliability-injection-'));
  await writeFile(path('escapes.xlsx'), escapeXlsx());
  await writeFile(path('escapes.csv'), escapeCsv());
  await writeFile(path('bidi-sheet.xlsx'), escapeXlsx('Clients\u202E\u2066xslx.exe'));
  await writeFile(path('control-sheet.xlsx'), controlSheetNameXlsx('Cli\u001b[31ments\u0007'));
  await writeFile(path('no-header.xlsx'), controlSheetNameXlsx('Notes\u001b[2J\u202E', [['just', 'some', 'notes']]));
  await copyFile(path('escapes.xlsx'), path(EVIL_NAME));
  await writeFile(path(`empty-${EVIL_NAME}`), new Uint8Array());
  await writeFile(path('formulas.xlsx'), formulaXlsx());
  await writeFile(path('formulas.csv'), formulaCsv());
});

afterAll(async () => {
  figures.extra('escape sequences and bidi controls tried', ESCAPES.length);
  figures.extra('formula triggers tried', FORMULA_VALUES.length);
  figures.save();
  await rm(dir, { recursive: true, force: true });
});

async function attempt(a: Omit<Attempt, 'cwd'>): Promise<MeasuredRun> {
  const tried = await tryCli(figures, { cwd: dir, ...a });
  expect(tried.problems, tried.context).toEqual([]);
  return tried.run;
}

describe('terminal: escape sequences and bidi controls', () => {
  it.each([
    ['table/en', ['escapes.xlsx', '--dry-run']],
    ['table/fr', ['escapes.xlsx', '--dry-run', '--lang', 'fr']],
    ['table/csv-input', ['escapes.csv', '--dry-run']],
    ['table/sheet-name-with-bidi', ['bidi-sheet.xlsx', '--dry-run']],
    ['table/file-name-with-escapes', [EVIL_NAME, '--dry-run']],
    ['table/narrow-stdin', ['-', '--dry-run']],
  ] as const)('%s', async (name, args) => {
    const stdin = name === 'table/narrow-stdin' ? await readFile(path('escapes.xlsx')) : undefined;
    await attempt({ name: `terminal/${name}`, args, exits: [3], ...(stdin ? { stdin } : {}) });
  });

  it('table/sheet-name-with-control-characters', async () => {
    await attempt({ name: 'terminal/table/sheet-name-with-control-characters', args: ['control-sheet.xlsx', '--dry-run'], exits: [0], says: /sheet "Cli/ });
  });

  it('table/french-locale-from-LANG', async () => {
    await attempt({ name: 'terminal/table/LANG=fr_FR', args: ['escapes.xlsx', '--dry-run'], env: { LANG: 'fr_FR.UTF-8' }, exits: [3], says: /feuille/ });
  });

  it('table with colour forced: only our own colour sequences, same text as without colour', async () => {
    const plain = await attempt({ name: 'terminal/table/no-colour-reference', args: ['escapes.xlsx', '--dry-run'], exits: [3] });
    await attempt({
      name: 'terminal/table/FORCE_COLOR=1', args: ['escapes.xlsx', '--dry-run'], env: { NO_COLOR: undefined, FORCE_COLOR: '1' }, exits: [3], colour: true,
      check: (run) => {
        const problems: string[] = [];
        if (run.stdout.replace(SGR, '') === run.stdout) problems.push('no colour although FORCE_COLOR=1');
        if (run.stdout.replace(SGR, '') !== plain.stdout) problems.push('the text differs from the uncoloured table');
        return problems;
      },
    });
  });

  it.each([
    ['json', ['escapes.xlsx', '--dry-run', '--json']],
    ['ndjson', ['escapes.xlsx', '--dry-run', '--ndjson']],
  ] as const)('%s keeps the data and escapes the controls', async (name, args) => {
    await attempt({
      name: `terminal/${name}`, args, exits: [3],
      check: (run) => {
        const lines = name === 'json' ? [run.stdout] : run.stdout.trim().split('\n');
        const text = lines.map((l) => JSON.stringify(JSON.parse(l))).join('\n');
        // The data itself is untouched: the hostile text comes back when the JSON is parsed.
        return ESCAPES.filter((e) => e !== '\u009b31mC1-CSI' && !text.includes(JSON.stringify(e).slice(1, -1))).map((e) => `value lost: ${JSON.stringify(e)}`);
      },
    });
  });

  it.each([
    ['--sheet with escapes', ['escapes.xlsx', '--dry-run', '--sheet', 'X\u001b[31m\u202E'], /no sheet named/],
    ['--sheet with escapes, in French', ['escapes.xlsx', '--dry-run', '--lang', 'fr', '--sheet', 'X\u001b[31m\u202E'], /pas de feuille/],
    ['missing file named with escapes', [MISSING_NAME, '--dry-run'], /not found/],
    ['no header row in a sheet named with escapes', ['no-header.xlsx', '--dry-run'], /No header row/],
    ['empty file named with escapes', [`empty-${EVIL_NAME}`, '--dry-run'], /empty/],
    ['unknown option with escapes', ['escapes.xlsx', '--dry-run', '--\u001b[31mcolour\u202E'], /unknown option/i],
    ['bad --lang value', ['escapes.xlsx', '--dry-run', '--lang', '\u001b[31mfr'], /./],
    ['--report with a bad extension and escapes', ['escapes.xlsx', '--dry-run', '--report', 'r\u001b[31m\u202E.txt'], /report/],
    ['--report into a missing folder named with escapes', ['escapes.xlsx', '--dry-run', '--report', 'no\u001b]0;x\u0007dir/r.csv'], /./],
  ] as const)('refused: %s', async (name, args, says) => {
    await attempt({ name: `terminal/refused/${name}`, args, exits: [2], says });
  });
});

/** Problems of a --report .csv: a field that starts with a trigger, or a trigger value not defused. */
function csvReportProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.startsWith('\uFEFF')) problems.push('no BOM');
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  let defused = 0;
  for (const [i, record] of records.entries()) {
    for (const field of record) {
      if (FORMULA_START.test(field)) problems.push(`line ${i + 1}: field ${JSON.stringify(field)} starts a formula`);
      if (/^'[=+\-@\t\r]/.test(field)) defused++;
    }
  }
  if (defused === 0) problems.push('no defused field at all: the values did not reach the report');
  // A spreadsheet program's own reading: SheetJS turns "=…" CSV fields into formulas.
  const asSheet = formulasOf(new TextEncoder().encode(text));
  if (asSheet.size > 0) problems.push(`read as a spreadsheet, it has formulas: ${[...asSheet.values()].join(', ')}`);
  return problems;
}

/** Problems of a --report .xlsx: formulas the input did not have, trigger values not kept as text. */
function xlsxReportProblems(report: Uint8Array, input: Uint8Array | null): string[] {
  const before = input ? formulasOf(input) : new Map<string, string>();
  const after = formulasOf(report);
  const problems: string[] = [];
  for (const [where, f] of after) if (before.get(where) !== f) problems.push(`new formula at ${where}: =${f}`);
  for (const [where, f] of before) if (after.get(where) !== f) problems.push(`the user's formula at ${where} was lost`);
  return problems;
}

describe('spreadsheets: formula injection in reports', () => {
  it.each([
    ['xlsx input, csv report', 'formulas.xlsx', 'from-xlsx.csv'],
    ['csv input, csv report', 'formulas.csv', 'from-csv.csv'],
  ] as const)('%s', async (name, input, report) => {
    await attempt({
      name: `formulas/${name}`, args: [input, '--dry-run', '--report', report], exits: [3],
      check: async () => csvReportProblems(await readFile(path(report), 'utf8')),
    });
  });

  it.each([
    ['xlsx input, xlsx report', 'formulas.xlsx', 'from-xlsx.xlsx'],
    ['csv input, xlsx report', 'formulas.csv', 'from-csv.xlsx'],
  ] as const)('%s', async (name, input, report) => {
    await attempt({
      name: `formulas/${name}`, args: [input, '--dry-run', '--report', report], exits: [3],
      check: async () => {
        const bytes = new Uint8Array(await readFile(path(report)));
        return xlsxReportProblems(bytes, input.endsWith('.xlsx') ? new Uint8Array(await readFile(path(input))) : null);
      },
    });
  });

  it('the xlsx report of a report (fed back as it is) still adds no formula', async () => {
    await attempt({
      name: 'formulas/report fed back', args: ['from-xlsx.xlsx', '--dry-run', '--report', 'again.xlsx'], exits: [3],
      check: async () => xlsxReportProblems(new Uint8Array(await readFile(path('again.xlsx'))), new Uint8Array(await readFile(path('formulas.xlsx')))),
    });
  });
});
