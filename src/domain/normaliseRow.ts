import { normaliseBic } from './bic.js';
import { normaliseCompanyNumber } from './companyNumber.js';
import { resolveCountry } from './country.js';
import { checkIdentifiers } from './crossFieldRules.js';
import { normaliseDeliveryChannel, normaliseYesNo, resolveSharing, type SharingDefaults } from './documentSharing.js';
import { normaliseAssignees, normaliseEmail } from './email.js';
import { ibanCountry, normaliseIban } from './iban.js';
import { resolveLanguage } from './language.js';
import { normaliseExternalReference, normaliseFreeText } from './normaliseText.js';
import { normalisePostalCode } from './postalCode.js';
import type {
  ClientDraft,
  ColumnKey,
  Finding,
  Normalised,
  RawRow,
  RowChange,
  Issue,
  Row,
} from './types.js';
import { memoiseByText, memoisePerArgument } from './memoiseByText.js';
import { mapSpan } from './valueSpan.js';
import { normaliseVat } from './vat.js';
import { findingsOf, textOf, typedOf } from './sheetCell.js';

const NONE: readonly never[] = Object.freeze([]);

/** Where each column stands in the user's sheet: its letter and header as typed. */
export type ColumnPlaces = Readonly<Partial<Record<ColumnKey, { readonly letter: string; readonly header: string }>>>;

/** The API field (dotted) and template header of each column; kept here so the domain needs no reader. */
export interface ColumnInfo {
  readonly field: string;
  readonly label: string;
  readonly letter: string;
  readonly required: boolean;
}

// Every row names its country and two languages, nearly always among a few spellings; most rows
// name the same few assignees (the firm's staff) and banks.
const countryOf = memoiseByText(resolveCountry);
const languageOf = memoiseByText(resolveLanguage);
const assigneesOf = memoiseByText<Normalised<readonly string[]>>(normaliseAssignees);
const bicOf = memoisePerArgument(normaliseBic);

const asText = (value: unknown): string => String(value);
const asTyped = (input: string): string => input;
/** "oui" and "banqup-files" are read, not rewritten: no change worth a line. */
const unchanged = (): string => '';
/** A list typed with other separators is not a change worth reporting; a dropped or rewritten address is. */
const assigneeList = (list: readonly string[]): string => list.join('; ');
const typedAssigneeList = memoiseByText((input: string): string => input.split(/[;,\s]+/).filter(Boolean).join('; '));

/** Where a column's problems and changes are said to be, and the API field it fills. */
interface Place {
  readonly column: string;
  readonly header: string;
  readonly field: string;
  readonly required: boolean;
}

type Places = ReadonlyMap<ColumnKey, Place>;

// Worked out once per sheet, not for each of its 500 000 changes (five look-ups each).
const placesOfSheet = new WeakMap<ColumnPlaces, { readonly info: object; readonly places: Places }>();

function placesFor(places: ColumnPlaces, info: Readonly<Record<ColumnKey, ColumnInfo>>): Places {
  const known = placesOfSheet.get(places);
  if (known?.info === info) return known.places;
  const byKey = new Map<ColumnKey, Place>();
  for (const key of Object.keys(info) as ColumnKey[]) {
    const at = places[key];
    byKey.set(key, { column: at?.letter ?? info[key].letter, header: at?.header ?? info[key].label, field: info[key].field, required: info[key].required });
  }
  placesOfSheet.set(places, { info, places: byKey });
  return byKey;
}

/**
 * One row on its way through the normalisers: a class rather than closures, which were about
 * twenty a row (one per column and helper), allocated for each of 100 000 rows.
 */
class RowNormaliser {
  readonly issues: Issue[] = [];
  readonly changes: RowChange[] = [];

  constructor(
    private readonly raw: RawRow,
    private readonly places: Places,
  ) {}

  private place(key: ColumnKey): Place {
    const place = this.places.get(key);
    if (place === undefined) throw new Error(`no column info for ${key}`);
    return place;
  }

  report(key: ColumnKey, findings: readonly Finding[]): void {
    const cell = this.raw.cells[key];
    const value = typedOf(cell);
    for (const f of findings) {
      const at = this.place(key);
      const issue: Issue = {
        row: this.raw.row, column: at.column, header: at.header, key, field: at.field,
        severity: f.severity, code: f.code, messageCode: f.code, params: f.params ?? {}, value, origin: 'sheet',
      };
      // The normaliser saw the cleaned text; the span is wanted in the value as typed.
      const span = f.span && mapSpan(value, textOf(cell), f.span);
      this.issues.push(span ? { ...issue, span } : issue);
    }
  }

  text(key: ColumnKey): string {
    return textOf(this.raw.cells[key]);
  }

