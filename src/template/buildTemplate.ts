import * as XLSX from 'xlsx';
import { CFB, type CfbContainer, type CfbEntry } from '../input/cfb.js';
import type { ColumnSpec, TemplateLang } from '../input/columns.js';
import { COLUMNS } from '../input/columns.js';
import type { HelpSheet } from './instructionsSheet.js';
import { instructionsSheet, listsSheet } from './instructionsSheet.js';
import { TEMPLATE_TEXT } from './templateText.js';

/** Stored in the workbook's custom properties, so a later version can tell its own templates apart. */
export const TEMPLATE_VERSION = 1;
/** The name of the Clients sheet in the English template (each language names it in its own words). */
export const CLIENTS_SHEET = TEMPLATE_TEXT.en.sheets.clients;

/** Excel's built-in number format 49 is "@" (Text): what "Format Cells > Text" stores. */
const TEXT_NUMFMT = 49;
const EXCEL_MAX_ROW = 1_048_576;

type Rows = readonly (readonly string[])[];

/** The header the template writes for a column: its label in the language, plus ` *` when a value is required. */
export function templateHeader(spec: ColumnSpec, lang: TemplateLang = 'en'): string {
  return spec.required ? `${spec.label[lang]} *` : spec.label[lang];
}

/**
 * The client template as .xlsx bytes, entirely in one language: the Clients sheet (headers A–R
 * from COLUMNS), the Instructions and the Lists sheet. `rows` (text in column order A–R) fill the
 * Clients sheet; only the example file and the tests use it. The same rows and language give the
 * same bytes (no dates are written), which `npm run templates` and its test rely on.
 */
export function buildTemplate(rows: Rows = [], lang: TemplateLang = 'en'): Uint8Array {
  const words = TEMPLATE_TEXT[lang];
  const wb = XLSX.utils.book_new();
  wb.Props = { Title: words.title, Subject: 'banqup-import', Language: lang };
  wb.Custprops = { BanqupTemplateVersion: TEMPLATE_VERSION };

  const clients = XLSX.utils.aoa_to_sheet(toAoa([COLUMNS.map((c) => templateHeader(c, lang)), ...rows]));
  clients['!cols'] = COLUMNS.map((c) => ({ wch: columnWidth(c, lang) }));
  XLSX.utils.book_append_sheet(wb, clients, words.sheets.clients);
  const help = [instructionsSheet(lang), listsSheet(lang)];
  for (const sheet of help) {
    const ws = XLSX.utils.aoa_to_sheet(toAoa(sheet.rows));
    ws['!cols'] = sheet.widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }

  const opts = { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true } as const;
  const written = XLSX.write(wb, opts) as Buffer;
  return addStyles(written, rows.length, help);
}

function columnWidth(spec: ColumnSpec, lang: TemplateLang): number {
  return Math.min(40, Math.max(12, templateHeader(spec, lang).length, spec.example.length) + 2);
}

/** Empty strings become holes, so blank cells are not written at all. */
function toAoa(rows: Rows): (string | null)[][] {
  return rows.map((row) => row.map((cell) => (cell === '' ? null : cell)));
}

/**
 * SheetJS Community Edition writes number formats only on existing cells, and no fonts, alignment,
 * column styles or frozen panes. A Text format on empty cells would need thousands of stub cells,
 * so the styles are added to the written XML instead: `<col style>` is the OOXML way to format a
 * whole column, and applies to the cells users type later (ECMA-376 §18.3.1.13).
 */
function addStyles(xlsx: Buffer, dataRows: number, help: readonly HelpSheet[]): Uint8Array {
  const zip = CFB.read(xlsx, { type: 'buffer' });
  const style = patchStyles(zip);

  const clientCells = new Map<string, number>();
  COLUMNS.forEach((spec) => {
    clientCells.set(`${spec.letter}1`, style.bold);
    if (!spec.identifier) return;
    for (let r = 2; r <= dataRows + 1; r += 1) clientCells.set(`${spec.letter}${r}`, style.text);
  });
  const textCols = new Map(COLUMNS.flatMap((c, i) => (c.identifier ? [[i + 1, style.text] as const] : [])));
  patchSheet(zip, 1, clientCells, textCols);
  patchClientsView(zip);

  help.forEach((sheet, index) => {
    const cells = new Map<string, number>();
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === '') return;
        const ref = XLSX.utils.encode_cell({ r, c });
        if (sheet.boldRows.includes(r)) cells.set(ref, style.bold);
        else cells.set(ref, sheet.wrapColumns.includes(c) ? style.wrap : style.top);
      });
    });
    patchSheet(zip, index + 2, cells, new Map());
  });

  const out = CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

