import { InputError } from '../errors.js';
import type { SharingDefaults } from './documentSharing.js';
import { normaliseRow, withoutChangesInError, type ColumnInfo, type ColumnPlaces } from './normaliseRow.js';
import type { ColumnKey, Issue, RawRow, Row } from './types.js';
import { typedOf } from './sheetCell.js';
import { flagRepeats } from './flagRepeats.js';

/**
 * Most problems one check keeps. A million-row sheet of stray characters gave 11 "required" errors
 * a row, gigabytes of them, and a table no one could read; a real list with that many is the wrong
 * sheet or shifted columns, so the check stops there (exit 2) and says so.
 */
export const MAX_ISSUES = 1_000_000;

/**
 * Checks every row, then the rules across rows: the same VAT number, register number (per
 * country) or external reference twice is an error on the later row, naming the earlier one.
 */
export function checkRows(
  rows: readonly RawRow[],
  places: ColumnPlaces,
  info: Readonly<Record<ColumnKey, ColumnInfo>>,
  sharingDefaults: SharingDefaults = {},
  maxIssues: number = MAX_ISSUES,
): Row[] {
  let issues = 0;
  const checked = rows.map((raw) => {
    const row = normaliseRow(raw, places, info, sharingDefaults);
    issues += row.issues.length;
    if (issues > maxIssues) throw new InputError('input.too_many_problems', { row: raw.row, max: maxIssues.toLocaleString('en-US') });
    return row;
  });
  const repeats = repeatedValues(checked);
  if (repeats === undefined) return checked;
  // One map per kind, keyed by the value itself: no key string to build for each of 100 000 rows
  // (register numbers are unique per country: one map per country). Only repeated values need one.
  const vats = new Map<string, number>();
  const companies = new Map<string, Map<string, number>>();
  const refs = new Map<string, number>();
  return checked.map((row, index) => {
    const raw = rows[index];
    const client = row.client;
    if (!client || !raw) return row;
    let extra: Issue[] | undefined;
    const claim = (seen: Map<string, number>, value: string | null, repeated: Uint8Array | undefined, key: ColumnKey, code: string) => {
      if (value === null || repeated?.[index] !== 1) return;
      const earlier = seen.get(value);
      if (earlier === undefined) {
        seen.set(value, row.row);
        return;
      }
      (extra ??= []).push({
        row: row.row,
        column: places[key]?.letter ?? info[key].letter,
        header: places[key]?.header ?? info[key].label,
        key,
        field: info[key].field,
        severity: 'error',
        code,
        messageCode: code,
        params: { row: earlier },
        value: raw.cells[key] === undefined ? value : typedOf(raw.cells[key]),
        origin: 'sheet',
      });
    };
    claim(vats, client.vatNumber, repeats.vats, 'vatNumber', 'duplicate.vat');
    if (client.companyNumber) {
      const country = client.address.country;
      let inCountry = companies.get(country);
      if (inCountry === undefined) companies.set(country, (inCountry = new Map<string, number>()));
      claim(inCountry, client.companyNumber, repeats.companies, 'companyNumber', 'duplicate.company_number');
    }
    claim(refs, client.externalReference, repeats.refs, 'externalReference', 'duplicate.external_reference');
    if (extra === undefined) return row;
    return { ...row, status: 'invalid', issues: [...row.issues, ...extra], changes: withoutChangesInError(row.changes, extra) };
  });
}

/** The rows (by index) whose VAT number, register number (in its country) or external reference another row has too. */
interface Repeats {
  readonly vats: Uint8Array | undefined;
  readonly companies: Uint8Array | undefined;
  readonly refs: Uint8Array | undefined;
}

/**
 * Which rows share a VAT number, register number (per country) or external reference with
 * another, or undefined when none does, as in nearly every sheet: then there is no second pass.
 */
function repeatedValues(rows: readonly Row[]): Repeats | undefined {
  const count = rows.length;
  const vats = new Array<string | null>(count).fill(null);
  const companies = new Array<string | null>(count).fill(null);
  const countries = new Array<string>(count).fill('');
  const refs = new Array<string | null>(count).fill(null);
  for (let i = 0; i < count; i++) {
    const client = rows[i]?.client;
    if (!client) continue;
    vats[i] = client.vatNumber;
    companies[i] = client.companyNumber || null;
    countries[i] = client.address.country;
    refs[i] = client.externalReference;
  }
  const repeats = { vats: flagRepeats(vats), companies: flagRepeats(companies, countries), refs: flagRepeats(refs) };
  return repeats.vats === undefined && repeats.companies === undefined && repeats.refs === undefined ? undefined : repeats;
}
