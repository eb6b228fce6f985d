import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { expectRefused, makeTempDir, removeTempDirs, rowOf, runJson } from '../helpers/cliJson.js';
import { runCli } from '../helpers/runCli.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { buildWorkbook, removeTempFiles, writeTempFile, type CellInput } from '../helpers/workbook.js';

// Column mapping as a user meets it: exports whose headers are the software's own, built in code.
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(async () => {
  await removeTempFiles();
  await removeTempDirs();
});

const FRENCH_EXPORT = ['Dénomination', 'Adresse', 'Code postal', 'Ville', 'Pays', 'N° RCS', 'N° TVA', 'IBAN', 'Langue', 'Nom du contact', 'Langue du contact', 'E-mail du contact', 'E-mails des assignés'];
const ROW = ['Boulangerie Schmit S.à r.l.', '12 rue de la Gare', '1611', 'Luxembourg', 'LU', 'B123456', '', 'LU28 0019 4006 4475 0000', 'fr', 'Anne Schmit', 'fr', 'anne@schmit.lu', 'compta@fid.lu; paie@fid.lu'];

let files = 0;
async function csv(headers: readonly string[], ...rows: (readonly CellInput[])[]): Promise<string> {
  return writeTempFile(`export-${++files}.csv`, buildWorkbook([{ name: 'Export', rows: [headers, ...rows] }], 'csv', { delimiter: ';' }));
}

const MAPS = ['--map', 'N° RCS=F', '--map', 'E-mails des assignés=N'];

