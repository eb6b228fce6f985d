import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { REPORT_COLUMN_LABELS } from '../../src/input/columns.js';
import { renderMessage } from '../../src/messages.js';
import { reportWords } from '../../src/report/reportText.js';
import { expectRefused, makeTempDir, parseDoc, removeTempDirs, runJson, type JsonDoc } from '../helpers/cliJson.js';
import { ROOT, runCli } from '../helpers/runCli.js';
import { buildWorkbook, removeTempFiles, templateHeaders, templateRow, writeTempFile } from '../helpers/workbook.js';

// `--report` files as a user gets them: read back with SheetJS (what Excel shows) or as text,
// and fed back to the CLI.

const MIXED = `${ROOT}fixtures/libreoffice/clients-mixed.xlsx`;
const EXAMPLE = `${ROOT}fixtures/example-clients.xlsx`;
const ERRORS = reportWords('en').errorsColumn;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempFiles();
  await removeTempDirs();
});

const readBook = async (path: string) => XLSX.read(await readFile(path), { type: 'buffer' });
/** A sheet as rows of displayed text ('' for an empty cell), to compare content. */
const textOf = (book: XLSX.WorkBook, sheet: string) =>
  XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheet]!, { header: 1, raw: false, defval: '', blankrows: true });
const cell = (book: XLSX.WorkBook, sheet: string, address: string) => book.Sheets[sheet]?.[address] as XLSX.CellObject | undefined;

/** Issues and clients only: what must be the same when the same rows are read again. */
const essence = (doc: JsonDoc) => doc.rows.map((r) => ({ row: r.row, status: r.status, client: r.client, issues: r.issues.map((i) => [i.column, i.code, i.value]) }));

describe('--report x.xlsx', () => {
  let first: JsonDoc;
  let report: string;
  beforeAll(async () => {
    report = join(dir, 'mixed.errors.xlsx');
    const r = await runJson([MIXED, '--dry-run', '--report', report]);
    expect(r.code, r.stderr).toBe(3);
    first = r.doc;
  });

  it('is the user’s own sheet, cell for cell, plus an Errors and a Warnings column after the last header', async () => {
    const original = await readBook(MIXED);
    const book = await readBook(report);
    expect(book.SheetNames).toEqual(original.SheetNames);
    const before = textOf(original, 'Feuil1');
    const after = textOf(book, 'Feuil1');
    expect(after.map((row) => row.slice(0, before[0]!.length))).toEqual(before);
    const errorsCol = XLSX.utils.encode_col(before[0]!.length);
    const warningsCol = XLSX.utils.encode_col(before[0]!.length + 1);
    expect(cell(book, 'Feuil1', `${errorsCol}1`)?.v).toBe(ERRORS);
    expect(cell(book, 'Feuil1', `${warningsCol}1`)?.v).toBe(REPORT_COLUMN_LABELS.warnings.en);
    for (const row of first.rows) {
      for (const [col, severity] of [[errorsCol, 'error'], [warningsCol, 'warning']] as const) {
        const text = String(cell(book, 'Feuil1', `${col}${row.row}`)?.v ?? '');
        const issues = row.issues.filter((i) => i.severity === severity);
        if (issues.length === 0) expect(text, `row ${row.row} ${severity}`).toBe('');
        for (const issue of issues) expect(text, `row ${row.row}`).toContain(`${issue.column} ${issue.header}: ${issue.message}`);
      }
    }
  });

  it('puts a comment with the message on each bad cell, even an empty one', async () => {
    const book = await readBook(report);
    const errors = first.rows.flatMap((r) => r.issues.filter((i) => i.severity === 'error').map((i) => ({ ...i, row: r.row })));
    expect(errors).toHaveLength(6);
    for (const issue of errors) {
      const comments = cell(book, 'Feuil1', `${issue.column}${issue.row}`)?.c ?? [];
      expect(comments.map((c) => c.t).join('\n'), `${issue.column}${issue.row}`).toContain(issue.message);
    }
    expect(first.rows.find((r) => r.row === 7)?.issues[0]).toMatchObject({ column: 'K', value: '' });
  });

  it('fed back as it is, gives the same rows: the Errors column is ignored, and reused by the next report', async () => {
    const again = join(dir, 'mixed.errors.again.xlsx');
    const r = await runJson([report, '--dry-run', '--report', again]);
    expect(r.code, r.stderr).toBe(3);
    expect(essence(r.doc)).toEqual(essence(first));
    expect(r.doc.notes).toEqual([]);
    const header = textOf(await readBook(again), 'Feuil1')[0]!;
    expect(header.filter((h) => h === ERRORS)).toHaveLength(1);
  });

  it('keeps every sheet of a workbook with help sheets and blank rows (the template filled in)', async () => {
    const out = join(dir, 'example.errors.xlsx');
    const r = await runCli([EXAMPLE, '--dry-run', '--report', out]);
    expect(r.code, r.stderr).toBe(0);
    const original = await readBook(EXAMPLE);
    const book = await readBook(out);
    expect(book.SheetNames).toEqual(['Clients', 'Instructions', 'Lists']);
    for (const name of ['Instructions', 'Lists']) expect(textOf(book, name), name).toEqual(textOf(original, name));
    // Only row 6 has a problem (a warning): its Warnings cell says so, every Errors cell is empty.
    const errorsCol = XLSX.utils.encode_col(textOf(original, 'Clients')[0]!.length);
    const warningsCol = XLSX.utils.encode_col(textOf(original, 'Clients')[0]!.length + 1);
    expect(String(cell(book, 'Clients', `${warningsCol}6`)?.v)).toMatch(/^G VAT: /);
    expect(cell(book, 'Clients', `${warningsCol}5`)?.v ?? '').toBe('');
    for (let r = 2; r <= 13; r++) expect(cell(book, 'Clients', `${errorsCol}${r}`)?.v ?? '').toBe('');
  });
});

