import { hasFullIcu, icuLocales } from './countryIndex.js';
import { addName, createNameIndex, lookupName, type BuiltNameIndex, type NameIndex } from './nameIndex.js';
import { builtIndexSnapshot } from './indexSnapshot.js';
import type { BanqupLanguage, Lang } from './types.js';

/**
 * Reverse index "language name → language code" (validation-rules.md §5). The four Banqup languages
 * are indexed in every ICU locale, with the regional variants people name them by ("Vlaams",
 * "Flemish", "Swiss French"); every other language only in English, French, German, Dutch and its
 * own tongue, which is enough to tell "Italiano" (unsupported) from a typo (unknown) at a fraction of
 * the cost of a full index (~2 s for all locales).
 */

/** The languages Banqup accepts for a client and its contact. */
export const BANQUP_LANGUAGES: readonly BanqupLanguage[] = ['fr', 'en', 'nl', 'de'];

/** True for fr, en, nl and de. */
export function isBanqupLanguage(code: string): code is BanqupLanguage {
  return (BANQUP_LANGUAGES as readonly string[]).includes(code);
}

// Regions whose variant names people write instead of the language's: nl-BE is "Vlaams"/"Flemish".
const TARGET_TAGS = [
  'fr', 'en', 'nl', 'de',
  'fr-BE', 'fr-LU', 'fr-CH', 'fr-CA', 'fr-FR',
  'nl-BE', 'nl-NL',
  'de-LU', 'de-BE', 'de-AT', 'de-CH', 'de-DE',
  'en-GB', 'en-US', 'en-IE', 'en-CA', 'en-AU',
];

/** Names that CLDR does not have but users write. */
const LANGUAGE_ALIASES: readonly (readonly [string, BanqupLanguage])[] = [
  ['Belgian French', 'fr'],
  ['Belgian Dutch', 'nl'],
  ['Belgian German', 'de'],
  ['Français de Belgique', 'fr'],
];

const OTHER_NAME_LOCALES = ['en', 'fr', 'de', 'nl'];

// Made on first use: loading ICU's language names costs ~20 ms, which sheets of fr/en/nl/de skip.
let englishNames: Intl.DisplayNames | undefined;

/** True when ICU has a name for this (canonical) language code. */
export function isKnownLanguage(code: string): boolean {
  try {
    englishNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return englishNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** Canonical ISO 639-1 codes ICU names (deprecated `iw`, `in` … excluded), plus its 3-letter locales. */
function otherLanguageCodes(): string[] {
  const codes = new Set<string>();
  for (let a = 97; a <= 122; a++) {
    for (let b = 97; b <= 122; b++) {
      const tag = String.fromCharCode(a, b);
      if (Intl.getCanonicalLocales(tag)[0] === tag && isKnownLanguage(tag)) codes.add(tag);
    }
  }
  for (const locale of icuLocales()) if (!locale.includes('-')) codes.add(locale);
  return [...codes].filter((code) => !isBanqupLanguage(code));
}

/** Builds the language index from ICU (every locale for fr, en, nl, de; four for the others). */
export function buildLanguageIndex(): BuiltNameIndex {
  const index = createNameIndex();
  const full = hasFullIcu();
  const locales = full ? icuLocales() : ['en'];
  for (const locale of locales) {
    for (const languageDisplay of ['dialect', 'standard'] as const) {
      const names = new Intl.DisplayNames([locale], { type: 'language', languageDisplay, fallback: 'none' });
      for (const tag of TARGET_TAGS) addName(index, names.of(tag), tag.slice(0, 2));
    }
  }
  for (const [name, code] of LANGUAGE_ALIASES) addName(index, name, code);

  const inUserLanguages = (full ? OTHER_NAME_LOCALES : ['en']).map(
    (locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }),
  );
  const localeSet = new Set(locales);
  for (const code of otherLanguageCodes()) {
    for (const names of inUserLanguages) addName(index, names.of(code), code);
    if (localeSet.has(code)) addName(index, new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code), code);
  }
  return index;
}

let index: NameIndex | undefined;

/** Whether the language name index has been built. */
export function isLanguageIndexBuilt(): boolean {
  return index !== undefined;
}

/** The language codes a name stands for, in any language; empty when unknown. */
export function lookupLanguageName(name: string): readonly string[] {
  index ??= builtIndexSnapshot(hasFullIcu())?.language ?? buildLanguageIndex();
  return lookupName(index, name);
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** The name of a language in the language of the messages; the code when none is known. */
export function languageName(code: string, lang: Lang): string {
  let names = displayNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([hasFullIcu() ? lang : 'en'], { type: 'language', fallback: 'none' });
    displayNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
