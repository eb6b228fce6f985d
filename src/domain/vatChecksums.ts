import { luhnCheckDigit, luhnChecksum, luhnValid, mod, mod11_10Valid, mod97, weightedSum } from './checkDigits.js';
import { bgPersonalValid, czBirthNumberValid, lvPersonalCodeValid, roCnpValid } from './personalVatCodes.js';

/**
 * Check-digit rules of every EU VAT number, plus XI and GB, after python-stdnum (`stdnum/<cc>/`
 * `uid`, `vat`, `dic`, `cvr`, `kmkr`, `nif`, `alv`, `tva`, `oib`, `anum`, `iva`, `pvm`, `pvn`, `btw`,
 * `nip`, `cf`, `ddv`, `dph`), whose test files are the reference. Every function takes the compact
 * national part (no country prefix) and assumes that vat.ts has checked its shape already.
 */

/** Luxembourg VAT (8 digits): the first six digits mod 89 give the last two. */
export function luVatValid(number: string): boolean {
  return Number(number.slice(0, 6)) % 89 === Number(number.slice(6));
}

/**
 * Belgian enterprise number (10 digits): the last two digits are 97 − (first eight mod 97). The
 * leading 0/1 is checked by the callers' patterns: `BE2000021323` passes the arithmetic but is not a
 * number the KBO/BCE hands out (python-stdnum rejects it; the npm port does not).
 */
export function beEnterpriseValid(number: string): boolean {
  return (Number(number.slice(0, -2)) + Number(number.slice(-2))) % 97 === 0;
}

/** French SIRET (14 digits): Luhn, except La Poste establishments whose digit sum is a multiple of 5. */
export function siretValid(number: string): boolean {
  if (!luhnValid(number.slice(0, 9))) return false;
  // La Poste's establishments share one SIREN and are numbered past what Luhn allows; its head office keeps Luhn.
  if (number.startsWith('356000000') && number !== '35600000000048') {
    return [...number].reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  }
  return luhnValid(number);
}

// The key characters of new-style French VAT numbers: digits and letters without I and O.
const FR_KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * French VAT number (2-character key + 9 digits). Numeric keys are (12 + 3 × (SIREN mod 97)) mod 97;
 * alphanumeric keys use stdnum's mod-11 formula. Monaco numbers (`FRxx000…`) are not SIRENs, so the
 * Luhn check is skipped for them.
 */
export function frVatValid(number: string): boolean {
  const key = number.slice(0, 2);
  const siren = number.slice(2);
  if (!siren.startsWith('000') && !luhnValid(siren)) return false;
  if (/^\d{2}$/.test(key)) return Number(key) === Number(`${siren}12`) % 97;
  const first = FR_KEY_ALPHABET.indexOf(key.charAt(0));
  const second = FR_KEY_ALPHABET.indexOf(key.charAt(1));
  const check = first < 10 ? first * 24 + second - 10 : first * 34 + second - 100;
  return (Number(siren) + 1 + Math.floor(check / 11)) % 11 === check % 11;
}

/** German VAT (9 digits): ISO 7064 MOD 11,10. */
export function deVatValid(number: string): boolean {
  return mod11_10Valid(number);
}

/**
 * Dutch VAT (9 digits + B + 2 digits): companies use the RSIN's 11-test; sole traders' btw-id
 * (since 2020) is instead valid as ISO 7064 mod 97-10 over `NL` + the number.
 */
export function nlVatValid(number: string): boolean {
  const elevenTest = mod(weightedSum(number, [9, 8, 7, 6, 5, 4, 3, 2, -1]), 11) === 0;
  return elevenTest || mod97(`NL${number}`) === 1;
}

const digitAt = (number: string, index: number): number => Number(number.charAt(index));

/** Bulgarian legal entities (9 digits): weights 1…8, falling back to 3…10 when the first gives 10. */
function bgVatValid(number: string): boolean {
  if (number.length === 10) return bgPersonalValid(number);
  let check = weightedSum(number, [1, 2, 3, 4, 5, 6, 7, 8]) % 11;
  if (check === 10) check = weightedSum(number, [3, 4, 5, 6, 7, 8, 9, 10]) % 11;
  return check % 10 === digitAt(number, 8);
}

// Cyprus: what a digit in an even position (0, 2, 4, 6) is worth towards the check letter.
const CY_EVEN_VALUE = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] as const;

function cyVatValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += i % 2 === 0 ? (CY_EVEN_VALUE[digitAt(number, i)] ?? 0) : digitAt(number, i);
  return String.fromCharCode(65 + (sum % 26)) === number.charAt(8);
}

/** Czech DIČ: a company's 8-digit IČO, a 9-digit "special" number starting with 6, or a birth number. */
function czVatValid(number: string): boolean {
  if (number.length === 8) {
    const check = mod(11 - weightedSum(number, [8, 7, 6, 5, 4, 3, 2]), 11);
    return (check || 1) % 10 === digitAt(number, 7);
  }
  if (number.length === 9 && number.startsWith('6')) {
    const sum = weightedSum(number.slice(1), [8, 7, 6, 5, 4, 3, 2]) % 11;
    return mod(8 - mod(10 - sum, 11), 10) === digitAt(number, 8);
  }
  return czBirthNumberValid(number);
}

