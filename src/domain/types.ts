/** Shared record types of the offline pipeline: read → normalise → validate → report. */

export type Severity = 'error' | 'warning';
/** The languages of the tool's messages, listed once: every catalogue has each, tests check each. */
export const LANGS = ['en', 'fr', 'nl', 'de'] as const;
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
  'shareDocuments',
  'deliveryChannel',
  'sharingEmail',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Where in a value the problem is: UTF-16 offsets, `end` excluded. */
export interface ValueSpan {
  readonly start: number;
  readonly end: number;
}

/** One problem found by a normaliser, before it is tied to a row and a cell. */
export interface Finding {
  /** Stable code, e.g. `vat.checksum`; tests and JSON consumers rely on it. */
  readonly code: string;
  readonly severity: Severity;
  /** Values the message template interpolates (never secrets). */
  readonly params?: MessageParams;
  /** Where in the normaliser's input the problem is, when the rule knows (a stray character, a bad IBAN group). */
  readonly span?: ValueSpan;
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

/**
 * A cell of a row: a text cell that cleaning left as typed and that has no findings, by far the
 * most common cell, is that text alone; any other is a RawCell. An object for each was 48 bytes
 * a cell, a fifth of the peak memory of a 100 000-row check. Read it with sheetCell.ts.
 */
export type SheetCell = string | RawCell;

/** One data row of the sheet; `row` is the sheet's own 1-based row number. */
export interface RawRow {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<ColumnKey, SheetCell>>>;
}

export type BanqupLanguage = 'fr' | 'en' | 'nl' | 'de';

/** How the client's documents reach the accounting firm (banqup-api.md §4, version 2). */
export type DeliveryChannel = 'BANQUP_FILES' | 'EMAIL';

/** "Share the documents with your accounting firm": on, through a channel, to the firm's e-mail. */
export interface DocumentSharing {
  readonly enabled: boolean;
  readonly deliveryChannel: DeliveryChannel | null;
  readonly email: string | null;
}

/**
 * The two buttons of an active client in the web app (banqup-api.md §4, version 2), as the server
 * gives them: its Banqup, and its documents in Banqup Files (null while sharing is off).
 */
export interface BanqupLinks {
  readonly banqup: string;
  readonly banqupFiles: string | null;
}

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
  /** Absent or null: no sharing (the contract's default). */
  readonly documentSharing?: DocumentSharing | null;
}

/** Where a problem was found: in the sheet (offline) or by talking to Banqup. */
export type IssueOrigin = 'sheet' | 'banqup';

/**
 * The one problem type, for the sheet's checks, the engine and the API alike. A problem that is
 * not (yet) tied to a cell has `column`, `header` and `value` empty and `key` null; the run puts
 * it on its cell from `field` once it knows the sheet (placeIssue).
 */
export interface Issue {
  readonly row: number;
  /** The sheet's own column letter (the user may have reordered columns), or ''. */
  readonly column: string;
  /** The header as it stands in the sheet, or ''. */
  readonly header: string;
  readonly key: ColumnKey | null;
  /** The API field, dotted (`address.country`), or '' for a problem of the whole row. */
  readonly field: string;
  readonly severity: Severity;
  /** Stable code shown to scripts: ours (`vat.checksum`) or the API's own (`trn.invalid`). */
  readonly code: string;
  /** The catalogue key of the message (often the same as `code`). */
  readonly messageCode: string;
  readonly params: MessageParams;
  /** The cell as typed, or ''. */
  readonly value: string;
  /** Where in `value` the problem is, when the check knows: a table too narrow for the value shows that part. */
  readonly span?: ValueSpan;
  readonly origin: IssueOrigin;
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

export type RowStatus = 'valid' | 'invalid' | 'created' | 'existing' | 'updated' | 'provisioned' | 'failed' | 'skipped';

/** What the plan says to do with a valid row (decisions.md: the dry run's `plan`). */
export type PlanAction = 'create' | 'existing' | 'update' | 'conflict' | 'duplicate';

/** One field of an existing client that `--update` changes: Banqup's value and the sheet's, as text. */
export interface FieldChange {
  /** The API field, dotted (`address.street`). */
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

/** What Banqup holds for a row's client: `not-found` only in `status`, which looks for every row. */
export type BanqupState = 'not-found' | 'inactive' | 'active';

/**
 * The one row model. It grows through the run: the cells as read, the normalised client and the
 * sheet's problems (check), the plan (dry run), what the API did (import) or holds (status).
 */
export interface Row {
  /** The sheet's own 1-based row number. */
  readonly row: number;
  readonly status: RowStatus;
  /** The cells as read, for the typed values that messages and reports show. */
  readonly cells: RawRow['cells'];
  /** Present whenever the row could be normalised, even if it has errors elsewhere. */
  readonly client: ClientDraft | null;
  readonly issues: readonly Issue[];
  readonly changes: readonly RowChange[];
  readonly plan?: PlanAction;
  /** The differing API fields of a `conflict`. */
  readonly conflicts?: readonly string[];
  /** `--update`, dry run: what the update would change. */
  readonly updates?: readonly FieldChange[];
  /** `--update`: what the update changed in Banqup. */
  readonly updated?: readonly FieldChange[];
  readonly clientId?: string;
  readonly banqupSpaceId?: string;
  readonly banqup?: BanqupState;
  /** An active client's links, as Banqup gave them (absent when it gave none: a version 1 server). */
  readonly links?: BanqupLinks;
}

/** A message template in every language the tool speaks (LANGS). */
export type MessageTemplate = Readonly<Record<Lang, (p: MessageParams) => string>>;
export type MessageCatalogue = Readonly<Record<string, MessageTemplate>>;
