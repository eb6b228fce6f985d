import { isoCodes, isoNames } from './isoCountries.js';
import { editDistance } from './editDistance.js';
import { builtIndexSnapshot } from './indexSnapshot.js';
import { addName, createNameIndex, foldKey, lookupName, nameKey, type BuiltNameIndex, type NameIndex } from './nameIndex.js';

/**
 * Reverse index "country name in any language → ISO 3166-1 alpha-2", built from ICU (Intl.DisplayNames)
 * and i18n-iso-countries (validation-rules.md §4). Made lazily on the first name lookup and kept for
 * the process: files that use codes never pay for it. A built CLI reads it from the snapshot that
 * `npm run build` saved (indexSnapshot.ts) instead of asking ICU again. The locale helpers are
 * shared with the language index; the index itself and its keys are nameIndex.ts's.
 */

/** Real countries only: ICU also names EU, UN, EZ, QO … which must never be a result. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(isoCodes.getAlpha2Codes()));

let fullIcu: boolean | undefined;

/** True when Node carries full ICU data (official builds do; `small-icu` builds only know English). */
export function hasFullIcu(): boolean {
  fullIcu ??= new Intl.DisplayNames(['fr'], { type: 'region' }).resolvedOptions().locale === 'fr';
  return fullIcu;
}

// ICU cannot list its locales, so we probe: every two-letter tag, plus these three-letter locales and
// script variants (CLDR 48 as in Node 20.20). A tag ICU lacks resolves to another locale and is dropped,
// so an older or newer ICU just yields a shorter or longer list.
const THREE_LETTER_LOCALES =
  'agq ars asa ast bas bem bez bgc bho blo brx bua ccp ceb cgg chr ckb csw dav dje doi dsb dua dyo ebu ewo fil fur ' +
  'gaa gsw guz haw hsb jgo jmc kab kam kde kea kgp khq kkj kln kok ksb ksf ksh kxv lag lij lkt lmo lrc luo luy mai ' +
  'mas mer mfe mgh mgo mni mua mzn naq nds nmg nnh nqo nso nus nyn pcm pms prg raj rof rwk sah saq sat sbp scn seh ' +
  'ses shi shn smn syr szl teo tok twq tyv tzm vai vec vmw vun wae xnr xog yav yrl yue zgh';
const SCRIPT_LOCALES =
  'sr-Latn bs-Cyrl uz-Cyrl uz-Arab az-Cyrl pa-Arab zh-Hant zh-Hans yue-Hans ks-Deva sd-Deva ff-Adlm ' +
  'mni-Mtei sat-Deva shi-Latn vai-Latn ha-Arab kk-Arab ku-Arab';

let locales: readonly string[] | undefined;

/** The base and script locales ICU has data for, asked of ICU itself; empty without full ICU. */
export function probeIcuLocales(): string[] {
  if (!hasFullIcu()) return [];
  const candidates: string[] = [];
  for (let a = 97; a <= 122; a++) for (let b = 97; b <= 122; b++) candidates.push(String.fromCharCode(a, b));
  candidates.push(...THREE_LETTER_LOCALES.split(' '), ...SCRIPT_LOCALES.split(' '));
  return candidates.filter((tag) => new Intl.DisplayNames([tag], { type: 'region' }).resolvedOptions().locale === tag);
}

/** probeIcuLocales(), from the build's snapshot when it fits this ICU; asked once per process. */
export function icuLocales(): readonly string[] {
  locales ??= builtIndexSnapshot(hasFullIcu())?.locales ?? probeIcuLocales();
  return locales;
}

/**
 * The codes with a CLDR short form ("Hong Kong", "UK", "Palestine" …), found by comparing both styles
 * over every locale (a test re-checks it); asking all 250 codes for one cost 40 % of the build.
 */
export const SHORT_FORM_CODES: readonly string[] = ['BA', 'CC', 'GB', 'HK', 'KR', 'MM', 'MO', 'PN', 'PS', 'SA', 'US'];

/** Builds the country index from ICU (when `useIntl`) and from i18n-iso-countries' names and aliases. */
export function buildCountryIndex(useIntl: boolean): BuiltNameIndex {
  const index = createNameIndex();
  if (useIntl) {
    for (const locale of icuLocales()) {
      // fallback 'none': a locale without a name must not index the code itself as a name.
      const long = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const code of COUNTRY_CODES) addName(index, long.of(code), code);
      const short = new Intl.DisplayNames([locale], { type: 'region', style: 'short', fallback: 'none' });
      for (const code of SHORT_FORM_CODES) addName(index, short.of(code), code);
    }
  }
  const countries = isoNames();
  for (const lang of countries.langs()) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      if (!COUNTRY_CODES.has(code)) continue;
      for (const name of names) addName(index, name, code);
    }
  }
  return index;
}

let index: NameIndex | undefined;

/** The process-wide country index, on first use read from the build's snapshot, else built. */
export function countryIndex(): NameIndex {
  index ??= builtIndexSnapshot(hasFullIcu())?.country ?? buildCountryIndex(hasFullIcu());
  return index;
}

/** Whether the name index has been built (code look-ups must not build it). */
export function isCountryIndexBuilt(): boolean {
  return index !== undefined;
}

/** The alpha-2 codes a country name stands for, in any language; empty when unknown. */
export function lookupCountryName(name: string): readonly string[] {
  return lookupName(countryIndex(), name);
}

interface SuggestionEntry {
  readonly key: string;
  readonly name: string;
  readonly code: string;
}

// The languages of our users' files; a typo in a Japanese name is not worth a bigger search.
const SUGGESTION_LANGS = ['en', 'fr', 'de', 'nl'] as const;
let suggestionEntries: readonly SuggestionEntry[] | undefined;

function suggestionList(): readonly SuggestionEntry[] {
  if (suggestionEntries === undefined) {
    const byKey = new Map<string, SuggestionEntry>();
    const add = (name: string | undefined, code: string) => {
      if (!name) return;
      const key = foldKey(nameKey(name));
      if (!byKey.has(`${key}|${code}`)) byKey.set(`${key}|${code}`, { key, name, code });
    };
    for (const lang of SUGGESTION_LANGS) {
      if (hasFullIcu() || lang === 'en') {
        const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
        for (const code of COUNTRY_CODES) add(names.of(code), code);
      }
      for (const [code, names] of Object.entries(isoNames().getNames(lang, { select: 'all' }))) {
        if (COUNTRY_CODES.has(code)) for (const name of names) add(name, code);
      }
    }
    suggestionEntries = [...byKey.values()];
  }
  return suggestionEntries;
}

/**
 * The English, French, German or Dutch country name closest to an unrecognised one (one edit for
 * names of 4–5 letters, two from 6), when exactly one country is that close; null otherwise.
 */
export function suggestCountry(input: string): { readonly name: string; readonly code: string } | null {
  const key = foldKey(nameKey(input));
  if (key.length < 4) return null;
  const max = key.length < 6 ? 1 : 2;
  let best: SuggestionEntry | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const entry of suggestionList()) {
    const d = editDistance(key, entry.key, Math.min(max, bestDistance));
    if (d < bestDistance) {
      best = entry;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && d <= max && best !== undefined && entry.code !== best.code) {
      tie = true;
    }
  }
  return best === undefined || tie ? null : { name: best.name, code: best.code };
}