/** Greek ΑΦΜ (9 digits): digits read as powers of two, mod 11. */
function elVatValid(number: string): boolean {
  let sum = 0;
  for (const d of number.slice(0, 8)) sum = sum * 2 + Number(d);
  return ((sum * 2) % 11) % 10 === digitAt(number, 8);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dniLetter = (digits: string): string => DNI_LETTERS.charAt(Number(digits) % 23);

/** Spanish NIF: DNI (digits + letter), NIE (X/Y/Z), K/L/M persons, or a company's CIF. */
function esVatValid(number: string): boolean {
  const [first, body, last] = [number.charAt(0), number.slice(1, 8), number.charAt(8)];
  if (/\d/.test(first)) return last === dniLetter(number.slice(0, 8));
  if ('KLM'.includes(first)) return last === dniLetter(body);
  if ('XYZ'.includes(first)) return last === dniLetter(String('XYZ'.indexOf(first)) + body);
  // Sources disagree on which company types take a letter and which a digit, so both are accepted.
  const check = luhnCheckDigit(body);
  return last === String(check) || last === 'JABCDEFGHI'.charAt(check);
}

const IE_ALPHABET = 'WABCDEFGHIJKLMNOPQRSTUV';
const ieCheckLetter = (seven: string, extra: string): string =>
  IE_ALPHABET.charAt((weightedSum(seven, [8, 7, 6, 5, 4, 3, 2]) + 9 * IE_ALPHABET.indexOf(extra)) % 23);

/** Irish VAT: 7 digits + check letter (+ a second letter since 2013), or the old `1X23456A` form. */
function ieVatValid(number: string): boolean {
  if (/^\d{7}/.test(number)) return number.charAt(7) === ieCheckLetter(number.slice(0, 7), number.slice(8));
  return number.charAt(7) === ieCheckLetter(`0${number.slice(2, 7)}${number.charAt(0)}`, '');
}

/** Lithuanian PVM code: weights 1…9 repeating, and 3…9,1,2 … when the first round gives 10. */
function ltVatValid(number: string): boolean {
  const body = number.slice(0, -1);
  const weights = (shift: number): number[] => [...body].map((_, i) => 1 + ((i + shift) % 9));
  let check = weightedSum(body, weights(0)) % 11;
  if (check === 10) check = weightedSum(body, weights(2));
  return (check % 11) % 10 === digitAt(number, number.length - 1);
}

/** Latvian PVN: legal entities (first digit above 3) by mod 11, persons by their personal code. */
function lvVatValid(number: string): boolean {
  if (number.charAt(0) > '3') return weightedSum(number, [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 === 3;
  return lvPersonalCodeValid(number);
}

/** Romanian CUI (2–10 digits) or, for persons, the 13-digit CNP. */
function roVatValid(number: string): boolean {
  if (number.length === 13) return roCnpValid(number);
  const body = number.slice(0, -1).padStart(9, '0');
  return ((10 * weightedSum(body, [7, 5, 3, 2, 1, 7, 5, 3, 2])) % 11) % 10 === digitAt(number, number.length - 1);
}

function siVatValid(number: string): boolean {
  const check = 11 - (weightedSum(number, [8, 7, 6, 5, 4, 3, 2]) % 11);
  // 11 would need two digits: no valid number has it.
  return (check === 10 ? 0 : check) === digitAt(number, 7);
}

/**
 * UK and Northern Ireland VAT: 9 digits (12 for a branch) by a weighted mod 97, where numbers issued
 * since 2010 (first three digits ≥ 100) may also leave 42 or 55; `GD`/`HA` + 3 digits have no check,
 * their 11-character EU forms a mod 97 on digits 7–9.
 */
function gbVatValid(number: string): boolean {
  if (number.length === 5) return true;
  if (number.length === 11) return Number(number.slice(6, 9)) % 97 === Number(number.slice(9));
  const sum = weightedSum(number, [8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
  return Number(number.slice(0, 3)) >= 100 ? [0, 42, 55].includes(sum) : sum === 0;
}

/** The check-digit rule of each VAT prefix (Greece is `EL`, Northern Ireland `XI`). */
export const VAT_CHECKSUMS: Readonly<Record<string, (national: string) => boolean>> = {
  AT: (n) => mod(6 - luhnChecksum(n.slice(1, 8)), 10) === digitAt(n, 8),
  BE: beEnterpriseValid,
  BG: bgVatValid,
  CY: cyVatValid,
  CZ: czVatValid,
  DE: deVatValid,
  DK: (n) => weightedSum(n, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  EE: (n) => weightedSum(n, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0,
  EL: elVatValid,
  ES: esVatValid,
  FI: (n) => weightedSum(n, [7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0,
  FR: frVatValid,
  HR: mod11_10Valid,
  HU: (n) => weightedSum(n, [9, 7, 3, 1, 9, 7, 3, 1]) % 10 === 0,
  IE: ieVatValid,
  IT: luhnValid,
  LT: ltVatValid,
  LU: luVatValid,
  LV: lvVatValid,
  MT: (n) => weightedSum(n, [3, 4, 6, 7, 8, 9, 10, 1]) % 37 === 0,
  NL: nlVatValid,
  PL: (n) => mod(weightedSum(n, [6, 5, 7, 2, 3, 4, 5, 6, 7, -1]), 11) === 0,
  PT: (n) => mod(11 - weightedSum(n, [9, 8, 7, 6, 5, 4, 3, 2]), 11) % 10 === digitAt(n, 8),
  RO: roVatValid,
  SE: (n) => luhnValid(n.slice(0, 10)),
  SI: siVatValid,
  SK: (n) => Number(n) % 11 === 0,
  XI: gbVatValid,
  GB: gbVatValid,
};
