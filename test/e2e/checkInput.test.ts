import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ColumnKey } from '../../src/domain/types.js';
import { COLUMNS } from '../../src/input/columns.js';
import { renderMessage } from '../../src/messages.js';
import { reportWords } from '../../src/report/reportText.js';
import { expectRefused, issuesOf, makeTempDir, removeTempDirs, rowOf, runJson, runWithJsonReport, type JsonDoc } from '../helpers/cliJson.js';
import { runCli, type CliResult } from '../helpers/runCli.js';
import {
  buildWorkbook,
  dateCell,
  numberCell,
  removeTempFiles,
  templateHeaders,
  templateRow,
  writeTempFile,
  type CellInput,
} from '../helpers/workbook.js';

// Spreadsheets made in code, run through the built CLI: how the reader copes with what users'
// files really hold (README "The columns", "Output").

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempFiles();
  await removeTempDirs();
});

const EXAMPLE = Object.fromEntries(COLUMNS.map((c) => [c.key, c.example])) as Record<ColumnKey, string>;
const LABEL = Object.fromEntries(COLUMNS.map((c) => [c.key, c.label.en])) as Record<ColumnKey, string>;
type Cells = Partial<Record<ColumnKey, CellInput>>;

/** A French client (SIREN only, public sample IBAN), valid as it stands. */
const FRENCH: Cells = {
  legalName: 'Atelier Dupont SAS', postalCode: '01000', city: 'Bourg-en-Bresse', country: 'France',
  companyNumber: '532198769', vatNumber: null, iban: 'FR14 2004 1010 0505 0001 3M02 606', bic: null,
};

/** Text as the table shows it, line breaks and indentation folded into single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a sheet with columns reordered, an unknown column, empty rows, numbers and dates', () => {
  // A VAT first, an unknown "Notes" column in C, the rest shuffled: letters below are this sheet's.
  const ORDER = ['vatNumber', 'legalName', 'notes', 'postalCode', 'street', 'city', 'country', 'companyNumber', 'iban', 'bic',
    'language', 'contactName', 'contactLanguage', 'contactEmail', 'assigneeEmails', 'externalReference'] as const;
  const row = (cells: Cells): CellInput[] =>
    ORDER.map((key) => (key === 'notes' ? 'call back in May' : key in cells ? cells[key] : EXAMPLE[key]));
  const SHEET: CellInput[][] = [
    ORDER.map((key) => (key === 'notes' ? 'Notes' : LABEL[key])),
    /* 2 */ row({ postalCode: numberCell(1611), externalReference: 'R-02' }), // LU ZIP typed as a number: nothing lost
    /* 3 */ [],
    /* 4 */ row({ ...FRENCH, postalCode: numberCell(6300), externalReference: 'R-04' }), // 06300 lost its zero
    /* 5 */ [],
    /* 6 */ row({ vatNumber: numberCell(1234567890123456), companyNumber: 'B200006', externalReference: 'R-06' }), // 16 digits
    /* 7 */ row({ companyNumber: dateCell('2024-03-01'), vatNumber: 'LU10000053', externalReference: 'R-07' }), // a date
    /* 8 */ row({ companyNumber: 'B200008', externalReference: 'R-08' }), // same VAT as row 2
    /* 9 */ row({ companyNumber: 'B200009', vatNumber: null, externalReference: 'R-02' }), // same reference as row 2
  ];
  let r: CliResult & { doc: JsonDoc };
  let report: string;
  beforeAll(async () => {
    report = join(dir, 'reordered.errors.xlsx');
    r = await runJson([await writeTempFile('reordered.xlsx', buildWorkbook([{ name: 'Clients', rows: SHEET }], 'xlsx')), '--dry-run', '--report', report]);
  });

  it('skips the empty rows, keeps the sheet’s own row numbers, and says which rows were empty', () => {
    expect(r.code, r.stderr).toBe(3);
    expect(r.doc.rows.map((x) => x.row)).toEqual([2, 4, 6, 7, 8, 9]);
    const empty = r.doc.notes.find((n) => n.code === 'file.empty_rows');
    expect(empty?.severity).toBe('warning');
    expect(empty?.message).toMatch(/\b3, 5\b/);
  });

  it('maps columns by header, not position, and names issues by this sheet’s letters', () => {
    expect(rowOf(r.doc, 2)).toMatchObject({ status: 'valid', issues: [] });
    expect(rowOf(r.doc, 2).client).toMatchObject({ vatNumber: 'LU15027442', legalName: EXAMPLE.legalName, address: { postalCode: '1611', country: 'LU' } });
    expect(issuesOf(rowOf(r.doc, 6))).toEqual([['A', 'cell.number_too_long']]);
    expect(rowOf(r.doc, 6).issues[0]?.header).toBe('VAT');
    expect(issuesOf(rowOf(r.doc, 7))).toEqual([['H', 'cell.date']]);
  });

  it('warns about the unknown column, by letter and header, and reads nothing from it', () => {
    const extra = r.doc.notes.find((n) => n.code === 'file.extra_columns');
    expect(extra?.severity).toBe('warning');
    expect(extra?.message).toContain('C "Notes"');
    expect(r.doc.rows.flatMap((x) => [...x.issues, ...x.changes]).filter((i) => i.column === 'C')).toEqual([]);
    expect(r.stdout).not.toContain('call back in May');
  });

  it('numbers stored as numbers: a FR ZIP gets its zero back with a warning, a 16-digit number is an error', () => {
    const fr = rowOf(r.doc, 4);
    expect(fr.status).toBe('valid');
    expect(fr.client?.address.postalCode).toBe('06300');
    expect(issuesOf(fr, 'warning')).toEqual([['D', 'postal_code.padded']]);
    expect(fr.changes).toContainEqual(expect.objectContaining({ column: 'D', from: '6300', to: '06300' }));
    const long = rowOf(r.doc, 6);
    expect(long.status).toBe('invalid');
    // The rounded number must not be imported as a VAT number.
    expect(long.client?.vatNumber ?? null).toBeNull();
  });

  it('a date in an identifier column is an error showing the date as Excel displays it', () => {
    const dated = rowOf(r.doc, 7);
    expect(dated.status).toBe('invalid');
    expect(dated.issues[0]).toMatchObject({ column: 'H', header: 'RCS', severity: 'error', value: '01/03/2024' });
  });

  it('--report x.xlsx keeps the empty rows where they were and adds the Errors column after the last one', async () => {
    const book = XLSX.read(await readFile(report), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Clients!, { header: 1, raw: false, defval: '', blankrows: true });
    expect(rows[0]?.slice(0, ORDER.length)).toEqual(SHEET[0]);
    expect(rows[0]?.[ORDER.length]).toBe(reportWords('en').errorsColumn);
    expect(rows[2]?.every((v) => v === '')).toBe(true);
    expect(rows[4]?.every((v) => v === '')).toBe(true);
    expect(rows[5]?.[ORDER.length]).toMatch(/^A VAT: /);
  });

  it('the same VAT or reference twice: an error on the later row naming the earlier one', () => {
    expect(rowOf(r.doc, 2).status).toBe('valid');
    const vat = rowOf(r.doc, 8);
    expect(issuesOf(vat)).toEqual([['A', 'duplicate.vat']]);
    expect(vat.issues[0]?.message).toMatch(/\brow 2\b/);
    const ref = rowOf(r.doc, 9);
    expect(issuesOf(ref)).toEqual([['P', 'duplicate.external_reference']]);
    expect(ref.issues[0]?.message).toMatch(/\brow 2\b/);
    expect(r.doc.summary).toMatchObject({ rows: 6, valid: 2, invalid: 4 });
  });
});

