import { CFB } from '../../../src/input/cfb.js';
import { packEntry, writeZip } from './zipWriter.js';

/** Files that are not spreadsheets, or spreadsheets locked away, made as their own programs make them (minimally). */


function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** An OLE2 compound file holding the given streams. */
export function compoundFile(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, `/${name}`, content);
  return toBytes(CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }));
}

/**
 * What Office writes for "Encrypt with Password" (MS-OFFCRYPTO §2.3.4.10, agile encryption): an
 * OLE2 file with an EncryptionInfo stream (version 4.4, then the XML descriptor) and the encrypted
 * zip in EncryptedPackage. The ciphertext here is random: only the container matters.
 */
export function encryptedOfficeFile(random: Uint8Array): Uint8Array {
  const descriptor =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" ' +
    'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" ' +
    'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" ' +
    'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></keyEncryptor></keyEncryptors></encryption>';
  const header = Buffer.alloc(8);
  header.writeUInt16LE(4, 0); // vMajor
  header.writeUInt16LE(4, 2); // vMinor
  header.writeUInt32LE(0x40, 4); // fAgile
  const size = Buffer.alloc(8);
  size.writeUInt32LE(random.length, 0);
  return compoundFile({
    EncryptionInfo: toBytes(Buffer.concat([header, Buffer.from(descriptor, 'utf8')])),
    EncryptedPackage: toBytes(Buffer.concat([size, Buffer.from(random)])),
  });
}

function biffRecord(type: number, body: Uint8Array): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(body.length, 2);
  return Buffer.concat([head, Buffer.from(body)]);
}

/** An Excel 97–2003 workbook saved with a password: BOF, then FILEPASS (RC4 encryption header). */
export function passwordXls(random: Uint8Array): Uint8Array {
  const bof = Buffer.alloc(16);
  bof.writeUInt16LE(0x0600, 0); // BIFF8
  bof.writeUInt16LE(0x0005, 2); // workbook globals
  bof.writeUInt16LE(0x0dbb, 4);
  bof.writeUInt16LE(0x07cc, 6);
  const filepass = Buffer.alloc(54);
  filepass.writeUInt16LE(1, 0); // wEncryptionType: RC4
  filepass.writeUInt16LE(1, 2); // vMajor
  filepass.writeUInt16LE(1, 4); // vMinor
  Buffer.from(random.subarray(0, 48)).copy(filepass, 6); // salt, verifier, verifier hash
  const stream = Buffer.concat([biffRecord(0x0809, bof), biffRecord(0x002f, filepass), biffRecord(0x000a, new Uint8Array())]);
  return compoundFile({ Workbook: toBytes(stream) });
}

/** A legacy Word .doc: an OLE2 file with WordDocument and 1Table streams. */
export function wordDoc(random: Uint8Array): Uint8Array {
  const fib = Buffer.alloc(512);
  fib.writeUInt16LE(0xa5ec, 0); // wIdent of a Word binary file
  Buffer.from(random.subarray(0, 256)).copy(fib, 256);
  return compoundFile({ WordDocument: toBytes(fib), '1Table': random.subarray(0, 512) });
}

/** A Word .docx: a zip with word/document.xml. */
export function wordDocx(): Uint8Array {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return writeZip([
    packEntry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    packEntry(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    packEntry('word/document.xml', `<w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>Client name, Address, ZIP, City</w:t></w:r></w:p></w:body></w:document>`),
  ]);
}

/** A one-page PDF, as short as a reader accepts. */
export function pdf(): Uint8Array {
  return new TextEncoder().encode(
    '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
      'trailer <</Root 1 0 R>>\n%%EOF\n',
  );
}

/** A 1×1 PNG (signature, IHDR, IDAT, IEND; CRCs are not checked by the detector, but are right here). */
export function png(): Uint8Array {
  return Uint8Array.from(
    Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
      'hex',
    ),
  );
}
