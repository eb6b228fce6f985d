/*
 * Characters that make Excel, LibreOffice or Google Sheets read a CSV field as a formula (OWASP
 * ASVS 5.0 1.2.10, CWE-1236; validation-rules.md §7). The report echoes what users typed, so a
 * name like "=Acme" or an address like "@example.lu" must come back as text.
 */
const FORMULA_START = /^[=+\-@\t\r\u0000]/;
// `;` too: Excel in French, Belgian and Luxembourg locales splits on it when opening a CSV.
const NEEDS_QUOTES = /[",;\r\n]/;

/** Prefixes `'` to a field a spreadsheet would evaluate; everything else is unchanged. */
export function defuseFormula(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

/** One CSV field: formula-safe, then quoted per RFC 4180 when it holds a quote, separator or line break. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = defuseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, without its line end. */
export function csvLine(fields: readonly (string | number)[]): string {
  return fields.map(csvCell).join(',');
}
