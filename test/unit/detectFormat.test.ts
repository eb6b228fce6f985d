import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { CFB } from '../../src/input/cfb.js';
import { detectFormat, zipEntries } from '../../src/input/detectFormat.js';
import { buildWorkbook, encodeCp1252, templateHeaders, templateRow } from '../helpers/workbook.js';


/** A zip holding the given files, the way Office and LibreOffice pack documents. */
function zip(files: Record<string, string>, compression = true): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, text] of Object.entries(files)) CFB.utils.cfb_add(container, name, Buffer.from(text));
  return CFB.write(container, { type: 'buffer', fileType: 'zip', compression });
}

/** An OLE2 compound file (old Office format) holding the given streams. */
function ole(streams: string[]): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const name of streams) CFB.utils.cfb_add(container, name, new Uint8Array(600).fill(7));
  return CFB.write(container, { type: 'buffer' });
}

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const sheet = [{ name: 'Clients', rows: [templateHeaders(), templateRow()] }];
const xlsx = buildWorkbook(sheet, 'xlsx');

describe('detectFormat', () => {
  it.each([
    { what: 'an Excel workbook', input: xlsx, format: 'xlsx' },
    { what: 'a LibreOffice workbook', input: buildWorkbook(sheet, 'ods'), format: 'ods' },
    { what: 'an Excel 97-2003 workbook', input: buildWorkbook(sheet, 'xls'), format: 'xls' },
    { what: 'an Excel 2.x workbook (bare BIFF stream)', input: XLSX.write(XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([['a']]), 'S'), { type: 'buffer', bookType: 'biff2' }) as Buffer, format: 'xls' },
    { what: 'a UTF-8 CSV', input: buildWorkbook(sheet, 'csv'), format: 'csv' },
    { what: 'a cp1252 CSV with accents', input: encodeCp1252('Nom du client;Ville\r\nCafé Müller;Esch-sur-Alzette 5 €\r\n'), format: 'csv' },
    { what: 'a UTF-16 "Unicode text" export', input: buildWorkbook(sheet, 'csv', { encoding: 'utf-16le', delimiter: '\t' }), format: 'csv' },
    { what: 'an ODS whose mimetype is stored uncompressed', input: zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }, false), format: 'ods' },
  ] as const)('reads $what as $format', ({ input, format }) => {
    expect(detectFormat(input)).toBe(format);
  });

  it.each([
    { what: 'an empty file', input: new Uint8Array(0), code: 'input.empty_file' },
    { what: 'a file of blanks and line breaks', input: ascii(' \r\n\t \n'), code: 'input.empty_file' },
    { what: 'a file holding only a BOM', input: bytes(0xef, 0xbb, 0xbf, 0x0a), code: 'input.empty_file' },
    { what: 'a PDF', input: ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'), code: 'input.pdf' },
    { what: 'a PNG screenshot', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), code: 'input.image' },
    { what: 'a JPEG scan', input: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46), code: 'input.image' },
    { what: 'a GIF', input: ascii('GIF89a\x01\x00\x01\x00'), code: 'input.image' },
    { what: 'an iPhone HEIC photo', input: ascii('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00'), code: 'input.image' },
    { what: 'a Word .docx', input: zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), code: 'input.word_file' },
    { what: 'a Writer .odt', input: zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), code: 'input.word_file' },
    { what: 'a Word 97 .doc', input: ole(['WordDocument', '1Table']), code: 'input.word_file' },
    { what: 'an RTF document', input: ascii('{\\rtf1\\ansi Client list}'), code: 'input.word_file' },
    { what: 'a PowerPoint .pptx', input: zip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }), code: 'input.not_spreadsheet' },
    { what: 'an Impress .odp', input: zip({ mimetype: 'application/vnd.oasis.opendocument.presentation', 'content.xml': '<x/>' }), code: 'input.not_spreadsheet' },
    { what: 'an Apple Numbers file', input: zip({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' }), code: 'input.numbers_file' },
    { what: 'a zip of other files', input: zip({ 'notes.txt': 'hello' }), code: 'input.not_spreadsheet' },
    { what: 'a zip cut short', input: ascii('PK\x03\x04\x14\x00\x00\x00\x08\x00'), code: 'input.corrupt' },
    { what: 'an encrypted Excel 2007+ file', input: ole(['EncryptionInfo', 'EncryptedPackage']), code: 'input.password_protected' },
    { what: 'another OLE2 file (Outlook message)', input: ole(['__properties_version1.0']), code: 'input.not_spreadsheet' },
    { what: 'OLE2 magic followed by garbage', input: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3), code: 'input.corrupt' },
    { what: 'random binary bytes', input: bytes(0x13, 0x37, 0x00, 0xfe, 0x01, 0x02, 0x9c, 0x00), code: 'input.not_spreadsheet' },
    { what: 'a web page saved as .xls', input: ascii('<html><body><table><tr><td>Client name</td></tr></table></body></html>'), code: 'input.markup_file' },
    { what: 'an Excel 2003 XML spreadsheet', input: new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), code: 'input.markup_file' },
  ])('refuses $what with $code', ({ input, code }) => {
    expect(() => detectFormat(input)).toThrow(expect.objectContaining({ code, exitCode: 2 }));
    expect(() => detectFormat(input)).toThrow(InputError);
  });

  it('lists the entries of a zip, with their declared unpacked sizes', () => {
    const names = zipEntries(xlsx).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(zipEntries(xlsx).every((e) => e.uncompressedSize > 0)).toBe(true);
  });
});