  /**
   * Runs a normaliser on a cell (with `arg`, e.g. the row's country), records its findings and the
   * change it made, returns the value.
   */
  take<T, A>(
    key: ColumnKey,
    normalise: (input: string, arg: A) => Normalised<T>,
    arg: A,
    show: (v: T) => string = asText,
    canonicalInput: (input: string) => string = asTyped,
  ): T | null {
    // The hot path of a check (15 cells a row): one look-up of the cell, and findings only when any.
    const cell = this.raw.cells[key];
    const read = findingsOf(cell);
    if (read.length > 0) {
      this.report(key, read);
      if (read.some((f) => f.severity === 'error')) return null;
    }
    const input = textOf(cell);
    if (input === '') {
      const at = this.place(key);
      if (at.required) this.report(key, [{ code: 'value.required', severity: 'error', params: { header: at.header } }]);
      return null;
    }
    const result = normalise(input, arg);
    if (result.findings.length > 0) this.report(key, result.findings);
    if (result.value !== null) {
      const shown = show(result.value);
      if (shown !== canonicalInput(input)) {
        const at = this.place(key);
        this.changes.push({
          row: this.raw.row, column: at.column, header: at.header, key, field: at.field,
          from: cell === undefined ? input : typedOf(cell), to: shown,
        });
      }
    }
    return result.value;
  }
}

/**
 * Normalises and validates one row: every cell through its normaliser, then the cross-field
 * rules. Pure; cross-row checks (duplicates) come after, in checkRows.
 */
export function normaliseRow(
  raw: RawRow,
  places: ColumnPlaces,
  info: Readonly<Record<ColumnKey, ColumnInfo>>,
  sharingDefaults: SharingDefaults = {},
): Row {
  const cells = new RowNormaliser(raw, placesFor(places, info));
  const { issues, changes } = cells;

  const legalName = cells.take('legalName', normaliseFreeText, undefined);
  const street = cells.take('street', normaliseFreeText, undefined);
  const city = cells.take('city', normaliseFreeText, undefined);
  const country = cells.take('country', countryOf, undefined);
  const postalCode = cells.take('postalCode', normalisePostalCode, country);
  const companyNumber = cells.take('companyNumber', normaliseCompanyNumber, country);
  const vatNumber = cells.take('vatNumber', normaliseVat, country);
  const iban = cells.take('iban', normaliseIban, undefined);
  const bic = cells.take('bic', bicOf, iban === null ? null : ibanCountry(iban));
  const language = cells.take('language', languageOf, undefined);
  const contactName = cells.take('contactName', normaliseFreeText, undefined);
  const contactLanguage = cells.take('contactLanguage', languageOf, undefined);
  const contactEmail = cells.take('contactEmail', normaliseEmail, undefined);
  const assigneeEmails = cells.take('assigneeEmails', assigneesOf, undefined, assigneeList, typedAssigneeList);
  const externalReference = cells.take('externalReference', normaliseExternalReference, undefined);
  const share = cells.take('shareDocuments', normaliseYesNo, undefined, unchanged, unchanged);
  const channel = cells.take('deliveryChannel', normaliseDeliveryChannel, undefined, unchanged, unchanged);
  const sharingEmail = cells.take('sharingEmail', normaliseEmail, undefined);
  const sharing = resolveSharing(
    {
      share,
      channel,
      email: sharingEmail,
      shareTyped: cells.text('shareDocuments') !== '',
      channelTyped: cells.text('deliveryChannel') !== '',
      emailTyped: cells.text('sharingEmail') !== '',
    },
    sharingDefaults,
  );
  for (const f of sharing.findings) cells.report(f.column, [f]);

  const crossField = checkIdentifiers({
    country,
    companyNumber,
    vatNumber,
    companyNumberTyped: cells.text('companyNumber') !== '',
    vatTyped: cells.text('vatNumber') !== '',
  });
  for (const f of crossField) cells.report(f.column, [f]);

  const hasError = issues.some((i) => i.severity === 'error');
  // A cell in error is not "normalised, nothing to do", even when its normaliser kept a value
  // (assignees keep their valid addresses; a BE VAT that is not the company's is well formed).
  const reported = hasError ? withoutChangesInError(changes, issues) : changes;
  const client: ClientDraft | null =
    legalName !== null && street !== null && postalCode !== null && city !== null && country !== null &&
    iban !== null && language !== null && contactName !== null && contactEmail !== null && contactLanguage !== null
      ? {
          legalName,
          address: { street, postalCode, city, country },
          companyNumber,
          vatNumber,
          iban,
          bic,
          language,
          contact: { name: contactName, email: contactEmail, language: contactLanguage },
          assigneeEmails: assigneeEmails ?? [],
          externalReference,
          documentSharing: sharing.value,
        }
      : null;

  // Most rows have no problem: one shared empty list instead of one per row.
  return {
    row: raw.row,
    status: hasError ? 'invalid' : 'valid',
    cells: raw.cells,
    client,
    issues: issues.length === 0 ? NONE : issues,
    // A list that grew by push has room for 17; the copy keeps just its 5–8 changes (13 MB at 100 000 rows).
    changes: reported.length === 0 ? NONE : reported.slice(),
  };
}

/** The changes of the cells that have no error: "normalised, nothing to do" must hold for them. */
export function withoutChangesInError(changes: readonly RowChange[], issues: readonly Issue[]): RowChange[] {
  const inError = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.key));
  return changes.filter((c) => !inError.has(c.key));
}
