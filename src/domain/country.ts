import { isoCodes, isoNames } from './isoCountries.js';
import { COUNTRY_CODE_ALIASES, COUNTRY_NAME_ALIASES } from './countryAliases.js';
import { COUNTRY_CODES, hasFullIcu, lookupCountryName, suggestCountry } from './countryIndex.js';
import { foldKey, nameKey } from './nameIndex.js';
import type { Finding, Lang, MessageCatalogue, Normalised } from './types.js';
import { nfkc } from './unicodeForms.js';

/** What a value can stand for before findings are decided; `alpha3` is set when it was read as one. */
interface Candidates {
  readonly codes: readonly string[];
  readonly alpha3?: string;
}

const ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = isoCodes.getAlpha3Codes();

const NAME_ALIASES = new Map<string, readonly string[]>();
for (const [name, codes] of COUNTRY_NAME_ALIASES) {
  NAME_ALIASES.set(nameKey(name), codes);
  NAME_ALIASES.set(foldKey(nameKey(name)), codes);
}

/** Codes, then aliases, then alpha-3, then the name index (validation-rules.md §4). */
function candidates(text: string): Candidates {
  // Two letters are always a code: the name data also holds odd two-letter abbreviations.
  if (/^[A-Za-z]{2}$/.test(text)) {
    const upper = text.toUpperCase();
    const code = COUNTRY_CODES.has(upper) ? upper : COUNTRY_CODE_ALIASES[upper];
    return { codes: code === undefined ? [] : [code] };
  }
  const key = nameKey(text);
  if (key === '') return { codes: [] };
  const alias = NAME_ALIASES.get(key) ?? NAME_ALIASES.get(foldKey(key));
  if (alias !== undefined) return { codes: alias };
  if (/^[A-Za-z]{3}$/.test(text)) {
    const alpha3 = text.toUpperCase();
    const code = ALPHA3_TO_ALPHA2[alpha3];
    if (code !== undefined && COUNTRY_CODES.has(code)) return { codes: [code], alpha3 };
  }
  return { codes: lookupCountryName(text) };
}

/**
 * Last resort for "Belgium (BE)" or "Congo (CD)": the part outside the brackets or the part inside,
 * whichever is unique, as long as the other does not contradict it.
 */
function fromParenthetical(text: string): Candidates | undefined {
  const match = /^(.*?\S)\s*\(([^()]*)\)$/.exec(text);
  if (!match) return undefined;
  const outer = candidates(match[1] ?? '');
  const inner = candidates((match[2] ?? '').trim());
  const [innerCode] = inner.codes;
  const [outerCode] = outer.codes;
  if (inner.codes.length === 1 && innerCode && (outer.codes.length === 0 || outer.codes.includes(innerCode))) return inner;
  if (outer.codes.length === 1 && outerCode && (inner.codes.length === 0 || inner.codes.includes(outerCode))) return outer;
  if (outer.codes.length === 0 && inner.codes.length === 0) return undefined;
  return { codes: [...new Set([...outer.codes, ...inner.codes])] };
}

const MAX_OPTIONS = 4;

function optionList(codes: readonly string[], lang: Lang): string {
  const shown = codes.slice(0, MAX_OPTIONS).map((code) => `${code} (${countryName(code, lang)})`);
  return codes.length > MAX_OPTIONS ? `${shown.join(', ')} …` : shown.join(', ');
}

/**
 * Column E: a country code or name, in any case and language, to an ISO 3166-1 alpha-2 code. Names
 * resolve silently (the row layer reports the change); an alpha-3 code warns; an unknown or
 * ambiguous value is an error. Empty input gives no finding: the row layer reports "required".
 */