interface StyleIds {
  readonly text: number;
  readonly bold: number;
  readonly top: number;
  readonly wrap: number;
}

/** Adds a bold font and four cell formats to styles.xml; returns their indices. */
function patchStyles(zip: CfbContainer): StyleIds {
  let xml = readEntry(zip, 'xl/styles.xml');
  let boldFont = 0;
  // The bold font copies the default one (size, name, theme colour) and adds <b/>.
  xml = replaceOnce(xml, /<fonts count="(\d+)"><font>([\s\S]*?)<\/font>([\s\S]*?)<\/fonts>/, (m) => {
    boldFont = Number(m[1]);
    return `<fonts count="${boldFont + 1}"><font>${m[2]}</font>${m[3]}<font><b/>${m[2]}</font></fonts>`;
  });
  const xf = (numFmt: number, font: number, apply: string, inner = ''): string =>
    `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0" ${apply}` +
    (inner ? `>${inner}</xf>` : '/>');
  const added = [
    xf(TEXT_NUMFMT, 0, 'applyNumberFormat="1"'),
    xf(0, boldFont, 'applyFont="1"'),
    xf(0, 0, 'applyAlignment="1"', '<alignment vertical="top"/>'),
    xf(0, 0, 'applyAlignment="1"', '<alignment vertical="top" wrapText="1"/>'),
  ];
  let first = 0;
  xml = replaceOnce(xml, /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (m) => {
    first = Number(m[1]);
    return `<cellXfs count="${first + added.length}">${m[2]}${added.join('')}</cellXfs>`;
  });
  writeEntry(zip, 'xl/styles.xml', xml);
  return { text: first, bold: first + 1, top: first + 2, wrap: first + 3 };
}

/** Sets cell styles by reference and column styles by 1-based column index. */
function patchSheet(
  zip: CfbContainer,
  sheetNumber: number,
  cells: ReadonlyMap<string, number>,
  cols: ReadonlyMap<number, number>,
): void {
  const path = `xl/worksheets/sheet${sheetNumber}.xml`;
  let xml = readEntry(zip, path);
  // SheetJS keeps number formats read from earlier files in a global table, so after a read in the
  // same process it may already have written `s` on plain cells (as "General", id 164): replace it.
  xml = xml.replace(/<c r="([A-Z]+\d+)"(?: s="\d+")?/g, (m: string, ref: string) => {
    const s = cells.get(ref);
    return s === undefined ? m : `<c r="${ref}" s="${s}"`;
  });
  for (const [col, s] of cols) {
    xml = replaceOnce(xml, new RegExp(`<col min="${col}" max="${col}"`), (m) => `${m[0]} style="${s}"`);
  }
  writeEntry(zip, path, xml);
}

/**
 * Freezes the header row, and silences Excel's "number stored as text" triangles on the identifier
 * columns, where digits typed as text are exactly what we ask for.
 */
function patchClientsView(zip: CfbContainer): void {
  const path = 'xl/worksheets/sheet1.xml';
  let xml = readEntry(zip, path);
  const pane =
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  xml = replaceOnce(xml, /<sheetView workbookViewId="0"\/>/, () => `<sheetView workbookViewId="0">${pane}</sheetView>`);
  const sqref = COLUMNS.filter((c) => c.identifier)
    .map((c) => `${c.letter}1:${c.letter}${EXCEL_MAX_ROW}`)
    .join(' ');
  xml = replaceOnce(
    xml,
    /<ignoredError numberStoredAsText="1" sqref="[^"]*"\/>/,
    () => `<ignoredError numberStoredAsText="1" sqref="${sqref}"/>`,
  );
  writeEntry(zip, path, xml);
}

/** A failed match means SheetJS changed its output: fail loudly rather than ship an unformatted template. */
function replaceOnce(xml: string, pattern: RegExp, build: (m: RegExpExecArray) => string): string {
  const m = pattern.exec(xml);
  if (!m) throw new Error(`template: ${pattern.source} not found in the written workbook`);
  return xml.slice(0, m.index) + build(m) + xml.slice(m.index + m[0].length);
}

/** The zip's own entry at `path` (writeEntry changes it in place). */
function entry(zip: CfbContainer, path: string): CfbEntry {
  const found = CFB.find(zip, `/${path}`);
  if (!found?.content) throw new Error(`template: ${path} missing from the written workbook`);
  return found;
}

function readEntry(zip: CfbContainer, path: string): string {
  return Buffer.from(entry(zip, path).content ?? []).toString('utf8');
}

function writeEntry(zip: CfbContainer, path: string, xml: string): void {
  const target = entry(zip, path);
  target.content = Buffer.from(xml, 'utf8');
  target.size = target.content.length;
}
