import countries from 'i18n-iso-countries';
import type { Finding, MessageCatalogue, Normalised } from './types.js';
import { beEnterpriseValid, deVatValid, frVatValid, luVatValid, nlVatValid } from './vatChecksums.js';

interface VatRule {
  /** The national part after the prefix, in compact form. */
  readonly pattern: RegExp;
  /** A real number of the right shape, shown in the message (python-stdnum's test numbers). */
  readonly example: string;
  readonly checksum?: (national: string) => boolean;
}

/**
 * Shapes per VAT prefix (python-stdnum's per-country `validate`): the EU 27 (Greece is `EL`), plus
 * `XI` (Northern Ireland) and, by our choice, `GB`: still common on invoices and cheap to check by
 * shape. Checksums only where a wrong number is likely in our users' files (LU, BE, FR, DE, NL).
 */
const VAT_RULES: Readonly<Record<string, VatRule>> = {
  AT: { pattern: /^U\d{8}$/, example: 'ATU13585627' },
  BE: { pattern: /^[01]\d{9}$/, example: 'BE0428759497', checksum: beEnterpriseValid },
  BG: { pattern: /^\d{9,10}$/, example: 'BG175074752' },
  CY: { pattern: /^\d{8}[A-Z]$/, example: 'CY10259033P' },
  CZ: { pattern: /^\d{8,10}$/, example: 'CZ25123891' },
  DE: { pattern: /^[1-9]\d{8}$/, example: 'DE136308783', checksum: deVatValid },
  DK: { pattern: /^[1-9]\d{7}$/, example: 'DK28107773' },
  EE: { pattern: /^\d{9}$/, example: 'EE100931558' },
  EL: { pattern: /^\d{9}$/, example: 'EL094501040' },
  ES: { pattern: /^[A-Z0-9]\d{7}[A-Z0-9]$/, example: 'ESA78109592' },
  FI: { pattern: /^\d{8}$/, example: 'FI20774740' },
  FR: { pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, example: 'FR40303265045', checksum: frVatValid },
  HR: { pattern: /^\d{11}$/, example: 'HR33392005961' },
  HU: { pattern: /^\d{8}$/, example: 'HU12892312' },
  IE: { pattern: /^\d[A-Z0-9+*]\d{5}[A-W]{1,2}$/, example: 'IE6433435F' },
  IT: { pattern: /^\d{11}$/, example: 'IT00743110157' },
  LT: { pattern: /^(\d{9}|\d{12})$/, example: 'LT119511515' },
  LU: { pattern: /^\d{8}$/, example: 'LU15027442', checksum: luVatValid },
  LV: { pattern: /^\d{11}$/, example: 'LV40003521600' },
  MT: { pattern: /^\d{8}$/, example: 'MT17025737' },
  NL: { pattern: /^\d{9}B(?!00)\d{2}$/, example: 'NL004495445B01', checksum: nlVatValid },
  PL: { pattern: /^\d{10}$/, example: 'PL5261025421' },
  PT: { pattern: /^\d{9}$/, example: 'PT503038083' },
  RO: { pattern: /^([1-9]\d{1,9}|\d{13})$/, example: 'RO21996566' },
  SE: { pattern: /^\d{10}01$/, example: 'SE556043606401' },
  SI: { pattern: /^[1-9]\d{7}$/, example: 'SI26808498' },
  SK: { pattern: /^[1-9]\d[2-47-9]\d{7}$/, example: 'SK2022193459' },
  XI: { pattern: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/, example: 'XI980780684' },
  GB: { pattern: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/, example: 'GB980780684' },
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

function isKnownPrefix(prefix: string): boolean {
  return prefix in VAT_RULES || (prefix !== 'GR' && countries.alpha2ToAlpha3(prefix) !== undefined);
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

/** Column G: compacts a VAT number, adds a missing prefix from the country, checks shape and checksum. */
export function normaliseVat(input: string, country: string | null): Normalised<string> {
  if (input.trim() === '') return { value: null, findings: [] };
  const compact = input
    .normalize('NFKC')
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
  if (startsWithLetters && fixed !== undefined) {
    findings.push({ code: 'vat.prefix_corrected', severity: 'warning', params: { from: head, to: fixed } });
    [prefix, national] = [fixed, compact.slice(2)];
  } else if (startsWithLetters && isKnownPrefix(head)) {
    [prefix, national] = [head, compact.slice(2)];
  } else if (home !== null && (!startsWithLetters || VAT_RULES[home]?.pattern.test(compact))) {
    // "15027442" with country LU, or a French key of two letters ("KA…") typed without FR.
    findings.push({ code: 'vat.prefix_added', severity: 'warning', params: { prefix: home } });
    [prefix, national] = [home, compact];
  } else if (startsWithLetters) {
    return error('vat.unknown_prefix', { prefix: head });
  } else if (country !== null) {
    // Outside the EU there is no prefix convention to add; keep what the user typed.
    return { value: compact, findings: [] };
  } else {
    return error('vat.missing_prefix');
  }

  const rule = VAT_RULES[prefix];
  if (rule !== undefined) {
    national = padNational(prefix, national, findings);
    if (/^0+$/.test(national.replace(/[A-Z]/g, ''))) return error('vat.all_zeros');
    if (!rule.pattern.test(national)) return error('vat.format', { country: prefix, example: rule.example });
    if (rule.checksum && !rule.checksum(national)) return error('vat.checksum', { country: prefix });
  } else if (!/\d/.test(national)) {
    return error('vat.unreadable');
  }

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
  },
  'vat.prefix_corrected': {
    en: (p) => `VAT prefix ${p.from} replaced by ${p.to}, the official prefix.`,
    fr: (p) => `Préfixe de TVA ${p.from} remplacé par ${p.to}, le préfixe officiel.`,
  },
  'vat.unknown_prefix': {
    en: (p) => `“${p.prefix}” is not a country code: start the VAT number with one, e.g. LU15027442.`,
    fr: (p) => `« ${p.prefix} » n’est pas un code pays : commencez le numéro de TVA par l’un d’eux, p. ex. LU15027442.`,
  },
  'vat.missing_prefix': {
    en: () => 'The VAT number has no country prefix: add it, e.g. LU15027442.',
    fr: () => 'Le numéro de TVA n’a pas de préfixe pays : ajoutez-le, p. ex. LU15027442.',
  },
  'vat.unreadable': {
    en: () => 'This is not a VAT number: type the country code and number (LU15027442), or leave it empty.',
    fr: () => 'Ce n’est pas un numéro de TVA : saisissez code pays et numéro (LU15027442), ou laissez vide.',
  },
  'vat.looks_like_rcs': {
    en: () => 'This is an RCS number, not a VAT number: move it to the RCS column (VAT looks like LU15027442).',
    fr: () => 'C’est un numéro RCS, pas une TVA : mettez-le en colonne RCS (la TVA ressemble à LU15027442).',
  },
  'vat.format': {
    en: (p) => `Not the shape of a ${p.country} VAT number: expected e.g. ${p.example}.`,
    fr: (p) => `Ce n’est pas la forme d’un numéro de TVA ${p.country} : attendu p. ex. ${p.example}.`,
  },
  'vat.all_zeros': {
    en: () => 'Only zeros: type the client’s real VAT number, or leave the cell empty.',
    fr: () => 'Uniquement des zéros : saisissez le vrai numéro de TVA du client, ou laissez la cellule vide.',
  },
  'vat.checksum': {
    en: (p) => `${p.country} VAT check digits do not match: a digit is probably mistyped. Check the number.`,
    fr: (p) => `Chiffres de contrôle de la TVA ${p.country} incorrects : un chiffre est sans doute mal saisi. Vérifiez.`,
  },
  'vat.be_leading_zero': {
    en: (p) => `Old 9-digit Belgian VAT number: a leading 0 was added (${p.to}).`,
    fr: (p) => `Ancien numéro de TVA belge à 9 chiffres : un 0 a été ajouté devant (${p.to}).`,
  },
  'vat.country_mismatch': {
    en: (p) => `VAT number from ${p.vatCountry} but country ${p.country}: fine for a foreign entity, else fix one.`,
    fr: (p) => `TVA de ${p.vatCountry} mais pays ${p.country} : normal pour une entité étrangère, sinon corrigez l’un des deux.`,
  },
};
