import type { Finding, MessageCatalogue, Normalised, ValueSpan } from './types.js';
import { firstRun, mapSpan, shapeMismatch, withSpan } from './valueSpan.js';
import { VAT_CHECKSUMS } from './vatChecksums.js';
import { nfkc } from './unicodeForms.js';

interface VatRule {
  /** The national part after the prefix, in compact form. */
  readonly pattern: RegExp;
  /** A real number of the right shape, shown in the message (python-stdnum's test numbers). */
  readonly example: string;
}

/**
 * Shapes per VAT prefix (python-stdnum's per-country `validate`): the EU 27 (Greece is `EL`), plus
 * `XI` (Northern Ireland) and, by our choice, `GB`: still common on invoices. A rule's fixed parts
 * (CY never `12…`, a CZ company never `9…`, the IT office code, the LT `1` before the check digit)
 * are part of the shape; every prefix also has a check-digit rule in vatChecksums.ts.
 */
const VAT_RULES: Readonly<Record<string, VatRule>> = {
  AT: { pattern: /^U\d{8}$/, example: 'ATU13585627' },
  BE: { pattern: /^[01]\d{9}$/, example: 'BE0428759497' },
  BG: { pattern: /^\d{9,10}$/, example: 'BG175074752' },
  CY: { pattern: /^(?!12)\d{8}[A-Z]$/, example: 'CY10259033P' },
  CZ: { pattern: /^([0-8]\d{7}|\d{9,10})$/, example: 'CZ25123891' },
  DE: { pattern: /^[1-9]\d{8}$/, example: 'DE136308783' },
  DK: { pattern: /^[1-9]\d{7}$/, example: 'DK28107773' },
  EE: { pattern: /^\d{9}$/, example: 'EE100931558' },
  EL: { pattern: /^\d{9}$/, example: 'EL094501040' },
  // DNI (8 digits + letter), K/L/M and X/Y/Z persons, or a CIF: company letter + 7 digits + digit or letter.
  ES: { pattern: /^([0-9KLMXYZ]\d{7}[A-Z]|[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J])$/, example: 'ESA78109592' },
  FI: { pattern: /^\d{8}$/, example: 'FI20774740' },
  FR: { pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, example: 'FR40303265045' },
  HR: { pattern: /^\d{11}$/, example: 'HR33392005961' },
  HU: { pattern: /^\d{8}$/, example: 'HU12892312' },
  IE: { pattern: /^\d[A-Z0-9+*]\d{5}[A-W]{1,2}$/, example: 'IE6433435F' },
  // Digits 8–10 are the issuing office: 001–100, 120, 121, 888 or 999.
  IT: { pattern: /^(?!0{7})\d{7}(00[1-9]|0[1-9]\d|100|12[01]|888|999)\d$/, example: 'IT00743110157' },
  LT: { pattern: /^(\d{7}1\d|\d{10}1\d)$/, example: 'LT119511515' },
  LU: { pattern: /^\d{8}$/, example: 'LU15027442' },
  LV: { pattern: /^\d{11}$/, example: 'LV40003521600' },
  MT: { pattern: /^[1-9]\d{7}$/, example: 'MT17025737' },
  NL: { pattern: /^\d{9}B(?!00)\d{2}$/, example: 'NL004495445B01' },
  PL: { pattern: /^\d{10}$/, example: 'PL5261025421' },
  PT: { pattern: /^[1-9]\d{8}$/, example: 'PT503038083' },
  RO: { pattern: /^[1-9](\d{1,9}|\d{12})$/, example: 'RO21996566' },
  SE: { pattern: /^\d{10}01$/, example: 'SE556043606401' },
  SI: { pattern: /^[1-9]\d{7}$/, example: 'SI26808498' },
  SK: { pattern: /^[1-9]\d[2-47-9]\d{7}$/, example: 'SK2022193459' },
  // 9 digits, 12 for a branch; government departments (GD) and health authorities (HA), also in their EU form.
  XI: { pattern: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}|GD8888[0-4]\d{4}|HA8888[5-9]\d{4})$/, example: 'XI980780684' },
  GB: { pattern: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}|GD8888[0-4]\d{4}|HA8888[5-9]\d{4})$/, example: 'GB980780684' },
};