describe('an export whose RCS and assignee columns have the software’s own headers', () => {
  it('stops before checking rows, naming the columns and the --map to add, instead of a misleading row error', async () => {
    const file = await csv(FRENCH_EXPORT, ROW);
    const r = await runCli([file, '--dry-run', '--lang', 'en']);
    expectRefused(r);
    expect(r.stderr).toContain('F "N° RCS", M "E-mails des assignés" (F RCS, N Assignee emails)');
    expect(r.stderr).toContain('add --map "N° RCS=F" --map "E-mails des assignés=N"');
    expect(r.stderr).toContain('to leave them out, add --map "N° RCS=-" --map "E-mails des assignés=-"');
    expect(r.stderr).not.toContain('VAT');
  });

  it('says it in French too', async () => {
    const r = await runCli([await csv(FRENCH_EXPORT, ROW), '--dry-run', '--lang', 'fr']);
    expectRefused(r);
    expect(r.stderr).toContain('ressemblent à des colonnes absentes de la feuille : F "N° RCS"');
    expect(r.stderr).toContain('Rien n’a été vérifié ni envoyé.');
  });

  it('with --map, reads the RCS and the assignees', async () => {
    const r = await runJson([await csv(FRENCH_EXPORT, ROW), '--dry-run', ...MAPS]);
    expect(r.code, r.stderr).toBe(0);
    expect(rowOf(r.doc, 2).client).toMatchObject({ companyNumber: 'B123456', assigneeEmails: ['compta@fid.lu', 'paie@fid.lu'] });
  });

  it('--map "…=-" leaves a column out on purpose', async () => {
    const r = await runJson([await csv(FRENCH_EXPORT, ROW), '--dry-run', '--map', 'N° RCS=F', '--map', 'E-mails des assignés=-']);
    expect(r.code, r.stderr).toBe(0);
    expect(rowOf(r.doc, 2).client).toMatchObject({ companyNumber: 'B123456', assigneeEmails: [] });
    expect(r.doc.notes.map((n) => n.code)).not.toContain('file.extra_columns');
  });

  it('--save-mapping writes the mapping used; the next export imports with --mapping alone', async () => {
    const dir = await makeTempDir();
    const first = await runCli([await csv(FRENCH_EXPORT, ROW), '--dry-run', ...MAPS, '--save-mapping', 'compta.json'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('Column mapping saved to compta.json. Next time, add --mapping compta.json.');
    const saved = JSON.parse(await readFile(join(dir, 'compta.json'), 'utf8')) as Record<string, string>;
    expect(saved).toEqual({
      Dénomination: 'legalName', Adresse: 'address.street', 'Code postal': 'address.postalCode', Ville: 'address.city', Pays: 'address.country',
      'N° RCS': 'companyNumber', 'N° TVA': 'vatNumber', IBAN: 'iban', Langue: 'language', 'Nom du contact': 'contact.name',
      'Langue du contact': 'contact.language', 'E-mail du contact': 'contact.email', 'E-mails des assignés': 'assigneeEmails',
    });

    const next = await runJson([await csv(FRENCH_EXPORT, [...ROW.slice(0, 5), 'B654321', ...ROW.slice(6)]), '--dry-run', '--mapping', 'compta.json'], { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
    expect(rowOf(next.doc, 2).client?.companyNumber).toBe('B654321');
  });

  it('status reads the sheet with the same mapping', async () => {
    sandbox = await startTestSandbox();
    const file = await csv(FRENCH_EXPORT, ROW);
    expectRefused(await runCli(['status', file], { env: sandbox.env }));
    const r = await runJson(['status', file, ...MAPS], { env: sandbox.env });
    expect(r.code, r.stderr).toBe(0);
    expect(rowOf(r.doc, 2).client?.companyNumber).toBe('B123456');
    expect(sandbox.writes()).toBe(0);
  });
});

describe('an export with only headers of its own', () => {
  const GERMAN = ['Kunde', 'Strasse', 'PLZ-Code', 'Wohnort', 'Staat', 'Registre', 'Steuer', 'Konto', 'Spr', 'Ansprech', 'Spr2', 'Mail'];
  const row = ['Boulangerie Schmit S.à r.l.', '12 rue de la Gare', '1611', 'Luxembourg', 'LU', 'B123456', '', 'LU28 0019 4006 4475 0000', 'fr', 'Anne Schmit', 'fr', 'anne@schmit.lu'];

  it('imports with --mapping file.json (letters and API fields alike)', async () => {
    const dir = await makeTempDir();
    const mapping = {
      Kunde: 'A', Strasse: 'address.street', 'PLZ-Code': 'C', Wohnort: 'D', Staat: 'address.country', Registre: 'companyNumber',
      Steuer: 'G', Konto: 'iban', Spr: 'J', Ansprech: 'contact.name', Spr2: 'L', Mail: 'M',
    };
    await writeFile(join(dir, 'software.json'), JSON.stringify(mapping));
    const file = await csv(GERMAN, row);
    expectRefused(await runCli([file, '--dry-run']));
    const r = await runJson([file, '--dry-run', '--mapping', 'software.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(rowOf(r.doc, 2).client).toMatchObject({ legalName: 'Boulangerie Schmit S.à r.l.', companyNumber: 'B123456', iban: 'LU280019400644750000', contact: { email: 'anne@schmit.lu' } });
  });

  it('--map wins over the file for the same header', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'm.json'), JSON.stringify({ Kunde: 'A', Strasse: 'B', 'PLZ-Code': 'C', Wohnort: 'D', Staat: 'E', Registre: 'G', Konto: 'H', Spr: 'J', Ansprech: 'K', Spr2: 'L', Mail: 'M' }));
    const r = await runJson([await csv(GERMAN.filter((h) => h !== 'Steuer'), row.filter((_, i) => i !== 6)), '--dry-run', '--mapping', 'm.json', '--map', 'Registre=F'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(rowOf(r.doc, 2).client).toMatchObject({ companyNumber: 'B123456', vatNumber: null });
  });
});

describe('mapping mistakes are exit 2 with the fix', () => {
  it.each([
    { what: 'an unknown letter', args: ['--map', 'N° RCS=Z'], says: '"Z" (for the column "N° RCS") is no column of the template. Give a letter from A to R' },
    { what: 'a --map without "="', args: ['--map', 'N° RCS'], says: 'write --map "<header in the file>=<column letter or field>"' },
    { what: 'a header the file does not have', args: ['--map', 'RCS number=F'], says: 'The mapping names a column "RCS number", but sheet "Sheet1" has no such header' },
    { what: 'two headers for one column', args: ['--map', 'N° RCS=F', '--map', 'N° TVA=F'], says: '"N° RCS" and "N° TVA" are both mapped to F RCS' },
    { what: 'a header mapped to a column another header already is', args: ['--map', 'N° RCS=F', '--map', 'E-mails des assignés=M'], says: 'add --map "E-mail du contact=-" to leave "E-mail du contact" out' },
    { what: 'a missing mapping file', args: ['--mapping', 'nowhere.json'], says: 'The mapping file nowhere.json does not exist.' },
    { what: 'a folder as mapping file', args: ['--mapping', 'test'], says: 'The mapping file test cannot be read (EISDIR).' },
    { what: 'a mapping saved into a folder that does not exist', args: [...MAPS, '--save-mapping', 'nowhere/m.json'], says: 'nowhere/m.json' },
  ])('$what', async ({ args, says }) => {
    const r = await runCli([await csv(FRENCH_EXPORT, ROW), '--dry-run', ...args]);
    expectRefused(r);
    expect(r.stderr).toContain(says);
  });

  it.each([
    ['not JSON', '{"N° RCS": F}', 'is not valid JSON'],
    ['a list', '["F"]', 'must hold one JSON object of "header": "column" pairs'],
    ['a number as column', '{"N° RCS": 6}', 'the entry "N° RCS" needs a column as text'],
  ])('an invalid mapping file: %s', async (_what, text, says) => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'bad.json'), text);
    const r = await runCli([await csv(FRENCH_EXPORT, ROW), '--dry-run', '--mapping', 'bad.json'], { cwd: dir });
    expectRefused(r);
    expect(r.stderr).toContain(says);
  });
});

describe('columns the template does not know, that resemble nothing by name', () => {
  it('a required column missing while an unknown column holds IBANs: stop, with the suggested --map', async () => {
    const headers = FRENCH_EXPORT.map((h) => (h === 'IBAN' ? 'Numéro de compte' : h));
    const r = await runCli([await csv(headers, ROW), '--dry-run', ...MAPS]);
    expectRefused(r);
    expect(r.stderr).toContain('Sheet "Sheet1" has no column H IBAN of the template, while columns the template does not know hold data: H "Numéro de compte".');
    expect(r.stderr).toContain('add --map "Numéro de compte=H"');
  });

  it('values alone that look like a missing column: a warning with the --map, and the run goes on', async () => {
    const r = await runJson([await csv([...FRENCH_EXPORT, 'Banque'], [...ROW, 'BCEELULL']), '--dry-run', ...MAPS]);
    expect(r.code, r.stderr).toBe(0);
    const note = r.doc.notes.find((n) => n.code === 'file.column_looks_like');
    expect(note?.message).toBe('Column N "Banque" is not in the template and was not imported, but its cells look like BICs: to import it as I BIC, add --map "Banque=I".');
    expect(rowOf(r.doc, 2).client?.bic).toBeNull();
  });

  it('an unknown column without data stays a note', async () => {
    const r = await runJson([await csv([...FRENCH_EXPORT, 'N° SIREN'], [...ROW, '']), '--dry-run', ...MAPS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.doc.notes.find((n) => n.code === 'file.extra_columns')?.message).toContain('N "N° SIREN"');
  });
});
