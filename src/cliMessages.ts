import type { MessageCatalogue } from './domain/types.js';

/** "a, b, c" as "a, b or c" (or "ou"). */
function orList(list: string, or: string): string {
  const items = list.split(/,\s*/);
  return items.length < 2 ? list : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

/** Messages of the shell: usage problems, files, credentials, bugs. */
export const cliMessages: MessageCatalogue = {
  'usage.invalid': {
    en: (p) => `${p.detail}`,
    fr: (p) => `${p.detail}`,
    nl: (p) => `${p.detail}`,
    de: (p) => `${p.detail}`,
  },
  'usage.help_hint': {
    en: () => 'Run "banqup-import --help" to see the commands and options.',
    fr: () => 'Lancez « banqup-import --help » pour voir les commandes et les options.',
    nl: () => 'Voer “banqup-import --help” uit om de opdrachten en opties te zien.',
    de: () => 'Führen Sie „banqup-import --help“ aus, um die Befehle und Optionen zu sehen.',
  },
  'usage.unknown_option': {
    en: (p) => `Unknown option '${p.option}'.${p.suggestions ? ` Did you mean ${orList(String(p.suggestions), 'or')}?` : ''}`,
    fr: (p) => `Option inconnue : « ${p.option} ».${p.suggestions ? ` Vouliez-vous dire ${orList(String(p.suggestions), 'ou')} ?` : ''}`,
    nl: (p) => `Onbekende optie “${p.option}”.${p.suggestions ? ` Bedoelt u ${orList(String(p.suggestions), 'of')}?` : ''}`,
    de: (p) => `Unbekannte Option „${p.option}“.${p.suggestions ? ` Meinten Sie ${orList(String(p.suggestions), 'oder')}?` : ''}`,
  },
  'usage.missing_value': {
    en: (p) => `${p.option} needs a value: ${p.usage}.`,
    fr: (p) => `${p.option} attend une valeur : ${p.usage}.`,
    nl: (p) => `${p.option} verwacht een waarde: ${p.usage}.`,
    de: (p) => `${p.option} erwartet einen Wert: ${p.usage}.`,
  },
  'usage.bad_choice': {
    en: (p) => `${p.option} takes ${orList(String(p.choices), 'or')}; "${p.value}" is not one of them.`,
    fr: (p) => `${p.option} accepte ${orList(String(p.choices), 'ou')} ; « ${p.value} » n’en fait pas partie.`,
    nl: (p) => `${p.option} aanvaardt ${orList(String(p.choices), 'of')}; “${p.value}” hoort daar niet bij.`,
    de: (p) => `${p.option} akzeptiert ${orList(String(p.choices), 'oder')}; „${p.value}“ gehört nicht dazu.`,
  },
  'usage.bad_lang': {
    en: (p) => `${p.option} takes ${orList(String(p.choices), 'or')}, or a locale such as fr_LU or nl-BE; "${p.value}" is none of them.`,
    fr: (p) => `${p.option} accepte ${orList(String(p.choices), 'ou')}, ou une locale comme fr_LU ou nl-BE ; « ${p.value} » n’en fait pas partie.`,
    nl: (p) => `${p.option} aanvaardt ${orList(String(p.choices), 'of')}, of een locale zoals fr_LU of nl-BE; “${p.value}” hoort daar niet bij.`,
    de: (p) => `${p.option} akzeptiert ${orList(String(p.choices), 'oder')} oder ein Gebietsschema wie fr_LU oder nl-BE; „${p.value}“ gehört nicht dazu.`,
  },
  'usage.one_file': {
    en: (p) => `One file at a time: ${p.got} were given. A file name with spaces goes in quotes: "My clients.xlsx".`,
    fr: (p) => `Un seul fichier à la fois : ${p.got} ont été donnés. Un nom de fichier avec des espaces se met entre guillemets : "Mes clients.xlsx".`,
    nl: (p) => `Eén bestand tegelijk: er werden er ${p.got} opgegeven. Zet een bestandsnaam met spaties tussen aanhalingstekens: "Mijn klanten.xlsx".`,
    de: (p) => `Eine Datei auf einmal: ${p.got} wurden angegeben. Setzen Sie einen Dateinamen mit Leerzeichen in Anführungszeichen: "Meine Kunden.xlsx".`,
  },
  'usage.no_arguments': {
    en: (p) => `The ${p.command} command takes no file name.${p.command === 'template' ? ' To choose the file it writes, use -o: -o clients.xlsx.' : ''}`,
    fr: (p) => `La commande ${p.command} ne prend pas de nom de fichier.${p.command === 'template' ? ' Pour choisir le fichier écrit, utilisez -o : -o clients.xlsx.' : ''}`,
    nl: (p) => `De opdracht ${p.command} neemt geen bestandsnaam.${p.command === 'template' ? ' Kies het bestand dat ze schrijft met -o: -o klanten.xlsx.' : ''}`,
    de: (p) => `Der Befehl ${p.command} nimmt keinen Dateinamen.${p.command === 'template' ? ' Die geschriebene Datei wählen Sie mit -o: -o kunden.xlsx.' : ''}`,
  },
  'usage.unknown_command': {
    en: (p) => `"${p.word}" is neither a file here nor a command. Did you mean "banqup-import ${p.command}"?`,
    fr: (p) => `« ${p.word} » n’est ni un fichier d’ici ni une commande. Vouliez-vous dire « banqup-import ${p.command} » ?`,
    nl: (p) => `“${p.word}” is hier geen bestand en ook geen opdracht. Bedoelt u “banqup-import ${p.command}”?`,
    de: (p) => `„${p.word}“ ist hier weder eine Datei noch ein Befehl. Meinten Sie „banqup-import ${p.command}“?`,
  },
  'usage.command_typo': {
    en: (p) => `File not found: ${p.path}. Did you mean the command "banqup-import ${p.command}"?`,
    fr: (p) => `Fichier introuvable : ${p.path}. Vouliez-vous dire la commande « banqup-import ${p.command} » ?`,
    nl: (p) => `Bestand niet gevonden: ${p.path}. Bedoelt u de opdracht “banqup-import ${p.command}”?`,
    de: (p) => `Datei nicht gefunden: ${p.path}. Meinten Sie den Befehl „banqup-import ${p.command}“?`,
  },
  'usage.no_file': {
    en: () => 'Which file? Give the client sheet to check, e.g. "banqup-import clients.xlsx --dry-run", or "-" to read standard input.',
    fr: () => 'Quel fichier ? Indiquez la feuille des clients, p. ex. « banqup-import clients.xlsx --dry-run », ou « - » pour lire l’entrée standard.',
    nl: () => 'Welk bestand? Geef de klantenlijst op, bv. “banqup-import klanten.xlsx --dry-run”, of “-” om de standaardinvoer te lezen.',
    de: () => 'Welche Datei? Geben Sie die Kundenliste an, z. B. „banqup-import kunden.xlsx --dry-run“, oder „-“, um die Standardeingabe zu lesen.',
  },
  'usage.json_and_ndjson': {
    en: () => 'Choose either --json or --ndjson, not both.',
    fr: () => 'Choisissez --json ou --ndjson, pas les deux.',
    nl: () => 'Kies --json of --ndjson, niet allebei.',
    de: () => 'Wählen Sie --json oder --ndjson, nicht beides.',
  },
  'usage.bad_number': {
    en: (p) => `${p.option} takes a whole number from ${p.min} to ${p.max}; "${p.value}" is not one.`,
    fr: (p) => `${p.option} attend un nombre entier de ${p.min} à ${p.max} ; « ${p.value} » n’en est pas un.`,
    nl: (p) => `${p.option} verwacht een geheel getal van ${p.min} tot ${p.max}; “${p.value}” is dat niet.`,
    de: (p) => `${p.option} erwartet eine ganze Zahl von ${p.min} bis ${p.max}; „${p.value}“ ist keine.`,
  },
  'usage.share_email': {
    en: (p) => `--share-documents takes the e-mail the firm uses to log in to Banqup Files; "${p.value}" is not an e-mail address.`,
    fr: (p) => `--share-documents attend l’e-mail de connexion du cabinet à Banqup Files ; « ${p.value} » n’est pas une adresse e-mail.`,
    nl: (p) => `--share-documents verwacht het e-mailadres waarmee het kantoor zich aanmeldt bij Banqup Files; “${p.value}” is geen e-mailadres.`,
    de: (p) => `--share-documents erwartet die E-Mail-Adresse, mit der sich die Kanzlei bei Banqup Files anmeldet; „${p.value}“ ist keine E-Mail-Adresse.`,
  },
  'usage.delivery_channel': {
    en: (p) => `--delivery-channel takes banqup-files or email; "${p.value}" is neither.`,
    fr: (p) => `--delivery-channel accepte banqup-files ou email ; « ${p.value} » n’est ni l’un ni l’autre.`,
    nl: (p) => `--delivery-channel aanvaardt banqup-files of email; “${p.value}” is geen van beide.`,
    de: (p) => `--delivery-channel akzeptiert banqup-files oder email; „${p.value}“ ist keins von beiden.`,
  },
  'usage.report_extension': {
    en: (p) => `The report file must end in .xlsx, .csv or .json ("${p.path}").`,
    fr: (p) => `Le fichier de rapport doit se terminer par .xlsx, .csv ou .json (« ${p.path} »).`,
    nl: (p) => `Het rapportbestand moet eindigen op .xlsx, .csv of .json (“${p.path}”).`,
    de: (p) => `Die Berichtsdatei muss auf .xlsx, .csv oder .json enden („${p.path}“).`,
  },
  'input.file_not_found': {
    en: (p) => `File not found: ${p.path}. Check the name and the folder you are in.`,
    fr: (p) => `Fichier introuvable : ${p.path}. Vérifiez le nom et le dossier où vous êtes.`,
    nl: (p) => `Bestand niet gevonden: ${p.path}. Controleer de naam en de map waarin u zich bevindt.`,
    de: (p) => `Datei nicht gefunden: ${p.path}. Prüfen Sie den Namen und den Ordner, in dem Sie sich befinden.`,
  },
  'input.is_directory': {
    en: (p) => `${p.path} is a folder, not a file. Give the spreadsheet file itself.`,
    fr: (p) => `${p.path} est un dossier, pas un fichier. Indiquez le fichier du tableau lui-même.`,
    nl: (p) => `${p.path} is een map, geen bestand. Geef het rekenbladbestand zelf op.`,
    de: (p) => `${p.path} ist ein Ordner, keine Datei. Geben Sie die Tabellendatei selbst an.`,
  },
  'input.unreadable': {
    en: (p) => `Cannot read ${p.path} (${p.reason}). Check that the file is not open in another program and that you may read it.`,
    fr: (p) => `Impossible de lire ${p.path} (${p.reason}). Vérifiez que le fichier n’est pas ouvert ailleurs et que vous avez le droit de le lire.`,
    nl: (p) => `Kan ${p.path} niet lezen (${p.reason}). Controleer of het bestand niet in een ander programma openstaat en of u het mag lezen.`,
    de: (p) => `${p.path} kann nicht gelesen werden (${p.reason}). Prüfen Sie, ob die Datei in einem anderen Programm geöffnet ist und ob Sie sie lesen dürfen.`,
  },
  'input.too_large': {
    en: (p) => `${p.path} is ${p.size} MB; banqup-import reads files up to ${p.max} MB. Split the client list into several files.`,
    fr: (p) => `${p.path} fait ${p.size} Mo ; banqup-import lit des fichiers de ${p.max} Mo au plus. Répartissez la liste des clients en plusieurs fichiers.`,
    nl: (p) => `${p.path} is ${p.size} MB groot; banqup-import leest bestanden tot ${p.max} MB. Verdeel de klantenlijst over meerdere bestanden.`,
    de: (p) => `${p.path} ist ${p.size} MB groß; banqup-import liest Dateien bis ${p.max} MB. Teilen Sie die Kundenliste auf mehrere Dateien auf.`,
  },
  'input.stdin_is_terminal': {
    en: () => '"-" reads the spreadsheet from standard input, but nothing was piped in. Example: cat clients.csv | banqup-import - --dry-run',
    fr: () => '« - » lit le tableau sur l’entrée standard, mais rien n’y a été envoyé. Exemple : cat clients.csv | banqup-import - --dry-run',
    nl: () => '“-” leest het rekenblad van de standaardinvoer, maar er werd niets doorgegeven. Voorbeeld: cat klanten.csv | banqup-import - --dry-run',
    de: () => '„-“ liest die Tabelle von der Standardeingabe, aber es wurde nichts übergeben. Beispiel: cat kunden.csv | banqup-import - --dry-run',
  },
  'template.exists': {
    en: (p) => `${p.path} already exists. Choose another name with -o, or add --force to replace it.`,
    fr: (p) => `${p.path} existe déjà. Choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer.`,
    nl: (p) => `${p.path} bestaat al. Kies een andere naam met -o, of voeg --force toe om het te vervangen.`,
    de: (p) => `${p.path} existiert bereits. Wählen Sie mit -o einen anderen Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen.`,
  },
  'template.stdout_is_terminal': {
    en: () => 'Not writing a binary .xlsx file to the terminal. Redirect it (-o - > clients.xlsx) or give a file name with -o.',
    fr: () => 'Un fichier .xlsx binaire ne s’affiche pas dans le terminal. Redirigez-le (-o - > clients.xlsx) ou indiquez un nom de fichier avec -o.',
    nl: () => 'Een binair .xlsx-bestand wordt niet naar de terminal geschreven. Leid het om (-o - > klanten.xlsx) of geef een bestandsnaam op met -o.',
    de: () => 'Eine binäre .xlsx-Datei wird nicht ins Terminal geschrieben. Leiten Sie sie um (-o - > kunden.xlsx) oder geben Sie mit -o einen Dateinamen an.',
  },
  'template.written': {
    en: (p) => `Template written to ${p.path}. Fill in one client per row, then run: banqup-import ${p.path} --dry-run`,
    fr: (p) => `Modèle écrit dans ${p.path}. Remplissez un client par ligne, puis lancez : banqup-import ${p.path} --dry-run`,
    nl: (p) => `Sjabloon geschreven naar ${p.path}. Vul één klant per rij in en voer dan uit: banqup-import ${p.path} --dry-run`,
    de: (p) => `Vorlage nach ${p.path} geschrieben. Tragen Sie einen Kunden pro Zeile ein und führen Sie dann aus: banqup-import ${p.path} --dry-run`,
  },
  'credentials.missing': {
    en: () =>
      'The sheet is valid, but importing needs Banqup API credentials: set BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET (or use --dry-run to check only).',
    fr: () =>
      'Le tableau est valide, mais l’import demande des identifiants API Banqup : définissez BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET (ou utilisez --dry-run pour vérifier seulement).',
    nl: () =>
      'Het rekenblad is geldig, maar importeren vraagt API-toegangsgegevens van Banqup: stel BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET in (of gebruik --dry-run om enkel te controleren).',
    de: () =>
      'Die Tabelle ist gültig, aber der Import braucht Banqup-API-Zugangsdaten: Setzen Sie BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET (oder nutzen Sie --dry-run, um nur zu prüfen).',
  },
  'interrupted.nothing_changed': {
    en: () => 'Interrupted; nothing was changed.',
    fr: () => 'Interrompu ; rien n’a été modifié.',
    nl: () => 'Onderbroken; er werd niets gewijzigd.',
    de: () => 'Abgebrochen; es wurde nichts geändert.',
  },
  'internal.bug': {
    en: (p) => `Internal error (a bug in banqup-import): ${p.detail}\nNothing else was changed. Please report it with the command you ran and this message.`,
    fr: (p) => `Erreur interne (un défaut de banqup-import) : ${p.detail}\nRien d’autre n’a été modifié. Merci de la signaler avec la commande lancée et ce message.`,
    nl: (p) => `Interne fout (een fout in banqup-import): ${p.detail}\nVerder werd niets gewijzigd. Meld het a.u.b. met de opdracht die u uitvoerde en deze melding.`,
    de: (p) => `Interner Fehler (ein Fehler in banqup-import): ${p.detail}\nSonst wurde nichts geändert. Bitte melden Sie ihn mit dem ausgeführten Befehl und dieser Meldung.`,
  },
};