/** Prefixes people type that VIES spells differently. */
const PREFIX_FIXES: Readonly<Record<string, string>> = { GR: 'EL', UK: 'GB' };

// Labels pasted along with the number ("TVA : LU 150 274 42", "N° TVA intracommunautaire …").
const LABEL = /^(?:N[°ºO]\.?\s*)?(?:TVA|VAT|BTW|UST-?ID(?:NR)?\.?)(?:\s*(?:INTRACOMMUNAUTAIRE|NR\.?|NO\.?|N°|NUMBER))?(?:\s*:\s*|\s+)/;

/** The VAT prefix for a country of column E: Greece is EL; countries outside the table get none. */
function prefixFor(country: string): string | null {
  const prefix = country === 'GR' ? 'EL' : country;
  return prefix in VAT_RULES ? prefix : null;
}

/** The ISO country a VAT prefix stands for. */
function countryOfPrefix(prefix: string): string {
  if (prefix === 'EL') return 'GR';
  if (prefix === 'XI') return 'GB';
  return prefix;
}

/** Old or sloppy spellings that have one right form: 9-digit BE, short NL and EL numbers. */
function padNational(prefix: string, national: string, findings: Finding[]): string {
  if (prefix === 'BE' && /^\d{9}$/.test(national)) {
    findings.push({ code: 'vat.be_leading_zero', severity: 'warning', params: { to: `BE0${national}` } });
    return `0${national}`;
  }
  if (prefix === 'NL' && /^\d{1,8}B\d{2}$/.test(national)) return national.padStart(12, '0');
  if (prefix === 'EL' && /^\d{8}$/.test(national)) return `0${national}`;
  return national;
}

const error = (code: string, params?: Finding['params']): Normalised<string> => ({
  value: null,
  findings: [params ? { code, severity: 'error', params } : { code, severity: 'error' }],
});

/** The finding of a failed result, with where in the input its problem is. */
function spanned(result: Normalised<string>, span: ValueSpan | undefined): Normalised<string> {
  return { value: result.value, findings: result.findings.map((f) => withSpan(f, span)) };
}

/**
 * The character that breaks a national number's shape: one that is no letter or digit, or a letter
 * where the country's numbers have a digit (O for 0). France's two-character key may be letters.
 */
function formatMismatch(prefix: string, national: string, example: string): ValueSpan | undefined {
  const odd = firstRun(national, (ch) => !/[A-Z0-9]/.test(ch));
  if (odd) return odd;
  // Where numbers of one country come in shapes with letters in different places, the example says nothing.
  if (MIXED_SHAPES.has(prefix)) return undefined;
  return shapeMismatch(national, example, prefix === 'FR' ? 2 : 0);
}

const MIXED_SHAPES = new Set(['CY', 'ES', 'IE', 'XI', 'GB']);

