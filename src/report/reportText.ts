import type { Lang, MessageCatalogue, Severity } from '../domain/types.js';
import { ERRORS_COLUMN_LABEL } from '../input/columns.js';

/** What a path is, as `assertWritablePath` names it, after "it is". */
export function kindEn(kind: string | number | undefined): string {
  const words: Record<string, string> = { folder: 'a folder', device: 'a device', pipe: 'a named pipe (FIFO)', socket: 'a socket', link: 'a symbolic link', file: 'a file' };
  return words[String(kind)] ?? 'a special file';
}

/** The same, after « c’est ». */
export function kindFr(kind: string | number | undefined): string {
  const words: Record<string, string> = { folder: 'un dossier', device: 'un périphérique', pipe: 'un tube nommé (FIFO)', socket: 'un socket', link: 'un lien symbolique', file: 'un fichier' };
  return words[String(kind)] ?? 'un fichier spécial';
}

/** The same, after "het is" (Dutch). */
export function kindNl(kind: string | number | undefined): string {
  const words: Record<string, string> = { folder: 'een map', device: 'een apparaat', pipe: 'een benoemde pipe (FIFO)', socket: 'een socket', link: 'een symbolische koppeling', file: 'een bestand' };
  return words[String(kind)] ?? 'een speciaal bestand';
}

/** The same, after "es ist" (German). */
export function kindDe(kind: string | number | undefined): string {
  const words: Record<string, string> = { folder: 'ein Ordner', device: 'ein Gerät', pipe: 'eine benannte Pipe (FIFO)', socket: 'ein Socket', link: 'ein symbolischer Link', file: 'eine Datei' };
  return words[String(kind)] ?? 'eine Spezialdatei';
}

/** Errors raised while writing reports. */
export const reportMessages: MessageCatalogue = {
  'report.would_overwrite_input': {
    en: (p) => `The report would overwrite the file being checked (${p.path}). Give --report another file name, e.g. errors.xlsx.`,
    fr: (p) => `Le rapport écraserait le fichier vérifié (${p.path}). Donnez un autre nom à --report, p. ex. erreurs.xlsx.`,
    nl: (p) => `Het rapport zou het gecontroleerde bestand overschrijven (${p.path}). Geef --report een andere bestandsnaam, bv. fouten.xlsx.`,
    de: (p) => `Der Bericht würde die geprüfte Datei überschreiben (${p.path}). Geben Sie --report einen anderen Dateinamen, z. B. fehler.xlsx.`,
  },
  'output.not_a_file': {
    en: (p) => `Cannot write ${p.path}: it is ${kindEn(p.kind)}, not a file. Give --report or --results the name of a file (a new one, or one to replace).`,
    fr: (p) => `Impossible d’écrire ${p.path} : c’est ${kindFr(p.kind)}, pas un fichier. Donnez à --report ou --results le nom d’un fichier (nouveau, ou à remplacer).`,
    nl: (p) => `Kan ${p.path} niet schrijven: het is ${kindNl(p.kind)}, geen bestand. Geef --report of --results de naam van een bestand (een nieuw, of een om te vervangen).`,
    de: (p) => `${p.path} kann nicht geschrieben werden: Es ist ${kindDe(p.kind)}, keine Datei. Geben Sie --report oder --results den Namen einer Datei (neu oder zu ersetzen).`,
  },
  'output.unwritable': {
    en: (p) => `Cannot write ${p.path} (${p.reason}). Check that the folder exists and that you may write to it.`,
    fr: (p) => `Impossible d’écrire ${p.path} (${p.reason}). Vérifiez que le dossier existe et que vous pouvez y écrire.`,
    nl: (p) => `Kan ${p.path} niet schrijven (${p.reason}). Controleer of de map bestaat en of u erin mag schrijven.`,
    de: (p) => `${p.path} kann nicht geschrieben werden (${p.reason}). Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.`,
  },
};

/** Totals shown at the end of the table. */
export interface ReportTotals {
  readonly rows: number;
  readonly valid: number;
  readonly invalid: number;
  readonly warnings: number;
}

/** The words of the table and of the reports' own headings, in one language. */
export interface ReportWords {
  readonly stdin: string;
  title(file: string, sheet: string, headerRow: number): string;
  errors(count: number): string;
  warnings(count: number): string;
  readonly notes: string;
  readonly noteError: string;
  readonly noteWarning: string;
  readonly changes: string;
  readonly repeated: string;
  readonly row: string;
  readonly column: string;
  readonly value: string;
  readonly problem: string;
  readonly empty: string;
  /** "12 values normalised" followed by the examples, or by nothing. */
  normalised(count: number, examples: string): string;
  /** "14 rows: " before a repeated problem. */
  repeatedRows(count: number): string;
  /** "(rows 3, 5, 9, …)" after a repeated problem. */
  rowList(rows: string): string;
  totals(t: ReportTotals): string;
  noRows(headerRow: number): string;
  readonly nextFix: string;
  nextDryRun(rows: number): string;
  /** Header of the column the error workbook adds. */
  readonly errorsColumn: string;
  /** A problem's severity as a word of the language (the CSV report's column). */
  readonly severity: Readonly<Record<Severity, string>>;
  /** Header line of the CSV report. */
  readonly csvHeader: readonly string[];
}

