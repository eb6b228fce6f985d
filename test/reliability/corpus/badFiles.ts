import { clientCsv, clientRow, clientRowText, clientTable, clientXlsx, packSheet, sharedStringXlsx, streamedXlsx, xlsxOf, xmlRow } from './sheets.js';
import { encryptedOfficeFile, passwordXls, pdf, png, wordDoc, wordDocx } from './otherFormats.js';
import { packEntry, writeZip } from './zipWriter.js';
import { buildWorkbook, formulaCell, templateHeaders } from '../../helpers/workbook.js';
import { randomBytes, randomInt, seededRandom, type Scale } from '../scale.js';

/**
 * The bad-files corpus: every file is made here, at test time, from the seed (nothing large is
 * committed). A case says what it is, how to make it, and how banqup-import must end.
 */
export interface BadFileCase {
  /** Stable id, `family/variant`. */
  readonly name: string;
  /** The exit codes that are right for it (0 fine, 2 unreadable or refused, 3 rows with errors). */
  readonly exits: readonly (0 | 2 | 3)[];
  /** What stderr (exit 2) or stdout (exit 0/3) must say. */
  readonly says?: RegExp;
  /** Makes the file; `random` is seeded from the case name. */
  readonly build: (random: () => number) => Promise<BuiltFile> | BuiltFile;
  /** Only at RELIABILITY_SCALE=full (too slow or too big for every CI run). */
  readonly fullOnly?: boolean;
  /** Exit 2 with a complete report on stdout is right here (the file read, but holds no rows). */
  readonly stdoutOnRefusal?: boolean;
}

export interface BuiltFile {
  /** File name in the case's folder; `-` sends `bytes` on standard input. */
  readonly file: string;
  readonly bytes?: Uint8Array;
  /** Extra CLI arguments (after the file and --dry-run). */
  readonly args?: readonly string[];
  /** Stop reading stdout after this many bytes (`| head -c N`). */
  readonly closeStdoutAfterBytes?: number;
}

const MB = 1024 * 1024;

/** A valid little workbook to cut, flip and wrap. */
function validXlsx(rows = 40): Uint8Array {
  return clientXlsx(Array.from({ length: rows }, (_, i) => clientRow(i)));
}

const lazy = <T>(make: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
};

/**
 * A worksheet whose XML unpacks to more than 256 MB (full rows of the template, about 330 000 of
 * them), deflated once and wrapped in three archives: honest, lying in both directories, lying
 * only in the central directory.
 */
const hugeSheet = lazy(() => packSheet({ rows: 330_000, row: () => [], sameRow: clientRowText(1) }));

const ROWS_PER_MILLION_ROW_SHEET = 1_048_575; // Excel's last row is 1 048 576.

const EXCESS_ROWS = {
  ci: 50_000,
  full: 200_000,
};