/** Column G: compacts a VAT number, adds a missing prefix from the country, checks shape and checksum. */
export function normaliseVat(input: string, country: string | null): Normalised<string> {
  if (input.trim() === '') return { value: null, findings: [] };
  const compact = nfkc(input)
    .toUpperCase()
    .trim()
    .replace(LABEL, '')
    .replace(/\(0\)/g, '0')
    .replace(/[\s.\-:/]/g, '');
  if (!/\d/.test(compact)) return error('vat.unreadable');
  // The RCS typed in the VAT column: no VAT number is one letter and at most 7 digits.
  if (country === 'LU' && /^[A-Z]\d{1,7}$/.test(compact)) return error('vat.looks_like_rcs');

  const findings: Finding[] = [];
  const head = compact.slice(0, 2);
  const startsWithLetters = /^[A-Z]{2}/.test(compact);
  const home = country === null ? null : prefixFor(country);
  let prefix: string;
  let national: string;
  const fixed = PREFIX_FIXES[head];
  // Positions below are in `compact`, mapped back to what was typed.
  const at = (span: ValueSpan | undefined) => span && mapSpan(input, compact, span);
  if (startsWithLetters && fixed !== undefined) {
    findings.push({ code: 'vat.prefix_corrected', severity: 'warning', params: { from: head, to: fixed } });
    [prefix, national] = [fixed, compact.slice(2)];
  } else if (startsWithLetters && head in VAT_RULES) {
    [prefix, national] = [head, compact.slice(2)];
  } else if (home !== null && (!startsWithLetters || VAT_RULES[home]?.pattern.test(compact))) {
    // "15027442" with country LU, or a French key of two letters ("KA…") typed without FR.
    findings.push({ code: 'vat.prefix_added', severity: 'warning', params: { prefix: home } });
    [prefix, national] = [home, compact];
  } else if (startsWithLetters) {
    // Banqup takes EU VAT numbers only (banqup-api.md §4), and a two-letter head that is no EU prefix
    // is either a non-EU number or a mistyped one ("IO…" for a French client): both fail at the API.
    return spanned(error('vat.unknown_prefix', { prefix: head }), at({ start: 0, end: 2 }));
  } else if (country !== null) {
    // Outside the EU there is no prefix convention to add; keep what the user typed.
    return { value: compact, findings: [] };
  } else {
    return error('vat.missing_prefix');
  }

  const rule = VAT_RULES[prefix];
  // Unreachable: every branch above picks a prefix of the table. Kept for the type checker.
  if (rule === undefined) return error('vat.unknown_prefix', { prefix });
  const typedNational = national;
  national = padNational(prefix, national, findings);
  if (/^0+$/.test(national.replace(/[A-Z]/g, ''))) return error('vat.all_zeros');
  if (!rule.pattern.test(national)) {
    // A padded number no longer lines up with what was typed: no position then.
    const offset = compact.length - typedNational.length;
    const where = national === typedNational ? formatMismatch(prefix, national, rule.example.slice(2)) : undefined;
    return spanned(error('vat.format', { country: prefix, example: rule.example }), at(where && { start: where.start + offset, end: where.end + offset }));
  }
  if (VAT_CHECKSUMS[prefix]?.(national) === false) return error('vat.checksum', { country: prefix });

  const vatCountry = countryOfPrefix(prefix);
  if (country !== null && vatCountry !== country) {
    findings.push({ code: 'vat.country_mismatch', severity: 'warning', params: { vatCountry, country } });
  }
  return { value: prefix + national, findings };
}