describe('which columns and rows are there', () => {
  it('a missing required column stops the run (exit 2) and names it', async () => {
    const keep = COLUMNS.filter((c) => c.key !== 'iban' && c.key !== 'contactEmail');
    const file = await writeTempFile('missing.xlsx', buildWorkbook([{ name: 'Clients', rows: [keep.map((c) => c.label.en), keep.map((c) => c.example)] }], 'xlsx'));
    const r = await runCli([file, '--dry-run']);
    expectRefused(r);
    expect(r.stderr).toContain('H IBAN');
    expect(r.stderr).toContain('M Contact email');
  });

  it('a header-only sheet says "no rows" and exits 2: nothing was checked, so it is not a success', async () => {
    const file = await writeTempFile('header-only.xlsx', buildWorkbook([{ name: 'Clients', rows: [templateHeaders()] }], 'xlsx'));
    const r = await runWithJsonReport([file, '--dry-run'], join(dir, 'header-only.json'));
    expect(r.code, r.stderr).toBe(2);
    expect(flat(r.stdout)).toContain(reportWords('en').noRows(1));
    expect(r.doc.rows).toEqual([]);
    expect(r.doc.summary).toMatchObject({ rows: 0, valid: 0, invalid: 0 });
  });

  it('skips a hidden first sheet, and reads a workbook piped on standard input with "-"', async () => {
    const bytes = buildWorkbook([
      { name: 'Lists', rows: [['LU'], ['BE'], ['FR']], hidden: true },
      { name: 'Clients', rows: [templateHeaders(), templateRow()] },
    ], 'xlsx');
    const r = await runWithJsonReport(['-', '--dry-run'], join(dir, 'stdin.json'), { stdin: bytes });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(reportWords('en').title(reportWords('en').stdin, 'Clients', 1));
    expect(r.doc).toMatchObject({ file: '-', sheet: 'Clients', summary: { rows: 1, valid: 1 } });
  });

  it('with no sheet of client headers, names the first visible sheet, not the hidden one (exit 2)', async () => {
    const file = await writeTempFile('no-header.xlsx', buildWorkbook([
      { name: 'Lists', rows: [['LU'], ['BE']], hidden: true },
      { name: 'Data', rows: [['a', 'b'], ['1', '2']] },
    ], 'xlsx'));
    const r = await runCli([file, '--dry-run']);
    expectRefused(r);
    expect(r.stderr).toContain('"Data"');
    expect(r.stderr).not.toContain('Lists');
  });
});