function fixedCases(scale: Scale): BadFileCase[] {
  const excess = EXCESS_ROWS[scale];
  return [
    // Truncated and damaged archives.
    { name: 'truncated/xlsx-cut-in-half', exits: [2], says: /damaged or incomplete/, build: () => ({ file: 'half.xlsx', bytes: cut(validXlsx(), 0.5) }) },
    { name: 'truncated/xlsx-first-100-bytes', exits: [2], says: /damaged or incomplete/, build: () => ({ file: 'head.xlsx', bytes: validXlsx().subarray(0, 100) }) },
    { name: 'truncated/xlsx-without-end-record', exits: [2], says: /damaged or incomplete/, build: () => ({ file: 'noend.xlsx', bytes: cutBytes(validXlsx(), 22) }) },
    {
      name: 'zip/xl-folder-without-workbook', exits: [2], says: /damaged or incomplete|not a spreadsheet/,
      build: () => ({ file: 'noworkbook.xlsx', bytes: writeZip([packEntry('xl/worksheets/sheet1.xml', `<worksheet>${xmlRow(1, templateHeaders())}</worksheet>`)]) }),
    },
    // Zip bombs and huge declared sizes.
    {
      name: 'zip-bomb/declared-range-A1:XFD1048576', exits: [2], says: /rows below the header/,
      build: async () => ({ file: 'dimension.xlsx', bytes: await streamedXlsx({ dimension: 'A1:XFD1048576', rows: 2, row: (r) => clientRowText(r) }) }),
    },
    {
      name: 'zip-bomb/stray-cell-at-row-1048576', exits: [2], says: /rows below the header/,
      build: async () => ({ file: 'stray.xlsx', bytes: await streamedXlsx({ rows: 1, row: (r) => clientRowText(r), tail: xmlRow(1_048_576, ['x']) }) }),
    },
    {
      // No <dimension> (some generators write none): SheetJS stops at the row limit without a trace.
      name: 'sheet/no-dimension-client-at-row-20001', exits: [2], says: /20000 rows below the header/,
      build: async () => ({
        file: 'late-client.xlsx',
        bytes: await streamedXlsx({ rows: 3, row: (r) => clientRowText(r), tail: xmlRow(20_001, clientRowText(20_001)) }),
      }),
    },
    {
      name: 'sheet/stray-cell-at-row-30000-ods', exits: [2], says: /rows below the header/,
      build: () => ({ file: 'stray.ods', bytes: buildWorkbook([{ name: 'Clients', rows: clientTable([clientRow(1)]), extraCells: { A30000: 'x' } }], 'ods') }),
    },
    {
      name: 'sheet/stray-cell-at-row-30000-xls', exits: [2], says: /rows below the header/,
      build: () => ({ file: 'stray.xls', bytes: buildWorkbook([{ name: 'Clients', rows: clientTable([clientRow(1)]), extraCells: { A30000: 'x' } }], 'xls') }),
    },
    {
      name: 'zip-bomb/1048575-rows', exits: [2], says: /rows below the header/,
      build: async () => ({ file: 'million.xlsx', bytes: await streamedXlsx({ rows: ROWS_PER_MILLION_ROW_SHEET, row: () => ['x'] }) }),
    },
    {
      name: 'zip-bomb/xml-over-256MB', exits: [2], says: /unpacks to/,
      build: async () => ({ file: 'bomb.xlsx', bytes: xlsxOf(await hugeSheet()) }),
    },
    {
      name: 'zip-bomb/xml-over-256MB-sizes-lie', exits: [2], says: /unpacks to/,
      build: async () => ({ file: 'bomb-lies.xlsx', bytes: xlsxOf(await hugeSheet(), { localSize: 1024, centralSize: 1024 }) }),
    },
    {
      name: 'zip-bomb/xml-over-256MB-directory-lies', exits: [2], says: /unpacks to/,
      build: async () => {
        const sheet = await hugeSheet();
        return { file: 'bomb-directory-lies.xlsx', bytes: xlsxOf(sheet, { localSize: sheet.size, centralSize: 1024 }) };
      },
    },
    // Far beyond --max-rows (default 10 000).
    {
      name: 'max-rows/10001-rows', exits: [2], says: /10001 rows below the header; one run takes at most 10000/,
      build: async () => ({ file: 'rows-10001.xlsx', bytes: await streamedXlsx({ rows: 10_001, row: (r) => clientRowText(r) }) }),
    },
    {
      name: `max-rows/${excess}-rows-xlsx`, exits: [2], says: /rows below the header/,
      build: async () => ({ file: `rows-${excess}.xlsx`, bytes: await streamedXlsx({ rows: excess, row: (r) => clientRowText(r) }) }),
    },
    {
      name: `max-rows/${excess}-rows-csv`, exits: [2], says: /rows below the header/,
      build: () => ({ file: `rows-${excess}.csv`, bytes: clientCsv(Array.from({ length: excess }, (_, i) => clientRow(i))) }),
    },
    {
      name: 'max-rows/10000-rows-accepted', exits: [0], says: /10000 rows checked: 10000 valid/, fullOnly: true,
      build: async () => ({ file: 'rows-10000.xlsx', bytes: await streamedXlsx({ rows: 10_000, row: (r) => clientRowText(r) }) }),
    },
    // Issue 11, attack 2: up to the --max-rows maximum, checked in bounded memory or refused with
    // the reason; never a stack overflow. Short rows (about 50 characters) stay under the text cap.
    {
      name: 'large/200000-short-rows-csv-max-rows-200000', exits: [0], says: /200000 rows checked: 200000 valid/, fullOnly: true,
      build: () => ({ file: 'short-200000.csv', bytes: shortRowsCsv(200_000, false), args: ['--max-rows', '200000'] }),
    },
    {
      name: 'large/200000-rows-an-error-each-csv', exits: [3], says: /200000 rows checked: 0 valid, 200000 with errors/, fullOnly: true,
      build: () => ({ file: 'errors-200000.csv', bytes: shortRowsCsv(200_000, true), args: ['--max-rows', '200000'] }),
    },
    {
      name: 'large/1000000-short-rows-csv-max-rows-1000000', exits: [2], says: /more than 3 million filled cells/, fullOnly: true,
      build: () => ({ file: 'short-1000000.csv', bytes: shortRowsCsv(1_000_000, false), args: ['--max-rows', '1000000'] }),
    },
    // Issue 11, attack 7: an entry of 2 147 483 911 bytes listed twice was "4097 MB".
    {
      name: 'zip-bomb/entry-listed-twice-2GB', exits: [2], says: /unpacks to 2\.0 GB/,
      build: () => ({ file: 'twice.xlsx', bytes: entryListedTwice(validXlsx(1), 2_147_483_911) }),
    },
    {
      name: 'max-rows/300-rows-with-max-rows-100', exits: [2], says: /at most 100\b/,
      build: () => ({ file: 'rows-300.xlsx', bytes: validXlsx(300), args: ['--max-rows', '100'] }),
    },
    {
      // 3 000 rows with errors make a table far larger than a pipe holds (64 kB).
      name: 'pipe/stdout-closed-after-4kB', exits: [3],
      build: () => ({
        file: 'many-errors.xlsx',
        bytes: clientXlsx(Array.from({ length: 3_000 }, (_, i) => clientRow(i, { country: `Atlantis ${i}`, iban: `LU00 ${i}` }))),
        closeStdoutAfterBytes: 4096,
      }),
    },
    { name: 'too-large/65MB-file', exits: [2], says: /MB/, build: () => ({ file: 'large.csv', bytes: new Uint8Array(65 * MB).fill(0x41) }) },
    // Locked files and other formats.
    { name: 'encrypted/office-encryptioninfo', exits: [2], says: /password/, build: (random) => ({ file: 'locked.xlsx', bytes: encryptedOfficeFile(randomBytes(random, 4096)) }) },
    { name: 'encrypted/xls-filepass', exits: [2], says: /password/, build: (random) => ({ file: 'locked.xls', bytes: passwordXls(randomBytes(random, 64)) }) },
    { name: 'format/pdf', exits: [2], says: /PDF/, build: () => ({ file: 'clients.pdf', bytes: pdf() }) },
    { name: 'format/pdf-renamed-xlsx', exits: [2], says: /PDF/, build: () => ({ file: 'clients.xlsx', bytes: pdf() }) },
    { name: 'format/png', exits: [2], says: /image/, build: () => ({ file: 'clients.png', bytes: png() }) },
    { name: 'format/docx', exits: [2], says: /text document/, build: () => ({ file: 'clients.docx', bytes: wordDocx() }) },
    { name: 'format/doc', exits: [2], says: /text document/, build: (random) => ({ file: 'clients.doc', bytes: wordDoc(randomBytes(random, 512)) }) },
    { name: 'format/pdf-on-stdin', exits: [2], says: /PDF/, build: () => ({ file: '-', bytes: pdf() }) },
    { name: 'empty/zero-bytes', exits: [2], says: /empty/, build: () => ({ file: 'empty.xlsx', bytes: new Uint8Array() }) },
    { name: 'empty/blank-lines', exits: [2], says: /empty/, build: () => ({ file: 'blank.csv', bytes: new TextEncoder().encode('\uFEFF  \r\n\r\n\t\n') }) },
    { name: 'empty/stdin', exits: [2], says: /empty/, build: () => ({ file: '-', bytes: new Uint8Array() }) },
    { name: 'missing/no-such-file', exits: [2], says: /not found|no such|does not exist/i, build: () => ({ file: 'absent.xlsx' }) },
    // Sheets that read, with traps.
    // Exit 2 with the table on stdout (check.ts: "no client rows" is not a clean check).
    { name: 'sheet/header-only', exits: [0, 2], says: /No client rows/, stdoutOnRefusal: true, build: () => ({ file: 'header-only.xlsx', bytes: clientXlsx([]) }) },
    {
      name: 'sheet/duplicate-vat-headers', exits: [2], says: /both the template's "VAT" column/,
      build: () => ({ file: 'two-vat.xlsx', bytes: clientXlsx([], { rows: [[...templateHeaders(), 'VAT'], [...clientRow(1), 'LU15027442']] }) }),
    },
    {
      name: 'sheet/merged-city-down-a-column', exits: [0], says: /Merged cells in D2:D4/,
      build: () => ({ file: 'merged-down.xlsx', bytes: clientXlsx([clientRow(1), clientRow(2, { city: null }), clientRow(3, { city: null })], { merges: ['D2:D4'] }) }),
    },
    {
      name: 'sheet/merged-name-across-address', exits: [3], says: /Merged cells in A2:B2/,
      build: () => ({ file: 'merged-across.xlsx', bytes: clientXlsx([clientRow(1, { street: null })], { merges: ['A2:B2'] }) }),
    },
    {
      name: 'sheet/client-sheet-hidden', exits: [0], says: /sheet "Clients"/,
      build: () => ({
        file: 'hidden-clients.xlsx',
        bytes: buildWorkbook([{ name: 'Read me', rows: [['Nothing here']] }, { name: 'Clients', hidden: true, rows: clientTable([clientRow(1)]) }], 'xlsx'),
      }),
    },
    {
      name: 'sheet/hidden-first-sheet', exits: [0], says: /sheet "Clients"/,
      build: () => ({
        file: 'hidden-first.xlsx',
        bytes: buildWorkbook([{ name: 'Lists', hidden: 'very', rows: [['fr'], ['en']] }, { name: 'Clients', rows: clientTable([clientRow(1)]) }], 'xlsx'),
      }),
    },
    {
      // An old copy of the list kept in a hidden first sheet: the visible list is the one read.
      name: 'sheet/hidden-old-copy-before-the-visible-list', exits: [0], says: /sheet "Clients"/,
      build: () => ({
        file: 'hidden-old-copy.xlsx',
        bytes: buildWorkbook(
          [
            { name: 'Clients (old)', hidden: true, rows: clientTable([clientRow(1, { vatNumber: 'LU00000000' })]) },
            { name: 'Clients', rows: clientTable([clientRow(1)]) },
          ],
          'xlsx',
        ),
      }),
    },
    {
      name: 'proto/headers', exits: [0], says: /__proto__/,
      build: () => ({
        file: 'proto-headers.xlsx',
        bytes: clientXlsx([], { rows: [[...templateHeaders(), '__proto__', 'constructor', 'prototype'], [...clientRow(1), '__proto__', 'constructor', 'prototype']] }),
      }),
    },
    {
      name: 'proto/values-in-every-column', exits: [3],
      build: () => ({ file: 'proto-values.xlsx', bytes: clientXlsx(PROTO_WORDS.map((w) => templateHeaders().map(() => w))) }),
    },
    {
      name: 'proto/values-csv', exits: [3],
      build: () => ({ file: 'proto-values.csv', bytes: clientCsv(PROTO_WORDS.map((w) => templateHeaders().map(() => w))) }),
    },
    {
      name: 'proto/sheet-named-__proto__', exits: [0],
      build: () => ({ file: 'proto-sheet.xlsx', bytes: buildWorkbook([{ name: '__proto__', rows: clientTable([clientRow(1)]) }], 'xlsx'), args: ['--sheet', '__proto__'] }),
    },
    {
      name: 'proto/sheet-constructor-not-found', exits: [2], says: /no sheet named "constructor"/,
      build: () => ({ file: 'proto-sheet2.xlsx', bytes: clientXlsx([clientRow(1)]), args: ['--sheet', 'constructor'] }),
    },
    {
      name: 'cells/escape-sequences-and-bidi-xlsx', exits: [3],
      build: () => ({ file: 'escapes.xlsx', bytes: clientXlsx(ESCAPES.map((e, i) => clientRow(i, { legalName: `Acme ${e} SA`, country: e, vatNumber: `LU${e}1` }))) }),
    },
    {
      // Among 300 plain rows, so that the control characters stay under the binary-file threshold.
      name: 'cells/escape-sequences-and-bidi-csv', exits: [3],
      build: () => {
        const hostile = ESCAPES.map((e, i) => clientRow(i, { legalName: `Acme ${e} SA`, country: e }));
        const plain = Array.from({ length: 300 }, (_, i) => clientRow(1000 + i));
        return { file: 'escapes.csv', bytes: clientCsv([...hostile, ...plain]) };
      },
    },
    {
      name: 'cells/dense-control-characters-csv', exits: [2], says: /not a spreadsheet/,
      build: () => ({ file: 'controls.csv', bytes: clientCsv(ESCAPES.map((e, i) => clientRow(i, { legalName: e, street: e, city: e }))) }),
    },
    {
      name: 'cells/10000-characters-everywhere', exits: [3],
      build: (random) => ({ file: 'long.xlsx', bytes: clientXlsx([templateHeaders().map(() => longText(random, 10_000)), clientRow(2, { legalName: longText(random, 10_000) })]) }),
    },
    {
      name: 'cells/10000-character-headers', exits: [0], says: /Columns not in the template were ignored/,
      build: (random) => {
        const long = Array.from({ length: 12 }, () => longText(random, 10_000));
        return { file: 'long-headers.xlsx', bytes: clientXlsx([], { rows: [[...templateHeaders(), ...long], [...clientRow(1), ...long]] }) };
      },
    },
    {
      name: 'zip-bomb/shared-string-32767-chars-x-10000-rows', exits: [2, 3],
      build: (random) => ({ file: 'shared-bomb.xlsx', bytes: sharedStringXlsx(10_000, longText(random, 32_767)) }),
    },
    {
      name: 'cells/formulas-with-cached-values', exits: [0],
      build: () => ({
        file: 'formulas-cached.xlsx',
        bytes: clientXlsx([
          clientRow(1, {
            legalName: formulaCell('"Boulangerie "&"Schmit"', 'Boulangerie Schmit'),
            vatNumber: formulaCell('"LU"&"15027442"', 'LU15027442'),
            companyNumber: formulaCell('"B"&"100001"', 'B100001'),
            postalCode: formulaCell('TEXT(1611,"0000")', '1611'),
          }),
        ]),
      }),
    },
    {
      name: 'cells/formulas-without-values', exits: [3], says: /formula without a saved result/,
      build: () => ({
        file: 'formulas-uncached.xlsx',
        bytes: clientXlsx([clientRow(1, { legalName: formulaCell('A1&"x"'), vatNumber: formulaCell('"LU"&"15027442"'), postalCode: formulaCell('1000+611') })]),
      }),
    },
    {
      name: 'csv/nul-byte', exits: [2], says: /not a spreadsheet/,
      build: () => {
        const bytes = clientCsv([clientRow(1, { legalName: 'Acme\u0000Corp' })]);
        return { file: 'nul.csv', bytes };
      },
    },
    {
      name: 'sheet/16384-columns', exits: [0], says: /Columns not in the template were ignored/,
      build: () => {
        // Exactly Excel's 16 384 columns: the template's, then extra ones up to XFD.
        const width = templateHeaders().length;
        const extra = (prefix: string) => Array.from({ length: 16_384 - width }, (_, i) => `${prefix} ${i + width + 1}`);
        return { file: 'wide.xlsx', bytes: clientXlsx([], { rows: [[...templateHeaders(), ...extra('Extra')], [...clientRow(1), ...extra('v')]] }) };
      },
    },
  ];
}

