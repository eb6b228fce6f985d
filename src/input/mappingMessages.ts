import type { MessageCatalogue, MessageParams } from '../domain/types.js';
import { COLUMNS } from './columns.js';

type Language = 'en' | 'fr' | 'nl' | 'de';

const OR: Readonly<Record<Language, string>> = { en: 'or', fr: 'ou', nl: 'of', de: 'oder' };

/** A template column as a message names it: its letter and its header in the language ("F RCS"). */
function column(key: string | number | undefined, lang: Language): string {
  if (key === 'companyNumber|vatNumber') return `${column('companyNumber', lang)} ${OR[lang]} ${column('vatNumber', lang)}`;
  const spec = COLUMNS.find((c) => c.key === key);
  return spec ? `${spec.letter} ${spec.label[lang] ?? spec.label.en}` : String(key);
}

/** A comma-separated list of column keys, named in the language. */
function columns(keys: string | number | undefined, lang: Language): string {
  return String(keys ?? '').split(',').filter(Boolean).map((k) => column(k, lang)).join(', ');
}

const KINDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { iban: 'IBANs', vat: 'VAT numbers', bic: 'BICs', email: 'e-mail addresses', emails: 'lists of e-mail addresses', country: 'countries', language: 'languages' },
  fr: { iban: 'des IBAN', vat: 'des numéros de TVA', bic: 'des BIC', email: 'des adresses e-mail', emails: 'des listes d’adresses e-mail', country: 'des pays', language: 'des langues' },
  nl: { iban: 'IBAN’s', vat: 'btw-nummers', bic: 'BIC’s', email: 'e-mailadressen', emails: 'lijsten van e-mailadressen', country: 'landen', language: 'talen' },
  de: { iban: 'IBANs', vat: 'USt-IdNrn.', bic: 'BICs', email: 'E-Mail-Adressen', emails: 'Listen von E-Mail-Adressen', country: 'Länder', language: 'Sprachen' },
};

const kind = (p: MessageParams, lang: Language): string => KINDS[lang][String(p.kind)] ?? String(p.kind);

/** The fix a stopped run offers: the suggested `--map`s, else the form of one. */
function fix(p: MessageParams, lang: Language): string {
  if (p.maps !== '') {
    return {
      en: `If ${p.suggested} ${String(p.suggested).includes(', ') ? 'are' : 'is'} ${columns(p.targets, 'en')}, add ${p.maps}.`,
      fr: `Si ${p.suggested} correspond à ${columns(p.targets, 'fr')}, ajoutez ${p.maps}.`,
      nl: `Als ${p.suggested} overeenkomt met ${columns(p.targets, 'nl')}, voeg dan ${p.maps} toe.`,
      de: `Wenn ${p.suggested} ${columns(p.targets, 'de')} entspricht, ergänzen Sie ${p.maps}.`,
    }[lang];
  }
  return {
    en: `Say which column holds what with --map "<header>=<letter>", for example ${p.example}.`,
    fr: `Indiquez quelle colonne contient quoi avec --map "<en-tête>=<lettre>", par exemple ${p.example}.`,
    nl: `Geef met --map "<kop>=<letter>" aan welke kolom wat bevat, bijvoorbeeld ${p.example}.`,
    de: `Geben Sie mit --map "<Überschrift>=<Buchstabe>" an, welche Spalte was enthält, zum Beispiel ${p.example}.`,
  }[lang];
}

/**
 * Messages of column mapping (`--map`, `--mapping`, `--save-mapping`, the prompt) and of the
 * columns the template does not know: in every language, with the same placeholders.
 */
