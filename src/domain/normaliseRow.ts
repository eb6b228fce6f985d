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
  BanqupLanguage,
  ClientDraft,
  ColumnKey,
  Finding,
  Normalised,
  RawRow,
  RowChange,
  Issue,
  Row,
} from './types.js';
import { mapSpan } from './valueSpan.js';
import { normaliseVat } from './vat.js';

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
  const issues: Issue[] = [];
  const changes: RowChange[] = [];

  const where = (key: ColumnKey) => ({
    column: places[key]?.letter ?? info[key].letter,
    header: places[key]?.header ?? info[key].label,
    key,
    field: info[key].field,
  });
  const report = (key: ColumnKey, findings: readonly Finding[]) => {
    const value = raw.cells[key]?.typed ?? '';
    for (const f of findings) {
      const issue: Issue = { row: raw.row, ...where(key), severity: f.severity, code: f.code, messageCode: f.code, params: f.params ?? {}, value, origin: 'sheet' };
      // The normaliser saw the cleaned text; the span is wanted in the value as typed.
      const span = f.span && mapSpan(value, raw.cells[key]?.text ?? '', f.span);
      issues.push(span ? { ...issue, span } : issue);
    }
  };
  const hasReadError = (key: ColumnKey) => (raw.cells[key]?.findings ?? []).some((f) => f.severity === 'error');
  const text = (key: ColumnKey) => raw.cells[key]?.text ?? '';

  /** Runs a normaliser on a cell, records its findings and the change it made, returns the value. */
  function take<T>(
    key: ColumnKey,
    normalise: (input: string) => Normalised<T>,
    show: (v: T) => string = String,
    canonicalInput: (input: string) => string = (s) => s,
  ): T | null {
    // The hot path of a check (15 cells a row): one look-up of the cell, and findings only when any.
    const cell = raw.cells[key];
    if (cell !== undefined && cell.findings.length > 0) {
      report(key, cell.findings);
      if (hasReadError(key)) return null;
    }
    const input = cell?.text ?? '';
    if (input === '') {
      if (info[key].required) report(key, [{ code: 'value.required', severity: 'error', params: { header: where(key).header } }]);
      return null;
    }
    const result = normalise(input);
    if (result.findings.length > 0) report(key, result.findings);
    if (result.value !== null) {
      const shown = show(result.value);
      if (shown !== canonicalInput(input)) {
        // Spelled out: a spread inside a literal is a generic property copy, and most rows have 5–8 changes.
        const at = where(key);
        changes.push({ row: raw.row, column: at.column, header: at.header, key, field: at.field, from: cell?.typed ?? input, to: shown });
      }
    }
    return result.value;
  }

  const legalName = take('legalName', (s) => normaliseFreeText(s));
  const street = take('street', (s) => normaliseFreeText(s));
  const city = take('city', (s) => normaliseFreeText(s));
  const country = take('country', resolveCountry);
  const postalCode = take('postalCode', (s) => normalisePostalCode(s, country));
  const companyNumber = take('companyNumber', (s) => normaliseCompanyNumber(s, country));
  const vatNumber = take('vatNumber', (s) => normaliseVat(s, country));
  const iban = take('iban', normaliseIban);
  const bic = take('bic', (s) => normaliseBic(s, iban === null ? null : ibanCountry(iban)));
  const language = take<BanqupLanguage>('language', resolveLanguage);
  const contactName = take('contactName', (s) => normaliseFreeText(s));
  const contactLanguage = take<BanqupLanguage>('contactLanguage', resolveLanguage);
  const contactEmail = take('contactEmail', normaliseEmail);
  // A list typed with other separators is not a change worth reporting; a dropped or rewritten address is.
  const assigneeEmails = take<string[]>(
    'assigneeEmails',
    normaliseAssignees,
    (list) => list.join('; '),
    (input) => input.split(/[;,\s]+/).filter(Boolean).join('; '),
  );
  const externalReference = take('externalReference', normaliseExternalReference);
  // "oui" and "banqup-files" are read, not rewritten: no change worth a line.
  const same = (): string => '';
  const share = take<boolean>('shareDocuments', normaliseYesNo, same, same);
  const channel = take('deliveryChannel', normaliseDeliveryChannel, same, same);
  const sharingEmail = take('sharingEmail', normaliseEmail);
  const sharing = resolveSharing(
    {
      share,
      channel,
      email: sharingEmail,
      shareTyped: text('shareDocuments') !== '',
      channelTyped: text('deliveryChannel') !== '',
      emailTyped: text('sharingEmail') !== '',
    },
    sharingDefaults,
  );
  for (const f of sharing.findings) report(f.column, [f]);

  const crossField = checkIdentifiers({
    country,
    companyNumber,
    vatNumber,
    companyNumberTyped: text('companyNumber') !== '',
    vatTyped: text('vatNumber') !== '',
  });
  for (const f of crossField) report(f.column, [f]);

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
    changes: reported.length === 0 ? NONE : reported,
  };
}

/** The changes of the cells that have no error: "normalised, nothing to do" must hold for them. */
export function withoutChangesInError(changes: readonly RowChange[], issues: readonly Issue[]): RowChange[] {
  const inError = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.key));
  return changes.filter((c) => !inError.has(c.key));
}
