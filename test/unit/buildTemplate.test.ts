import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { COLUMN_KEYS } from '../../src/domain/types.js';
import { CFB } from '../../src/input/cfb.js';
import { COLUMNS, columnForHeader, TEMPLATE_LANGS } from '../../src/input/columns.js';
import { buildTemplate, CLIENTS_SHEET, TEMPLATE_VERSION, templateHeader } from '../../src/template/buildTemplate.js';
import { TEMPLATE_TEXT } from '../../src/template/templateText.js';
import { cellOf } from '../helpers/workbook.js';

/** The XML of one part of an xlsx file. */
function zipText(xlsx: Uint8Array, path: string): string {
  const zip = CFB.read(xlsx, { type: 'buffer' });
  const entry = CFB.find(zip, `/${path}`);
  if (!entry?.content) throw new Error(`${path} not in the workbook`);
  return Buffer.from(entry.content).toString('utf8');
}

/** Number format id of each Clients column's default style (0 when it has none), by letter. */
function columnFormats(xlsx: Uint8Array): Map<string, number> {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(zipText(xlsx, 'xl/styles.xml'))?.[1] ?? '';
  const xfFormats = [...cellXfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const cols = [...zipText(xlsx, 'xl/worksheets/sheet1.xml').matchAll(/<col min="(\d+)" max="\d+"([^>]*)\/>/g)];
  return new Map(
    cols.map((m) => {
      const style = /style="(\d+)"/.exec(m[2] ?? '')?.[1];
      return [XLSX.utils.encode_col(Number(m[1]) - 1), style === undefined ? 0 : (xfFormats[Number(style)] ?? -1)];
    }),
  );
}

const textColumns = (xlsx: Uint8Array): string[] =>
  [...columnFormats(xlsx)].filter(([, f]) => f === 49).map(([letter]) => letter);

const bytes = buildTemplate();
const wb = XLSX.read(bytes, { type: 'array' });

function sheet(name: string): XLSX.WorkSheet {
  const ws = wb.Sheets[name];
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

const rowsOf = (name: string) => XLSX.utils.sheet_to_json<string[]>(sheet(name), { header: 1 });
const byLetter = COLUMNS.map((c) => [c.letter, c] as const);

describe('buildTemplate', () => {
  it('is an xlsx (zip) file with the Clients sheet first, then Instructions and Lists', () => {
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(zipText(bytes, '[Content_Types].xml')).toContain('spreadsheetml.sheet.main+xml');
    expect(wb.SheetNames).toEqual([CLIENTS_SHEET, 'Instructions', 'Lists']);
    expect(wb.Workbook?.Sheets?.map((s) => s.Hidden ?? 0)).toEqual([0, 0, 0]);
  });

  it('has the 18 headers in COLUMNS order on row 1, and nothing else on the Clients sheet', () => {
    const rows = rowsOf(CLIENTS_SHEET);
    expect(rows).toEqual([COLUMNS.map((c) => templateHeader(c))]);
    expect(rows[0]?.map((h) => columnForHeader(h))).toEqual([...COLUMN_KEYS]);
    expect(sheet(CLIENTS_SHEET)['!ref']).toBe('A1:R1');
  });

  it('reads as a header with no data rows', () => {
    expect(XLSX.utils.sheet_to_json(sheet(CLIENTS_SHEET), { defval: '' })).toEqual([]);
  });

  it.each(byLetter)('column %s: header, required mark, reader mapping', (letter, spec) => {
    const header = cellOf(sheet(CLIENTS_SHEET), `${letter}1`)?.v;
    expect(header).toBe(spec.required ? `${spec.label.en} *` : spec.label.en);
    expect(columnForHeader(String(header))).toBe(spec.key);
  });

  it.each(byLetter)('column %s is Text-formatted exactly when it is an identifier', (letter, spec) => {
    expect(columnFormats(bytes).get(letter)).toBe(spec.identifier ? 49 : 0);
  });

  it('marks the identifier columns C, F, G, H, I and O as Text', () => {
    expect(textColumns(bytes)).toEqual(['C', 'F', 'G', 'H', 'I', 'O']);
  });

  it('freezes the header row and turns off "number stored as text" on identifier columns', () => {
    const xml = zipText(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('sqref="C1:C1048576 F1:F1048576 G1:G1048576 H1:H1048576 I1:I1048576 O1:O1048576"');
  });

  it.each(byLetter)('the Instructions sheet explains column %s', (letter, spec) => {
    const row = rowsOf('Instructions').find((r) => r[0] === letter);
    expect(row).toEqual([letter, spec.label.en, spec.required ? 'yes' : 'no', spec.example, spec.help.en]);
  });

  it('tells the user how to check the file and which columns are Text', () => {
    const text = XLSX.utils.sheet_to_csv(sheet('Instructions'));
    expect(text).toContain('Check the file before importing: banqup-import clients.xlsx --dry-run');
    expect(text).toContain('C ZIP, F RCS, G VAT, H IBAN, I BIC, O External reference');
  });

  it.each(TEMPLATE_LANGS)('in %s: every sheet, header and help text in that language', (lang) => {
    const words = TEMPLATE_TEXT[lang];
    const book = XLSX.read(buildTemplate([], lang), { type: 'array' });
    expect(book.SheetNames).toEqual([words.sheets.clients, words.sheets.instructions, words.sheets.lists]);
    const rows = (name: string) => XLSX.utils.sheet_to_json<string[]>(book.Sheets[name] ?? {}, { header: 1 });
    expect(rows(words.sheets.clients)).toEqual([COLUMNS.map((c) => templateHeader(c, lang))]);
    for (const spec of COLUMNS) {
      const row = rows(words.sheets.instructions).find((r) => r[0] === spec.letter);
      expect(row).toEqual([spec.letter, spec.label[lang], spec.required ? words.yes : words.no, spec.example, spec.help[lang]]);
    }
    const lists = rows(words.sheets.lists);
    expect(lists[0]).toEqual([words.languagesTitle]);
    expect(lists.find((r) => r[0] === 'nl')).toEqual(['nl', 'Nederlands', words.languageNames.nl]);
    expect(lists.find((r) => r[0] === words.code && r.length === 5)).toEqual([words.code, ...TEMPLATE_LANGS.map((l) => words.languageNames[l])]);
    expect(book.Props?.Title).toBe(words.title);
  });

  it.each([
    ['fr', 'Français', 'French'],
    ['en', 'English', 'English'],
    ['nl', 'Nederlands', 'Dutch'],
    ['de', 'Deutsch', 'German'],
  ])('the Lists sheet names language %s (%s, %s)', (code, own, other) => {
    const row = rowsOf('Lists').find((r) => r[0] === code);
    expect(row).toContain(own);
    expect(row).toContain(other);
  });

  it('records the template version as a custom document property', () => {
    expect(wb.Custprops).toEqual({ BanqupTemplateVersion: TEMPLATE_VERSION });
  });

  it('writes the same bytes every time', () => {
    expect(Buffer.compare(Buffer.from(buildTemplate()), Buffer.from(bytes))).toBe(0);
  });

  it('fills rows as text cells, with the Text format on identifier cells and blanks left out', () => {
    const row = ['Boulangerie Schmit S.à r.l.', '12 rue de la Gare', '01611', 'Luxembourg', 'LU', '', '15027442'];
    const filled = XLSX.read(buildTemplate([row]), { type: 'array', cellNF: true }).Sheets[CLIENTS_SHEET];
    expect(filled?.C2).toMatchObject({ t: 's', v: '01611', z: '@' });
    expect(filled?.G2).toMatchObject({ t: 's', v: '15027442', z: '@' });
    expect(filled?.A2).toMatchObject({ t: 's', v: 'Boulangerie Schmit S.à r.l.' });
    expect(cellOf(filled, 'A2')?.z).not.toBe('@');
    expect(filled?.F2).toBeUndefined();
    expect(filled?.['!ref']).toBe('A1:R2');
  });

  // Keep last: reading a LibreOffice file leaves "General" as format 164 in SheetJS's global table,
  // after which SheetJS writes `s` attributes on every plain cell.
  it('still formats the template after a LibreOffice file was read in the same process', () => {
    XLSX.read(readFileSync(new URL('../../fixtures/libreoffice/clients-mixed.xlsx', import.meta.url)));
    const again = buildTemplate();
    expect(textColumns(again)).toEqual(['C', 'F', 'G', 'H', 'I', 'O']);
    const xml = zipText(again, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toMatch(/ s="\d+" s="/);
    expect(xml).toContain('state="frozen"');
    expect(XLSX.utils.sheet_to_json<string[]>(XLSX.read(again).Sheets[CLIENTS_SHEET] ?? {}, { header: 1 })).toEqual([
      COLUMNS.map((c) => templateHeader(c)),
    ]);
  });
});