describe('--sheet and headers in other languages', () => {
  const DUTCH: Record<ColumnKey, string> = {
    legalName: 'Klantnaam', street: 'Adres', postalCode: 'Postcode', city: 'Plaats', country: 'Land', companyNumber: 'Ondernemingsnummer',
    vatNumber: 'BTW-nummer', iban: 'Rekeningnummer', bic: 'BIC', language: 'Taal', contactName: 'Contactpersoon',
    contactLanguage: 'Taal contactpersoon', contactEmail: 'E-mailadres', assigneeEmails: 'Verantwoordelijken', externalReference: 'Klantcode',
    shareDocuments: 'Documenten delen', deliveryChannel: 'Leveringskanaal', sharingEmail: 'E-mail voor delen',
  };
  const BELGIAN: Cells = {
    legalName: 'Bakkerij Peeters BV', street: 'Meir 12', postalCode: '2000', city: 'Antwerpen', country: 'België',
    companyNumber: '0712345630', vatNumber: 'BE0712345630', iban: 'BE68 5390 0754 7034', bic: null, language: 'Nederlands',
    contactName: 'Jan Peeters', contactLanguage: 'nl', contactEmail: 'jan@peeters.example', assigneeEmails: null, externalReference: 'NL-1',
  };
  let file: string;
  beforeAll(async () => {
    // The first sheet has the template's headers and a bad row; the user wants the second.
    file = await writeTempFile('two-sheets.xlsx', buildWorkbook([
      { name: 'Clients', rows: [templateHeaders(), templateRow({ country: 'Narnia' })] },
      { name: 'Nieuw', rows: [COLUMNS.map((c) => DUTCH[c.key]), COLUMNS.map((c) => BELGIAN[c.key] ?? null)] },
    ], 'xlsx'));
  });

  it('--sheet NAME reads that sheet, whose Dutch headers are recognised', async () => {
    const r = await runJson([file, '--dry-run', '--sheet', 'Nieuw']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.doc.sheet).toBe('Nieuw');
    expect(r.doc.rows).toHaveLength(1);
    expect(rowOf(r.doc, 2).client).toMatchObject({ legalName: 'Bakkerij Peeters BV', companyNumber: '0712345630', language: 'nl', address: { country: 'BE' } });
    expect(rowOf(r.doc, 2).changes.map((c) => c.header)).toContain('Land');
  });

  it('an unknown --sheet name: exit 2, naming it and the sheets there are', async () => {
    const r = await runCli([file, '--dry-run', '--sheet', 'Oud']);
    expectRefused(r);
    expect(r.stderr).toContain('"Oud"');
    expect(r.stderr).toContain('"Clients", "Nieuw"');
  });

  it('German headers, and LANG=fr_BE.UTF-8 without --lang gives French messages', async () => {
    const GERMAN: Record<ColumnKey, string> = {
      legalName: 'Kundenname', street: 'Anschrift', postalCode: 'PLZ', city: 'Ort', country: 'Land', companyNumber: 'Handelsregisternummer',
      vatNumber: 'USt-IdNr', iban: 'IBAN', bic: 'BIC', language: 'Sprache', contactName: 'Ansprechpartner',
      contactLanguage: 'Sprache Kontakt', contactEmail: 'E-Mail', assigneeEmails: 'Zuständige', externalReference: 'Kundennummer',
      shareDocuments: 'Dokumente teilen', deliveryChannel: 'Zustellkanal', sharingEmail: 'E-Mail für Freigabe',
    };
    const german = await writeTempFile('german.xlsx', buildWorkbook([{
      name: 'Kunden',
      rows: [COLUMNS.map((c) => GERMAN[c.key]), templateRow({ country: 'Luxemburg', language: 'Deutsch', contactName: null })],
    }], 'xlsx'));
    const r = await runCli([german, '--dry-run'], { env: { LANG: 'fr_BE.UTF-8' } });
    expect(r.code, r.stderr).toBe(3);
    const fr = reportWords('fr');
    expect(r.stdout.split('\n')[0]).toBe(fr.title(german, 'Kunden', 1));
    expect(r.stdout).toContain(fr.errors(1));
    expect(flat(r.stdout)).toContain(renderMessage('value.required', { header: 'Ansprechpartner' }, 'fr'));
    expect(flat(r.stdout)).not.toContain(renderMessage('value.required', { header: 'Ansprechpartner' }, 'en'));
  });

  it('LANG=fr_BE.UTF-8 also makes the refusals on stderr French', async () => {
    const r = await runCli([join(dir, 'absent.xlsx'), '--dry-run'], { env: { LANG: 'fr_BE.UTF-8' } });
    expectRefused(r);
    expect(r.stderr).toBe(`banqup-import: ${renderMessage('input.file_not_found', { path: join(dir, 'absent.xlsx') }, 'fr')}\n`);
  });
});

