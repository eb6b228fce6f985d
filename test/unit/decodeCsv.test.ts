import { describe, expect, it } from 'vitest';
import { decodeCp1252, decodeCsv, parseCsv } from '../../src/input/decodeCsv.js';
import { buildWorkbook, encodeCp1252 } from '../helpers/workbook.js';
import { seededRandom } from '../../src/sandbox/seededRandom.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsv: encoding', () => {
  it.each([
    {
      what: 'Excel "CSV" in a French locale (cp1252, ;)',
      bytes: encodeCp1252('Nom du client;Ville;Note\r\nCafé Müller;Esch-sur-Alzette;5 € l’unité, Š œ\r\n'),
      encoding: 'windows-1252',
      text: 'Nom du client;Ville;Note\r\nCafé Müller;Esch-sur-Alzette;5 € l’unité, Š œ\r\n',
    },
    {
      what: 'Excel "CSV UTF-8" (BOM)',
      bytes: utf8('\uFEFFClient name,City\nCafé Müller,Düdelingen\n'),
      encoding: 'utf-8-bom',
      text: 'Client name,City\nCafé Müller,Düdelingen\n',
    },
    { what: 'UTF-8 without BOM', bytes: utf8('Client name,City\nÉpicerie €,Liège\n'), encoding: 'utf-8', text: 'Client name,City\nÉpicerie €,Liège\n' },
    {
      what: 'Excel "Unicode text" (UTF-16LE, tabs)',
      bytes: buildWorkbook([{ name: 'S', rows: [['Client name', 'City'], ['Œuvre €', 'Liège']] }], 'csv', { encoding: 'utf-16le', delimiter: '\t' }),
      encoding: 'utf-16le',
      text: 'Client name\tCity\r\nŒuvre €\tLiège\r\n',
    },
  ])('decodes $what', ({ bytes, encoding, text }) => {
    const decoded = decodeCsv(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it('maps every cp1252 byte from 0x80 to 0x9F to its character, not to a control character', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeCp1252(bytes)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
    expect(decodeCp1252(encodeCp1252('Ça coûte 12 € – “Zoë”'))).toBe('Ça coûte 12 € – “Zoë”');
  });
});

describe('decodeCsv: separator', () => {
  it.each([
    { what: 'semicolons', text: 'Client name;Address;ZIP\nA;12 rue X;1611\nB;3 rue Y;1234\n', delimiter: ';' },
    { what: 'commas', text: 'Client name,Address,ZIP\nA,12 rue X,1611\nB,3 rue Y,1234\n', delimiter: ',' },
    { what: 'tabs', text: 'Client name\tAddress\tZIP\nA\t12 rue X\t1611\n', delimiter: '\t' },
    {
      what: 'semicolons, with unquoted commas in addresses',
      text: 'Client name;Address;ZIP;City\nA;12, rue de la Gare;1611;Luxembourg\nB;3 rue Y;1234;Esch\nC;Bd Royal, 5, bte 2;2449;Luxembourg\n',
      delimiter: ';',
    },
    {
      what: 'commas, with quoted fields holding semicolons',
      text: 'Client name,Assignee emails,ZIP\n"Schmit; Fils",a@x.lu;b@x.lu,1611\n"Dupont",c@x.lu;d@x.lu;e@x.lu,1234\n',
      delimiter: ',',
    },
    {
      what: 'semicolons, with quoted fields holding commas and line breaks',
      text: 'Client name;Assignee emails;ZIP\n"Schmit, Fils";"a@x.lu,\nb@x.lu";1611\nDupont;c@x.lu;1234\n',
      delimiter: ';',
    },
    { what: 'a single column', text: 'Client name\nA\nB\n', delimiter: ',' },
    { what: 'a title row above the table', text: 'Client list 2024\n\nClient name;Address;ZIP\nA;x;1\nB;y;2\n', delimiter: ';' },
  ])('finds $what', ({ text, delimiter }) => {
    expect(decodeCsv(utf8(text)).delimiter).toBe(delimiter);
  });

  it('honours and removes Excel’s "sep=" first line', () => {
    const decoded = decodeCsv(utf8('sep=;\r\nClient name,x;ZIP\r\nA,b;1611\r\n'));
    expect(decoded.delimiter).toBe(';');
    expect(decoded.text).toBe('Client name,x;ZIP\r\nA,b;1611\r\n');
  });
});

describe('parseCsv', () => {
  it.each([
    { what: 'plain fields', text: 'a;b;c\n1;2;3\n', rows: [['a', 'b', 'c'], ['1', '2', '3']] },
    { what: 'CRLF and a last line without a break', text: 'a;b\r\n1;2', rows: [['a', 'b'], ['1', '2']] },
    { what: 'old Mac CR line breaks', text: 'a;b\r1;2\r', rows: [['a', 'b'], ['1', '2']] },
    { what: 'empty fields', text: ';b;\n;;\nc;;\n', rows: [['', 'b', ''], ['', '', ''], ['c', '', '']] },
    { what: 'quoted separators and doubled quotes', text: '"a;b";"say ""hi""";c\n', rows: [['a;b', 'say "hi"', 'c']] },
    { what: 'line breaks inside quotes (Alt+Enter)', text: 'x;"a@x.lu\r\nb@x.lu"\n', rows: [['x', 'a@x.lu\r\nb@x.lu']] },
    { what: 'a quote inside an unquoted field, kept as typed', text: 'O"Brien;5"\n', rows: [['O"Brien', '5"']] },
    { what: 'an empty line between rows', text: 'a\n\nb\n', rows: [['a'], [''], ['b']] },
    // Excel reads text after a closing quote into the same field; a parser that looks for the next
    // quote instead swallows the rest of the file into this one field.
    { what: 'text after a closing quote, kept in its field', text: '"abc"def;x\nnext;row\n', rows: [['abcdef', 'x'], ['next', 'row']] },
    { what: 'a quote never closed, to the end of the file', text: 'a;"open;x\ny;z', rows: [['a', 'open;x\ny;z']] },
    { what: 'a separator at the very end', text: 'a;b\n1;', rows: [['a', 'b'], ['1', '']] },
  ])('splits $what', ({ text, rows }) => {
    expect(parseCsv(text, ';').rows).toEqual(rows);
  });

  it('keeps every value as typed: leading zeros, long digit strings, formulas and dates stay text', () => {
    const { rows } = parseCsv('ZIP;IBAN digits;Formula;Date\n01234;539007547034123460;=1+1;05/01/2024\n', ';');
    expect(rows[1]).toEqual(['01234', '539007547034123460', '=1+1', '05/01/2024']);
  });

  it('does not count the blank lines at the end of a file', () => {
    expect(parseCsv('h;h\n1;2\n;\n \n;;\n', ';', 2)).toEqual({ rows: [['h', 'h'], ['1', '2']], totalRows: 2 });
  });

  it('splits 30 000 random texts of separators, quotes and line breaks as the rules read one character at a time', () => {
    const random = seededRandom(11);
    const alphabet = ['a', 'b', ' ', ';', ',', '\t', '"', '"', '\r', '\n', '\r\n', 'é'];
    const wrong: string[] = [];
    for (let n = 0; n < 30_000; n++) {
      const delimiter = ([';', ',', '\t'] as const)[n % 3] ?? ';';
      const text = Array.from({ length: Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const maxRows = n % 5 === 0 ? 2 : Infinity;
      if (JSON.stringify(parseCsv(text, delimiter, maxRows)) !== JSON.stringify(splitOneCharacterAtATime(text, delimiter, maxRows))) {
        wrong.push(JSON.stringify([text, delimiter]));
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('keeps only maxRows rows but counts them all', () => {
    const text = 'h\n' + 'x\n'.repeat(100_000);
    const parsed = parseCsv(text, ',', 50);
    expect(parsed.rows).toHaveLength(50);
    expect(parsed.totalRows).toBe(100_001);
  });
});

/**
 * The splitting rules of parseCsv, read one character at a time (slow and plain): a quote at a
 * field's start opens a quoted part, `""` in it is one quote, any other quote closes it and the
 * field goes on to the next separator or line break; CR, LF and CRLF end a row; blank rows at the
 * end do not count; rows past maxRows are counted, not kept.
 */
function splitOneCharacterAtATime(text: string, delimiter: string, maxRows: number): { rows: string[][]; totalRows: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let open = false;
  let filled = false;
  let lastFilled = 0;
  let i = 0;
  const content = new RegExp(`[^\\s"${delimiter === '\t' ? '' : delimiter}]`);
  const endRow = () => {
    rows.push(row);
    if (filled) lastFilled = rows.length;
    row = [];
    open = false;
    filled = false;
  };
  while (i < text.length) {
    const start = i;
    let value = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else value += text[i++];
      }
    }
    while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') value += text[i++];
    filled ||= content.test(text.slice(start, i));
    row.push(value);
    open = true;
    if (text[i] === delimiter) {
      i++;
      if (i === text.length) row.push('');
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
  }
  if (open) endRow();
  return { rows: rows.slice(0, Math.min(maxRows, lastFilled)), totalRows: lastFilled };
}

