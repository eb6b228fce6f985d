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
  },
  'usage.help_hint': {
    en: () => 'Run "banqup-import --help" to see the commands and options.',
    fr: () => 'Lancez « banqup-import --help » pour voir les commandes et les options.',
  },
  'usage.unknown_option': {
    en: (p) => `Unknown option '${p.option}'.${p.suggestions ? ` Did you mean ${orList(String(p.suggestions), 'or')}?` : ''}`,
    fr: (p) => `Option inconnue : « ${p.option} ».${p.suggestions ? ` Vouliez-vous dire ${orList(String(p.suggestions), 'ou')} ?` : ''}`,
  },
  'usage.missing_value': {
    en: (p) => `${p.option} needs a value: ${p.usage}.`,
    fr: (p) => `${p.option} attend une valeur : ${p.usage}.`,
  },
  'usage.bad_choice': {
    en: (p) => `${p.option} takes ${orList(String(p.choices), 'or')}; "${p.value}" is not one of them.`,
    fr: (p) => `${p.option} accepte ${orList(String(p.choices), 'ou')} ; « ${p.value} » n’en fait pas partie.`,
  },
  'usage.one_file': {
    en: (p) => `One file at a time: ${p.got} were given. A file name with spaces goes in quotes: "My clients.xlsx".`,
    fr: (p) => `Un seul fichier à la fois : ${p.got} ont été donnés. Un nom de fichier avec des espaces se met entre guillemets : "Mes clients.xlsx".`,
  },
  'usage.no_arguments': {
    en: (p) => `The ${p.command} command takes no file name.${p.command === 'template' ? ' To choose the file it writes, use -o: -o clients.xlsx.' : ''}`,
    fr: (p) => `La commande ${p.command} ne prend pas de nom de fichier.${p.command === 'template' ? ' Pour choisir le fichier écrit, utilisez -o : -o clients.xlsx.' : ''}`,
  },
  'usage.unknown_command': {
    en: (p) => `"${p.word}" is neither a file here nor a command. Did you mean "banqup-import ${p.command}"?`,
    fr: (p) => `« ${p.word} » n’est ni un fichier d’ici ni une commande. Vouliez-vous dire « banqup-import ${p.command} » ?`,
  },
  'usage.command_typo': {
    en: (p) => `File not found: ${p.path}. Did you mean the command "banqup-import ${p.command}"?`,
    fr: (p) => `Fichier introuvable : ${p.path}. Vouliez-vous dire la commande « banqup-import ${p.command} » ?`,
  },
  'usage.no_file': {
    en: () => 'Which file? Give the client sheet to check, e.g. "banqup-import clients.xlsx --dry-run", or "-" to read standard input.',
    fr: () => 'Quel fichier ? Indiquez la feuille des clients, p. ex. « banqup-import clients.xlsx --dry-run », ou « - » pour lire l’entrée standard.',
  },
  'usage.json_and_ndjson': {
    en: () => 'Choose either --json or --ndjson, not both.',
    fr: () => 'Choisissez --json ou --ndjson, pas les deux.',
  },
  'usage.bad_number': {
    en: (p) => `${p.option} takes a whole number from ${p.min} to ${p.max}; "${p.value}" is not one.`,
    fr: (p) => `${p.option} attend un nombre entier de ${p.min} à ${p.max} ; « ${p.value} » n’en est pas un.`,
  },
  'usage.share_email': {
    en: (p) => `--share-documents takes the e-mail the firm uses to log in to Banqup Files; "${p.value}" is not an e-mail address.`,
    fr: (p) => `--share-documents attend l’e-mail de connexion du cabinet à Banqup Files ; « ${p.value} » n’est pas une adresse e-mail.`,
  },
  'usage.delivery_channel': {
    en: (p) => `--delivery-channel takes banqup-files or email; "${p.value}" is neither.`,
    fr: (p) => `--delivery-channel accepte banqup-files ou email ; « ${p.value} » n’est ni l’un ni l’autre.`,
  },
  'usage.report_extension': {
    en: (p) => `The report file must end in .xlsx, .csv or .json ("${p.path}").`,
    fr: (p) => `Le fichier de rapport doit se terminer par .xlsx, .csv ou .json (« ${p.path} »).`,
  },
  'input.file_not_found': {
    en: (p) => `File not found: ${p.path}. Check the name and the folder you are in.`,
    fr: (p) => `Fichier introuvable : ${p.path}. Vérifiez le nom et le dossier où vous êtes.`,
  },
  'input.is_directory': {
    en: (p) => `${p.path} is a folder, not a file. Give the spreadsheet file itself.`,
    fr: (p) => `${p.path} est un dossier, pas un fichier. Indiquez le fichier du tableau lui-même.`,
  },
  'input.unreadable': {
    en: (p) => `Cannot read ${p.path} (${p.reason}). Check that the file is not open in another program and that you may read it.`,
    fr: (p) => `Impossible de lire ${p.path} (${p.reason}). Vérifiez que le fichier n’est pas ouvert ailleurs et que vous avez le droit de le lire.`,
  },
  'input.too_large': {
    en: (p) => `${p.path} is ${p.size} MB; banqup-import reads files up to ${p.max} MB. Split the client list into several files.`,
    fr: (p) => `${p.path} fait ${p.size} Mo ; banqup-import lit des fichiers de ${p.max} Mo au plus. Répartissez la liste des clients en plusieurs fichiers.`,
  },
  'input.stdin_is_terminal': {
    en: () => '"-" reads the spreadsheet from standard input, but nothing was piped in. Example: cat clients.csv | banqup-import - --dry-run',
    fr: () => '« - » lit le tableau sur l’entrée standard, mais rien n’y a été envoyé. Exemple : cat clients.csv | banqup-import - --dry-run',
  },
  'template.exists': {
    en: (p) => `${p.path} already exists. Choose another name with -o, or add --force to replace it.`,
    fr: (p) => `${p.path} existe déjà. Choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer.`,
  },
  'template.stdout_is_terminal': {
    en: () => 'Not writing a binary .xlsx file to the terminal. Redirect it (-o - > clients.xlsx) or give a file name with -o.',
    fr: () => 'Un fichier .xlsx binaire ne s’affiche pas dans le terminal. Redirigez-le (-o - > clients.xlsx) ou indiquez un nom de fichier avec -o.',
  },
  'template.written': {
    en: (p) => `Template written to ${p.path}. Fill in one client per row, then run: banqup-import ${p.path} --dry-run`,
    fr: (p) => `Modèle écrit dans ${p.path}. Remplissez un client par ligne, puis lancez : banqup-import ${p.path} --dry-run`,
  },
  'credentials.missing': {
    en: () =>
      'The sheet is valid, but importing needs Banqup API credentials: set BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET (or use --dry-run to check only).',
    fr: () =>
      'Le tableau est valide, mais l’import demande des identifiants API Banqup : définissez BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET (ou utilisez --dry-run pour vérifier seulement).',
  },
  'interrupted.nothing_changed': {
    en: () => 'Interrupted; nothing was changed.',
    fr: () => 'Interrompu ; rien n’a été modifié.',
  },
  'internal.bug': {
    en: (p) => `Internal error (a bug in banqup-import): ${p.detail}\nNothing else was changed. Please report it with the command you ran and this message.`,
    fr: (p) => `Erreur interne (un défaut de banqup-import) : ${p.detail}\nRien d’autre n’a été modifié. Merci de la signaler avec la commande lancée et ce message.`,
  },
};
