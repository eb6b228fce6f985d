import type { MessageCatalogue } from '../domain/types.js';

const SAVE_AS_EN = 'Save the client list from Excel as .xlsx (or .ods, .csv) and try again.';
const SAVE_AS_FR = 'Enregistrez la liste des clients depuis Excel en .xlsx (ou .ods, .csv) et réessayez.';

const MIB = 1024 * 1024;

/**
 * A size as people read it: MB up to 1 GB, then GB with one decimal; binary units, as Windows and
 * Excel count them (2 147 483 911 bytes is "2.0 GB", not "2048 MB" rounded up, nor "2147 MB").
 */
function bytesText(value: string | number | undefined, lang: 'en' | 'fr'): string {
  const bytes = Number(value);
  const [mb, gb] = lang === 'fr' ? ['Mo', 'Go'] : ['MB', 'GB'];
  if (!Number.isFinite(bytes) || bytes < 1024 * MIB) return `${Math.round(bytes / MIB)} ${mb}`;
  const text = (bytes / (1024 * MIB)).toFixed(1);
  return `${lang === 'fr' ? text.replace('.', ',') : text} ${gb}`;
}

/** Messages of the spreadsheet reader: the file (`input.*`), the sheet (`file.*`) and single cells (`cell.*`). */
export const readerMessages: MessageCatalogue = {
  'input.empty_file': {
    en: () => `The file is empty. ${SAVE_AS_EN}`,
    fr: () => `Le fichier est vide. ${SAVE_AS_FR}`,
  },
  'input.pdf': {
    en: () => `This is a PDF file, not a spreadsheet. ${SAVE_AS_EN}`,
    fr: () => `C’est un fichier PDF, pas un tableau. ${SAVE_AS_FR}`,
  },
  'input.image': {
    en: () => `This is an image, not a spreadsheet. Give the Excel file itself, not a screenshot or a scan. ${SAVE_AS_EN}`,
    fr: () => `C’est une image, pas un tableau. Donnez le fichier Excel lui-même, pas une capture ni un scan. ${SAVE_AS_FR}`,
  },
  'input.word_file': {
    en: () => 'This is a text document (Word, Writer or RTF), not a spreadsheet. Put the clients in the template (banqup-import template) and save it as .xlsx.',
    fr: () => 'C’est un document texte (Word, Writer ou RTF), pas un tableau. Mettez les clients dans le modèle (banqup-import template) et enregistrez-le en .xlsx.',
  },
  'input.numbers_file': {
    en: () => 'This is an Apple Numbers file. In Numbers, choose File › Export To › Excel, then run banqup-import on the .xlsx file.',
    fr: () => 'C’est un fichier Apple Numbers. Dans Numbers, choisissez Fichier › Exporter vers › Excel, puis lancez banqup-import sur le fichier .xlsx.',
  },
  'input.markup_file': {
    en: () => 'This file is a web page or XML export, not a real spreadsheet file. Open it in Excel and save it as .xlsx (Excel Workbook), then try again.',
    fr: () => 'Ce fichier est une page web ou un export XML, pas un vrai classeur. Ouvrez-le dans Excel et enregistrez-le en .xlsx (Classeur Excel), puis réessayez.',
  },
  'input.not_spreadsheet': {
    en: () => `This file is not a spreadsheet that banqup-import can read. ${SAVE_AS_EN}`,
    fr: () => `Ce fichier n’est pas un tableau que banqup-import sait lire. ${SAVE_AS_FR}`,
  },
  'input.password_protected': {
    en: () => 'The file is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save, and try again.',
    fr: () => 'Le fichier est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe), enregistrez et réessayez.',
  },
  'input.corrupt': {
    // params.detail holds the library's own words, kept for --json and bug reports, not for users.
    en: () => 'The file is damaged or incomplete and cannot be read. Open it in Excel, save it again as .xlsx, and try again.',
    fr: () => 'Le fichier est endommagé ou incomplet et ne peut pas être lu. Ouvrez-le dans Excel, enregistrez-le de nouveau en .xlsx et réessayez.',
  },
  'input.unpacked_too_large': {
    en: (p) =>
      `The file unpacks to ${p.more ? 'more than ' : ''}${bytesText(p.bytes, 'en')}, far more than a client list needs (at most ${p.max} MB). Copy the client sheet into a new workbook and try again.`,
    fr: (p) =>
      `Le fichier décompressé fait ${p.more ? 'plus de ' : ''}${bytesText(p.bytes, 'fr')}, bien plus qu’une liste de clients (${p.max} Mo au plus). Copiez la feuille des clients dans un nouveau classeur et réessayez.`,
  },
  'input.text_too_large': {
    en: (p) =>
      `The cells of sheet "${p.sheet}" hold more than ${p.max} million characters by row ${p.row}, far more than a client list (a few hundred a row). One long text repeated in every cell? Copy the client rows into a new workbook and try again.`,
    fr: (p) =>
      `Les cellules de la feuille « ${p.sheet} » contiennent plus de ${p.max} millions de caractères dès la ligne ${p.row}, bien plus qu’une liste de clients (quelques centaines par ligne). Un long texte répété dans chaque cellule ? Copiez les lignes des clients dans un nouveau classeur et réessayez.`,
  },
  'input.too_many_cells': {
    en: (p) =>
      `Sheet "${p.sheet}" has more than ${p.max} million filled cells by row ${p.row}; one run checks at most ${p.max} million (about 200 000 client rows). Split the list into several files.`,
    fr: (p) =>
      `La feuille « ${p.sheet} » a plus de ${p.max} millions de cellules remplies dès la ligne ${p.row} ; une exécution en vérifie ${p.max} millions au plus (environ 200 000 lignes de clients). Répartissez la liste en plusieurs fichiers.`,
  },
  'input.too_many_problems': {
    en: (p) =>
      `The sheet has more than ${p.max} problems by row ${p.row}: this does not look like a client list (the wrong sheet, or shifted columns?). Check the first rows and try again.`,
    fr: (p) =>
      `La feuille a plus de ${p.max} problèmes dès la ligne ${p.row} : ce n’est sans doute pas une liste de clients (mauvaise feuille, colonnes décalées ?). Vérifiez les premières lignes et réessayez.`,
  },
  'input.too_many_rows': {
    en: (p) => `Sheet "${p.sheet}" has ${p.rows} rows below the header; one run takes at most ${p.max}. Split the list into several files, or delete the empty rows at the bottom.`,
    fr: (p) => `La feuille « ${p.sheet} » a ${p.rows} lignes sous l’en-tête ; une exécution en accepte ${p.max} au plus. Répartissez la liste en plusieurs fichiers, ou supprimez les lignes vides en bas.`,
  },
  'input.sheet_not_found': {
    en: (p) => `There is no sheet named "${p.sheet}" in this file. Its sheets are: ${p.sheets}. Check the name given with --sheet.`,
    fr: (p) => `Ce fichier n’a pas de feuille nommée « ${p.sheet} ». Ses feuilles sont : ${p.sheets}. Vérifiez le nom donné avec --sheet.`,
  },
  'input.no_header': {
    en: (p) =>
      `No header row found in the first ${p.rows} rows of sheet "${p.sheet}": the first row must hold the column names of the template (Client name, Address, ZIP …). Use "banqup-import template" to get one.`,
    fr: (p) =>
      `Aucune ligne d’en-tête dans les ${p.rows} premières lignes de la feuille « ${p.sheet} » : la première ligne doit porter les noms de colonnes du modèle (Nom du client, Adresse, Code postal …). Lancez « banqup-import template » pour l’obtenir.`,
  },
  'input.missing_columns': {
    en: (p) =>
      `Sheet "${p.sheet}" lacks ${Number(p.count) > 1 ? 'these columns' : 'this column'} of the template: ${p.columns_en}. Add ${Number(p.count) > 1 ? 'them' : 'it'} to the header row, or rename the header to the template's name ("banqup-import template" shows them).`,
    fr: (p) =>
      `Il manque à la feuille « ${p.sheet} » ${Number(p.count) > 1 ? 'ces colonnes' : 'cette colonne'} du modèle : ${p.columns_fr}. Ajoutez-${Number(p.count) > 1 ? 'les' : 'la'} à la ligne d’en-tête, ou renommez l’en-tête comme dans le modèle (« banqup-import template » les montre).`,
  },
  'input.duplicate_header': {
    en: (p) => `Columns ${p.first} ("${p.firstHeader}") and ${p.second} ("${p.secondHeader}") are both the template's "${p.column_en}" column. Keep one: delete or rename the other.`,
    fr: (p) => `Les colonnes ${p.first} (« ${p.firstHeader} ») et ${p.second} (« ${p.secondHeader} ») sont toutes deux la colonne « ${p.column_fr} » du modèle. Gardez-en une : supprimez ou renommez l’autre.`,
  },
  'file.extra_columns': {
    en: (p) => `Columns not in the template were ignored: ${p.columns}.`,
    fr: (p) => `Colonnes hors modèle ignorées : ${p.columns}.`,
  },
  'file.merged_cells': {
    en: (p) => `Merged cells in ${p.ranges}: a value merged down a column counts for each of its rows; other merged cells count as empty. Unmerge them to be sure.`,
    fr: (p) => `Cellules fusionnées en ${p.ranges} : une valeur fusionnée vers le bas vaut pour chacune de ses lignes ; les autres cellules fusionnées comptent comme vides. Défusionnez-les pour être sûr.`,
  },
  'file.empty_rows': {
    en: (p) => `Empty rows inside the list were skipped (${p.rows}). Check that no client is missing there.`,
    fr: (p) => `Lignes vides ignorées dans la liste (${p.rows}). Vérifiez qu’aucun client n’y manque.`,
  },
  'cell.stored_as_number': {
    en: () => 'Stored as a number: leading zeros may be lost. Format the column as Text and check the value.',
    fr: () => 'Enregistré comme nombre : les zéros en tête ont pu être perdus. Mettez la colonne au format Texte.',
  },
  'cell.number_too_long': {
    en: (p) => `Excel keeps only ${p.max} digits of a number, so this one was rounded. Re-enter the cell as text.`,
    fr: (p) => `Excel ne garde que ${p.max} chiffres d’un nombre : celui-ci est arrondi. Ressaisissez la cellule en texte.`,
  },
  'cell.not_integer': {
    en: () => 'A decimal number, not an identifier. Re-enter the cell as text, exactly as written.',
    fr: () => 'Un nombre décimal, pas un identifiant. Ressaisissez la cellule en texte, telle qu’elle s’écrit.',
  },
  'cell.date': {
    en: () => 'Excel turned this value into a date. Format the column as Text and re-enter the value.',
    fr: () => 'Excel a changé cette valeur en date. Mettez la colonne au format Texte et ressaisissez la valeur.',
  },
  'cell.formula_without_value': {
    en: () => 'A formula without a saved result. Open the file in Excel, save it, and run again.',
    fr: () => 'Une formule sans résultat enregistré. Ouvrez le fichier dans Excel, enregistrez-le et relancez.',
  },
  'cell.boolean': {
    en: () => 'Excel reads TRUE/FALSE here, not an identifier. Check the cell and type the value as text.',
    fr: () => 'Excel lit ici VRAI/FAUX, pas un identifiant. Vérifiez la cellule et saisissez la valeur en texte.',
  },
  'cell.error_value': {
    en: (p) => `The cell shows an Excel error (${p.error}). Fix the formula or type the value.`,
    fr: (p) => `La cellule affiche une erreur Excel (${p.error}). Corrigez la formule ou saisissez la valeur.`,
  },
};