describe('CSV input', () => {
  // A comma, quotes and a typographic apostrophe in the name; a ZIP with a leading zero; a formula.
  const ROW = templateRow({ ...FRENCH, legalName: 'Tout à 1 €, l’épicerie "Chez Jo"', contactName: '=1+1' });
  it.each([
    ['comma, UTF-8 without BOM', { delimiter: ',', encoding: 'utf-8' }],
    ['semicolon, UTF-8 with BOM', { delimiter: ';', encoding: 'utf-8-bom' }],
    ['tab, UTF-16 ("Unicode text")', { delimiter: '\t', encoding: 'utf-16le' }],
  ] as const)('%s: every field read as text, exactly', async (_name, csv) => {
    const file = await writeTempFile(`clients-${csv.encoding}.csv`, buildWorkbook([{ name: 'x', rows: [templateHeaders(), ROW] }], 'csv', csv));
    const r = await runJson([file, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.doc.rows).toHaveLength(1);
    expect(rowOf(r.doc, 2).client).toMatchObject({
      legalName: 'Tout à 1 €, l’épicerie "Chez Jo"',
      address: { postalCode: '01000', country: 'FR' },
      companyNumber: '532198769',
      contact: { name: '=1+1' },
    });
    expect(rowOf(r.doc, 2).issues).toEqual([]);
  });

  it('cat clients.csv | banqup-import - --dry-run --lang fr: French headers and messages (README example)', async () => {
    const bytes = buildWorkbook([{ name: 'x', rows: [templateHeaders('fr'), templateRow({ iban: 'LU28 0019 4006 4475 0001' })] }], 'csv', {
      delimiter: ';', encoding: 'windows-1252',
    });
    const r = await runCli(['-', '--dry-run', '--lang', 'fr'], { stdin: bytes });
    expect(r.code, r.stderr).toBe(3);
    const fr = reportWords('fr');
    // A CSV has no sheet: SheetJS's "Sheet1" is not named (issue 12).
    expect(r.stdout.split('\n')[0]).toBe(fr.title(fr.stdin, '', 1));
    // The value column is 24 terminal columns, quotes included: a spaced LU IBAN is cut visibly.
    expect(r.stdout).toMatch(/^\s+2\s+H IBAN\s+"LU28 0019 4006 4475 0(001"|…")/m);
    expect(flat(r.stdout)).toContain(renderMessage('iban.checksum', {}, 'fr'));
    expect(flat(r.stdout)).toContain(fr.nextFix);
  });
});

describe('terminal safety', () => {
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

  it('escape sequences and bidi controls from the sheet never reach the terminal raw', async () => {
    const header = templateHeaders();
    const rows = [
      [...header, 'Notes\u001b[2J'],
      templateRow({
        country: 'Nar\u001b[31mnia\u001b[0m',
        iban: 'LU28\u001b]0;pwned\u0007 0019',
        contactEmail: 'anne\u202e@schmit.lu',
        contactName: null,
      }),
    ];
    const file = await writeTempFile('evil\u001b[31m\u202e.xlsx', buildWorkbook([{ name: 'Clients\u202e', rows }], 'xlsx'));
    const r = await runCli([file, '--dry-run']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stderr).not.toMatch(UNSAFE);
    // What is visible stays: the problem is still shown, only the controls are gone.
    expect(r.stdout).toContain('"Narnia"');
    expect(r.stdout).toContain('Notes');
    expect(r.stdout.split('\n')[0]).toContain('evil');
    expect(r.stdout).toMatch(/^\s+2\s+E Country\s/m);
    expect(r.stdout).toMatch(/^\s+2\s+M Contact email\s/m);
  });

  it('nor do they on stderr, in a refusal that quotes the user’s own words', async () => {
    const r = await runCli([join(dir, 'gone\u001b[2J\u202e.xlsx'), '--dry-run']);
    expectRefused(r);
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stderr).toContain('gone');
  });
});
