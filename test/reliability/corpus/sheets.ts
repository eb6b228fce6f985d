import * as XLSX from 'xlsx';
import type { ColumnKey } from '../../../src/domain/types.js';
import { COLUMNS } from '../../../src/input/columns.js';
import { buildWorkbook, csvText, templateHeaders, templateRow, type CellInput, type SheetSpec } from '../../helpers/workbook.js';
import { packEntry, packStreamedEntry, writeZip, type PackedEntry } from './zipWriter.js';

/**
 * Client sheets for the reliability corpus: valid rows that differ from each other (so that only
 * the property under test makes a row fail), and large sheets streamed as XML so that a
 * million-row file costs a few seconds to make instead of a few GB of SheetJS objects.
 */

/** A valid row; rows with different `i` have different register numbers, so none duplicates another. */
export function clientRow(i: number, overrides: Partial<Record<ColumnKey, CellInput>> = {}): CellInput[] {
  return templateRow({ companyNumber: `B${100_000 + i}`, vatNumber: null, externalReference: null, ...overrides });
}

/** The template's header row, then `rows`. */
export function clientTable(rows: readonly (readonly CellInput[])[]): CellInput[][] {
  return [templateHeaders(), ...rows.map((r) => [...r])];
}

/** An .xlsx of one sheet "Clients" (plus `more` sheets) holding the template header and `rows`. */
export function clientXlsx(rows: readonly (readonly CellInput[])[], sheet: Partial<SheetSpec> = {}): Uint8Array {
  return buildWorkbook([{ name: 'Clients', ...sheet, rows: sheet.rows ?? clientTable(rows) }], 'xlsx');
}

/** A CSV (UTF-8, comma) of the template header and `rows`. */
export function clientCsv(rows: readonly (readonly CellInput[])[]): Uint8Array {
  return buildWorkbook([{ name: 'Clients', rows: clientTable(rows) }], 'csv');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One `<row>` of inline-string cells, 1-based row number `r`. */
export function xmlRow(r: number, values: readonly string[]): string {
  const cells = values
    .map((v, c) => (v === '' ? '' : `<c r="${XLSX.utils.encode_col(c)}${r}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`))
    .join('');
  return `<row r="${r}">${cells}</row>`;
}

const HEADER_TEXT = COLUMNS.map((c) => c.label.en);

/** The text of a valid row, as xmlRow takes it. */
export function clientRowText(i: number): string[] {
  return clientRow(i).map(csvText);
}

export interface StreamedSheet {
  /** `<dimension ref>` written at the top (what Excel declares as the used range). */
  readonly dimension?: string;
  /** Rows below the header, as text arrays given their 1-based row number. */
  readonly rows: number;
  readonly row: (r: number) => readonly string[];
  /** The same row every time, as XML with `{R}` for the row number: fast enough for 265 MB. */
  readonly sameRow?: readonly string[];
  /** Raw `<row>` XML after the rows (a stray cell far down, say). */
  readonly tail?: string;
}

/** Sheet XML in chunks of about 1 MB: header row 1, then `rows` rows. */
function* sheetXmlChunks(spec: StreamedSheet): Generator<string> {
  const dimension = spec.dimension ? `<dimension ref="${spec.dimension}"/>` : '';
  let chunk = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}">${dimension}<sheetData>${xmlRow(1, HEADER_TEXT)}`;
  const same = spec.sameRow ? xmlRow(0, spec.sameRow).replace(/"([A-Z]+)?0"/g, '"$1{R}"') : undefined;
  for (let r = 2; r <= spec.rows + 1; r++) {
    chunk += same ? same.replaceAll('{R}', String(r)) : xmlRow(r, spec.row(r));
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${spec.tail ?? ''}</sheetData></worksheet>`;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts around one worksheet (and a shared-string table) that make a minimal, valid .xlsx. */
export function xlsxFrame(sheetName = 'Clients', opts: { readonly sharedStrings?: boolean } = {}): PackedEntry[] {
  const sst = opts.sharedStrings === true;
  return [
    packEntry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        (sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
        '</Types>',
    ),
    packEntry('_rels/.rels', `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    packEntry('xl/workbook.xml', `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    packEntry(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (sst ? `<Relationship Id="rId2" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        '</Relationships>',
    ),
  ];
}

/** The worksheet part of a streamed sheet, deflated once (reuse it for several archives). */
export function packSheet(spec: StreamedSheet): Promise<PackedEntry> {
  return packStreamedEntry('xl/worksheets/sheet1.xml', sheetXmlChunks(spec));
}

/** An .xlsx around a packed worksheet, optionally lying about its unpacked size. */
export function xlsxOf(sheet: PackedEntry, lies: { readonly localSize?: number; readonly centralSize?: number } = {}): Uint8Array {
  return writeZip([...xlsxFrame(), { ...sheet, ...lies }]);
}

/** A streamed .xlsx: the template header, then `rows` rows made by `row`. */
export async function streamedXlsx(spec: StreamedSheet): Promise<Uint8Array> {
  return xlsxOf(await packSheet(spec));
}

/**
 * A shared-string amplifier: one long string in xl/sharedStrings.xml, referenced by every cell of
 * `rows` rows below the template header. The file stays a few hundred kB; the cells it declares
 * hold `rows × 15 × text.length` characters.
 */
export function sharedStringXlsx(rows: number, text: string): Uint8Array {
  const header = xmlRow(1, HEADER_TEXT);
  const body: string[] = [];
  for (let r = 2; r <= rows + 1; r++) {
    body.push(`<row r="${r}">${HEADER_TEXT.map((_, c) => `<c r="${XLSX.utils.encode_col(c)}${r}" t="s"><v>0</v></c>`).join('')}</row>`);
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}"><sheetData>${header}${body.join('')}</sheetData></worksheet>`;
  const strings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS_MAIN}" count="${rows * 15}" uniqueCount="1"><si><t xml:space="preserve">${escapeXml(text)}</t></si></sst>`;
  return writeZip([...xlsxFrame('Clients', { sharedStrings: true }), packEntry('xl/sharedStrings.xml', strings), packEntry('xl/worksheets/sheet1.xml', sheet)]);
}
