import type { Lang, MessageCatalogue } from '../domain/types.js';

const SAVE_AS_EN = 'Save the client list from Excel as .xlsx (or .ods, .csv) and try again.';
const SAVE_AS_FR = 'Enregistrez la liste des clients depuis Excel en .xlsx (ou .ods, .csv) et réessayez.';
const SAVE_AS_NL = 'Sla de klantenlijst vanuit Excel op als .xlsx (of .ods, .csv) en probeer opnieuw.';
const SAVE_AS_DE = 'Speichern Sie die Kundenliste in Excel als .xlsx (oder .ods, .csv) und versuchen Sie es erneut.';

const MIB = 1024 * 1024;

/**
 * A size as people read it: MB up to 1 GB, then GB with one decimal; binary units, as Windows and
 * Excel count them (2 147 483 911 bytes is "2.0 GB", not "2048 MB" rounded up, nor "2147 MB").
 */
function bytesText(value: string | number | undefined, lang: Lang): string {
  const bytes = Number(value);
  const [mb, gb] = lang === 'fr' ? ['Mo', 'Go'] : ['MB', 'GB'];
  if (!Number.isFinite(bytes) || bytes < 1024 * MIB) return `${Math.round(bytes / MIB)} ${mb}`;
  const text = (bytes / (1024 * MIB)).toFixed(1);
  // Only English writes a decimal point; French, Dutch and German a comma.
  return `${lang === 'en' ? text : text.replace('.', ',')} ${gb}`;
}

