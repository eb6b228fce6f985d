import * as XLSX from 'xlsx';
import type { Lang, Row } from '../domain/types.js';
import { csvLine } from './csvCell.js';
import type { Render } from './jsonDocument.js';
import { sanitizeForFile } from './sanitize.js';

/** The kinds of `--results` file, by extension. */
export type ResultsKind = '.csv' | '.xlsx' | '.json';

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['row', 'client', 'status', 'clientId', 'banqupSpaceId', 'plan', 'code', 'message', 'banqupLink', 'banqupFilesLink'],
  fr: ['ligne', 'client', 'statut', 'idClient', 'banqupSpaceId', 'plan', 'code', 'message', 'lienBanqup', 'lienBanqupFiles'],
  nl: ['rij', 'klant', 'status', 'klantId', 'banqupSpaceId', 'gepland', 'code', 'melding', 'linkBanqup', 'linkBanqupFiles'],
  de: ['Zeile', 'Kunde', 'Status', 'KundenId', 'banqupSpaceId', 'Geplant', 'Code', 'Meldung', 'LinkBanqup', 'LinkBanqupFiles'],
};
/** `--update`: the fields changed, `field: from → to; …` (last column, after the links). */
const UPDATED_HEADER: Readonly<Record<Lang, string>> & Partial<Record<'nl' | 'de', string>> = { en: 'updated', fr: 'modifié', nl: 'bijgewerkt', de: 'aktualisiert' };
const headersOf = (lang: Lang): string[] => [...HEADERS[lang], UPDATED_HEADER[lang]];

/** The link columns (last, so that scripts reading the earlier columns by position are unaffected). */
const LINK_COLUMNS = new Set([8, 9]);
const SHEET_NAME: Readonly<Record<Lang, string>> = { en: 'Results', fr: 'Résultats', nl: 'Resultaten', de: 'Ergebnisse' };
const WIDTHS = [6, 36, 12, 38, 38, 10, 18, 80, 50, 50, 60];

/**
 * One record per row: row → client → status → ids, then the first problem (errors first). Every
 * text is cleaned of control and bidi characters: names come from the sheet, ids and messages
 * from Banqup's answers.
 */
function records(rows: readonly Row[], render: Render): (string | number)[][] {
  return rows.map((r) => recordOf(r, render).map((value) => (typeof value === 'string' ? sanitizeForFile(value) : value)));
}

function recordOf(r: Row, render: Render): (string | number)[] {
  const first = [...r.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))[0];
  const where = first === undefined || first.column === '' ? '' : `${first.column} ${first.header}: `;
  return [
    r.row,
    r.client?.legalName ?? '',
    r.status,
    r.clientId ?? '',
    r.banqupSpaceId ?? '',
    r.plan ?? '',
    first?.code ?? '',
    first === undefined ? '' : where + render(first.messageCode, first.params),
    r.links?.banqup ?? '',
    r.links?.banqupFiles ?? '',
    (r.updated ?? []).map((c) => `${c.field}: ${c.from} → ${c.to}`).join('; '),
  ];
}

/** The `.csv` results: BOM + CRLF like the error report, formula-safe cells (csvCell.ts). */
export function buildResultsCsv(rows: readonly Row[], render: Render, lang: Lang): string {
  const lines = [csvLine(headersOf(lang)), ...records(rows, render).map(csvLine)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The `.xlsx` results: every value a text cell (nothing a spreadsheet could evaluate), row numbers
 * as numbers; the links are hyperlinks to the very text the cell shows (https only: responseShapes.ts).
 */
export function buildResultsWorkbook(rows: readonly Row[], render: Render, lang: Lang): Uint8Array {
  const sheet: XLSX.WorkSheet = {};
  const table = [headersOf(lang), ...records(rows, render)];
  table.forEach((record, r) =>
    record.forEach((value, c) => {
      const link = r > 0 && LINK_COLUMNS.has(c) && value !== '' ? { l: { Target: String(value) } } : {};
      sheet[XLSX.utils.encode_cell({ r, c })] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value, ...link };
    }),
  );
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: table.length - 1, c: headersOf(lang).length - 1 } });
  sheet['!cols'] = WIDTHS.map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, SHEET_NAME[lang]);
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
}
