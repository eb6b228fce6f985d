import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { CFB } from './cfb.js';

/** The spreadsheet formats banqup-import reads. */
export type SheetFormat = 'xlsx' | 'xls' | 'ods' | 'csv';

/** One file inside a zip archive, as its directory declares it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x49, 0x49, 0x2a, 0x00], // TIFF little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF big-endian
];
/** ISO media brands of phone photos (HEIC/HEIF/AVIF), found at offset 8 after `ftyp`. */
const PHOTO_BRANDS = new Set(['heic', 'heix', 'heif', 'mif1', 'msf1', 'avif']);
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const ODT_MIME = 'application/vnd.oasis.opendocument.text';

/**
 * Tells the format from the bytes, never from the file name (users rename files, and `-` has
 * none). Anything that is not a readable spreadsheet ends here with an InputError that says what
 * the file is and what to do instead.
 */
export function detectFormat(bytes: Uint8Array): SheetFormat {
  if (isBlank(bytes)) throw new InputError('input.empty_file');
  if (startsWith(bytes, ZIP)) return zipFormat(bytes);
  if (startsWith(bytes, OLE2)) return oleFormat(bytes);
  if (isBareBiff(bytes)) return 'xls';
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) throw new InputError('input.pdf');
  if (IMAGES.some((magic) => startsWith(bytes, magic)) || isPhoto(bytes)) throw new InputError('input.image');
  if (startsWith(bytes, RTF)) throw new InputError('input.word_file');
  // Excel's "Unicode text" export is UTF-16 with a BOM: full of NUL bytes, yet a plain table.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'csv';
  if (looksBinary(bytes)) throw new InputError('input.not_spreadsheet');
  if (firstVisibleByte(bytes) === 0x3c) throw new InputError('input.markup_file');
  return 'csv';
}

/** The directory of a zip archive: the central directory, or the local headers when that is missing (truncated file). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  return centralDirectory(bytes) ?? localHeaders(bytes);
}

function zipFormat(bytes: Uint8Array): SheetFormat {
  const central = centralDirectory(bytes);
  const entries = central ?? localHeaders(bytes);
  const names = new Set(entries.map((e) => e.name));
  const has = (prefix: string) => entries.some((e) => e.name.startsWith(prefix));
  if (has('xl/')) return 'xlsx';
  if (has('word/')) throw new InputError('input.word_file');
  if (has('ppt/')) throw new InputError('input.not_spreadsheet');
  if (has('Index/')) throw new InputError('input.numbers_file');
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const mime = entryText(bytes, mimetype).trim();
    if (mime.startsWith(ODS_MIME)) return 'ods';
    if (mime.startsWith(ODT_MIME)) throw new InputError('input.word_file');
    throw new InputError('input.not_spreadsheet');
  }
  if (names.has('content.xml')) return 'ods';
  // No directory at the end: the file was cut short (an interrupted download or copy).
  if (!central) throw new InputError('input.corrupt', { detail: 'zip directory not found' });
  throw new InputError('input.not_spreadsheet');
}

function oleFormat(bytes: Uint8Array): SheetFormat {
  let paths: string[];
  try {
    paths = CFB.read(toBuffer(bytes), { type: 'buffer' }).FullPaths;
  } catch (error) {
    throw new InputError('input.corrupt', { detail: error instanceof Error ? error.message : String(error) });
  }
  const streams = new Set(paths.map((p) => p.replace(/\/$/, '').split('/').pop() ?? ''));
  // An Excel 2007+ file saved with a password is an OLE2 box around the encrypted zip.
  if (streams.has('EncryptionInfo') || streams.has('EncryptedPackage')) throw new InputError('input.password_protected');
  if (streams.has('Workbook') || streams.has('Book')) return 'xls';
  if (streams.has('WordDocument')) throw new InputError('input.word_file');
  throw new InputError('input.not_spreadsheet');
}

function centralDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let eocd = bytes.length - 22; eocd >= stop; eocd--) {
    if (view.getUint32(eocd, true) !== 0x06054b50) continue;
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const nameLength = view.getUint16(at + 28, true);
      entries.push({
        name: latin1(bytes, at + 46, nameLength),
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        uncompressedSize: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return entries;
  }
  return undefined;
}

function localHeaders(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50) {
    const nameLength = view.getUint16(at + 26, true);
    const entry: ZipEntry = {
      name: latin1(bytes, at + 30, Math.min(nameLength, bytes.length - at - 30)),
      method: view.getUint16(at + 8, true),
      compressedSize: view.getUint32(at + 18, true),
      uncompressedSize: view.getUint32(at + 22, true),
      localOffset: at,
    };
    entries.push(entry);
    // With a data descriptor (flag bit 3) the sizes come after the data: the walk cannot go on.
    if ((view.getUint16(at + 6, true) & 0x08) !== 0) break;
    at += 30 + nameLength + view.getUint16(at + 28, true) + entry.compressedSize;
  }
  return entries;
}

/** The first bytes of a small entry (the ODF `mimetype`), stored or deflated. */
function entryText(bytes: Uint8Array, entry: ZipEntry): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length) return '';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + Math.min(entry.compressedSize || 256, 256)));
  try {
    if (entry.method === 0) return latin1(data, 0, data.length);
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: 256, finishFlush: 2 }).toString('latin1');
  } catch {
    // An unreadable mimetype is treated like a missing one.
  }
  return '';
}

function isBlank(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, UTF8_BOM) ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

/** NUL bytes, or more than 1 % control characters, in the first 64 KiB: not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls++;
  }
  return controls > end / 100;
}

/** Excel 2.x–4.0 saved a bare BIFF stream: a BOF record (09 00, 09 02, 09 04 or 09 08) with a short length. */
function isBareBiff(bytes: Uint8Array): boolean {
  return bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1] ?? -1) && (bytes[2] ?? 0xff) <= 0x14 && bytes[3] === 0x00;
}

function isPhoto(bytes: Uint8Array): boolean {
  return latin1(bytes, 4, 4) === 'ftyp' && PHOTO_BRANDS.has(latin1(bytes, 8, 4));
}

function firstVisibleByte(bytes: Uint8Array): number | undefined {
  const start = startsWith(bytes, UTF8_BOM) ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return b;
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, text: string, within: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, within + text.length)).indexOf(text, 0, 'latin1');
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  if (start >= bytes.length) return '';
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(length, bytes.length - start))).toString('latin1');
}

/** A Buffer view of the same memory: SheetJS takes Buffers without copying. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
