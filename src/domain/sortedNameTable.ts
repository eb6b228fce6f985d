/**
 * A name → codes table read straight from the snapshot's text: lines `key<TAB>codes`, sorted by
 * key (UTF-16 code units, as `<` compares), searched in place. Turning 75 000 lines into Maps took
 * most of the snapshot's 120 ms on every run that names a country or a language; a look-up here is
 * a binary search of about 17 lines, and each distinct text is looked up once (memoiseByText).
 */
export class SortedNameTable {
  #size: number | undefined;

  constructor(private readonly text: string) {}

  /** The codes filed under `key`, as the Map of a live-built index would give them. */
  get(key: string): string | undefined {
    const text = this.text;
    // lo and hi are always the start of a line (or the end of the text).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
      const tab = text.indexOf('\t', start);
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      if (tab < 0 || tab > end) return undefined; // not a table line: only a damaged text has one
      const lineKey = text.slice(start, tab);
      if (lineKey === key) return text.slice(tab + 1, end);
      if (lineKey < key) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }

  get size(): number {
    if (this.#size === undefined) {
      let lines = this.text === '' ? 0 : 1;
      for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) lines++;
      this.#size = lines;
    }
    return this.#size;
  }

  *entries(): IterableIterator<[string, string]> {
    if (this.text === '') return;
    for (const line of this.text.split('\n')) {
      const tab = line.indexOf('\t');
      yield [line.slice(0, tab), line.slice(tab + 1)];
    }
  }

  *values(): IterableIterator<string> {
    for (const [, codes] of this.entries()) yield codes;
  }
}

/** Where a key or its codes would break the line format: a tab, a line break or a form feed. */
const SEPARATOR = /[\t\n\f]/;

/** The text of a SortedNameTable holding `entries`. Throws on a key or codes that hold a separator. */
export function sortedLinesOf(entries: Iterable<readonly [string, string]>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, codes] of sorted) {
    if (SEPARATOR.test(key) || SEPARATOR.test(codes) || key === '') throw new Error(`cannot file ${JSON.stringify(key)} → ${JSON.stringify(codes)} in a name table`);
  }
  return sorted.map(([key, codes]) => `${key}\t${codes}`).join('\n');
}
