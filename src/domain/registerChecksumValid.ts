import { VAT_CHECKSUMS } from './vatChecksums.js';

interface SharedNumber {
  /** The register number's own shape, separators removed; other shapes are left unchecked. */
  readonly pattern: RegExp;
  /** The VAT prefix whose national part is this same number. */
  readonly vatPrefix: string;
}

/**
 * Countries whose company register number is the very number inside the VAT number, so the VAT
 * check digits apply to it (python-stdnum: `bg/vat` EIK, `cz/dic` IČO, `dk/cvr`, `es/nif`,
 * `fi/ytunnus`, `hr/oib`, `it/iva` codice fiscale, `lv/pvn`, `pt/nif` NIPC, `ro/cui`, `se/orgnr`).
 * Only the identifier's exact shape is checked: firms also type other registers in column F
 * (Italian REA, Romanian `J40/…`, a Greek ΓΕΜΗ), and those have no check digit to test.
 */
const SHARED_WITH_VAT: Readonly<Record<string, SharedNumber>> = {
  BG: { pattern: /^\d{9}$/, vatPrefix: 'BG' },
  CZ: { pattern: /^\d{8}$/, vatPrefix: 'CZ' },
  DK: { pattern: /^[1-9]\d{7}$/, vatPrefix: 'DK' },
  ES: { pattern: /^([0-9KLMXYZ]\d{7}[A-Z]|[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J])$/, vatPrefix: 'ES' },
  FI: { pattern: /^\d{8}$/, vatPrefix: 'FI' },
  HR: { pattern: /^\d{11}$/, vatPrefix: 'HR' },
  IT: { pattern: /^\d{11}$/, vatPrefix: 'IT' },
  LV: { pattern: /^\d{11}$/, vatPrefix: 'LV' },
  PT: { pattern: /^[1-9]\d{8}$/, vatPrefix: 'PT' },
  RO: { pattern: /^[1-9]\d{1,9}$/, vatPrefix: 'RO' },
  SE: { pattern: /^\d{10}$/, vatPrefix: 'SE' },
};

/**
 * Column F outside LU, BE, FR and NL: true or false when the country's register number shares the
 * VAT number's check digits and `compact` has its shape; null when there is nothing to check.
 */
export function registerChecksumValid(compact: string, country: string): boolean | null {
  const rule = SHARED_WITH_VAT[country];
  if (rule === undefined) return null;
  // "FI 0982651-1", "DK-13585628": the VAT prefix and the usual dashes are not part of the number.
  let bare = compact.replace(/[-/]/g, '');
  if (bare.startsWith(rule.vatPrefix) && rule.pattern.test(bare.slice(2))) bare = bare.slice(2);
  if (!rule.pattern.test(bare) || /^0+$/.test(bare)) return null;
  return VAT_CHECKSUMS[rule.vatPrefix]?.(bare) ?? null;
}
