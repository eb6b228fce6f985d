import { afterAll, describe, expect, it } from 'vitest';
import { parseDoc } from '../helpers/cliJson.js';
import { writeClientSheet } from '../helpers/importSheet.js';
import { ROOT, runCli } from '../helpers/runCli.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Issue 12, item 4: a value too long for the error table is shortened around its mistake, not at
// its end; --json keeps it whole.

afterAll(removeTempFiles);

const EMAIL = 'helene.giraud@pharmacie-du-port.example,fr';
const IBAN = 'LU28 0019 4OO6 4475 0000';
const VAT = 'N° TVA intracommunautaire LU 150 274 O2';

/** The table line of one row and column, e.g. `    2  M Contact email  "…"  Not a valid …`. */
const lineOf = (table: string, row: number, column: string) =>
  table.split('\n').find((line) => new RegExp(`^\\s+${row}\\s+${column} `).test(line)) ?? '';

describe('the error table shows the part of a long value where the mistake is', () => {
  it('the stray ",fr" of an e-mail, the IBAN group with an O for a 0, the letter O in a VAT number', async () => {
    const sheet = await writeClientSheet([{ contactEmail: EMAIL }, { iban: IBAN }, { vatNumber: VAT, companyNumber: null }]);
    const table = await runCli([sheet, '--dry-run'], { env: { COLUMNS: '100' } });
    expect(table.code, table.stderr).toBe(3);

    const email = lineOf(table.stdout, 2, 'M');
    expect(email).toContain('example,fr"');
    expect(email).toMatch(/"…[^"]*example,fr"/);
    expect(email).not.toContain(EMAIL);

    const iban = lineOf(table.stdout, 3, 'H');
    expect(iban).toMatch(/"…[^"]* 4OO6 [^"]*"/);

    const vat = lineOf(table.stdout, 4, 'G');
    expect(vat).toMatch(/"…[^"]*274 O2"/);

    const json = parseDoc(await runCli([sheet, '--dry-run', '--json']));
    const values = json.rows.flatMap((r) => r.issues.map((i) => [i.code, i.value]));
    expect(values).toEqual(
      expect.arrayContaining([
        ['email.format', EMAIL],
        ['iban.checksum', IBAN],
        ['vat.format', VAT],
      ]),
    );
  });

  it('on a narrow terminal too, and on a French template filled and saved by LibreOffice', async () => {
    const r = await runCli([`${ROOT}fixtures/libreoffice/template-fr-filled.xlsx`, '--dry-run', '--lang', 'fr'], { env: { COLUMNS: '60' } });
    expect(r.code, r.stderr).toBe(3);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((line) => /^\s+5\s+M /.test(line));
    expect(at).toBeGreaterThan(0);
    // Stacked on a narrow terminal: the value is on the row's line, the message below it.
    expect(lines[at]).toMatch(/"…[^"]*,fr"/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
  });
});
