/**
 * Check-digit algorithms for company and VAT numbers, after python-stdnum (`stdnum/lu/tva.py`,
 * `be/vat.py`, `fr/siren.py`, `fr/siret.py`, `fr/tva.py`, `de/vat.py`, `nl/btw.py`). Every function
 * takes the compact national part (no country prefix) and assumes its shape was checked already.
 */

/** Luhn (mod 10) over a string of digits: French SIREN and SIRET. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Remainder mod 97 of a long alphanumeric string, letters counting A=10 … Z=35 (ISO 7064). */
function mod97(value: string): number {
  let rest = 0;
  for (const ch of value) {
    const code = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of code) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

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
  let check = 5;
  for (const d of number) check = ((((check || 10) * 2) % 11) + Number(d)) % 10;
  return check === 1;
}

/**
 * Dutch VAT (9 digits + B + 2 digits): companies use the RSIN's 11-test; sole traders' btw-id
 * (since 2020) is instead valid as ISO 7064 mod 97-10 over `NL` + the number.
 */
export function nlVatValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(number[i]);
  const elevenTest = (((sum - Number(number[8])) % 11) + 11) % 11 === 0;
  return elevenTest || mod97(`NL${number}`) === 1;
}