export function resolveCountry(input: string): Normalised<string> {
  const text = nfkc(input).trim();
  if (text === '') return { value: null, findings: [] };
  let found = candidates(text);
  if (found.codes.length !== 1) found = fromParenthetical(text) ?? found;

  const [code] = found.codes;
  if (found.codes.length === 1 && code !== undefined) {
    const findings: Finding[] = found.alpha3 === undefined ? [] : [{
      code: 'country.alpha3',
      severity: 'warning',
      params: { alpha3: found.alpha3, code, name: countryName(code, 'en'), nameFr: countryName(code, 'fr'), nameNl: countryName(code, 'nl'), nameDe: countryName(code, 'de') },
    }];
    return { value: code, findings };
  }
  if (found.codes.length > 1) {
    const params = { options: optionList(found.codes, 'en'), optionsFr: optionList(found.codes, 'fr'), optionsNl: optionList(found.codes, 'nl'), optionsDe: optionList(found.codes, 'de') };
    return { value: null, findings: [{ code: 'country.ambiguous', severity: 'error', params }] };
  }
  const suggestion = suggestCountry(text);
  const unknown: Finding = suggestion === null
    ? { code: 'country.unknown', severity: 'error' }
    : { code: 'country.unknown', severity: 'error', params: { suggestion: suggestion.name, code: suggestion.code } };
  return { value: null, findings: [unknown] };
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** The name of a country in the language of the messages; the code itself when none is known. */
export function countryName(code: string, lang: Lang): string {
  const upper = code.toUpperCase();
  let name: string | undefined;
  // Without full ICU, Intl answers every locale in English; i18n-iso-countries knows French.
  if (hasFullIcu() || lang === 'en') {
    let names = displayNames.get(lang);
    if (names === undefined) {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      displayNames.set(lang, names);
    }
    try {
      name = names.of(upper);
    } catch {
      // Not a region code at all (RangeError): fall through to the code.
    }
  }
  return name ?? isoNames().getName(upper, lang) ?? code;
}

/** Messages for column E (country). */
export const countryMessages: MessageCatalogue = {
  'country.unknown': {
    en: (p) =>
      p.suggestion === undefined
        ? 'Country not recognised: type its name (Luxembourg, Belgique) or its 2-letter code (LU, BE).'
        : `Country not recognised: did you mean ${p.suggestion} (${p.code})? Otherwise type its name or 2-letter code.`,
    fr: (p) =>
      p.suggestion === undefined
        ? 'Pays non reconnu : indiquez son nom (Luxembourg, Belgique) ou son code à 2 lettres (LU, BE).'
        : `Pays non reconnu : vouliez-vous dire ${p.suggestion} (${p.code}) ? Sinon, indiquez son nom ou son code à 2 lettres.`,
    nl: (p) =>
      p.suggestion === undefined
      ? 'Land niet herkend: typ de naam (Luxemburg, België) of de code van 2 letters (LU, BE).'
      : `Land niet herkend: bedoelt u ${p.suggestion} (${p.code})? Typ anders de naam of de code van 2 letters.`,
    de: (p) =>
      p.suggestion === undefined
      ? 'Land nicht erkannt: Geben Sie den Namen (Luxemburg, Belgien) oder den 2-Buchstaben-Code (LU, BE) ein.'
      : `Land nicht erkannt: Meinten Sie ${p.suggestion} (${p.code})? Sonst Namen oder 2-Buchstaben-Code eingeben.`,
  },
  'country.ambiguous': {
    en: (p) => `This name fits several countries: ${p.options}. Type the 2-letter code of the right one.`,
    fr: (p) => `Ce nom désigne plusieurs pays : ${p.optionsFr ?? p.options}. Indiquez le code à 2 lettres du bon pays.`,
    nl: (p) => `Deze naam past bij meerdere landen: ${p.optionsNl ?? p.options}. Typ de code van 2 letters van het juiste land.`,
    de: (p) => `Dieser Name passt auf mehrere Länder: ${p.optionsDe ?? p.options}. Geben Sie den 2-Buchstaben-Code des richtigen ein.`,
  },
  'country.alpha3': {
    en: (p) => `3-letter code ${p.alpha3} read as ${p.name} (${p.code}): check it, and prefer 2-letter codes (${p.code}).`,
    fr: (p) => `Code à 3 lettres ${p.alpha3} lu comme ${p.nameFr ?? p.name} (${p.code}) : vérifiez-le, et préférez les codes à 2 lettres (${p.code}).`,
    nl: (p) => `Code van 3 letters ${p.alpha3} gelezen als ${p.nameNl ?? p.name} (${p.code}): controleer het, en gebruik liever codes van 2 letters (${p.code}).`,
    de: (p) => `3-Buchstaben-Code ${p.alpha3} als ${p.nameDe ?? p.name} (${p.code}) gelesen: Prüfen Sie ihn; besser 2-Buchstaben-Codes (${p.code}).`,
  },
};
