import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { resolveCountry } from '#dist/domain/country.js';
import { buildCountryIndex, countryIndex, hasFullIcu, icuLocales, isCountryIndexBuilt } from '#dist/domain/countryIndex.js';
import { builtIndexSnapshot } from '#dist/domain/indexSnapshot.js';
import { isLanguageIndexBuilt } from '#dist/domain/languageIndex.js';
import { resolveLanguage } from '#dist/domain/language.js';

/** What `measureCountryIndex` reports; times in milliseconds, per-lookup costs in microseconds. */
export interface CountryIndexCost {
  readonly node: string;
  readonly icu: string | undefined;
  readonly fullIcu: boolean;
  /** False when the index already existed: the build figures are then meaningless. */
  readonly coldStart: boolean;
  /** Heap figures are only reliable with `node --expose-gc`. */
  readonly gcExposed: boolean;
  readonly locales: number;
  readonly exactKeys: number;
  readonly foldedKeys: number;
  /** Time to the first name look-up's index: read from the build's snapshot, or built live. */
  readonly buildMs: number;
  /** Where that index came from: the build's snapshot, or ICU (no snapshot fits this Node). */
  readonly source: 'snapshot' | 'ICU';
  /** The same index built from ICU, for comparison (what a run without the snapshot pays). */
  readonly liveBuildMs: number;
  readonly heapGrowthMb: number;
  readonly rssGrowthMb: number;
  readonly codeLookupUs: number;
  readonly nameLookupUs: number;
  readonly languageIndexBuildMs: number;
  readonly languageLookupUs: number;
}

const NAMES = ['Belgique', 'België', 'Luxemburg', 'Lëtzebuerg', 'Deutschland', 'Frankrijk', 'Royaume-Uni', 'Люксембург'];
const CODES = ['LU', 'be', 'Fr', 'de', 'NL', 'gb'];
const LANGUAGES = ['Français', 'Nederlands', 'Deutsch', 'English', 'Vlaams', 'anglais', 'Italiano'];

const round = (n: number, digits: number) => Number(n.toFixed(digits));
const gc = (globalThis as { gc?: () => void }).gc;

/** Mean cost of one call of `fn` over the inputs, in microseconds. */
function perCallUs(inputs: readonly string[], fn: (s: string) => unknown, rounds = 20_000): number {
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const input of inputs) fn(input);
  return ((performance.now() - start) * 1000) / (rounds * inputs.length);
}

/** Measures the lazy country index (time to get it, heap growth, look-up costs); run in a fresh process. */
export function measureCountryIndex(): CountryIndexCost {
  const coldStart = !isCountryIndexBuilt();
  // Code look-ups first, while the index does not exist: they must not need it.
  const codeLookupUs = perCallUs(CODES, resolveCountry);
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const index = countryIndex();
  const buildMs = performance.now() - start;
  gc?.();
  const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  const nameLookupUs = perCallUs(NAMES, resolveCountry);
  const source = builtIndexSnapshot(hasFullIcu()) === null ? 'ICU' : 'snapshot';

  const languageColdStart = !isLanguageIndexBuilt();
  const languageStart = performance.now();
  resolveLanguage('Nederlands');
  const languageIndexBuildMs = languageColdStart ? performance.now() - languageStart : 0;
  const languageLookupUs = perCallUs(LANGUAGES, resolveLanguage);
  const liveStart = performance.now();
  buildCountryIndex(hasFullIcu());
  const liveBuildMs = performance.now() - liveStart;

  return {
    node: process.version,
    icu: process.versions.icu,
    fullIcu: hasFullIcu(),
    coldStart,
    gcExposed: gc !== undefined,
    locales: icuLocales().length,
    exactKeys: index.exact.size,
    foldedKeys: index.folded.size,
    buildMs: round(buildMs, 1),
    source,
    liveBuildMs: round(liveBuildMs, 1),
    heapGrowthMb: round(heapGrowthMb, 2),
    rssGrowthMb: round(rssGrowthMb, 2),
    codeLookupUs: round(codeLookupUs, 3),
    nameLookupUs: round(nameLookupUs, 3),
    languageIndexBuildMs: round(languageIndexBuildMs, 1),
    languageLookupUs: round(languageLookupUs, 3),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(measureCountryIndex(), null, 2)}\n`);
}
