import type { TemplateLang } from '../input/columns.js';

/** The words of the template's own sheets in one language (the column labels and help are in columns.ts). */
export interface TemplateText {
  /** The workbook's title property. */
  readonly title: string;
  readonly sheets: { readonly clients: string; readonly instructions: string; readonly lists: string };
  readonly howTo: string;
  /** The numbered steps; `textColumns` lists the Text-formatted columns ("C ZIP, F RCS …"). */
  readonly steps: (textColumns: string, clientsSheet: string) => readonly string[];
  readonly tableHeader: {
    readonly column: string;
    readonly header: string;
    readonly required: string;
    readonly example: string;
    readonly accepts: string;
  };
  readonly yes: string;
  readonly no: string;
  readonly languagesTitle: string;
  readonly languagesHeader: { readonly code: string; readonly ownName: string; readonly inThisLanguage: string };
  /** Each of the four languages' names, in this language. */
  readonly languageNames: Readonly<Record<TemplateLang, string>>;
  readonly countriesTitle: string;
  readonly code: string;
}

const CHECK = 'banqup-import clients.xlsx --dry-run';

export const TEMPLATE_TEXT: Readonly<Record<TemplateLang, TemplateText>> = {
  en: {
    title: 'Banqup client import template',
    sheets: { clients: 'Clients', instructions: 'Instructions', lists: 'Lists' },
    howTo: 'How to fill in this template',
    steps: (text, clients) => [
      `1. On the ${clients} sheet, enter one client per row from row 2. Keep the header row as it is.`,
      '2. Columns marked * are required. For a Luxembourg client, fill in the RCS or the VAT number (or both).',
      `3. These columns are formatted as Text so that leading zeros stay: ${text}. When pasting, use Paste Special > Values.`,
      `4. Check the file before importing: ${CHECK}`,
    ],
    tableHeader: { column: 'Column', header: 'Header', required: 'Required', example: 'Example', accepts: 'What it accepts' },
    yes: 'yes',
    no: 'no',
    languagesTitle: 'Languages (columns J and L)',
    languagesHeader: { code: 'Code', ownName: 'Own name', inThisLanguage: 'In English' },
    languageNames: { en: 'English', fr: 'French', nl: 'Dutch', de: 'German' },
    countriesTitle: 'Countries (column E), examples: any of these is accepted',
    code: 'Code',
  },
  fr: {
    title: 'Modèle d’import des clients Banqup',
    sheets: { clients: 'Clients', instructions: 'Instructions', lists: 'Listes' },
    howTo: 'Comment remplir ce modèle',
    steps: (text, clients) => [
      `1. Dans la feuille ${clients}, saisissez un client par ligne à partir de la ligne 2. Gardez la ligne d’en-tête telle quelle.`,
      '2. Les colonnes marquées * sont obligatoires. Pour un client luxembourgeois, indiquez le RCS ou le numéro de TVA (ou les deux).',
      `3. Ces colonnes sont au format Texte pour garder les zéros initiaux : ${text}. Pour coller, utilisez Collage spécial > Valeurs.`,
      `4. Vérifiez le fichier avant l’import : ${CHECK}`,
    ],
    tableHeader: { column: 'Colonne', header: 'En-tête', required: 'Obligatoire', example: 'Exemple', accepts: 'Ce qu’elle accepte' },
    yes: 'oui',
    no: 'non',
    languagesTitle: 'Langues (colonnes J et L)',
    languagesHeader: { code: 'Code', ownName: 'Nom propre', inThisLanguage: 'En français' },
    languageNames: { en: 'Anglais', fr: 'Français', nl: 'Néerlandais', de: 'Allemand' },
    countriesTitle: 'Pays (colonne E), exemples : chacune de ces formes est acceptée',
    code: 'Code',
  },
  nl: {
    title: 'Sjabloon voor het importeren van klanten in Banqup',
    sheets: { clients: 'Klanten', instructions: 'Instructies', lists: 'Lijsten' },
    howTo: 'Hoe vult u dit sjabloon in?',
    steps: (text, clients) => [
      `1. Vul op het tabblad ${clients} één klant per rij in, vanaf rij 2. Laat de rij met kolomkoppen zoals ze is.`,
      '2. Kolommen met een * zijn verplicht. Vul voor een Luxemburgse klant het RCS of het btw-nummer in (of beide).',
      `3. Deze kolommen hebben de opmaak Tekst, zodat voorloopnullen behouden blijven: ${text}. Gebruik bij het plakken Plakken speciaal > Waarden.`,
      `4. Controleer het bestand vóór de import: ${CHECK}`,
    ],
    tableHeader: { column: 'Kolom', header: 'Kolomkop', required: 'Verplicht', example: 'Voorbeeld', accepts: 'Wat wordt aanvaard' },
    yes: 'ja',
    no: 'nee',
    languagesTitle: 'Talen (kolommen J en L)',
    languagesHeader: { code: 'Code', ownName: 'Eigen naam', inThisLanguage: 'In het Nederlands' },
    languageNames: { en: 'Engels', fr: 'Frans', nl: 'Nederlands', de: 'Duits' },
    countriesTitle: 'Landen (kolom E), voorbeelden: elk van deze vormen wordt aanvaard',
    code: 'Code',
  },
  de: {
    title: 'Vorlage für den Kundenimport in Banqup',
    sheets: { clients: 'Kunden', instructions: 'Anleitung', lists: 'Listen' },
    howTo: 'So füllen Sie diese Vorlage aus',
    steps: (text, clients) => [
      `1. Tragen Sie im Blatt ${clients} ab Zeile 2 einen Kunden pro Zeile ein. Lassen Sie die Kopfzeile unverändert.`,
      '2. Mit * markierte Spalten sind Pflicht. Geben Sie für einen Luxemburger Kunden die RCS- oder die MwSt.-Nummer an (oder beide).',
      `3. Diese Spalten sind als Text formatiert, damit führende Nullen erhalten bleiben: ${text}. Verwenden Sie beim Einfügen Inhalte einfügen > Werte.`,
      `4. Prüfen Sie die Datei vor dem Import: ${CHECK}`,
    ],
    tableHeader: { column: 'Spalte', header: 'Überschrift', required: 'Pflicht', example: 'Beispiel', accepts: 'Was akzeptiert wird' },
    yes: 'ja',
    no: 'nein',
    languagesTitle: 'Sprachen (Spalten J und L)',
    languagesHeader: { code: 'Code', ownName: 'Eigenname', inThisLanguage: 'Auf Deutsch' },
    languageNames: { en: 'Englisch', fr: 'Französisch', nl: 'Niederländisch', de: 'Deutsch' },
    countriesTitle: 'Länder (Spalte E), Beispiele: jede dieser Schreibweisen wird akzeptiert',
    code: 'Code',
  },
};
