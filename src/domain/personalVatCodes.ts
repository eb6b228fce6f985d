import { isCalendarDate, mod, weightedSum } from './checkDigits.js';

/**
 * Personal identification numbers that some member states use as the VAT number of a sole trader
 * (BG, CZ, LV, RO). They embed a birth date, so a valid check digit is not enough: the date must
 * exist too. Algorithms as in python-stdnum `bg/egn.py`, `bg/pnf.py`, `bg/vat.py`, `cz/rc.py`,
 * `lv/pvn.py`, `ro/cnp.py`; each function takes the compact number, shape already checked.
 */

/** Bulgarian 10-digit VAT number: a citizen's EGN, a foreigner's PNF, or the "others" mod-11 rule. */
export function bgPersonalValid(number: string): boolean {
  const last = Number(number[9]);
  const yy = Number(number.slice(0, 2));
  let month = Number(number.slice(2, 4));
  // The month carries the century: +40 for 2000–2099, +20 for 1800–1899.
  let year = 1900 + yy;
  if (month > 40) [year, month] = [year + 100, month - 40];
  else if (month > 20) [year, month] = [year - 100, month - 20];
  const egn = isCalendarDate(year, month, Number(number.slice(4, 6))) && (weightedSum(number, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === last;
  const pnf = weightedSum(number, [21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10 === last;
  const other = mod(11 - weightedSum(number, [4, 3, 2, 7, 6, 5, 4, 3, 2]), 11) === last;
  return egn || pnf || other;
}

/** Czech birth number (rodné číslo), 9 digits before 1954, 10 with a mod-11 check digit since. */
export function czBirthNumberValid(number: string): boolean {
  let year = 1900 + Number(number.slice(0, 2));
  // Women have 50 added to the month, and 20 is added when a day's serials run out (since 2004).
  const month = (Number(number.slice(2, 4)) % 50) % 20;
  if (number.length === 9) {
    if (year >= 1980) year -= 100;
    if (year > 1953) return false;
  } else if (year < 1954) {
    year += 100;
  }
  if (!isCalendarDate(year, month, Number(number.slice(4, 6)))) return false;
  return number.length === 9 || (Number(number.slice(0, 9)) % 11) % 10 === Number(number[9]);
}

/** Latvian personal code: ddmmyy + century digit + serial + check, or `32…` without a birth date (2017+). */
export function lvPersonalCodeValid(number: string): boolean {
  if (!number.startsWith('32')) {
    const year = 1800 + 100 * Number(number[6]) + Number(number.slice(4, 6));
    if (!isCalendarDate(year, Number(number.slice(2, 4)), Number(number.slice(0, 2)))) return false;
  }
  return ((1 + weightedSum(number, [10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11) % 10 === Number(number[10]);
}

// County codes of the Romanian CNP (digits 8–9): counties 01–39, 51–52, Bucharest 40–48 (47–48 are
// abolished sectors, still in old numbers), and 70, 80–83, whose meaning python-stdnum lists as unknown.
const RO_COUNTY = /^(0[1-9]|[1-3]\d|4[0-8]|5[12]|70|8[0-3])$/;
const RO_CENTURY: Readonly<Record<string, number>> = { 1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000 };

/** Romanian personal numeric code (CNP, 13 digits): sex/century digit, birth date, county, check. */
export function roCnpValid(number: string): boolean {
  const year = Number(number.slice(1, 3)) + (RO_CENTURY[number.charAt(0)] ?? 1900);
  if (!isCalendarDate(year, Number(number.slice(3, 5)), Number(number.slice(5, 7)))) return false;
  if (!RO_COUNTY.test(number.slice(7, 9))) return false;
  const check = weightedSum(number, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (check === 10 ? 1 : check) === Number(number[12]);
}
