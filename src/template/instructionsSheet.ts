import { COLUMNS } from '../input/columns.js';

/** A help sheet of the template as plain data: text rows plus how to lay them out. */
export interface HelpSheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  /** Column widths, in characters. */
  readonly widths: readonly number[];
  /** 0-based rows shown in bold (titles and table headers). */
  readonly boldRows: readonly number[];
  /** 0-based columns whose long text wraps inside the cell. */
  readonly wrapColumns: readonly number[];
}

const YES = 'yes / oui';
const NO = 'no / non';

/** The "Instructions" sheet: a short bilingual guide, then one row per template column, from COLUMNS. */
export function instructionsSheet(): HelpSheet {
  const textColumns = COLUMNS.filter((c) => c.identifier);
  const textEn = textColumns.map((c) => `${c.letter} ${c.label.en}`).join(', ');
  const textFr = textColumns.map((c) => `${c.letter} ${c.label.fr}`).join(', ');
  const intro: string[][] = [
    ['How to fill in this template'],
    ['1. On the Clients sheet, enter one client per row from row 2. Keep the header row as it is.'],
    ['2. Columns marked * are required. For a Luxembourg client, fill in the RCS or the VAT number (or both).'],
    [`3. These columns are formatted as Text so that leading zeros stay: ${textEn}. When pasting, use Paste Special > Values.`],
    ['4. Check the file before importing: banqup-import clients.xlsx --dry-run'],
    [],
    ['Comment remplir ce modèle'],
    ['1. Dans la feuille Clients, saisissez un client par ligne à partir de la ligne 2. Gardez la ligne d’en-tête telle quelle.'],
    ['2. Les colonnes marquées * sont obligatoires. Pour un client luxembourgeois, indiquez le RCS ou le numéro de TVA (ou les deux).'],
    [`3. Ces colonnes sont au format Texte pour garder les zéros initiaux : ${textFr}. Pour coller, utilisez Collage spécial > Valeurs.`],
    ['4. Vérifiez le fichier avant l’import : banqup-import clients.xlsx --dry-run'],
    [],
  ];
  const tableHeader = [
    'Column / Colonne',
    'Header (EN)',
    'En-tête (FR)',
    'Required / Obligatoire',
    'Example / Exemple',
    'What it accepts',
    'Ce qu’elle accepte',
  ];
  const table = COLUMNS.map((c) => [
    c.letter,
    c.label.en,
    c.label.fr,
    c.required ? YES : NO,
    c.example,
    c.help.en,
    c.help.fr,
  ]);
  return {
    name: 'Instructions',
    rows: [...intro, tableHeader, ...table],
    widths: [10, 20, 24, 14, 28, 60, 60],
    boldRows: [0, 6, intro.length],
    wrapColumns: [5, 6],
  };
}

/** The "Lists" sheet: the accepted languages and a few ways of writing the usual countries. */
export function listsSheet(): HelpSheet {
  return {
    name: 'Lists',
    rows: [
      ['Languages (columns J and L) / Langues (colonnes J et L)'],
      ['Code', 'Own name / Nom propre', 'English', 'Français'],
      ['fr', 'Français', 'French', 'Français'],
      ['en', 'English', 'English', 'Anglais'],
      ['nl', 'Nederlands', 'Dutch', 'Néerlandais'],
      ['de', 'Deutsch', 'German', 'Allemand'],
      [],
      ['Countries (column E), examples: any of these is accepted / Pays (colonne E), exemples : chacune de ces formes est acceptée'],
      ['Code', 'English', 'Français', 'Nederlands', 'Deutsch'],
      ['LU', 'Luxembourg', 'Luxembourg', 'Luxemburg', 'Luxemburg'],
      ['BE', 'Belgium', 'Belgique', 'België', 'Belgien'],
      ['FR', 'France', 'France', 'Frankrijk', 'Frankreich'],
      ['NL', 'Netherlands', 'Pays-Bas', 'Nederland', 'Niederlande'],
      ['DE', 'Germany', 'Allemagne', 'Duitsland', 'Deutschland'],
    ],
    widths: [8, 22, 14, 14, 14],
    boldRows: [0, 1, 7, 8],
    wrapColumns: [],
  };
}