/** Messages for column G (VAT). */
export const vatMessages: MessageCatalogue = {
  'vat.prefix_added': {
    en: (p) => `Country prefix ${p.prefix} added: a VAT number starts with its country code.`,
    fr: (p) => `Préfixe pays ${p.prefix} ajouté : un numéro de TVA commence par le code du pays.`,
    nl: (p) => `Landvoorvoegsel ${p.prefix} toegevoegd: een btw-nummer begint met de landcode.`,
    de: (p) => `Länderpräfix ${p.prefix} ergänzt: Eine MwSt.-Nummer beginnt mit dem Ländercode.`,
  },
  'vat.prefix_corrected': {
    en: (p) => `VAT prefix ${p.from} replaced by ${p.to}, the official prefix.`,
    fr: (p) => `Préfixe de TVA ${p.from} remplacé par ${p.to}, le préfixe officiel.`,
    nl: (p) => `Btw-voorvoegsel ${p.from} vervangen door ${p.to}, het officiële voorvoegsel.`,
    de: (p) => `MwSt.-Präfix ${p.from} durch ${p.to} ersetzt, das amtliche Präfix.`,
  },
  'vat.unknown_prefix': {
    en: (p) => `“${p.prefix}” is not an EU VAT prefix: Banqup takes EU VAT numbers only, e.g. LU15027442.`,
    fr: (p) => `« ${p.prefix} » n’est pas un préfixe de TVA de l’UE : Banqup n’accepte que des TVA de l’UE, p. ex. LU15027442.`,
    nl: (p) => `“${p.prefix}” is geen btw-voorvoegsel van de EU: Banqup neemt enkel EU-btw-nummers, bv. LU15027442.`,
    de: (p) => `„${p.prefix}“ ist kein EU-MwSt.-Präfix: Banqup akzeptiert nur EU-Nummern, z. B. LU15027442.`,
  },
  'vat.missing_prefix': {
    en: () => 'The VAT number has no country prefix: add it, e.g. LU15027442.',
    fr: () => 'Le numéro de TVA n’a pas de préfixe pays : ajoutez-le, p. ex. LU15027442.',
    nl: () => 'Het btw-nummer heeft geen landvoorvoegsel: voeg het toe, bv. LU15027442.',
    de: () => 'Die MwSt.-Nummer hat kein Länderpräfix: Ergänzen Sie es, z. B. LU15027442.',
  },
  'vat.unreadable': {
    en: () => 'This is not a VAT number: type the country code and number (LU15027442), or leave it empty.',
    fr: () => 'Ce n’est pas un numéro de TVA : saisissez code pays et numéro (LU15027442), ou laissez vide.',
    nl: () => 'Dit is geen btw-nummer: typ landcode en nummer (LU15027442), of laat de cel leeg.',
    de: () => 'Keine MwSt.-Nummer: Geben Sie Ländercode und Nummer ein (LU15027442) oder lassen Sie die Zelle leer.',
  },
  'vat.looks_like_rcs': {
    en: () => 'This is an RCS number, not a VAT number: move it to the RCS column (VAT looks like LU15027442).',
    fr: () => 'C’est un numéro RCS, pas une TVA : mettez-le en colonne RCS (la TVA ressemble à LU15027442).',
    nl: () => 'Dit is een RCS-nummer, geen btw-nummer: zet het in de RCS-kolom (btw ziet eruit als LU15027442).',
    de: () => 'Das ist eine RCS-Nummer, keine MwSt.-Nummer: in die RCS-Spalte (MwSt. sieht aus wie LU15027442).',
  },
  'vat.format': {
    en: (p) => `Not the shape of a ${p.country} VAT number: expected e.g. ${p.example}.`,
    fr: (p) => `Ce n’est pas la forme d’un numéro de TVA ${p.country} : attendu p. ex. ${p.example}.`,
    nl: (p) => `Niet de vorm van een btw-nummer uit ${p.country}: verwacht bv. ${p.example}.`,
    de: (p) => `Nicht die Form einer MwSt.-Nummer aus ${p.country}: erwartet z. B. ${p.example}.`,
  },
  'vat.all_zeros': {
    en: () => 'Only zeros: type the client’s real VAT number, or leave the cell empty.',
    fr: () => 'Uniquement des zéros : saisissez le vrai numéro de TVA du client, ou laissez la cellule vide.',
    nl: () => 'Enkel nullen: typ het echte btw-nummer van de klant, of laat de cel leeg.',
    de: () => 'Nur Nullen: Geben Sie die echte MwSt.-Nummer des Kunden ein oder lassen Sie die Zelle leer.',
  },
  'vat.checksum': {
    en: (p) => `${p.country} VAT check digits do not match: a digit is probably mistyped. Check the number.`,
    fr: (p) => `Chiffres de contrôle de la TVA ${p.country} incorrects : un chiffre est sans doute mal saisi. Vérifiez.`,
    nl: (p) => `De controlecijfers van het btw-nummer (${p.country}) kloppen niet: wellicht een tikfout. Controleer het nummer.`,
    de: (p) => `Die Prüfziffern der MwSt.-Nummer (${p.country}) stimmen nicht: Wohl ein Tippfehler. Bitte prüfen.`,
  },
  'vat.be_leading_zero': {
    en: (p) => `Old 9-digit Belgian VAT number: a leading 0 was added (${p.to}).`,
    fr: (p) => `Ancien numéro de TVA belge à 9 chiffres : un 0 a été ajouté devant (${p.to}).`,
    nl: (p) => `Oud Belgisch btw-nummer van 9 cijfers: er werd een 0 vooraan toegevoegd (${p.to}).`,
    de: (p) => `Alte 9-stellige belgische MwSt.-Nummer: Eine 0 wurde vorangestellt (${p.to}).`,
  },
  'vat.country_mismatch': {
    en: (p) => `VAT number from ${p.vatCountry} but country ${p.country}: fine for a foreign entity, else fix one.`,
    fr: (p) => `TVA de ${p.vatCountry} mais pays ${p.country} : normal pour une entité étrangère, sinon corrigez l’un des deux.`,
    nl: (p) => `Btw-nummer uit ${p.vatCountry} maar land ${p.country}: normaal voor een buitenlandse entiteit, anders verbeter er een.`,
    de: (p) => `MwSt.-Nummer aus ${p.vatCountry}, aber Land ${p.country}: normal bei einer ausländischen Einheit, sonst korrigieren Sie eines.`,
  },
};
