import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NameIndex } from './nameIndex.js';

/**
 * The country and language name indexes as `npm run build` saved them beside the compiled code
 * (tools/writeIndexSnapshot.ts). Building them from ICU costs about 0.7 s of every run whose sheet names
 * a country or a language; reading them back, about a fifth of that. A snapshot serves only the
 * ICU data, the i18n-iso-countries release and the index code that made it: anything else (a newer
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
export const SNAPSHOT_URL = new URL('./indexSnapshot.json', import.meta.url);

// Bumped when the file's layout changes.
const FORMAT = 'banqup-import index snapshot 1';
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

/** The snapshot as JSON: maps as lists of [key, codes]. */
export function serialiseSnapshot(snapshot: IndexSnapshot): string {
  const lists = (index: NameIndex) => ({ exact: [...index.exact], folded: [...index.folded] });
  return JSON.stringify({ key: snapshot.key, locales: snapshot.locales, country: lists(snapshot.country), language: lists(snapshot.language) });
}

/** The map of a list of [string, string] pairs; null for anything else. One pass: it is on every run's path. */
function asMap(value: unknown): Map<string, string> | null {
  if (!Array.isArray(value)) return null;
  const map = new Map<string, string>();
  for (const pair of value as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return null;
    const [key, codes] = pair as unknown[];
    if (typeof key !== 'string' || typeof codes !== 'string') return null;
    map.set(key, codes);
  }
  return map;
}

function asIndex(value: unknown): NameIndex | null {
  if (typeof value !== 'object' || value === null) return null;
  const lists = value as { exact?: unknown; folded?: unknown };
  const exact = asMap(lists.exact);
  const folded = exact === null ? null : asMap(lists.folded);
  return exact === null || folded === null ? null : { exact, folded };
}

/** The snapshot in `text` if it was made for `key`; null otherwise (never throws). */
export function parseSnapshot(text: string, key: string): IndexSnapshot | null {
  let data: { key?: unknown; locales?: unknown; country?: unknown; language?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || data.key !== key) return null;
  if (!Array.isArray(data.locales) || !data.locales.every((l) => typeof l === 'string')) return null;
  const country = asIndex(data.country);
  const language = asIndex(data.language);
  if (country === null || language === null) return null;
  return { key, locales: data.locales, country, language };
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
