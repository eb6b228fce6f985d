import { InputError } from '../errors.js';
import type { SharingDefaults } from './documentSharing.js';
import { normaliseRow, withoutChangesInError, type ColumnInfo, type ColumnPlaces } from './normaliseRow.js';
import type { ColumnKey, Issue, RawRow, Row } from './types.js';
import { typedOf } from './sheetCell.js';

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
    const claim = (seen: Map<string, number>, value: string | null, key: ColumnKey, code: string) => {
      if (value === null || !repeats.has(key, value, client.address.country)) return;
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
    claim(vats, client.vatNumber, 'vatNumber', 'duplicate.vat');
    if (client.companyNumber) {
      const country = client.address.country;
      let inCountry = companies.get(country);
      if (inCountry === undefined) companies.set(country, (inCountry = new Map<string, number>()));
      claim(inCountry, client.companyNumber, 'companyNumber', 'duplicate.company_number');
    }
    claim(refs, client.externalReference, 'externalReference', 'duplicate.external_reference');
    if (extra === undefined) return row;
    return { ...row, status: 'invalid', issues: [...row.issues, ...extra], changes: withoutChangesInError(row.changes, extra) };
  });
}

/** The values that occur on more than one row, per kind; `has` answers for one row's value. */
interface Repeats {
  has(key: ColumnKey, value: string, country: string): boolean;
}

/**
 * Which VAT numbers, register numbers (per country) and external references occur twice at all,
 * or undefined when none does, as in nearly every sheet: a Set's add is one hash operation where a
 * Map's get and set were two, and a sheet without repeats needs no second pass.
 */
function repeatedValues(rows: readonly Row[]): Repeats | undefined {
  const seen = { vats: new Set<string>(), refs: new Set<string>(), companies: new Map<string, Set<string>>() };
  const twice = { vats: new Set<string>(), refs: new Set<string>(), companies: new Map<string, Set<string>>() };
  const note = (all: Set<string>, again: Set<string>, value: string | null) => {
    if (value === null) return;
    const before = all.size;
    if (all.add(value).size === before) again.add(value);
  };
  for (const { client } of rows) {
    if (!client) continue;
    note(seen.vats, twice.vats, client.vatNumber);
    if (client.companyNumber) {
      const country = client.address.country;
      let all = seen.companies.get(country);
      if (all === undefined) seen.companies.set(country, (all = new Set<string>()));
      let again = twice.companies.get(country);
      if (again === undefined) twice.companies.set(country, (again = new Set<string>()));
      note(all, again, client.companyNumber);
    }
    note(seen.refs, twice.refs, client.externalReference);
  }
  const none = twice.vats.size === 0 && twice.refs.size === 0 && [...twice.companies.values()].every((s) => s.size === 0);
  if (none) return undefined;
  return {
    has(key, value, country) {
      if (key === 'vatNumber') return twice.vats.has(value);
      if (key === 'externalReference') return twice.refs.has(value);
      return twice.companies.get(country)?.has(value) ?? false;
    },
  };
}
