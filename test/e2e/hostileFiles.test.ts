import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { runCli } from '../helpers/runCli.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Issue 11, attack 4: cells holding `ESC ] 0;title BEL`, `ESC [2J` and U+202E reached the --results
// .csv and .xlsx of the import and of status, and the --report .xlsx, raw.
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

const HOSTILE = 'Evil \u001b]0;owned\u0007 Corp \u001b[2J\u202eRTL\u009b1m';
// Any C0 control but the line feed (a cell's own line break, and the Errors column's), DEL, C1, bidi.
 
const RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Every text of a workbook: cell values, displayed texts and comments, and whether any cell is a formula. */
function workbookTexts(path: string): { texts: string[]; formulas: string[] } {
  const book = XLSX.read(readFileSync(path), { cellFormula: true });
  const texts: string[] = [];
  const formulas: string[] = [];
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name]!;
    for (const [key, cell] of Object.entries(sheet)) {
      if (key.startsWith('!')) continue;
      const c = cell as XLSX.CellObject;
      if (typeof c.v === 'string') texts.push(c.v);
      if (typeof c.w === 'string') texts.push(c.w);
      for (const comment of c.c ?? []) texts.push(comment.t);
      if (c.f !== undefined) formulas.push(`${name}!${key}=${c.f}`);
    }
  }
  return { texts, formulas };
}

describe('files hold no control character from a cell or an answer', () => {
  it('--results .csv/.xlsx of the import and of status, and --report .xlsx and .csv', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([
      { legalName: HOSTILE },
      { legalName: '=HYPERLINK("http://x","y")', city: `Lux\u001b[31m${'\u202e'}bourg`, iban: 'LU00\u001b[2J\u202e1234' },
      { legalName: '+cmd|\' /C calc\'!A0', externalReference: `REF-\u202e1` },
    ]);
    const dir = stateDir();
    const out = (name: string) => join(dir, name);
    const common = ['--state-dir', dir, '-q', '--rate', '100'];
    const run = await runCli([sheet, '--skip-invalid', '--results', out('import.csv'), '--report', out('report.xlsx'), ...common], { env: sandbox.env });
    expect(run.code).toBe(5);
    const env = sandbox.env;
    const others = await Promise.all([
      runCli([sheet, '--skip-invalid', '--results', out('import.xlsx'), '--report', out('report.csv'), ...common], { env }),
      runCli(['status', sheet, '--results', out('status.xlsx'), '-q'], { env }),
      runCli(['status', sheet, '--results', out('status.csv'), '-q'], { env }),
    ]);
    expect(others.map((r) => r.code)).toEqual([5, 0, 0]);

    for (const file of ['import.csv', 'report.csv', 'status.csv']) {
      const text = readFileSync(out(file), 'utf8');
      // CRLF ends each record (RFC 4180): the only control characters a CSV may hold.
      expect(text.replaceAll('\r\n', '\n'), file).not.toMatch(RAW);
      expect(text, file).toMatch(file === 'report.csv' ? /LU001234/ : /Evil +Corp/);
      expect(text.split('\r\n').slice(1).join('\n'), file).not.toMatch(/(^|,)[=+\-@]/m);
    }
    for (const file of ['import.xlsx', 'report.xlsx', 'status.xlsx']) {
      const { texts, formulas } = workbookTexts(out(file));
      expect(texts.filter((t) => RAW.test(t)), file).toEqual([]);
      expect(texts.some((t) => /Evil +Corp/.test(t)), file).toBe(true);
      // Values like "=HYPERLINK(…)" or "+cmd|…" are text cells ('s'), never formulas.
      expect(formulas, file).toEqual([]);
      expect(texts).toContain("+cmd|' /C calc'!A0");
    }
    // The journal keeps the row's identity, with U+202E as a \u escape, never raw.
    const journal = readFileSync(join(dir, `${sheet.split('/').pop()}.journal.ndjson`), 'utf8');
    expect(journal).not.toMatch(RAW);
    expect(journal).toContain('REF-\\u202e1');
  });
});
