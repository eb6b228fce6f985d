import * as XLSX from 'xlsx';
import type { Client, Space } from '../api/types.js';
import type { ColumnKey, Lang } from '../domain/types.js';
import { draftFields } from '../domain/draftFields.js';
import { COLUMNS } from '../input/columns.js';
import { EXPORT_COLUMN_LABELS, EXPORT_COLUMNS } from '../input/exportColumns.js';
import { csvLine } from './csvCell.js';
import type { Render } from './jsonDocument.js';
import { jsonForTerminal, sanitizeForFile } from './sanitize.js';

/** The kinds of export file, by extension; `-` is CSV on standard output. */
export type ExportKind = '.xlsx' | '.csv' | '.json';

/** A table of text: the headers (template columns A–R, then id, status, links) and one record per client. */
export interface ExportTable {
  readonly headers: readonly string[];
  readonly records: readonly (readonly string[])[];
}

const CHANNEL_WORD = { BANQUP_FILES: 'Banqup Files', EMAIL: 'e-mail' } as const;

/** A template cell of one client, as text the reader turns back into the very same value. */
function cellOf(client: Client, key: ColumnKey, render: Render): string {
  const sharing = client.documentSharing?.enabled === true ? client.documentSharing : null;
  switch (key) {
    case 'legalName': return client.legalName;
    case 'street': return client.address.street;
    case 'postalCode': return client.address.postalCode;
    case 'city': return client.address.city;
    case 'country': return client.address.country;
    case 'companyNumber': return client.companyNumber ?? '';
    case 'vatNumber': return client.vatNumber ?? '';
    case 'iban': return client.iban;
    case 'bic': return client.bic ?? '';
    case 'language': return client.language;
    case 'contactName': return client.contact.name;
    case 'contactLanguage': return client.contact.language;
    case 'contactEmail': return client.contact.email;
    case 'assigneeEmails': return client.assigneeEmails.join('; ');
    case 'externalReference': return client.externalReference ?? '';
    // "no" rather than empty: an empty cell would take --share-documents on the way back.
    case 'shareDocuments': return render(sharing === null ? 'export.no' : 'export.yes', {});
    case 'deliveryChannel': return sharing?.deliveryChannel == null ? '' : CHANNEL_WORD[sharing.deliveryChannel];
    case 'sharingEmail': return sharing?.email ?? '';
  }
}

/**
 * The space's clients in the template's format and the run's language: columns A–R as the
 * template has them, then client id, status and the two links. Every value is text cleaned of
 * control and bidi characters (names and links come from Banqup's answers).
 */
export function exportTable(clients: readonly Client[], lang: Lang, render: Render): ExportTable {
  const headers = [...COLUMNS.map((c) => c.label[lang] ?? c.label.en), ...EXPORT_COLUMNS.map((c) => EXPORT_COLUMN_LABELS[c][lang])];
  const records = clients.map((client) =>
    [
      ...COLUMNS.map((c) => cellOf(client, c.key, render)),
      client.id,
      render(`export.status.${client.status}`, {}),
      client.links?.banqup ?? '',
      client.links?.banqupFiles ?? '',
    ].map((value) => sanitizeForFile(value)),
  );
  return { headers, records };
}

/** CSV, UTF-8 with BOM and CRLF like the reports (Excel opens it right); formula-safe cells (csvCell.ts). */
export function buildExportCsv(table: ExportTable, opts: { readonly bom?: boolean } = {}): string {
  const lines = [csvLine(table.headers), ...table.records.map((r) => csvLine(r))];
  return `${opts.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** .xlsx: every cell a text cell (nothing a spreadsheet evaluates), header row frozen, links clickable. */
export function buildExportWorkbook(table: ExportTable, sheetName: string): Uint8Array {
  const sheet: XLSX.WorkSheet = {};
  const rows = [table.headers, ...table.records];
  const linkFrom = table.headers.length - 2;
  rows.forEach((record, r) =>
    record.forEach((value, c) => {
      // Links are https only (responseShapes.ts): the hyperlink is the very text shown.
      const link = r > 0 && c >= linkFrom && value !== '' ? { l: { Target: value } } : {};
      sheet[XLSX.utils.encode_cell({ r, c })] = { t: 's', v: value, ...link };
    }),
  );
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: table.headers.length - 1 } });
  sheet['!cols'] = table.headers.map((h) => ({ wch: Math.min(40, Math.max(10, h.length + 2)) }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, sheetName);
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
}

/**
 * JSON for scripts: the space, then each client with the contract's field names (as `--json`'s
 * `client`), its id, status and links. Exact values; C1 and bidi controls as \u escapes.
 */
export function buildExportJson(space: Space, clients: readonly Client[]): string {
  const doc = {
    schemaVersion: 1,
    space: { id: space.id, name: space.name },
    clients: clients.map((c) => {
      const fields = draftFields(c);
      return { clientId: c.id, status: c.status, ...fields, documentSharing: fields.documentSharing ?? null, links: c.links };
    }),
  };
  return `${jsonForTerminal(doc, 2)}\n`;
}
