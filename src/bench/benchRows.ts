import * as XLSX from 'xlsx';
import { COLUMNS } from '../input/columns.js';

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

const dotted = (be: string) => `${be.slice(0, 4)}.${be.slice(4, 7)}.${be.slice(7)}`;

/**
 * Builds an .xlsx of `rows` valid data rows, typed as people type them (names of countries in
 * several languages, spaced IBANs, dotted register numbers), each with unique identifiers.
 */
export function buildBenchWorkbook(rows: number): Uint8Array {
  const data: string[][] = [COLUMNS.map((c) => c.label.en)];
  for (let i = 0; i < rows; i++) {
    const ref = `REF-${String(i).padStart(6, '0')}`;
    switch (i % 3) {
      case 0:
        data.push([`Boulangerie Schmit ${i} S.à r.l.`, '12 rue de la Gare', 'L-1611', 'Luxembourg', i % 2 ? 'Luxembourg' : 'lu',
          `R.C.S. Luxembourg B ${100000 + i}`, luVat(i), 'LU28 0019 4006 4475 0000', 'BCEELULL', 'Français', 'Anne Schmit', 'fr',
          'anne@schmit.example', 'compta@fiduciaire.example; paie@fiduciaire.example', ref]);
        break;
      case 1: {
        const be = beEnterprise(i);
        data.push([`Brasserie du Parc ${i} SRL`, 'Avenue Louise 54', '1050', 'Ixelles', i % 2 ? 'België' : 'Belgique', dotted(be),
          `BE ${be}`, 'BE68 5390 0754 7034', 'BBRUBEBB', 'Nederlands', 'Luc Peeters', 'nl', 'luc@brasserie.example', '', ref]);
        break;
      }
      default: {
        const siren = frSiren(i);
        const key = String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
        data.push([`Atelier Dupont ${i} SAS`, '8 rue des Lilas', '75011', 'Paris', 'France', siren, `FR${key}${siren}`,
          'FR14 2004 1010 0505 0001 3M02 606', '', 'FR', 'Marie Dupont', 'Français', 'marie@dupont.example', '', ref]);
      }
    }
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), 'Clients');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}
