import * as XLSX from 'xlsx';
import { COLUMNS } from '#dist/input/columns.js';

/** A LU VAT number: six digits, then their value mod 89 (validation-rules.md §2). */
function luVat(n: number): string {
  const six = String(100000 + (n % 900000));
  return `LU${six}${String(Number(six) % 89).padStart(2, '0')}`;
}

/** A BE enterprise number: 0 + seven digits, then 97 − (the eight digits mod 97). */
function beEnterprise(n: number): string {
  const eight = `0${String(1000000 + (n % 9000000))}`;
  return `${eight}${String(97 - (Number(eight) % 97)).padStart(2, '0')}`;
}

/** A FR SIREN: eight digits and the Luhn check digit. */
function frSiren(n: number): string {
  const eight = String(10000000 + (n % 90000000));
  for (let d = 0; d <= 9; d++) {
    const candidate = `${eight}${d}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let v = Number(candidate[8 - i]);
      if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** A numeric string mod 97, digit by digit (too long for a double). */
function mod97(digits: string): number {
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest;
}

/** The IBAN of `country` and an all-digit BBAN, with its ISO 13616 check digits, in groups of four. */
function iban(country: string, bban: string): string {
  const letters = [...country].map((c) => String(c.charCodeAt(0) - 55)).join('');
  const check = String(98 - mod97(`${bban}${letters}00`)).padStart(2, '0');
  return `${country}${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
}

/** LU: bank 001, then 13 account digits. */
const luIban = (n: number) => iban('LU', `0019400${String(n).padStart(9, '0')}`);

/** BE: bank 539, 7 account digits, then the first ten digits mod 97 (97 for 0). */
function beIban(n: number): string {
  const ten = `539${String(n % 10_000_000).padStart(7, '0')}`;
  return iban('BE', `${ten}${String(mod97(ten) || 97).padStart(2, '0')}`);
}

/** FR: bank, branch, 11 account digits and the RIB key 97 − (89·bank + 15·branch + 3·account) mod 97. */
function frIban(n: number): string {
  const bank = '20041';
  const branch = '01005';
  const account = String(n).padStart(11, '0');
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * mod97(account)) % 97);
  return iban('FR', `${bank}${branch}${account}${String(key).padStart(2, '0')}`);
}

const dotted = (be: string) => `${be.slice(0, 4)}.${be.slice(4, 7)}.${be.slice(7)}`;
/** 123456 → "123.456", as registry extracts print it. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');

// Each country as codes and as names in French, Dutch, German, English and Luxembourgish, so that
// the bench pays for the lazy name index (and for the folded look-up of "Letzebuerg").
const LU_COUNTRY = ['lu', 'Luxembourg', 'Luxemburg', 'Lëtzebuerg', 'LU', 'Letzebuerg'];
const BE_COUNTRY = ['Belgique', 'België', 'BE', 'Belgien', 'Belgium', 'be'];
const FR_COUNTRY = ['France', 'Frankreich', 'FR', 'Frankrijk', 'france', 'Fr'];
const LANGUAGES = ['Français', 'fr', 'FR', 'French', 'Nederlands', 'nl', 'Deutsch', 'de', 'English', 'en', 'fr_BE', 'Anglais'];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/**
 * The cells of a bench sheet: the template's headers and `rows` valid data rows, typed as people
 * type them (names of countries and languages in several languages, spaced IBANs, dotted register
 * numbers), each with unique identifiers. Deterministic: the same `rows` gives the same cells.
 */
function benchCells(rows: number): string[][] {
  const data: string[][] = [COLUMNS.map((c) => c.label.en)];
  for (let i = 0; i < rows; i++) {
    const ref = `REF-${String(i).padStart(6, '0')}`;
    const k = Math.floor(i / 3);
    switch (i % 3) {
      case 0:
        data.push([`Boulangerie Schmit ${i} S.à r.l.`, `${1 + (k % 120)} rue de la Gare`, 'L-1611', 'Luxembourg', pick(LU_COUNTRY, k),
          `R.C.S. Luxembourg B ${thousands(100000 + i)}`, luVat(i), luIban(i), 'BCEELULL', pick(LANGUAGES, k), `Anne Schmit ${k}`,
          pick(LANGUAGES, k + 1), `anne.${k}@schmit.example`, 'compta@fiduciaire.example; paie@fiduciaire.example', ref]);
        break;
      case 1: {
        const be = beEnterprise(i);
        data.push([`Brasserie du Parc ${i} SRL`, `Avenue Louise ${1 + (k % 300)}`, '1050', 'Ixelles', pick(BE_COUNTRY, k), dotted(be),
          `BE ${be}`, beIban(i), 'BBRUBEBB', pick(LANGUAGES, k + 4), `Luc Peeters ${k}`, pick(LANGUAGES, k + 5),
          `luc.${k}@brasserie.example`, '', ref]);
        break;
      }
      default: {
        const siren = frSiren(i);
        const key = String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
        data.push([`Atelier Dupont ${i} SAS`, `${1 + (k % 80)} rue des Lilas`, '75011', 'Paris', pick(FR_COUNTRY, k), siren,
          `FR${key}${siren}`, frIban(i), '', pick(LANGUAGES, k + 8), `Marie Dupont ${k}`, pick(LANGUAGES, k + 9),
          `marie.${k}@dupont.example`, '', ref]);
      }
    }
  }
  return data;
}

/**
 * Builds an .xlsx of `rows` valid data rows (benchCells), saved as Excel saves it (shared strings,
 * deflated), so that 100 000 rows stay within the CLI's input size limit.
 */
export function buildBenchWorkbook(rows: number): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(benchCells(rows)), 'Clients');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Uint8Array;
}

/** The separator of the bench CSV, as Excel's "CSV UTF-8" writes it in a French or Belgian locale. */
export const BENCH_CSV_DELIMITER = ';';

/**
 * The same cells as a CSV saved by Excel as "CSV UTF-8" in a French locale: a BOM, `;` between
 * fields, CRLF line ends, quotes around fields that hold a `;` (the assignee lists).
 */
export function buildBenchCsv(rows: number): Uint8Array {
  const quoted = (field: string) => (/[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  const lines = benchCells(rows).map((cells) => cells.map(quoted).join(BENCH_CSV_DELIMITER));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
