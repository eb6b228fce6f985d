/** How a CSV file was written: its character encoding and field separator. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type CsvDelimiter = ',' | ';' | '\t';

/** A decoded CSV file. */
export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
}

/** The rows of a CSV up to its last non-blank one, every field as text; `totalRows` counts rows past the limit too. */
export interface ParsedCsv {
  readonly rows: string[][];
  readonly totalRows: number;
  /** Set when a budget of `CsvBudget` ran out: parsing stopped at this 1-based row. */
  readonly overBudget?: { readonly kind: 'text' | 'cells'; readonly row: number };
}

/** Most characters and filled fields the kept rows may hold together; parsing stops past either. */
export interface CsvBudget {
  readonly text: number;
  readonly cells: number;
}

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];
/** How much of the file the separator sniffing looks at: a few dozen records. */
const SNIFF_CHARS = 64 * 1024;
const SNIFF_RECORDS = 30;

/**
 * Decodes a CSV file. Excel writes UTF-8 with a BOM ("CSV UTF-8") or the Windows code page
 * ("CSV", cp1252 in Western Europe), and UTF-16 for "Unicode text"; bytes that are not valid UTF-8
 * are cp1252. Excel's `sep=;` first line is honoured and removed, as Excel does on opening.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const { text: decoded, encoding } = decodeText(bytes);
  const sep = /^sep=(.)\r?\n/.exec(decoded);
  const declared = sep && DELIMITERS.find((d) => d === sep[1]);
  if (sep && declared) return { text: decoded.slice(sep[0].length), encoding, delimiter: declared };
  return { text: decoded, encoding, delimiter: sniffDelimiter(decoded) };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeCp1252(bytes), encoding: 'windows-1252' };
  }
}

/** What cp1252 puts at 0x80–0x9F (WHATWG index-windows-1252); the rest of it is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20 since 20.18.3 decodes `windows-1252` as Latin-1, turning € ’ Š œ into control
 * characters (nodejs/node#56542, #60888), so the 32 bytes that differ are mapped here.
 */
export function decodeCp1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

/**
 * Picks the separator that splits the first records most consistently, counting only outside
 * quotes: in a `;` file, addresses such as `12, rue de la Gare` hold unquoted commas, but their
 * count varies from row to row while the `;` count does not.
 */
function sniffDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number[]>(DELIMITERS.map((d) => [d, [0]]));
  let inQuotes = false;
  let records = 1;
  const end = Math.min(text.length, SNIFF_CHARS);
  for (let i = 0; i < end && records <= SNIFF_RECORDS; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      for (const list of counts.values()) list.push(0);
      records++;
    } else {
      const list = counts.get(ch as CsvDelimiter);
      if (list) list[list.length - 1] = (list.at(-1) ?? 0) + 1;
    }
  }
  let best: CsvDelimiter = ',';
  let bestScore = [0, 0];
  for (const [delimiter, perRecord] of counts) {
    const used = perRecord.filter((n) => n > 0);
    const mode = modeOf(used);
    // Score: records sharing the most common non-zero count, then that count.
    const score = [used.filter((n) => n === mode).length, mode];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function modeOf(values: readonly number[]): number {
  const tally = new Map<number, number>();
  let mode = 0;
  let top = 0;
  for (const v of values) {
    const n = (tally.get(v) ?? 0) + 1;
    tally.set(v, n);
    if (n > top || (n === top && v > mode)) {
      mode = v;
      top = n;
    }
  }
  return mode;
}

/**
 * Splits CSV text into rows of text fields (RFC 4180 quoting, as Excel writes it: a quote opens a
 * quoted field only at its start, `""` inside is one quote, line breaks inside quotes stay; text
 * after a closing quote belongs to the same field, as Excel reads it). Nothing is converted:
 * `01234`, `=1+1` and `05/01/2024` stay as typed. Rows past `maxRows` are counted but not kept, so
 * a huge file costs no memory. Fields are cut out of the text in slices: built a character at a
 * time, each one was a chain of small strings, and a 200 000-row file took 1.7 kB of heap per row.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter, maxRows = Infinity, budget?: CsvBudget): ParsedCsv {
  const rows: string[][] = [];
  const end = text.length;
  const stops = new FieldStops(text, delimiter);
  // A line counts when it holds something other than separators, quotes and blanks.
  const content = new RegExp(`[^\\s"${delimiter === '\t' ? '' : delimiter}]`);
  let row: string[] = [];
  let total = 0;
  let lastFilled = 0;
  let filled = false;
  let open = false;
  let characters = 0;
  let cells = 0;
  let i = 0;
  while (i < end) {
    const keep = total < maxRows;
    const fieldStart = i;
    let value = '';
    if (text.charCodeAt(i) === QUOTE) {
      let from = ++i;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          value += text.slice(from);
          i = end;
          break;
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += text.slice(from, quote + 1);
          i = from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        i = quote + 1;
        break;
      }
    }
    const fieldEnd = stops.next(i);
    value += text.slice(i, fieldEnd);
    filled ||= content.test(text.slice(fieldStart, fieldEnd));
    if (keep) {
      row.push(value);
      if (value !== '') {
        characters += value.length;
        cells++;
      }
      if (budget !== undefined && (characters > budget.text || cells > budget.cells)) {
        return { rows, totalRows: total + 1, overBudget: { kind: characters > budget.text ? 'text' : 'cells', row: total + 1 } };
      }
    }
    i = fieldEnd;
    open = true;
    if (i < end && text[i] === delimiter) {
      i++;
      if (i === end && keep) row.push('');
      continue;
    }
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i++;
    i++;
    if (keep) rows.push(row);
    total++;
    if (filled) lastFilled = total;
    row = [];
    filled = false;
    open = false;
  }
  if (open) {
    if (total < maxRows) rows.push(row);
    total++;
    if (filled) lastFilled = total;
  }
  // Trailing blank lines (`;;;` rows Excel leaves below a list) do not make a file longer.
  rows.length = Math.min(rows.length, lastFilled);
  return { rows, totalRows: lastFilled };
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Where the next field ends: the next separator, CR or LF. Each is searched for with indexOf and
 * remembered until the parser passes it, so the text is scanned about once for each of the three;
 * a regular expression run at every field cost a quarter of the splitting time.
 */
class FieldStops {
  // -2: not searched yet; -1: none left in the text.
  private separator = -2;
  private cr = -2;
  private lf = -2;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {}

  next(from: number): number {
    if (this.separator !== -1 && this.separator < from) this.separator = this.text.indexOf(this.delimiter, from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.text.indexOf('\r', from);
    if (this.lf !== -1 && this.lf < from) this.lf = this.text.indexOf('\n', from);
    let stop = this.text.length;
    if (this.separator !== -1 && this.separator < stop) stop = this.separator;
    if (this.cr !== -1 && this.cr < stop) stop = this.cr;
    if (this.lf !== -1 && this.lf < stop) stop = this.lf;
    return stop;
  }
}
