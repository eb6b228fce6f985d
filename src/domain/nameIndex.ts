/**
 * The name → code index both name indexes are made of (country names, language names), and the
 * keys names are filed under. What these keys are decides what a snapshot holds, so this module
 * is one of those that key it (indexSnapshot.ts).
 */

/** What a look-up needs of a key → codes table: a Map when built live, a SortedNameTable when read from the snapshot. */
export interface NameTable {
  get(key: string): string | undefined;
  entries(): IterableIterator<[string, string]>;
  values(): IterableIterator<string>;
  readonly size: number;
}

/** A name → codes index; a value holds one code, or several separated by spaces (homonyms). */
export interface NameIndex {
  readonly exact: NameTable;
  readonly folded: NameTable;
}

/** An index being built: its tables are Maps that addName fills. */
export interface BuiltNameIndex extends NameIndex {
  readonly exact: Map<string, string>;
  readonly folded: Map<string, string>;
}

// ’ and ' are the same apostrophe to a user; "Royaume-Uni" and "Royaume Uni" the same name.
const PUNCTUATION = /[\u0027\u0060\u00B4\u02BC\u2018\u2019\u201B\u2032\-\u2010-\u2015.,()/]/g;

/** The exact key of a name: NFKC, lower case, punctuation as space, spaces collapsed. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
}

// Only Latin letters lose their marks: Indic vowel signs are combining marks too, and stripping
// them merged unrelated names (39–43 false collisions measured in validation-rules.md §4).
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const LATIN_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };

/** The folded key: `nameKey` without accents on Latin letters, so "Letzebuerg" finds "Lëtzebuerg". */
export function foldKey(key: string): string {
  if (!/[^\x20-\x7E]/.test(key)) return key;
  return key
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .normalize('NFC')
    .replace(/[ßøæœłđı]/g, (c) => LATIN_LETTERS[c] ?? c);
}

/** An empty index. */
export function createNameIndex(): BuiltNameIndex {
  return { exact: new Map(), folded: new Map() };
}

function addTo(map: Map<string, string>, key: string, code: string): void {
  const codes = map.get(key);
  if (codes === undefined) map.set(key, code);
  // Most names come again from other locales for the same country: no array to split for those.
  else if (codes !== code && !codes.split(' ').includes(code)) map.set(key, `${codes} ${code}`);
}

/** Adds one name of `code` under its exact and folded keys. */
export function addName(index: BuiltNameIndex, name: string | undefined, code: string): void {
  if (!name) return;
  const key = nameKey(name);
  if (key === '') return;
  addTo(index.exact, key, code);
  addTo(index.folded, foldKey(key), code);
}

/** The codes a name stands for: exact key first, then the folded key; empty when unknown. */
export function lookupName(index: NameIndex, name: string): readonly string[] {
  const key = nameKey(name);
  const codes = index.exact.get(key) ?? index.folded.get(foldKey(key));
  return codes === undefined ? [] : codes.split(' ');
}