const EN: ReportWords = {
  stdin: 'standard input',
  // A CSV has no sheet of its own (SheetJS calls it Sheet1): only the file is named.
  title: (file, sheet, headerRow) => (sheet === '' ? `${file} — headers on row ${headerRow}` : `${file} — sheet "${sheet}", headers on row ${headerRow}`),
  errors: (n) => `Errors (${n})`,
  warnings: (n) => `Warnings (${n})`,
  notes: 'About the file',
  noteError: 'Error: ',
  noteWarning: 'Warning: ',
  changes: 'Changes: values normalised, nothing to do',
  repeated: 'Repeated problems',
  row: 'Row',
  column: 'Column',
  value: 'Value',
  problem: 'Problem',
  empty: '(empty)',
  normalised: (n, examples) =>
    n === 1 ? `1 value normalised${examples ? `: ${examples}` : ''}` : `${n} values normalised${examples ? `, e.g. ${examples}` : ''}`,
  repeatedRows: (n) => `${n} rows: `,
  rowList: (rows) => `(rows ${rows})`,
  totals: (t) =>
    `${t.rows} ${t.rows === 1 ? 'row' : 'rows'} checked: ${t.valid} valid, ${t.invalid} with errors; ` +
    (t.warnings === 0 ? 'no warnings.' : `${t.warnings} ${t.warnings === 1 ? 'warning' : 'warnings'}.`),
  noRows: (h) => `No client rows below the headers (row ${h}). Add one client per row under the headers, then run the check again.`,
  nextFix: 'Fix the cells above and run the check again; nothing was sent to Banqup.',
  nextDryRun: (n) =>
    n === 1 ? 'The row is valid. Run without --dry-run to import it.' : `All ${n} rows are valid. Run without --dry-run to import them.`,
  errorsColumn: ERRORS_COLUMN_LABEL.en,
  severity: { error: 'error', warning: 'warning' },
  csvHeader: ['row', 'column', 'header', 'field', 'severity', 'code', 'value', 'message'],
};

// French: 0 and 1 take the singular; a narrow no-break space is not used, since terminals vary.
const FR: ReportWords = {
  stdin: 'entrée standard',
  title: (file, sheet, headerRow) =>
    sheet === '' ? `${file} — en-têtes à la ligne ${headerRow}` : `${file} — feuille « ${sheet} », en-têtes à la ligne ${headerRow}`,
  errors: (n) => `${n <= 1 ? 'Erreur' : 'Erreurs'} (${n})`,
  warnings: (n) => `${n <= 1 ? 'Avertissement' : 'Avertissements'} (${n})`,
  notes: 'À propos du fichier',
  noteError: 'Erreur : ',
  noteWarning: 'Attention : ',
  changes: 'Modifications : valeurs normalisées, rien à faire',
  repeated: 'Problèmes répétés',
  row: 'Ligne',
  column: 'Colonne',
  value: 'Valeur',
  problem: 'Problème',
  empty: '(vide)',
  normalised: (n, examples) =>
    n <= 1 ? `${n} valeur normalisée${examples ? ` : ${examples}` : ''}` : `${n} valeurs normalisées${examples ? `, p. ex. ${examples}` : ''}`,
  repeatedRows: (n) => `${n} lignes : `,
  rowList: (rows) => `(lignes ${rows})`,
  totals: (t) =>
    `${t.rows} ${t.rows <= 1 ? 'ligne vérifiée' : 'lignes vérifiées'} : ${t.valid} ${t.valid <= 1 ? 'valide' : 'valides'}, ` +
    `${t.invalid} en erreur ; ` +
    (t.warnings === 0 ? 'aucun avertissement.' : `${t.warnings} ${t.warnings === 1 ? 'avertissement' : 'avertissements'}.`),
  noRows: (h) => `Aucune ligne de client sous les en-têtes (ligne ${h}). Ajoutez un client par ligne sous les en-têtes, puis relancez la vérification.`,
  nextFix: 'Corrigez les cellules ci-dessus et relancez la vérification ; rien n’a été envoyé à Banqup.',
  nextDryRun: (n) =>
    n === 1 ? 'La ligne est valide. Relancez sans --dry-run pour l’importer.' : `Les ${n} lignes sont valides. Relancez sans --dry-run pour les importer.`,
  errorsColumn: ERRORS_COLUMN_LABEL.fr,
  severity: { error: 'erreur', warning: 'avertissement' },
  csvHeader: ['ligne', 'colonne', 'en-tête', 'champ', 'gravité', 'code', 'valeur', 'message'],
};

