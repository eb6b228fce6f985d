import { normaliseHeader } from './columns.js';

/** The columns `export` adds after the template's A–R: facts from Banqup, not input. */
export const EXPORT_COLUMNS = ['clientId', 'status', 'banqupLink', 'banqupFilesLink'] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Their headers in every language the tool speaks (an export in French is read back in English, too). */
export const EXPORT_COLUMN_LABELS: Readonly<Record<ExportColumn, { readonly en: string; readonly fr: string; readonly nl: string; readonly de: string }>> = {
  clientId: { en: 'Client id', fr: 'Id client', nl: 'Klant-id', de: 'Kunden-ID' },
  status: { en: 'Status in Banqup', fr: 'Statut dans Banqup', nl: 'Status in Banqup', de: 'Status in Banqup' },
  banqupLink: { en: 'Banqup link', fr: 'Lien Banqup', nl: 'Banqup-link', de: 'Banqup-Link' },
  banqupFilesLink: { en: 'Banqup Files link', fr: 'Lien Banqup Files', nl: 'Banqup Files-link', de: 'Banqup-Files-Link' },
};

let known: Set<string> | undefined;

/**
 * True when the header is one of the columns an export adds: the reader skips them without a
 * word, so that an exported sheet, edited, is imported back as it is (issue 14).
 */
export function isExportColumn(label: string): boolean {
  known ??= new Set(Object.values(EXPORT_COLUMN_LABELS).flatMap((labels) => Object.values(labels).map(normaliseHeader)));
  return known.has(normaliseHeader(label));
}