/** Messages of the spreadsheet reader: the file (`input.*`), the sheet (`file.*`) and single cells (`cell.*`). */
export const readerMessages: MessageCatalogue = {
  'input.empty_file': {
    en: () => `The file is empty. ${SAVE_AS_EN}`,
    fr: () => `Le fichier est vide. ${SAVE_AS_FR}`,
    nl: () => `Het bestand is leeg. ${SAVE_AS_NL}`,
    de: () => `Die Datei ist leer. ${SAVE_AS_DE}`,
  },
  'input.pdf': {
    en: () => `This is a PDF file, not a spreadsheet. ${SAVE_AS_EN}`,
    fr: () => `C’est un fichier PDF, pas un tableau. ${SAVE_AS_FR}`,
    nl: () => `Dit is een pdf-bestand, geen rekenblad. ${SAVE_AS_NL}`,
    de: () => `Das ist eine PDF-Datei, keine Tabelle. ${SAVE_AS_DE}`,
  },
  'input.image': {
    en: () => `This is an image, not a spreadsheet. Give the Excel file itself, not a screenshot or a scan. ${SAVE_AS_EN}`,
    fr: () => `C’est une image, pas un tableau. Donnez le fichier Excel lui-même, pas une capture ni un scan. ${SAVE_AS_FR}`,
    nl: () => `Dit is een afbeelding, geen rekenblad. Geef het Excel-bestand zelf, geen schermafdruk of scan. ${SAVE_AS_NL}`,
    de: () => `Das ist ein Bild, keine Tabelle. Geben Sie die Excel-Datei selbst an, keinen Screenshot oder Scan. ${SAVE_AS_DE}`,
  },
  'input.word_file': {
    en: () => 'This is a text document (Word, Writer or RTF), not a spreadsheet. Put the clients in the template (banqup-import template) and save it as .xlsx.',
    fr: () => 'C’est un document texte (Word, Writer ou RTF), pas un tableau. Mettez les clients dans le modèle (banqup-import template) et enregistrez-le en .xlsx.',
    nl: () => 'Dit is een tekstdocument (Word, Writer of RTF), geen rekenblad. Zet de klanten in het sjabloon (banqup-import template) en sla het op als .xlsx.',
    de: () => 'Das ist ein Textdokument (Word, Writer oder RTF), keine Tabelle. Tragen Sie die Kunden in die Vorlage ein (banqup-import template) und speichern Sie sie als .xlsx.',
  },
  'input.numbers_file': {
    en: () => 'This is an Apple Numbers file. In Numbers, choose File › Export To › Excel, then run banqup-import on the .xlsx file.',
    fr: () => 'C’est un fichier Apple Numbers. Dans Numbers, choisissez Fichier › Exporter vers › Excel, puis lancez banqup-import sur le fichier .xlsx.',
    nl: () => 'Dit is een Apple Numbers-bestand. Kies in Numbers Archief › Exporteer naar › Excel en voer banqup-import uit op het .xlsx-bestand.',
    de: () => 'Das ist eine Apple-Numbers-Datei. Wählen Sie in Numbers Ablage › Exportieren › Excel und führen Sie banqup-import mit der .xlsx-Datei aus.',
  },
  'input.markup_file': {
    en: () => 'This file is a web page or XML export, not a real spreadsheet file. Open it in Excel and save it as .xlsx (Excel Workbook), then try again.',
    fr: () => 'Ce fichier est une page web ou un export XML, pas un vrai classeur. Ouvrez-le dans Excel et enregistrez-le en .xlsx (Classeur Excel), puis réessayez.',
    nl: () => 'Dit bestand is een webpagina of XML-export, geen echt rekenbladbestand. Open het in Excel, sla het op als .xlsx (Excel-werkmap) en probeer opnieuw.',
    de: () => 'Diese Datei ist eine Webseite oder ein XML-Export, keine echte Tabellendatei. Öffnen Sie sie in Excel, speichern Sie sie als .xlsx (Excel-Arbeitsmappe) und versuchen Sie es erneut.',
  },
  'input.not_spreadsheet': {
    en: () => `This file is not a spreadsheet that banqup-import can read. ${SAVE_AS_EN}`,
    fr: () => `Ce fichier n’est pas un tableau que banqup-import sait lire. ${SAVE_AS_FR}`,
    nl: () => `Dit bestand is geen rekenblad dat banqup-import kan lezen. ${SAVE_AS_NL}`,
    de: () => `Diese Datei ist keine Tabelle, die banqup-import lesen kann. ${SAVE_AS_DE}`,
  },
  'input.password_protected': {
    en: () => 'The file is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save, and try again.',
    fr: () => 'Le fichier est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe), enregistrez et réessayez.',
    nl: () => 'Het bestand is beveiligd met een wachtwoord. Open het in Excel, verwijder het wachtwoord (Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord), sla op en probeer opnieuw.',
    de: () => 'Die Datei ist kennwortgeschützt. Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei › Informationen › Arbeitsmappe schützen › Mit Kennwort verschlüsseln), speichern Sie und versuchen Sie es erneut.',
  },
  'input.corrupt': {
    // params.detail holds the library's own words, kept for --json and bug reports, not for users.
    en: () => 'The file is damaged or incomplete and cannot be read. Open it in Excel, save it again as .xlsx, and try again.',
    fr: () => 'Le fichier est endommagé ou incomplet et ne peut pas être lu. Ouvrez-le dans Excel, enregistrez-le de nouveau en .xlsx et réessayez.',
    nl: () => 'Het bestand is beschadigd of onvolledig en kan niet gelezen worden. Open het in Excel, sla het opnieuw op als .xlsx en probeer opnieuw.',
    de: () => 'Die Datei ist beschädigt oder unvollständig und kann nicht gelesen werden. Öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx und versuchen Sie es noch einmal.',
  },
  'input.unpacked_too_large': {
    en: (p) =>
      `The file unpacks to ${p.more ? 'more than ' : ''}${bytesText(p.bytes, 'en')}, far more than a client list needs (at most ${p.max} MB). Copy the client sheet into a new workbook and try again.`,
    fr: (p) =>
      `Le fichier décompressé fait ${p.more ? 'plus de ' : ''}${bytesText(p.bytes, 'fr')}, bien plus qu’une liste de clients (${p.max} Mo au plus). Copiez la feuille des clients dans un nouveau classeur et réessayez.`,
    nl: (p) =>
      `Uitgepakt is het bestand ${p.more ? 'meer dan ' : ''}${bytesText(p.bytes, 'nl')}, veel meer dan een klantenlijst nodig heeft (hoogstens ${p.max} MB). Kopieer het klantenblad naar een nieuwe werkmap en probeer opnieuw.`,
    de: (p) =>
      `Entpackt ist die Datei ${p.more ? 'mehr als ' : ''}${bytesText(p.bytes, 'de')} groß, weit mehr als eine Kundenliste braucht (höchstens ${p.max} MB). Kopieren Sie das Kundenblatt in eine neue Arbeitsmappe und versuchen Sie es erneut.`,
  },
  'input.text_too_large': {
    en: (p) =>
      `The cells of sheet "${p.sheet}" hold more than ${p.max} million characters by row ${p.row}, far more than a client list (a few hundred a row). One long text repeated in every cell? Copy the client rows into a new workbook and try again.`,
    fr: (p) =>
      `Les cellules de la feuille « ${p.sheet} » contiennent plus de ${p.max} millions de caractères dès la ligne ${p.row}, bien plus qu’une liste de clients (quelques centaines par ligne). Un long texte répété dans chaque cellule ? Copiez les lignes des clients dans un nouveau classeur et réessayez.`,
    nl: (p) =>
      `De cellen van werkblad “${p.sheet}” bevatten tegen rij ${p.row} meer dan ${p.max} miljoen tekens, veel meer dan een klantenlijst (enkele honderden per rij). Een lange tekst in elke cel herhaald? Kopieer de klantrijen naar een nieuwe werkmap en probeer opnieuw.`,
    de: (p) =>
      `Die Zellen des Tabellenblatts „${p.sheet}“ enthalten bis Zeile ${p.row} mehr als ${p.max} Millionen Zeichen, weit mehr als eine Kundenliste (einige Hundert pro Zeile). Ein langer Text in jeder Zelle wiederholt? Kopieren Sie die Kundenzeilen in eine neue Arbeitsmappe und versuchen Sie es erneut.`,
  },
  'input.too_many_cells': {
    en: (p) =>
      `Sheet "${p.sheet}" has more than ${p.max} million filled cells by row ${p.row}; one run checks at most ${p.max} million (about 200 000 client rows). Split the list into several files.`,
    fr: (p) =>
      `La feuille « ${p.sheet} » a plus de ${p.max} millions de cellules remplies dès la ligne ${p.row} ; une exécution en vérifie ${p.max} millions au plus (environ 200 000 lignes de clients). Répartissez la liste en plusieurs fichiers.`,
    nl: (p) =>
      `Werkblad “${p.sheet}” heeft tegen rij ${p.row} meer dan ${p.max} miljoen gevulde cellen; één uitvoering controleert er hoogstens ${p.max} miljoen (ongeveer 200 000 klantrijen). Verdeel de lijst over meerdere bestanden.`,
    de: (p) =>
      `Das Tabellenblatt „${p.sheet}“ hat bis Zeile ${p.row} mehr als ${p.max} Millionen gefüllte Zellen; ein Lauf prüft höchstens ${p.max} Millionen (etwa 200 000 Kundenzeilen). Teilen Sie die Liste auf mehrere Dateien auf.`,
  },
  'input.too_many_problems': {
    en: (p) =>
      `The sheet has more than ${p.max} problems by row ${p.row}: this does not look like a client list (the wrong sheet, or shifted columns?). Check the first rows and try again.`,
    fr: (p) =>
      `La feuille a plus de ${p.max} problèmes dès la ligne ${p.row} : ce n’est sans doute pas une liste de clients (mauvaise feuille, colonnes décalées ?). Vérifiez les premières lignes et réessayez.`,
    nl: (p) =>
      `Het werkblad heeft tegen rij ${p.row} meer dan ${p.max} problemen: dit lijkt geen klantenlijst (verkeerd werkblad, of verschoven kolommen?). Controleer de eerste rijen en probeer opnieuw.`,
    de: (p) =>
      `Das Tabellenblatt hat bis Zeile ${p.row} mehr als ${p.max} Probleme: Das ist wohl keine Kundenliste (falsches Blatt oder verschobene Spalten?). Prüfen Sie die ersten Zeilen und versuchen Sie es erneut.`,
  },
  'input.too_many_rows': {
    en: (p) => `Sheet "${p.sheet}" has ${p.rows} rows below the header; one run takes at most ${p.max}. Split the list into several files, or delete the empty rows at the bottom.`,
    fr: (p) => `La feuille « ${p.sheet} » a ${p.rows} lignes sous l’en-tête ; une exécution en accepte ${p.max} au plus. Répartissez la liste en plusieurs fichiers, ou supprimez les lignes vides en bas.`,
    nl: (p) => `Werkblad “${p.sheet}” heeft ${p.rows} rijen onder de kopregel; één uitvoering neemt er hoogstens ${p.max}. Verdeel de lijst over meerdere bestanden, of verwijder de lege rijen onderaan.`,
    de: (p) => `Das Tabellenblatt „${p.sheet}“ hat ${p.rows} Zeilen unter der Kopfzeile; ein Lauf nimmt höchstens ${p.max}. Teilen Sie die Liste auf mehrere Dateien auf oder löschen Sie die leeren Zeilen unten.`,
  },
  'input.sheet_not_found': {
    en: (p) => `There is no sheet named "${p.sheet}" in this file. Its sheets are: ${p.sheets}. Check the name given with --sheet.`,
    fr: (p) => `Ce fichier n’a pas de feuille nommée « ${p.sheet} ». Ses feuilles sont : ${p.sheets}. Vérifiez le nom donné avec --sheet.`,
    nl: (p) => `Dit bestand heeft geen werkblad met de naam “${p.sheet}”. De werkbladen zijn: ${p.sheets}. Controleer de naam opgegeven met --sheet.`,
    de: (p) => `Diese Datei hat kein Tabellenblatt namens „${p.sheet}“. Ihre Blätter sind: ${p.sheets}. Prüfen Sie den mit --sheet angegebenen Namen.`,
  },
  'input.no_header': {
    en: (p) =>
      `No header row found in the first ${p.rows} rows of sheet "${p.sheet}": the first row must hold the column names of the template (Client name, Address, ZIP …). Use "banqup-import template" to get one.`,
    fr: (p) =>
      `Aucune ligne d’en-tête dans les ${p.rows} premières lignes de la feuille « ${p.sheet} » : la première ligne doit porter les noms de colonnes du modèle (Nom du client, Adresse, Code postal …). Lancez « banqup-import template » pour l’obtenir.`,
    nl: (p) =>
      `Geen kopregel gevonden in de eerste ${p.rows} rijen van werkblad “${p.sheet}”: de eerste rij moet de kolomnamen van het sjabloon bevatten (Naam klant, Adres, Postcode …). Gebruik “banqup-import template” om er een te krijgen.`,
    de: (p) =>
      `Keine Kopfzeile in den ersten ${p.rows} Zeilen des Tabellenblatts „${p.sheet}“: Die erste Zeile muss die Spaltennamen der Vorlage enthalten (Kundenname, Adresse, Postleitzahl …). „banqup-import template“ liefert eine Vorlage.`,
  },
  'input.missing_columns': {
    en: (p) =>
      `Sheet "${p.sheet}" lacks ${Number(p.count) > 1 ? 'these columns' : 'this column'} of the template: ${p.columns_en}. Add ${Number(p.count) > 1 ? 'them' : 'it'} to the header row, or rename the header to the template's name ("banqup-import template" shows them).`,
    fr: (p) =>
      `Il manque à la feuille « ${p.sheet} » ${Number(p.count) > 1 ? 'ces colonnes' : 'cette colonne'} du modèle : ${p.columns_fr}. Ajoutez-${Number(p.count) > 1 ? 'les' : 'la'} à la ligne d’en-tête, ou renommez l’en-tête comme dans le modèle (« banqup-import template » les montre).`,
    nl: (p) =>
      `Werkblad “${p.sheet}” mist ${Number(p.count) > 1 ? 'deze kolommen' : 'deze kolom'} van het sjabloon: ${p.columns_nl}. Voeg ze toe aan de kopregel, of hernoem de kop zoals in het sjabloon (“banqup-import template” toont ze).`,
    de: (p) =>
      `Dem Tabellenblatt „${p.sheet}“ ${Number(p.count) > 1 ? 'fehlen diese Spalten' : 'fehlt diese Spalte'} der Vorlage: ${p.columns_de}. Ergänzen Sie die Kopfzeile oder benennen Sie die Überschrift wie in der Vorlage („banqup-import template“ zeigt sie).`,
  },
  'input.duplicate_header': {
    en: (p) => `Columns ${p.first} ("${p.firstHeader}") and ${p.second} ("${p.secondHeader}") are both the template's "${p.column_en}" column. Keep one: delete or rename the other.`,
    fr: (p) => `Les colonnes ${p.first} (« ${p.firstHeader} ») et ${p.second} (« ${p.secondHeader} ») sont toutes deux la colonne « ${p.column_fr} » du modèle. Gardez-en une : supprimez ou renommez l’autre.`,
    nl: (p) => `Kolommen ${p.first} (“${p.firstHeader}”) en ${p.second} (“${p.secondHeader}”) zijn allebei de kolom “${p.column_nl}” van het sjabloon. Behoud er één: verwijder of hernoem de andere.`,
    de: (p) => `Die Spalten ${p.first} („${p.firstHeader}“) und ${p.second} („${p.secondHeader}“) sind beide die Spalte „${p.column_de}“ der Vorlage. Behalten Sie eine: Löschen oder benennen Sie die andere um.`,
  },
  'file.extra_columns': {
    en: (p) => `Columns not in the template were ignored: ${p.columns}.`,
    fr: (p) => `Colonnes hors modèle ignorées : ${p.columns}.`,
    nl: (p) => `Kolommen die niet in het sjabloon staan, werden genegeerd: ${p.columns}.`,
    de: (p) => `Spalten, die nicht in der Vorlage stehen, wurden ignoriert: ${p.columns}.`,
  },
  'file.merged_cells': {
    en: (p) => `Merged cells in ${p.ranges}: a value merged down a column counts for each of its rows; other merged cells count as empty. Unmerge them to be sure.`,
    fr: (p) => `Cellules fusionnées en ${p.ranges} : une valeur fusionnée vers le bas vaut pour chacune de ses lignes ; les autres cellules fusionnées comptent comme vides. Défusionnez-les pour être sûr.`,
    nl: (p) => `Samengevoegde cellen in ${p.ranges}: een waarde die naar beneden is samengevoegd, geldt voor elk van haar rijen; andere samengevoegde cellen tellen als leeg. Hef de samenvoeging op voor de zekerheid.`,
    de: (p) => `Verbundene Zellen in ${p.ranges}: Ein nach unten verbundener Wert gilt für jede seiner Zeilen; andere verbundene Zellen zählen als leer. Heben Sie die Verbindung zur Sicherheit auf.`,
  },
  'file.empty_rows': {
    en: (p) => `Empty rows inside the list were skipped (${p.rows}). Check that no client is missing there.`,
    fr: (p) => `Lignes vides ignorées dans la liste (${p.rows}). Vérifiez qu’aucun client n’y manque.`,
    nl: (p) => `Lege rijen in de lijst werden overgeslagen (${p.rows}). Controleer dat daar geen klant ontbreekt.`,
    de: (p) => `Leere Zeilen in der Liste wurden übersprungen (${p.rows}). Prüfen Sie, dass dort kein Kunde fehlt.`,
  },
  'cell.stored_as_number': {
    en: () => 'Stored as a number: leading zeros may be lost. Format the column as Text and check the value.',
    fr: () => 'Enregistré comme nombre : les zéros en tête ont pu être perdus. Mettez la colonne au format Texte.',
    nl: () => 'Opgeslagen als getal: voorloopnullen kunnen verloren zijn. Zet de kolom op de opmaak Tekst en controleer de waarde.',
    de: () => 'Als Zahl gespeichert: Führende Nullen können verloren sein. Formatieren Sie die Spalte als Text und prüfen Sie den Wert.',
  },
  'cell.number_too_long': {
    en: (p) => `Excel keeps only ${p.max} digits of a number, so this one was rounded. Re-enter the cell as text.`,
    fr: (p) => `Excel ne garde que ${p.max} chiffres d’un nombre : celui-ci est arrondi. Ressaisissez la cellule en texte.`,
    nl: (p) => `Excel bewaart slechts ${p.max} cijfers van een getal, dus dit getal werd afgerond. Voer de cel opnieuw in als tekst.`,
    de: (p) => `Excel behält nur ${p.max} Ziffern einer Zahl, diese wurde also gerundet. Geben Sie die Zelle erneut als Text ein.`,
  },
  'cell.not_integer': {
    en: () => 'A decimal number, not an identifier. Re-enter the cell as text, exactly as written.',
    fr: () => 'Un nombre décimal, pas un identifiant. Ressaisissez la cellule en texte, telle qu’elle s’écrit.',
    nl: () => 'Een decimaal getal, geen identificatienummer. Voer de cel opnieuw in als tekst, precies zoals geschreven.',
    de: () => 'Eine Dezimalzahl, keine Kennung. Geben Sie die Zelle erneut als Text ein, genau wie geschrieben.',
  },
  'cell.date': {
    en: () => 'Excel turned this value into a date. Format the column as Text and re-enter the value.',
    fr: () => 'Excel a changé cette valeur en date. Mettez la colonne au format Texte et ressaisissez la valeur.',
    nl: () => 'Excel maakte van deze waarde een datum. Zet de kolom op de opmaak Tekst en voer de waarde opnieuw in.',
    de: () => 'Excel hat diesen Wert in ein Datum verwandelt. Formatieren Sie die Spalte als Text und geben Sie den Wert erneut ein.',
  },
  'cell.formula_without_value': {
    en: () => 'A formula without a saved result. Open the file in Excel, save it, and run again.',
    fr: () => 'Une formule sans résultat enregistré. Ouvrez le fichier dans Excel, enregistrez-le et relancez.',
    nl: () => 'Een formule zonder opgeslagen resultaat. Open het bestand in Excel, sla het op en voer opnieuw uit.',
    de: () => 'Eine Formel ohne gespeichertes Ergebnis. Öffnen Sie die Datei in Excel, speichern Sie sie und starten Sie erneut.',
  },
  'cell.boolean': {
    en: () => 'Excel reads TRUE/FALSE here, not an identifier. Check the cell and type the value as text.',
    fr: () => 'Excel lit ici VRAI/FAUX, pas un identifiant. Vérifiez la cellule et saisissez la valeur en texte.',
    nl: () => 'Excel leest hier WAAR/ONWAAR, geen identificatienummer. Controleer de cel en typ de waarde als tekst.',
    de: () => 'Excel liest hier WAHR/FALSCH, keine Kennung. Prüfen Sie die Zelle und geben Sie den Wert als Text ein.',
  },
  'cell.error_value': {
    en: (p) => `The cell shows an Excel error (${p.error}). Fix the formula or type the value.`,
    fr: (p) => `La cellule affiche une erreur Excel (${p.error}). Corrigez la formule ou saisissez la valeur.`,
    nl: (p) => `De cel toont een Excel-fout (${p.error}). Verbeter de formule of typ de waarde.`,
    de: (p) => `Die Zelle zeigt einen Excel-Fehler (${p.error}). Korrigieren Sie die Formel oder geben Sie den Wert ein.`,
  },
};
