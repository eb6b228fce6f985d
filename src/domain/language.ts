import { isBanqupLanguage, isKnownLanguage, languageName, lookupLanguageName } from './languageIndex.js';
import type { BanqupLanguage, Finding, MessageCatalogue, Normalised } from './types.js';
import { nfkc } from './unicodeForms.js';

/** ISO 639-2 codes (bibliographic and terminology) of the four languages; ICU canonicalises them too. */
const ISO_639_2: Readonly<Record<string, BanqupLanguage>> = {
  fra: 'fr', fre: 'fr', eng: 'en', nld: 'nl', dut: 'nl', deu: 'de', ger: 'de',
};

// A language subtag with an optional script and region, "-" or "_": fr, FR-be, fr_BE, sr-Latn-RS.
const CODE = /^([A-Za-z]{2,3})(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?$/;

// Building an Intl.Locale costs microseconds and two columns of every row ask for one; the answers
// depend only on the subtag (at most 26² + 26³ of them), so each is asked once (the 100k-row bench).
const canonicalSubtags = new Map<string, string | undefined>();

/** The canonical language code of a code-like value (`fre` → fr, `iw` → he), or undefined. */
function languageCode(text: string): string | undefined {
  const subtag = CODE.exec(text)?.[1]?.toLowerCase();
  if (subtag === undefined) return undefined;
  const iso = ISO_639_2[subtag];
  if (iso !== undefined) return iso;
  if (canonicalSubtags.has(subtag)) return canonicalSubtags.get(subtag);
  let code: string | undefined;
  try {
    code = new Intl.Locale(subtag).language;
  } catch {
    code = undefined;
  }
  canonicalSubtags.set(subtag, code);
  return code;
}

/**
 * Columns J and L: a language code or name, in any case and language, to one of Banqup's languages
 * (fr, en, nl, de). A language that exists but Banqup does not offer gets its own error, so that the
 * user is not told "not recognised" for "Italiano". Empty input gives no finding.
 */
export function resolveLanguage(input: string): Normalised<BanqupLanguage> {
  const text = nfkc(input).trim().replace(/\.$/, '');
  if (text === '') return { value: null, findings: [] };
  const code = languageCode(text);
  const codes = code !== undefined && (isBanqupLanguage(code) || isKnownLanguage(code)) ? [code] : lookupLanguageName(text);

  // Homonyms exist only among other languages (Akan/Twi), so one Banqup language among them wins.
  const supported = codes.filter(isBanqupLanguage);
  const [first] = supported;
  if (supported.length === 1 && first !== undefined) return { value: first, findings: [] };
  const [other] = codes;
  if (supported.length === 0 && other !== undefined) {
    const params = { name: languageName(other, 'en'), nameFr: languageName(other, 'fr'), nameNl: languageName(other, 'nl'), nameDe: languageName(other, 'de'), code: other };
    const finding: Finding = { code: 'language.unsupported', severity: 'error', params };
    return { value: null, findings: [finding] };
  }
  return { value: null, findings: [{ code: 'language.unknown', severity: 'error' }] };
}

/** Messages for columns J and L (languages). */
export const languageMessages: MessageCatalogue = {
  'language.unknown': {
    en: () => 'Language not recognised: type fr, en, nl or de, or its name (Français, Nederlands).',
    fr: () => 'Langue non reconnue : indiquez fr, en, nl ou de, ou son nom (Français, Nederlands).',
    nl: () => 'Taal niet herkend: typ fr, en, nl of de, of de naam (Français, Nederlands).',
    de: () => 'Sprache nicht erkannt: Geben Sie fr, en, nl oder de ein, oder den Namen (Français, Deutsch).',
  },
  'language.unsupported': {
    en: (p) => `Banqup does not offer ${p.name} (${p.code}): it accepts French, English, Dutch or German.`,
    fr: (p) => `Langue non disponible dans Banqup (${p.nameFr ?? p.name}, ${p.code}) : il accepte français, anglais, néerlandais ou allemand.`,
    nl: (p) => `Taal niet beschikbaar in Banqup (${p.nameNl ?? p.name}, ${p.code}): het aanvaardt Frans, Engels, Nederlands of Duits.`,
    de: (p) => `Sprache in Banqup nicht verfügbar (${p.nameDe ?? p.name}, ${p.code}): Banqup bietet Französisch, Englisch, Niederländisch oder Deutsch.`,
  },
};
