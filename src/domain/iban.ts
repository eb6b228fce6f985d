import { countrySpecs, isQRIBAN, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import type { Finding, MessageCatalogue, Normalised, ValueSpan } from './types.js';
import { mapSpan, withSpan } from './valueSpan.js';
import { nfkc } from './unicodeForms.js';

// ibantools' electronicFormatIBAN only drops spaces and `-`; NBSP, zero-width characters and dots
// survive it and then fail as a checksum error (validation-rules.md §3), so compact ourselves.
const SEPARATORS = /[\s\u00A0\u200B-\u200D\u2060\uFEFF.-]/g;
const LABEL = /^IBAN\s*:?\s*/;

/** The first error that best explains the failure: BBAN format errors always come with a checksum error. */
function findingFor(iban: string, errors: readonly ValidationErrorsIBAN[]): Finding {
  const country = iban.slice(0, 2);
  const has = (e: ValidationErrorsIBAN) => errors.includes(e);
  if (has(ValidationErrorsIBAN.NoIBANProvided)) return { code: 'iban.no_country', severity: 'error' };
  if (has(ValidationErrorsIBAN.NoIBANCountry)) {
    return /^[A-Z]{2}/.test(iban)
      ? { code: 'iban.unknown_country', severity: 'error', params: { country } }
      : { code: 'iban.no_country', severity: 'error' };
  }
  if (has(ValidationErrorsIBAN.WrongBBANLength)) {
    const expected = countrySpecs[country]?.chars ?? 0;
    return { code: 'iban.length', severity: 'error', params: { country, expected, actual: iban.length } };
  }
  if (has(ValidationErrorsIBAN.WrongBBANFormat) || has(ValidationErrorsIBAN.ChecksumNotNumber)) {
    return { code: 'iban.format', severity: 'error', params: { country } };
  }
  if (has(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) return { code: 'iban.bank_checksum', severity: 'error' };
  if (has(ValidationErrorsIBAN.WrongIBANChecksum)) return { code: 'iban.checksum', severity: 'error' };
  return { code: 'iban.qr_not_allowed', severity: 'error' };
}

/** The group of four (as IBANs are written) holding position `at` of the electronic form. */
function groupOf(iban: string, at: number): ValueSpan {
  const start = at - (at % 4);
  return { start, end: Math.min(iban.length, start + 4) };
}

/** The first BBAN character outside its country's format (ibantools' `[0-9]{3}[A-Z0-9]{13}`). */
function bbanMismatch(iban: string): number | undefined {
  const format = countrySpecs[iban.slice(0, 2)]?.bban_regexp ?? '';
  const classes: RegExp[] = [];
  for (const m of format.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
    for (let i = 0; i < Number(m[2]); i++) classes.push(new RegExp(`^[${m[1]}]$`));
  }
  const at = classes.findIndex((allowed, i) => i + 4 < iban.length && !allowed.test(iban[i + 4] ?? ''));
  return at < 0 ? undefined : at + 4;
}

const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * Where a check-digit failure comes from, when one likely mistake explains it: a letter typed for
 * its look-alike digit (O for 0), else two neighbouring characters swapped. Only a single candidate
 * that makes the IBAN valid counts; mod 97 cannot say more.
 */
function checksumSuspect(iban: string): ValueSpan | undefined {
  const valid = (candidate: string) => validateIBAN(candidate, { allowQRIBAN: false }).valid;
  const found: ValueSpan[] = [];
  const lookalikes: number[] = [];
  for (let i = 4; i < iban.length; i++) {
    const digit = LOOKALIKES[iban[i] ?? ''];
    if (digit === undefined) continue;
    lookalikes.push(i);
    if (valid(iban.slice(0, i) + digit + iban.slice(i + 1))) found.push(groupOf(iban, i));
  }
  // "4OO6": every look-alike at once, when no single one explains it.
  const [first, last] = [lookalikes[0], lookalikes.at(-1)];
  if (found.length === 0 && first !== undefined && last !== undefined && first !== last) {
    const digits = [...iban].map((ch, i) => (i >= 4 ? (LOOKALIKES[ch] ?? ch) : ch)).join('');
    if (valid(digits)) found.push({ start: groupOf(iban, first).start, end: groupOf(iban, last).end });
  }
  // A letter for its look-alike digit is the stronger clue: swaps are tried only without one.
  if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  for (let i = 2; i + 1 < iban.length; i++) {
    const [a, b] = [iban[i] ?? '', iban[i + 1] ?? ''];
    if (a !== b && valid(iban.slice(0, i) + b + a + iban.slice(i + 2))) {
      found.push({ start: groupOf(iban, i).start, end: groupOf(iban, i + 1).end });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Where in the electronic form the finding's problem is, when it has one place. */
function spanFor(iban: string, code: string, errors: readonly ValidationErrorsIBAN[]): ValueSpan | undefined {
  switch (code) {
    case 'iban.unknown_country':
      return { start: 0, end: 2 };
    case 'iban.format': {
      if (errors.includes(ValidationErrorsIBAN.ChecksumNotNumber)) return { start: 2, end: 4 };
      const at = bbanMismatch(iban);
      return at === undefined ? undefined : groupOf(iban, at);
    }
    case 'iban.checksum':
      return checksumSuspect(iban);
    default:
      return undefined;
  }
}

/** Each country's BBAN format, compiled once: ibantools compiles it again on every call. */
const bbanFormats = new Map<string, RegExp | null>();

function bbanFormat(country: string): RegExp | null {
  let format = bbanFormats.get(country);
  if (format === undefined) {
    const source = countrySpecs[country]?.bban_regexp;
    format = source ? new RegExp(source) : null;
    bbanFormats.set(country, format);
  }
  return format;
}

/** ISO 7064 mod 97-10 of the IBAN with its first four characters moved to the end, letters as 10–35. */
function mod97(iban: string): number {
  let rest = 0;
  for (let i = 4; i < iban.length + 4; i++) {
    const code = iban.charCodeAt(i < iban.length ? i : i - iban.length);
    rest = code >= 65 ? (rest * 100 + code - 55) % 97 : (rest * 10 + code - 48) % 97;
  }
  return rest;
}

/**
 * The rules of ibantools' validateIBAN for an IBAN that passes them all, without its per-call
 * regular expressions and string splitting, where most of the IBAN column's time went. Only a yes
 * is trusted: anything else goes to validateIBAN, which names what is wrong.
 */
function passesEveryRule(iban: string): boolean {
  const country = iban.slice(0, 2);
  const spec = countrySpecs[country];
  // Only IBAN countries reach the cache of formats: any two letters of a sheet would otherwise.
  if (spec === undefined || spec.chars !== iban.length) return false;
  const format = bbanFormat(country);
  if (format === null) return false;
  const bban = iban.slice(4);
  if (!format.test(bban) || (spec.bban_validation_func !== undefined && !spec.bban_validation_func(bban))) return false;
  for (let i = 2; i < 4; i++) {
    const code = iban.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  // The BBAN format allows only A–Z and 0–9, so every character has its mod-97 value.
  return mod97(iban) === 1 && !isQRIBAN(iban);
}

/** Column H: compacts an IBAN to its electronic form and checks it with ibantools. */
export function normaliseIban(input: string): Normalised<string> {
  if (input.trim() === '') return { value: null, findings: [] };
  const iban = nfkc(input).toUpperCase().trim().replace(LABEL, '').replace(SEPARATORS, '');
  if (passesEveryRule(iban)) return { value: iban, findings: [] };
  // A Swiss QR-IBAN only receives QR-bill payments; it is not the account's ordinary IBAN.
  const result = validateIBAN(iban, { allowQRIBAN: false });
  if (result.valid) return { value: iban, findings: [] };
  const finding = findingFor(iban, result.errorCodes);
  const span = spanFor(iban, finding.code, result.errorCodes);
  return { value: null, findings: [withSpan(finding, span && mapSpan(input, iban, span))] };
}

/** The country of an electronic-format IBAN (its first two letters). */
export function ibanCountry(iban: string): string {
  return iban.slice(0, 2).toUpperCase();
}

/** Messages for column H (IBAN). */
export const ibanMessages: MessageCatalogue = {
  'iban.no_country': {
    en: () => 'The country code is missing: type the full IBAN, e.g. LU28 0019 4006 4475 0000.',
    fr: () => 'Il manque le code pays : saisissez l’IBAN complet, p. ex. LU28 0019 4006 4475 0000.',
    nl: () => 'De landcode ontbreekt: typ het volledige IBAN, bv. LU28 0019 4006 4475 0000.',
    de: () => 'Der Ländercode fehlt: Geben Sie die vollständige IBAN ein, z. B. LU28 0019 4006 4475 0000.',
  },
  'iban.unknown_country': {
    en: (p) => `“${p.country}” is not an IBAN country: check the first two letters of the IBAN.`,
    fr: (p) => `« ${p.country} » n’est pas un pays IBAN : vérifiez les deux premières lettres de l’IBAN.`,
    nl: (p) => `“${p.country}” is geen IBAN-land: controleer de eerste twee letters van het IBAN.`,
    de: (p) => `„${p.country}“ ist kein IBAN-Land: Prüfen Sie die ersten zwei Buchstaben der IBAN.`,
  },
  'iban.length': {
    en: (p) => `A ${p.country} IBAN has ${p.expected} characters, this one ${p.actual}: a character is missing or extra.`,
    fr: (p) => `Un IBAN ${p.country} compte ${p.expected} caractères, celui-ci ${p.actual} : il en manque ou il y en a en trop.`,
    nl: (p) => `Een IBAN uit ${p.country} heeft ${p.expected} tekens, dit ${p.actual}: er ontbreekt een teken of er is er een te veel.`,
    de: (p) => `Eine IBAN aus ${p.country} hat ${p.expected} Zeichen, diese ${p.actual}: Ein Zeichen fehlt oder ist zu viel.`,
  },
  'iban.format': {
    en: (p) => `Not the shape of a ${p.country} IBAN: a letter or digit is out of place. Copy it again from the bank.`,
    fr: (p) => `Ce n’est pas la forme d’un IBAN ${p.country} : une lettre ou un chiffre est mal placé. Recopiez-le.`,
    nl: (p) => `Niet de vorm van een IBAN uit ${p.country}: een letter of cijfer staat verkeerd. Kopieer het opnieuw.`,
    de: (p) => `Nicht die Form einer IBAN aus ${p.country}: Ein Buchstabe oder eine Ziffer steht falsch. Kopieren Sie sie erneut.`,
  },
  'iban.checksum': {
    en: () => 'IBAN check digits do not match: a character is probably mistyped. Check the IBAN.',
    fr: () => 'Les chiffres de contrôle de l’IBAN ne correspondent pas : un caractère est sans doute mal saisi.',
    nl: () => 'De controlecijfers van het IBAN kloppen niet: wellicht is een teken verkeerd getypt. Controleer het IBAN.',
    de: () => 'Die Prüfziffern der IBAN stimmen nicht: Wohl ein Tippfehler. Prüfen Sie die IBAN.',
  },
  'iban.bank_checksum': {
    en: () => 'The account number inside the IBAN fails the bank’s check: a digit is probably mistyped.',
    fr: () => 'Le compte dans l’IBAN échoue au contrôle bancaire : un chiffre est sans doute mal saisi.',
    nl: () => 'Het rekeningnummer in het IBAN doorstaat de controle van de bank niet: wellicht een tikfout.',
    de: () => 'Die Kontonummer in der IBAN besteht die Prüfung der Bank nicht: Wohl ein Tippfehler.',
  },
  'iban.qr_not_allowed': {
    en: () => 'This is a Swiss QR-IBAN, for QR-bills only: give the account’s ordinary IBAN.',
    fr: () => 'Ceci est un QR-IBAN suisse, réservé aux QR-factures : indiquez l’IBAN ordinaire du compte.',
    nl: () => 'Dit is een Zwitsers QR-IBAN, enkel voor QR-facturen: geef het gewone IBAN van de rekening.',
    de: () => 'Das ist eine Schweizer QR-IBAN, nur für QR-Rechnungen: Geben Sie die normale IBAN des Kontos an.',
  },
};
