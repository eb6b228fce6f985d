/**
 * Check-digit primitives shared by the VAT and register-number rules. Every function takes a
 * string of digits whose shape the caller has already checked.
 */

/** Remainder that is never negative, as Python's `%` (the reference implementations rely on it). */
export function mod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

/** Σ weight × digit over the first `weights.length` digits. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * Number(digits[i]);
  return sum;
}

/** The Luhn (mod 10) checksum: 0 for a valid number. */
export function luhnChecksum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10;
}

/** Luhn (mod 10) over a string of digits: French SIREN and SIRET, Italian and Swedish numbers. */
export function luhnValid(digits: string): boolean {
  return luhnChecksum(digits) === 0;
}

/** The Luhn check digit to append to `digits`. */
export function luhnCheckDigit(digits: string): number {
  return mod(10 - luhnChecksum(`${digits}0`), 10);
}

/** Remainder mod 97 of a long alphanumeric string, letters counting A=10 … Z=35 (ISO 7064). */
export function mod97(value: string): number {
  let rest = 0;
  for (const ch of value) {
    const code = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of code) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

/** ISO 7064 MOD 11,10 over all digits, check digit included: German VAT, Croatian OIB. */
export function mod11_10Valid(digits: string): boolean {
  let check = 5;
  for (const d of digits) check = ((((check || 10) * 2) % 11) + Number(d)) % 10;
  return check === 1;
}

/** True when year-month-day is a real calendar date (personal codes embed a birth date). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