// Dutch and German: only 1 takes the singular; no space before a colon. The errors column's header
// is the one columns.ts gives the reader (ERRORS_COLUMN_LABEL), so that a report fed back is recognised.
const NL: ReportWords = {
  stdin: 'standaardinvoer',
  title: (file, sheet, headerRow) =>
    sheet === '' ? `${file} — kopregel op rij ${headerRow}` : `${file} — werkblad “${sheet}”, kopregel op rij ${headerRow}`,
  errors: (n) => `${n === 1 ? 'Fout' : 'Fouten'} (${n})`,
  warnings: (n) => `${n === 1 ? 'Waarschuwing' : 'Waarschuwingen'} (${n})`,
  notes: 'Over het bestand',
  noteError: 'Fout: ',
  noteWarning: 'Let op: ',
  changes: 'Wijzigingen: waarden genormaliseerd, niets te doen',
  repeated: 'Herhaalde problemen',
  row: 'Rij',
  column: 'Kolom',
  value: 'Waarde',
  problem: 'Probleem',
  empty: '(leeg)',
  normalised: (n, examples) =>
    n === 1 ? `1 waarde genormaliseerd${examples ? `: ${examples}` : ''}` : `${n} waarden genormaliseerd${examples ? `, bv. ${examples}` : ''}`,
  repeatedRows: (n) => `${n} rijen: `,
  rowList: (rows) => `(rijen ${rows})`,
  totals: (t) =>
    `${t.rows} ${t.rows === 1 ? 'rij' : 'rijen'} gecontroleerd: ${t.valid} geldig, ${t.invalid} met fouten; ` +
    (t.warnings === 0 ? 'geen waarschuwingen.' : `${t.warnings} ${t.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`),
  noRows: (h) => `Geen klantrijen onder de kopregel (rij ${h}). Zet één klant per rij onder de kopregel en voer de controle opnieuw uit.`,
  nextFix: 'Verbeter de cellen hierboven en voer de controle opnieuw uit; er werd niets naar Banqup verstuurd.',
  nextDryRun: (n) =>
    n === 1 ? 'De rij is geldig. Voer uit zonder --dry-run om ze te importeren.' : `Alle ${n} rijen zijn geldig. Voer uit zonder --dry-run om ze te importeren.`,
  errorsColumn: 'Fouten',
  severity: { error: 'fout', warning: 'waarschuwing' },
  csvHeader: ['rij', 'kolom', 'kop', 'veld', 'ernst', 'code', 'waarde', 'melding'],
};

const DE: ReportWords = {
  stdin: 'Standardeingabe',
  title: (file, sheet, headerRow) =>
    sheet === '' ? `${file} — Kopfzeile in Zeile ${headerRow}` : `${file} — Tabellenblatt „${sheet}“, Kopfzeile in Zeile ${headerRow}`,
  errors: (n) => `Fehler (${n})`,
  warnings: (n) => `${n === 1 ? 'Warnung' : 'Warnungen'} (${n})`,
  notes: 'Zur Datei',
  noteError: 'Fehler: ',
  noteWarning: 'Achtung: ',
  changes: 'Änderungen: Werte normalisiert, nichts zu tun',
  repeated: 'Wiederholte Probleme',
  row: 'Zeile',
  column: 'Spalte',
  value: 'Wert',
  problem: 'Problem',
  empty: '(leer)',
  normalised: (n, examples) =>
    n === 1 ? `1 Wert normalisiert${examples ? `: ${examples}` : ''}` : `${n} Werte normalisiert${examples ? `, z. B. ${examples}` : ''}`,
  repeatedRows: (n) => `${n} Zeilen: `,
  rowList: (rows) => `(Zeilen ${rows})`,
  totals: (t) =>
    `${t.rows} ${t.rows === 1 ? 'Zeile' : 'Zeilen'} geprüft: ${t.valid} gültig, ${t.invalid} mit Fehlern; ` +
    (t.warnings === 0 ? 'keine Warnungen.' : `${t.warnings} ${t.warnings === 1 ? 'Warnung' : 'Warnungen'}.`),
  noRows: (h) => `Keine Kundenzeilen unter der Kopfzeile (Zeile ${h}). Tragen Sie einen Kunden pro Zeile darunter ein und prüfen Sie erneut.`,
  nextFix: 'Korrigieren Sie die Zellen oben und prüfen Sie erneut; es wurde nichts an Banqup gesendet.',
  nextDryRun: (n) =>
    n === 1 ? 'Die Zeile ist gültig. Starten Sie ohne --dry-run, um sie zu importieren.' : `Alle ${n} Zeilen sind gültig. Starten Sie ohne --dry-run, um sie zu importieren.`,
  errorsColumn: 'Fehler',
  severity: { error: 'Fehler', warning: 'Warnung' },
  csvHeader: ['Zeile', 'Spalte', 'Überschrift', 'Feld', 'Schweregrad', 'Code', 'Wert', 'Meldung'],
};

const WORDS: Readonly<Record<Lang, ReportWords>> = { en: EN, fr: FR, nl: NL, de: DE };

/** The table's and reports' own words in one language. */
export function reportWords(lang: Lang): ReportWords {
  return WORDS[lang];
}
