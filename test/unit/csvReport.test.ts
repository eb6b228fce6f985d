import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Issue, MessageParams, Row } from '../../src/domain/types.js';
import { checkedRow, sheetCheck, sheetIssue } from '../helpers/rows.js';
import { csvCell, csvLine, defuseFormula } from '../../src/report/csvCell.js';
import { buildCsvReport } from '../../src/report/csvReport.js';

const fakeRender = (code: string, p: MessageParams) => `${code} ${JSON.stringify(p)}`;

describe('csvCell: formula safety (OWASP ASVS 1.2.10) and RFC 4180 quoting', () => {
  it.each([
    ['formula', '=1+1', "'=1+1"],
    ['formula calling a function', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['DDE payload', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['phone number with +', '+32 2 123 45 67', "'+32 2 123 45 67"],
    ['negative number', '-5', "'-5"],
    ['name starting with a dash', '- Acme', "'- Acme"],
    ['e-mail domain', '@example.lu', "'@example.lu"],
    ['leading tab', '\t=cmd', "'\t=cmd"],
    ['leading CR (quoted: holds a line break)', '\r=cmd', `"'\r=cmd"`],
    ['leading NUL', '\u0000=1', "'\u0000=1"],
    ['plain text', 'Boulangerie Schmit', 'Boulangerie Schmit'],
    ['accents and apostrophe', 'Société d’Esch', 'Société d’Esch'],
    ['= later in the text', 'a=1+1', 'a=1+1'],
    ['empty', '', ''],
    ['comma', 'Schmit, Anne', '"Schmit, Anne"'],
    ['semicolon (French Excel splits on it)', 'a@x.lu; b@x.lu', '"a@x.lu; b@x.lu"'],
    ['quotes', 'the "best" bakery', '"the ""best"" bakery"'],
    ['line break', 'line 1\nline 2', '"line 1\nline 2"'],
    ['CRLF inside', 'a\r\nb', '"a\r\nb"'],
    ['formula with a comma', '=SUM(1,2)', `"'=SUM(1,2)"`],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    [2, '2'],
    [1_048_576, '1048576'],
  ])('writes the row number %i as a plain number', (n, expected) => {
    expect(csvCell(n)).toBe(expected);
  });

  it.each(['=', '+', '-', '@', '\t', '\r', '\u0000'])('defuses every field starting with %j', (start) => {
    expect(defuseFormula(`${start}x`)).toBe(`'${start}x`);
  });

  it('joins a record with commas', () => {
    expect(csvLine([3, 'G', 'VAT', '=1'])).toBe("3,G,VAT,'=1");
  });
});

function issue(row: number, column: string, header: string, field: string, code: string, value: string, severity: Issue['severity'] = 'error'): Issue {
  return sheetIssue({ row, column, header, key: 'vatNumber', field, severity, code, params: { value }, value });
}

const rows: Row[] = [
  checkedRow({ row: 3, status: 'invalid', client: null, issues: [issue(3, 'M', 'Contact email', 'contact.email', 'email.syntax', '@example.lu'), issue(3, 'A', 'Client name', 'legalName', 'name.odd', '=HYPERLINK("http://x")')], changes: [] }),
  checkedRow({ row: 2, status: 'valid', client: null, issues: [issue(2, 'C', 'ZIP', 'address.postalCode', 'zip.format', '-5', 'warning')], changes: [] }),
];
const outcome = sheetCheck(rows, { notes: [{ code: 'reader.extra_column', severity: 'warning', params: { column: 'P' } }] });

describe('buildCsvReport', () => {
  const csv = buildCsvReport(outcome, fakeRender, 'en');

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFrow,column,header,field,severity,code,value,message\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes one line per problem, notes first, then rows in order', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      'row,column,header,field,severity,code,value,message',
      ',,,,warning,reader.extra_column,,"reader.extra_column {""column"":""P""}"',
      `2,C,ZIP,address.postalCode,warning,zip.format,'-5,"zip.format {""value"":""-5""}"`,
      `3,A,Client name,legalName,error,name.odd,"'=HYPERLINK(""http://x"")","name.odd {""value"":""=HYPERLINK(\\""http://x\\"")""}"`,
      `3,M,Contact email,contact.email,error,email.syntax,'@example.lu,"email.syntax {""value"":""@example.lu""}"`,
      '',
    ]);
  });

  it('heads the columns in French for French users, and says the severities in French too', () => {
    const lines = buildCsvReport(outcome, fakeRender, 'fr').split('\r\n');
    expect(lines[0]).toBe('\uFEFFligne,colonne,en-tête,champ,gravité,code,valeur,message');
    expect(lines.slice(1, -1).map((l) => l.split(',')[4])).toEqual(['avertissement', 'avertissement', 'erreur', 'erreur']);
    expect(lines.join('\n')).not.toMatch(/,(error|warning),/);
  });

  it('reads back in a spreadsheet as text only: no formula, the values recognisable', () => {
    const wb = XLSX.read(csv.slice(1), { type: 'string', raw: true });
    const sheet = wb.Sheets[wb.SheetNames[0] ?? ''];
    expect(sheet).toBeDefined();
    const cells = Object.entries(sheet ?? {}).filter(([k]) => !k.startsWith('!')).map(([, c]) => c as XLSX.CellObject);
    expect(cells.every((c) => c.f === undefined)).toBe(true);
    const table = XLSX.utils.sheet_to_json<string[]>(sheet!, { header: 1, raw: false });
    expect(table.map((r) => r[6])).toEqual(['value', undefined, "'-5", `'=HYPERLINK("http://x")`, "'@example.lu"]);
  });

  it('writes just the header line when there is nothing to report', () => {
    expect(buildCsvReport({ ...outcome, rows: [], notes: [] }, fakeRender, 'en')).toBe('\uFEFFrow,column,header,field,severity,code,value,message\r\n');
  });
});
