import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NameIndex, NameTable } from './nameIndex.js';
import { SortedNameTable, sortedLinesOf } from './sortedNameTable.js';

/**
 * The country and language name indexes as `npm run build` saved them beside the compiled code
 * (tools/writeIndexSnapshot.ts). Building them from ICU costs about 0.7 s of every run whose sheet names
 * a country or a language; reading them back, about 50 ms, most of it reading and decoding the
 * 1.7 MB file (it is checked and then searched in place, sortedNameTable.ts). A snapshot serves
 * only the ICU data, the i18n-iso-countries release and the index code that made it: anything else (a newer
 * Node, an edited index module, a damaged file) and the indexes are built live as before.
 */
export interface IndexSnapshot {
  readonly key: string;
  /** icuLocales() of the ICU that made it. */
  readonly locales: readonly string[];
  readonly country: NameIndex;
  readonly language: NameIndex;
}

/** Where the build writes the snapshot and where runs look for it: beside this module. */
export const SNAPSHOT_URL = new URL('./indexSnapshot.txt', import.meta.url);

// Bumped when the file's layout changes.
const FORMAT = 'banqup-import index snapshot 2';
// The modules whose code decides what the indexes hold (same extension as this one: .js in
// dist, .ts under the test runner).
const INDEX_MODULES = ['nameIndex', 'countryIndex', 'languageIndex'];

/** What a snapshot must have been made with to serve this process. */
export function snapshotKey(fullIcu: boolean): string {
  const ext = extname(fileURLToPath(import.meta.url));
  const code = createHash('sha256');
  for (const name of INDEX_MODULES) code.update(readFileSync(new URL(`./${name}${ext}`, import.meta.url)));
  const { version } = createRequire(import.meta.url)('i18n-iso-countries/package.json') as { version: string };
  const { icu, cldr, unicode } = process.versions as Record<string, string | undefined>;
  return [FORMAT, `icu ${icu} ${fullIcu ? 'full' : 'small'}`, `cldr ${cldr}`, `unicode ${unicode}`, `i18n-iso-countries ${version}`, code.digest('hex').slice(0, 16)].join(' | ');
}

/** The four tables of a snapshot, in the order its text holds them. */
const tablesOf = (snapshot: Pick<IndexSnapshot, 'country' | 'language'>): NameTable[] => [snapshot.country.exact, snapshot.country.folded, snapshot.language.exact, snapshot.language.folded];

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The snapshot as text: a JSON header line (key, locales, the body's sha256), then the body, the
 * four tables as sorted `name<TAB>codes` lines (sortedNameTable.ts), separated by form feeds.
 */
export function serialiseSnapshot(snapshot: IndexSnapshot): string {
  const body = tablesOf(snapshot).map((table) => sortedLinesOf(table.entries())).join('\f');
  return `${JSON.stringify({ key: snapshot.key, locales: snapshot.locales, sha256: sha256(body) })}\n${body}`;
}

/**
 * The snapshot in `text` if it was made for `key`; null otherwise (never throws). The checksum
 * stands for checking each of its 75 000 lines: a damaged or cut file is not used.
 */
export function parseSnapshot(text: string, key: string): IndexSnapshot | null {
  const headerEnd = text.indexOf('\n');
  if (headerEnd < 0) return null;
  let header: { key?: unknown; locales?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(text.slice(0, headerEnd)) as typeof header;
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null || header.key !== key) return null;
  if (!Array.isArray(header.locales) || !header.locales.every((l) => typeof l === 'string')) return null;
  const body = text.slice(headerEnd + 1);
  if (header.sha256 !== sha256(body)) return null;
  const [countryExact, countryFolded, languageExact, languageFolded, ...more] = body.split('\f').map((lines) => new SortedNameTable(lines));
  if (!countryExact || !countryFolded || !languageExact || !languageFolded || more.length > 0) return null;
  return { key, locales: header.locales, country: { exact: countryExact, folded: countryFolded }, language: { exact: languageExact, folded: languageFolded } };
}

let loaded: IndexSnapshot | null | undefined;

/** The build's snapshot for this process, read once; null when there is none that fits. */
export function builtIndexSnapshot(fullIcu: boolean): IndexSnapshot | null {
  if (loaded === undefined) {
    try {
      loaded = parseSnapshot(readFileSync(SNAPSHOT_URL, 'utf8'), snapshotKey(fullIcu));
    } catch {
      loaded = null; // no snapshot (tests run the sources; a build without it): build live
    }
  }
  return loaded;
}
