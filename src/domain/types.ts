/** Shared record types of the offline pipeline: read → normalise → validate → report. */

export type Severity = 'error' | 'warning';
/** The languages of the tool's messages, listed once: every catalogue has each, tests check each. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageParams = Readonly<Record<string, string | number>>;

/** The keys of the template's columns, in template order (A … O). */
export const COLUMN_KEYS = [
  'legalName',
  'street',
  'postalCode',
  'city',
  'country',
  'companyNumber',
  'vatNumber',
  'iban',
  'bic',
  'language',
  'contactName',
  'contactLanguage',
  'contactEmail',
  'assigneeEmails',
  'externalReference',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** One problem found by a normaliser, before it is tied to a row and a cell. */
export interface Finding {
  /** Stable code, e.g. `vat.checksum`; tests and JSON consumers rely on it. */
  readonly code: string;
  readonly severity: Severity;
  /** Values the message template interpolates (never secrets). */
  readonly params?: MessageParams;
}

/** A finding that names the column it belongs to (cross-field rules). */
export interface ColumnFinding extends Finding {
  readonly column: ColumnKey;
}

/** What every normaliser returns: the normalised value (null when unusable or empty) and its findings. */
export interface Normalised<T> {
  readonly value: T | null;
  readonly findings: readonly Finding[];
}

/** A cell as the reader hands it over. */
export interface RawCell {
  /** What the user sees in the cell (Excel's displayed text), for messages. */
  readonly typed: string;
  /** Cleaned text: invisible characters removed, NBSP → space, trimmed, NFC. */
  readonly text: string;
  /** Problems found while reading (stored as number, date, formula without value …). */
  readonly findings: readonly Finding[];
}

/** One data row of the sheet; `row` is the sheet's own 1-based row number. */
export interface RawRow {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<ColumnKey, RawCell>>>;
}

export type BanqupLanguage = 'fr' | 'en' | 'nl' | 'de';

/** The normalised client, with the field names of the API contract (banqup-api.md §4). */
export interface ClientDraft {
  readonly legalName: string;
  readonly address: {
    readonly street: string;
    readonly postalCode: string;
    readonly city: string;
    readonly country: string;
  };
  readonly companyNumber: string | null;
  readonly vatNumber: string | null;
  readonly iban: string;
  readonly bic: string | null;
  readonly language: BanqupLanguage;
  readonly contact: { readonly name: string; readonly email: string; readonly language: BanqupLanguage };
  readonly assigneeEmails: readonly string[];
  readonly externalReference: string | null;
}

/** A problem tied to a row and a cell; `message` is rendered later in the user's language. */
export interface RowIssue {
  readonly row: number;
  /** The sheet's own column letter (the user may have reordered columns). */
  readonly column: string;
  /** The header as it stands in the sheet. */
  readonly header: string;
  readonly key: ColumnKey;
  /** The API field, dotted (`address.country`). */
  readonly field: string;
  readonly severity: Severity;
  readonly code: string;
  readonly params: MessageParams;
  /** The value as typed. */
  readonly value: string;
}

/** A normalisation that changed what the user typed, reported so that nothing changes silently. */
export interface RowChange {
  readonly row: number;
  readonly column: string;
  readonly header: string;
  readonly key: ColumnKey;
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

export type RowStatus = 'valid' | 'invalid' | 'created' | 'existing' | 'provisioned' | 'failed' | 'skipped';

/** The outcome of checking one row offline. */
export interface CheckedRow {
  readonly row: number;
  readonly status: 'valid' | 'invalid';
  /** Present whenever the row could be normalised, even if it has errors elsewhere. */
  readonly client: ClientDraft | null;
  readonly issues: readonly RowIssue[];
  readonly changes: readonly RowChange[];
}

/** A message template in every language the tool speaks (LANGS). */
export type MessageTemplate = Readonly<Record<Lang, (p: MessageParams) => string>>;
export type MessageCatalogue = Readonly<Record<string, MessageTemplate>>;