/** Words that are properties of every JavaScript object: lookups in plain-object maps trip on them. */
export const PROTO_WORDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Terminal escape sequences and bidi controls, as a hostile cell would hold them. */
export const ESCAPES = [
  '\u001b[31mRED\u001b[0m',
  '\u001b]0;owned title\u0007',
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\',
  '\u009b31mC1-CSI',
  '\r\u001b[Koverwritten',
  'bell\u0007\u0008\u0008',
  'abc\u202Egnp.exe',
  '\u2066isolated\u2069',
  '\u200Fmark\u061C',
];

function longText(random: () => number, length: number): string {
  const words = ['Fiduciaire', 'Luxembourg', 'S.à r.l.', 'rue', 'de', 'la', 'Gare', 'Müller', 'Ærø', '東京', '😀'];
  let out = '';
  while (out.length < length) out += `${words[Math.floor(random() * words.length)]} `;
  return out.slice(0, length);
}

function cut(bytes: Uint8Array, fraction: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

function cutBytes(bytes: Uint8Array, count: number): Uint8Array {
  return bytes.slice(0, bytes.length - count);
}

/** Seeded families: how many of each at each scale. */
function seededCases(scale: Scale, random: () => number): BadFileCase[] {
  const cases: BadFileCase[] = [];
  const at = <T>(ci: T, full: T) => (scale === 'full' ? full : ci);
  const counts = { cuts: at(2, 25), randomFiles: at(3, 30), zipNoise: at(2, 20), oleNoise: at(2, 20), flips: at(4, 60), otherFlips: at(1, 20) };
  for (let i = 0; i < counts.cuts; i++) {
    const fraction = 0.02 + random() * 0.96;
    cases.push({ name: `truncated/xlsx-cut-at-${Math.round(fraction * 1000) / 10}%`, exits: [2], build: () => ({ file: `cut-${i}.xlsx`, bytes: cut(validXlsx(), fraction) }) });
  }
  for (let i = 0; i < counts.randomFiles; i++) {
    const size = randomInt(random, 1, 256 * 1024);
    cases.push({ name: `random/bytes-${size}`, exits: [2], build: (r) => ({ file: `random-${i}.xlsx`, bytes: randomBytes(r, size) }) });
  }
  const withMagic = (magic: number[], r: () => number, size: number) => {
    const bytes = randomBytes(r, size);
    bytes.set(magic, 0);
    return bytes;
  };
  for (let i = 0; i < counts.zipNoise; i++) {
    const size = randomInt(random, 30, 64 * 1024);
    cases.push({ name: `random/zip-magic-then-noise-${size}`, exits: [2], build: (r) => ({ file: `zipnoise-${i}.xlsx`, bytes: withMagic([0x50, 0x4b, 0x03, 0x04], r, size) }) });
  }
  for (let i = 0; i < counts.oleNoise; i++) {
    const size = randomInt(random, 512, 64 * 1024);
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    cases.push({ name: `random/ole2-magic-then-noise-${size}`, exits: [2], build: (r) => ({ file: `olenoise-${i}.xls`, bytes: withMagic(ole, r, size) }) });
  }
  for (let i = 0; i < counts.flips; i++) {
    const flips = randomInt(random, 1, 16);
    cases.push({
      name: `mutated/xlsx-${flips}-bytes-changed-#${i + 1}`,
      // A changed byte may land in a cell's text (a row error) or in nothing that matters.
      exits: [0, 2, 3],
      build: (r) => {
        const bytes = validXlsx(20);
        for (let k = 0; k < flips; k++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
        return { file: `mutated-${i}.xlsx`, bytes };
      },
    });
  }
  for (const bookType of ['xls', 'ods'] as const) {
    for (let i = 0; i < counts.otherFlips; i++) {
      const flips = randomInt(random, 1, 16);
      cases.push({
        name: `mutated/${bookType}-${flips}-bytes-changed-#${i + 1}`,
        exits: [0, 2, 3],
        build: (r) => {
          const bytes = buildWorkbook([{ name: 'Clients', rows: clientTable(Array.from({ length: 20 }, (_, k) => clientRow(k))) }], bookType);
          for (let k = 0; k < flips; k++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
          return { file: `mutated-${i}.${bookType}`, bytes };
        },
      });
    }
  }
  return cases;
}

/** The corpus at a scale: every fixed case (the slow ones only at full scale) and the seeded families. */
/** A CSV of `n` short rows (11 filled cells, about 50 characters), valid, or each with a bad IBAN. */
function shortRowsCsv(n: number, withError: boolean): Uint8Array {
  const header = templateHeaders().join(',');
  const parts = [header];
  for (let i = 0; i < n; i++) {
    parts.push(`A,1 r,1611,L,LU,B${100_000 + i},,${withError ? 'LU00' : 'LU280019400644750000'},,fr,A,fr,a@b.lu,,`);
  }
  return new TextEncoder().encode(`${parts.join('\n')}\n`);
}

/** An .xlsx whose first worksheet's central-directory entry declares `size` bytes and is listed twice. */
function entryListedTwice(xlsx: Uint8Array, size: number): Uint8Array {
  const zip = Buffer.from(xlsx);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  let record: Buffer | undefined;
  while (at < eocd) {
    const nameLength = zip.readUInt16LE(at + 28);
    const length = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (record === undefined && zip.toString('latin1', at + 46, at + 46 + nameLength).startsWith('xl/worksheets/')) {
      zip.writeUInt32LE(size, at + 24);
      record = Buffer.from(zip.subarray(at, at + length));
    }
    at += length;
  }
  if (record === undefined) throw new Error('no worksheet entry');
  const tail = Buffer.from(zip.subarray(eocd));
  tail.writeUInt16LE(tail.readUInt16LE(8) + 1, 8);
  tail.writeUInt16LE(tail.readUInt16LE(10) + 1, 10);
  tail.writeUInt32LE(tail.readUInt32LE(12) + record.length, 12);
  return new Uint8Array(Buffer.concat([zip.subarray(0, eocd), record, tail]));
}

export function badFileCorpus(scale: Scale): BadFileCase[] {
  const fixed = fixedCases(scale).filter((c) => scale === 'full' || !c.fullOnly);
  return [...fixed, ...seededCases(scale, seededRandom('bad-files/families'))];
}