describe('--report x.csv and x.json', () => {
  it('.csv: BOM, header, one line per problem, formula-like values defused with a leading \'', async () => {
    const rows = [
      templateHeaders(),
      templateRow({ vatNumber: '=HYPERLINK("http://x.example")', externalReference: 'C-1' }),
      templateRow({ companyNumber: '+32 1234', vatNumber: null, externalReference: 'C-2' }),
      templateRow({ iban: '-LU28 0019', companyNumber: 'B100003', vatNumber: null, externalReference: 'C-3' }),
      templateRow({ contactEmail: '@schmit.lu', companyNumber: 'B100004', vatNumber: null, externalReference: 'C-4' }),
      templateRow({ country: 'Narnia; "Land"', companyNumber: 'B100005', vatNumber: null, externalReference: 'C-5' }),
    ];
    const file = await writeTempFile('formulas.xlsx', buildWorkbook([{ name: 'Clients', rows }], 'xlsx'));
    const out = join(dir, 'formulas.errors.csv');
    const r = await runJson([file, '--dry-run', '--report', out]);
    expect(r.code, r.stderr).toBe(3);

    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.toString('utf8').slice(1));
    expect(records[0]).toEqual(['row', 'column', 'header', 'field', 'severity', 'code', 'value', 'message']);
    const issues = r.doc.rows.flatMap((row) => row.issues.map((i) => ({ ...i, row: row.row })));
    expect(issues.length).toBeGreaterThanOrEqual(5);
    const byKey = (a: string[], b: string[]) => a.join('\u0000').localeCompare(b.join('\u0000'));
    expect(records.slice(1).sort(byKey)).toEqual(
      issues.map((i) => [String(i.row), i.column, i.header, i.field, i.severity, i.code, /^[=+\-@]/.test(i.value) ? `'${i.value}` : i.value, i.message]).sort(byKey),
    );
    // Each dangerous value really was reported, so the check above covered all four characters.
    for (const start of ['=', '+', '-', '@']) expect(records.some((f) => f[6]?.startsWith(`'${start}`)), start).toBe(true);
    expect(records.some((f) => f[6] === 'Narnia; "Land"')).toBe(true);
  });

  it('.json: the same document as --json', async () => {
    const out = join(dir, 'mixed.json');
    const r = await runCli([`${ROOT}fixtures/libreoffice/clients-mixed-cp1252.csv`, '--dry-run', '--json', '--report', out]);
    expect(r.code, r.stderr).toBe(3);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(parseDoc(r));
  });
});

describe('--report refusals', () => {
  it('never writes over the file being checked (exit 2), which stays as it was', async () => {
    const input = join(dir, 'clients.xlsx');
    await copyFile(MIXED, input);
    const r = await runCli(['clients.xlsx', '--dry-run', '--report', input], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`banqup-import: ${renderMessage('report.would_overwrite_input', { path: input }, 'en')}\n`);
    expect(await readFile(input)).toEqual(await readFile(MIXED));
  });

  it('an unknown report extension: exit 2 before anything is read', async () => {
    const r = await runCli([join(dir, 'does-not-exist.xlsx'), '--dry-run', '--report', 'errors.txt']);
    expectRefused(r);
    expect(r.stderr).toBe(`banqup-import: ${renderMessage('usage.report_extension', { path: 'errors.txt' }, 'en')}\n`);
  });

  it('a folder that does not exist: exit 2 with a message, not an internal error', async () => {
    const out = join(dir, 'no-such-folder', 'errors.csv');
    const r = await runCli([MIXED, '--dry-run', '--json', '--report', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`banqup-import: ${renderMessage('output.unwritable', { path: out, reason: 'ENOENT' }, 'en')}\n`);
  });
});

/** RFC 4180 records (CRLF line ends, "" inside quotes). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
