import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { COLUMNS, REPORT_COLUMN_LABELS } from '../../src/input/columns.js';
import { makeTempDir, removeTempDirs, runJson } from '../helpers/cliJson.js';
import { ROOT } from '../helpers/runCli.js';

// Issue 12, item 8: the .xlsx report tells errors from warnings, heads its columns in the run's
// language, and a re-check of a fixed file leaves no old message behind.

const MIXED = `${ROOT}fixtures/libreoffice/clients-mixed.xlsx`;
const DUTCH_REPORT = `${ROOT}fixtures/libreoffice/report-nl-fixed.xlsx`;
const TEMPLATE_WIDTH = COLUMNS.length;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(removeTempDirs);

const readBook = async (path: string) => XLSX.read(await readFile(path), { type: 'buffer' });
const rowsOf = (book: XLSX.WorkBook, sheet: string) =>
  XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheet]!, { header: 1, raw: false, defval: '', blankrows: true });

describe('--report x.xlsx: errors and warnings apart, in the language of the run', () => {
  it('--lang fr: "Erreurs" and "Avertissements" after the sheet’s own columns, each holding its kind only', async () => {
    const report = join(dir, 'rapport.xlsx');
    const r = await runJson([MIXED, '--dry-run', '--lang', 'fr', '--report', report]);
    expect(r.code, r.stderr).toBe(3);
    const rows = rowsOf(await readBook(report), 'Feuil1');
    const own = rows[0]!.length - 2;
    expect(rows[0]!.slice(own)).toEqual(['Erreurs', 'Avertissements']);
    expect(rows[0]!.filter((h) => /error|warning/i.test(h))).toEqual([]);
    for (const row of r.doc.rows) {
      const [errors, warnings] = rows[row.row - 1]!.slice(own);
      const expected = (severity: string) => row.issues.filter((i) => i.severity === severity).map((i) => `${i.column} ${i.header} : ${i.message}`);
      expect(errors === '' ? [] : errors!.split(/ ?\n/), `row ${row.row}`).toEqual(expected('error'));
      expect(warnings === '' ? [] : warnings!.split(/ ?\n/), `row ${row.row}`).toEqual(expected('warning'));
    }
    // Row 8 has a warning and no error; row 3 an error and no warning.
    expect(rows[7]!.slice(own)).toEqual(['', expect.stringMatching(/^C /)]);
    expect(rows[2]!.slice(own)).toEqual([expect.stringMatching(/^H /), '']);
  });

  it('a fixed report checked again: the fixed row’s messages are gone, the others replaced, no column added', async () => {
    const report = join(dir, 'mixed.report.xlsx');
    expect((await runJson([MIXED, '--dry-run', '--report', report])).code).toBe(3);
    // The user fixes row 7 (contact name K was empty) in the report itself and saves it.
    const book = await readBook(report);
    book.Sheets.Feuil1!.K7 = { t: 's', v: 'Koen Van den Broeck' };
    const fixed = join(dir, 'mixed.fixed.xlsx');
    await writeFile(fixed, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

    const again = join(dir, 'mixed.again.xlsx');
    const r = await runJson([fixed, '--dry-run', '--report', again]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.doc.rows.find((row) => row.row === 7)?.status).toBe('valid');
    expect(r.doc.notes).toEqual([]);
    const rows = rowsOf(await readBook(again), 'Feuil1');
    expect(rows[0]).toHaveLength(TEMPLATE_WIDTH - 3 + 2);
    expect(rows[0]!.slice(-2)).toEqual([REPORT_COLUMN_LABELS.errors.en, REPORT_COLUMN_LABELS.warnings.en]);
    expect(rows[6]!.slice(-2)).toEqual(['', '']);
    expect(rows[2]!.at(-2)).toMatch(/^H IBAN \*: /);
  });
});

describe('a Dutch report, fixed and saved by LibreOffice, checked again in French', () => {
  it('is read without its "Fouten" and "Waarschuwingen" columns (no note about unknown columns)', async () => {
    const r = await runJson([DUTCH_REPORT, '--dry-run']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.doc.notes).toEqual([]);
    expect(r.doc.rows.map((row) => row.status)).toEqual(['valid', 'valid', 'valid', 'invalid']);
  });

  it('gets "Erreurs" and "Avertissements" in their place, with none of the old messages', async () => {
    const report = join(dir, 'nl-to-fr.xlsx');
    const r = await runJson([DUTCH_REPORT, '--dry-run', '--lang', 'fr', '--report', report]);
    expect(r.code, r.stderr).toBe(3);
    const original = rowsOf(await readBook(DUTCH_REPORT), 'Klanten');
    const rows = rowsOf(await readBook(report), 'Klanten');
    const errorsAt = original[0]!.indexOf(REPORT_COLUMN_LABELS.errors.nl);
    expect(errorsAt).toBe(TEMPLATE_WIDTH);
    expect(rows[0]).toEqual([...original[0]!.slice(0, errorsAt), 'Erreurs', 'Avertissements']);
    const text = rows.flat().join('\n');
    expect(text).not.toContain('oud bericht');
    expect(text).not.toContain('oude waarschuwing');
    // Row 2 is valid now: both cells empty. Row 3's VAT prefix warning, row 5's e-mail error.
    expect(rows[1]!.slice(errorsAt)).toEqual(['', '']);
    expect(rows[2]!.slice(errorsAt)).toEqual(['', expect.stringMatching(/^G VAT : /)]);
    expect(rows[4]!.slice(errorsAt)).toEqual([expect.stringMatching(/^M Contact email \* : /), '']);
  });
});