export const mappingMessages: MessageCatalogue = {
  'mapping.bad_map': {
    en: (p) => `--map "${p.value}" names no column: write --map "<header in the file>=<column letter or field>", for example --map "N° RCS=F".`,
    fr: (p) => `--map « ${p.value} » ne désigne aucune colonne : écrivez --map "<en-tête du fichier>=<lettre de colonne ou champ>", par exemple --map "N° RCS=F".`,
    nl: (p) => `--map "${p.value}" noemt geen kolom: schrijf --map "<kop in het bestand>=<kolomletter of veld>", bijvoorbeeld --map "N° RCS=F".`,
    de: (p) => `--map „${p.value}“ nennt keine Spalte: Schreiben Sie --map "<Überschrift in der Datei>=<Spaltenbuchstabe oder Feld>", zum Beispiel --map "N° RCS=F".`,
  },
  'mapping.unknown_target': {
    en: (p) => `"${p.target}" (for the column "${p.header}") is no column of the template. Give a letter from A to ${p.last} (as in "banqup-import template"), an API field such as companyNumber or address.postalCode, or - to leave the column out.`,
    fr: (p) => `« ${p.target} » (pour la colonne « ${p.header} ») n’est pas une colonne du modèle. Donnez une lettre de A à ${p.last} (comme dans « banqup-import template »), un champ de l’API comme companyNumber ou address.postalCode, ou - pour laisser la colonne de côté.`,
    nl: (p) => `"${p.target}" (voor de kolom "${p.header}") is geen kolom van het sjabloon. Geef een letter van A tot ${p.last} (zoals in "banqup-import template"), een API-veld zoals companyNumber of address.postalCode, of - om de kolom over te slaan.`,
    de: (p) => `„${p.target}“ (für die Spalte „${p.header}“) ist keine Spalte der Vorlage. Geben Sie einen Buchstaben von A bis ${p.last} (wie in „banqup-import template“), ein API-Feld wie companyNumber oder address.postalCode an, oder -, um die Spalte auszulassen.`,
  },
  'mapping.file_not_found': {
    en: (p) => `The mapping file ${p.path} does not exist. Check the name given with --mapping (--save-mapping writes one).`,
    fr: (p) => `Le fichier de correspondance ${p.path} n’existe pas. Vérifiez le nom donné avec --mapping (--save-mapping en écrit un).`,
    nl: (p) => `Het koppelingsbestand ${p.path} bestaat niet. Controleer de naam na --mapping (--save-mapping maakt er een).`,
    de: (p) => `Die Zuordnungsdatei ${p.path} gibt es nicht. Prüfen Sie den Namen nach --mapping (--save-mapping legt eine an).`,
  },
  'mapping.file_unreadable': {
    en: (p) => `The mapping file ${p.path} cannot be read (${p.reason}). Check that it is a file you may open.`,
    fr: (p) => `Le fichier de correspondance ${p.path} ne peut pas être lu (${p.reason}). Vérifiez que c’est un fichier que vous pouvez ouvrir.`,
    nl: (p) => `Het koppelingsbestand ${p.path} kan niet gelezen worden (${p.reason}). Controleer of het een bestand is dat u mag openen.`,
    de: (p) => `Die Zuordnungsdatei ${p.path} kann nicht gelesen werden (${p.reason}). Prüfen Sie, ob es eine Datei ist, die Sie öffnen dürfen.`,
  },
  'mapping.file_not_json': {
    en: (p) => `The mapping file ${p.path} is not valid JSON. It must look like {"N° RCS": "F", "Dénomination": "legalName"}; --save-mapping writes one.`,
    fr: (p) => `Le fichier de correspondance ${p.path} n’est pas du JSON valide. Il doit ressembler à {"N° RCS": "F", "Dénomination": "legalName"} ; --save-mapping en écrit un.`,
    nl: (p) => `Het koppelingsbestand ${p.path} is geen geldige JSON. Het moet eruitzien als {"N° RCS": "F", "Dénomination": "legalName"}; --save-mapping maakt er een.`,
    de: (p) => `Die Zuordnungsdatei ${p.path} ist kein gültiges JSON. Sie muss aussehen wie {"N° RCS": "F", "Dénomination": "legalName"}; --save-mapping legt eine an.`,
  },
  'mapping.file_not_object': {
    en: (p) => `The mapping file ${p.path} must hold one JSON object of "header": "column" pairs, such as {"N° RCS": "F", "Dénomination": "legalName"}.`,
    fr: (p) => `Le fichier de correspondance ${p.path} doit contenir un objet JSON de paires "en-tête": "colonne", comme {"N° RCS": "F", "Dénomination": "legalName"}.`,
    nl: (p) => `Het koppelingsbestand ${p.path} moet één JSON-object met paren "kop": "kolom" bevatten, zoals {"N° RCS": "F", "Dénomination": "legalName"}.`,
    de: (p) => `Die Zuordnungsdatei ${p.path} muss ein JSON-Objekt mit Paaren "Überschrift": "Spalte" enthalten, etwa {"N° RCS": "F", "Dénomination": "legalName"}.`,
  },
  'mapping.file_bad_entry': {
    en: (p) => `In the mapping file ${p.path}, the entry "${p.header}" needs a column as text: a letter ("F"), an API field ("companyNumber") or "-" to leave the column out.`,
    fr: (p) => `Dans le fichier de correspondance ${p.path}, l’entrée « ${p.header} » doit donner une colonne en texte : une lettre ("F"), un champ de l’API ("companyNumber") ou "-" pour laisser la colonne de côté.`,
    nl: (p) => `In het koppelingsbestand ${p.path} moet de regel "${p.header}" een kolom als tekst geven: een letter ("F"), een API-veld ("companyNumber") of "-" om de kolom over te slaan.`,
    de: (p) => `In der Zuordnungsdatei ${p.path} braucht der Eintrag „${p.header}“ eine Spalte als Text: einen Buchstaben ("F"), ein API-Feld ("companyNumber") oder "-", um die Spalte auszulassen.`,
  },
  'mapping.header_twice': {
    en: (p) => `The column "${p.header}" is mapped twice, to ${p.first} and to ${p.second}. Keep one --map for it.`,
    fr: (p) => `La colonne « ${p.header} » est attribuée deux fois, à ${p.first} et à ${p.second}. Gardez un seul --map pour elle.`,
    nl: (p) => `De kolom "${p.header}" is twee keer gekoppeld, aan ${p.first} en aan ${p.second}. Houd er één --map voor.`,
    de: (p) => `Die Spalte „${p.header}“ ist zweimal zugeordnet, zu ${p.first} und zu ${p.second}. Behalten Sie ein --map dafür.`,
  },
  'mapping.two_headers': {
    en: (p) => `"${p.first}" and "${p.second}" are both mapped to ${column(p.column, 'en')}. Map only one of them there: the other to another column, or to - to leave it out.`,
    fr: (p) => `« ${p.first} » et « ${p.second} » sont toutes deux attribuées à ${column(p.column, 'fr')}. N’en attribuez qu’une : l’autre à une autre colonne, ou à - pour la laisser de côté.`,
    nl: (p) => `"${p.first}" en "${p.second}" zijn allebei gekoppeld aan ${column(p.column, 'nl')}. Koppel er maar één: de andere aan een andere kolom, of aan - om ze over te slaan.`,
    de: (p) => `„${p.first}“ und „${p.second}“ sind beide ${column(p.column, 'de')} zugeordnet. Ordnen Sie nur eine zu: die andere einer anderen Spalte, oder - zum Auslassen.`,
  },
  'mapping.column_taken': {
    en: (p) => `"${p.mapped}" is mapped to ${column(p.column, 'en')}, but the column "${p.other}" already is that column by its name. Keep one: add ${p.leaveOut} to leave "${p.other}" out, or drop the mapping.`,
    fr: (p) => `« ${p.mapped} » est attribuée à ${column(p.column, 'fr')}, mais la colonne « ${p.other} » l’est déjà par son nom. Gardez-en une : ajoutez ${p.leaveOut} pour laisser « ${p.other} » de côté, ou retirez la correspondance.`,
    nl: (p) => `"${p.mapped}" is gekoppeld aan ${column(p.column, 'nl')}, maar de kolom "${p.other}" is dat al door haar naam. Houd er één: voeg ${p.leaveOut} toe om "${p.other}" over te slaan, of schrap de koppeling.`,
    de: (p) => `„${p.mapped}“ ist ${column(p.column, 'de')} zugeordnet, aber die Spalte „${p.other}“ ist das schon durch ihren Namen. Behalten Sie eine: Ergänzen Sie ${p.leaveOut}, um „${p.other}“ auszulassen, oder entfernen Sie die Zuordnung.`,
  },
  'mapping.header_not_found': {
    en: (p) => `The mapping names a column "${p.header}", but sheet "${p.sheet}" has no such header (case, accents and spaces do not count). Its headers: ${p.headers}. Correct the name in --map or in the mapping file.`,
    fr: (p) => `La correspondance nomme une colonne « ${p.header} », mais la feuille « ${p.sheet} » n’a pas cet en-tête (majuscules, accents et espaces ne comptent pas). Ses en-têtes : ${p.headers}. Corrigez le nom dans --map ou dans le fichier de correspondance.`,
    nl: (p) => `De koppeling noemt een kolom "${p.header}", maar blad "${p.sheet}" heeft die kop niet (hoofdletters, accenten en spaties tellen niet). De koppen: ${p.headers}. Verbeter de naam in --map of in het koppelingsbestand.`,
    de: (p) => `Die Zuordnung nennt eine Spalte „${p.header}“, aber das Blatt „${p.sheet}“ hat diese Überschrift nicht (Groß- und Kleinschreibung, Akzente und Leerzeichen zählen nicht). Seine Überschriften: ${p.headers}. Korrigieren Sie den Namen in --map oder in der Zuordnungsdatei.`,
  },
  'mapping.missing_columns': {
    en: (p) => `Sheet "${p.sheet}" has no column ${columns(p.missing, 'en')} of the template, while columns the template does not know hold data: ${p.columns}. ${fix(p, 'en')} Nothing was checked or sent.`,
    fr: (p) => `La feuille « ${p.sheet} » n’a pas de colonne ${columns(p.missing, 'fr')} du modèle, alors que des colonnes inconnues du modèle contiennent des données : ${p.columns}. ${fix(p, 'fr')} Rien n’a été vérifié ni envoyé.`,
    nl: (p) => `Blad "${p.sheet}" heeft geen kolom ${columns(p.missing, 'nl')} van het sjabloon, terwijl kolommen die het sjabloon niet kent gegevens bevatten: ${p.columns}. ${fix(p, 'nl')} Er is niets gecontroleerd of verstuurd.`,
    de: (p) => `Dem Blatt „${p.sheet}“ fehlt die Spalte ${columns(p.missing, 'de')} der Vorlage, während Spalten, die die Vorlage nicht kennt, Daten enthalten: ${p.columns}. ${fix(p, 'de')} Es wurde nichts geprüft oder gesendet.`,
  },
  'mapping.unknown_columns': {
    en: (p) => `Columns the template does not know hold data and resemble columns the sheet lacks: ${p.suggested} (${columns(p.targets, 'en')}). To import them, add ${p.maps}; to leave them out, add ${p.leaveOut}. Nothing was checked or sent.`,
    fr: (p) => `Des colonnes inconnues du modèle contiennent des données et ressemblent à des colonnes absentes de la feuille : ${p.suggested} (${columns(p.targets, 'fr')}). Pour les importer, ajoutez ${p.maps} ; pour les laisser de côté, ajoutez ${p.leaveOut}. Rien n’a été vérifié ni envoyé.`,
    nl: (p) => `Kolommen die het sjabloon niet kent bevatten gegevens en lijken op kolommen die het blad mist: ${p.suggested} (${columns(p.targets, 'nl')}). Om ze te importeren, voeg ${p.maps} toe; om ze over te slaan, voeg ${p.leaveOut} toe. Er is niets gecontroleerd of verstuurd.`,
    de: (p) => `Spalten, die die Vorlage nicht kennt, enthalten Daten und ähneln Spalten, die dem Blatt fehlen: ${p.suggested} (${columns(p.targets, 'de')}). Zum Importieren ergänzen Sie ${p.maps}; zum Auslassen ${p.leaveOut}. Es wurde nichts geprüft oder gesendet.`,
  },
  'file.column_looks_like': {
    en: (p) => `Column ${p.letter} "${p.header}" is not in the template and was not imported, but its cells look like ${kind(p, 'en')}: to import it as ${column(p.column, 'en')}, add ${p.map}.`,
    fr: (p) => `La colonne ${p.letter} « ${p.header} » n’est pas dans le modèle et n’a pas été importée, mais ses cellules ressemblent à ${kind(p, 'fr')} : pour l’importer comme ${column(p.column, 'fr')}, ajoutez ${p.map}.`,
    nl: (p) => `Kolom ${p.letter} "${p.header}" staat niet in het sjabloon en is niet geïmporteerd, maar de cellen lijken op ${kind(p, 'nl')}: om ze te importeren als ${column(p.column, 'nl')}, voeg ${p.map} toe.`,
    de: (p) => `Die Spalte ${p.letter} „${p.header}“ steht nicht in der Vorlage und wurde nicht importiert, ihre Zellen sehen aber aus wie ${kind(p, 'de')}: Um sie als ${column(p.column, 'de')} zu importieren, ergänzen Sie ${p.map}.`,
  },
  'mapping.prompt_intro': {
    en: () => 'Some columns of this file are not the template’s. Say which is which (Ctrl-C stops; nothing is sent).',
    fr: () => 'Certaines colonnes de ce fichier ne sont pas celles du modèle. Indiquez laquelle est laquelle (Ctrl-C arrête ; rien n’est envoyé).',
    nl: () => 'Sommige kolommen van dit bestand zijn niet die van het sjabloon. Geef aan welke welke is (Ctrl-C stopt; er wordt niets verstuurd).',
    de: () => 'Einige Spalten dieser Datei sind nicht die der Vorlage. Geben Sie an, welche welche ist (Strg-C bricht ab; es wird nichts gesendet).',
  },
  'mapping.prompt_which': {
    en: (p) => `Which column of the file holds ${column(p.column, 'en')}?`,
    fr: (p) => `Quelle colonne du fichier contient ${column(p.column, 'fr')} ?`,
    nl: (p) => `Welke kolom van het bestand bevat ${column(p.column, 'nl')}?`,
    de: (p) => `Welche Spalte der Datei enthält ${column(p.column, 'de')}?`,
  },
  'mapping.prompt_none': {
    en: () => 'none: this file does not have it',
    fr: () => 'aucune : ce fichier ne l’a pas',
    nl: () => 'geen: dit bestand heeft ze niet',
    de: () => 'keine: diese Datei hat sie nicht',
  },
  'mapping.prompt_suggested': {
    en: () => 'suggested',
    fr: () => 'suggérée',
    nl: () => 'voorgesteld',
    de: () => 'vorgeschlagen',
  },
  'mapping.prompt_keys': {
    en: () => '↑↓ to move, Enter to choose',
    fr: () => '↑↓ pour se déplacer, Entrée pour choisir',
    nl: () => '↑↓ om te bewegen, Enter om te kiezen',
    de: () => '↑↓ zum Bewegen, Eingabetaste zum Auswählen',
  },
  'mapping.prompt_yes': { en: () => 'yes', fr: () => 'oui', nl: () => 'ja', de: () => 'ja' },
  'mapping.prompt_no': { en: () => 'no', fr: () => 'non', nl: () => 'nee', de: () => 'nein' },
  'mapping.prompt_yes_no': {
    en: (p) => `Answer ${p.yes} or ${p.no}.`,
    fr: (p) => `Répondez ${p.yes} ou ${p.no}.`,
    nl: (p) => `Antwoord ${p.yes} of ${p.no}.`,
    de: (p) => `Antworten Sie ${p.yes} oder ${p.no}.`,
  },
  'mapping.prompt_save': {
    en: () => 'Save this mapping, so that the next export of the same software imports with --mapping?',
    fr: () => 'Enregistrer cette correspondance, pour importer le prochain export du même logiciel avec --mapping ?',
    nl: () => 'Deze koppeling bewaren, zodat de volgende export van dezelfde software importeert met --mapping?',
    de: () => 'Diese Zuordnung speichern, damit der nächste Export derselben Software mit --mapping importiert wird?',
  },
  'mapping.prompt_file': {
    en: () => 'Save it to the file',
    fr: () => 'L’enregistrer dans le fichier',
    nl: () => 'Bewaren in het bestand',
    de: () => 'Speichern in der Datei',
  },
  'mapping.prompt_file_empty': {
    en: () => 'Type a file name, such as banqup-mapping.json.',
    fr: () => 'Tapez un nom de fichier, comme banqup-mapping.json.',
    nl: () => 'Typ een bestandsnaam, zoals banqup-mapping.json.',
    de: () => 'Geben Sie einen Dateinamen ein, etwa banqup-mapping.json.',
  },
  'mapping.interrupted': {
    en: () => 'Interrupted while choosing columns: nothing was checked or sent. Run the same command again to start.',
    fr: () => 'Interrompu pendant le choix des colonnes : rien n’a été vérifié ni envoyé. Relancez la même commande pour commencer.',
    nl: () => 'Onderbroken tijdens het kiezen van de kolommen: er is niets gecontroleerd of verstuurd. Start dezelfde opdracht opnieuw om te beginnen.',
    de: () => 'Während der Spaltenauswahl abgebrochen: Es wurde nichts geprüft oder gesendet. Starten Sie denselben Befehl erneut, um zu beginnen.',
  },
  'mapping.saved': {
    en: (p) => `Column mapping saved to ${p.path}. Next time, add --mapping ${p.path}.`,
    fr: (p) => `Correspondance des colonnes enregistrée dans ${p.path}. La prochaine fois, ajoutez --mapping ${p.path}.`,
    nl: (p) => `Kolomkoppeling bewaard in ${p.path}. Voeg de volgende keer --mapping ${p.path} toe.`,
    de: (p) => `Spaltenzuordnung gespeichert in ${p.path}. Ergänzen Sie nächstes Mal --mapping ${p.path}.`,
  },
};
