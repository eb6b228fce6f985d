import type { Lang } from './domain/types.js';
import { ACTIVATE_EXAMPLES, ADD_EXAMPLES, EXPORT_EXAMPLES, MAIN_EXAMPLES, SANDBOX_EXAMPLES, STATUS_EXAMPLES, STATUS_SPACE_EXAMPLES, TEMPLATE_EXAMPLES } from './helpText.js';

// `--help` in French, Dutch and German, keyed by the English text as gettext keys its catalogues:
// the option table (config/options.ts) and helpText.ts stay English, the one text README shows,
// and an English text changed without its translations shows in English until a test names it
// (test/unit/helpTranslations.test.ts). Loaded only when --help is asked in another language.

type Translations = Readonly<Record<Exclude<Lang, 'en'>, string>>;

/** commander's own words, as it hands them to `styleTitle` and the help option. */
const COMMANDER: Readonly<Record<string, Translations>> = {
  'Usage:': { fr: 'Utilisation :', nl: 'Gebruik:', de: 'Aufruf:' },
  'Options:': { fr: 'Options :', nl: 'Opties:', de: 'Optionen:' },
  'Arguments:': { fr: 'Arguments :', nl: 'Argumenten:', de: 'Argumente:' },
  'Commands:': { fr: 'Commandes :', nl: 'Opdrachten:', de: 'Befehle:' },
  'Global Options:': { fr: 'Options globales :', nl: 'Algemene opties:', de: 'Globale Optionen:' },
  'display help for command': { fr: 'affiche l’aide de la commande', nl: 'toont de hulp bij de opdracht', de: 'zeigt die Hilfe zum Befehl' },
  // The placeholders of the usage line and of the option terms.
  options: { fr: 'options', nl: 'opties', de: 'Optionen' },
  command: { fr: 'commande', nl: 'opdracht', de: 'Befehl' },
  file: { fr: 'fichier', nl: 'bestand', de: 'Datei' },
  name: { fr: 'nom', nl: 'naam', de: 'Name' },
  lang: { fr: 'langue', nl: 'taal', de: 'Sprache' },
  seconds: { fr: 'secondes', nl: 'seconden', de: 'Sekunden' },
  channel: { fr: 'canal', nl: 'kanaal', de: 'Kanal' },
  dir: { fr: 'dossier', nl: 'map', de: 'Ordner' },
  which: { fr: 'lesquels', nl: 'welke', de: 'welche' },
  share: { fr: 'part', nl: 'aandeel', de: 'Anteil' },
  kinds: { fr: 'types', nl: 'soorten', de: 'Arten' },
  numbers: { fr: 'numéros', nl: 'nummers', de: 'Nummern' },
  'header=column': { fr: 'en-tête=colonne', nl: 'kop=kolom', de: 'Überschrift=Spalte' },
  // The note after an option's description, with each language's punctuation.
  'choices:': { fr: 'valeurs :', nl: 'keuzes:', de: 'Auswahl:' },
  'default:': { fr: 'par défaut :', nl: 'standaard:', de: 'Standard:' },
  '; ': { fr: ' ; ', nl: '; ', de: '; ' },
  // add, activate and status without a sheet (issue 13).
  street: { fr: 'rue', nl: 'straat', de: 'Straße' },
  zip: { fr: 'code-postal', nl: 'postcode', de: 'PLZ' },
  city: { fr: 'ville', nl: 'plaats', de: 'Ort' },
  country: { fr: 'pays', nl: 'land', de: 'Land' },
  number: { fr: 'numéro', nl: 'nummer', de: 'Nummer' },
  iban: { fr: 'iban', nl: 'iban', de: 'IBAN' },
  bic: { fr: 'bic', nl: 'bic', de: 'BIC' },
  'e-mail': { fr: 'e-mail', nl: 'e-mail', de: 'E-Mail' },
  'e-mails': { fr: 'e-mails', nl: 'e-mails', de: 'E-Mails' },
  reference: { fr: 'référence', nl: 'referentie', de: 'Referenz' },
};

/** The program, its commands and their argument. */
const COMMANDS: Readonly<Record<string, Translations>> = {
  'Check a spreadsheet of clients (the Banqup client template) and import them into Banqup.\nReads .xlsx, .xls, .ods and .csv (, or ; separated, UTF-8 or Windows-1252), or - for standard input.': {
    fr: 'Vérifie un tableau de clients (le modèle client de Banqup) et les importe dans Banqup.\nLit .xlsx, .xls, .ods et .csv (séparé par , ou ;, UTF-8 ou Windows-1252), ou - pour l’entrée standard.',
    nl: 'Controleert een rekenblad met klanten (het klantensjabloon van Banqup) en importeert ze in Banqup.\nLeest .xlsx, .xls, .ods en .csv (gescheiden door , of ;, UTF-8 of Windows-1252), of - voor de standaardinvoer.',
    de: 'Prüft eine Tabelle mit Kunden (die Kundenvorlage von Banqup) und importiert sie in Banqup.\nLiest .xlsx, .xls, .ods und .csv (mit , oder ; getrennt, UTF-8 oder Windows-1252) oder - für die Standardeingabe.',
  },
  'the client sheet (.xlsx, .xls, .ods, .csv), or - for standard input': {
    fr: 'le tableau des clients (.xlsx, .xls, .ods, .csv), ou - pour l’entrée standard',
    nl: 'het klantenblad (.xlsx, .xls, .ods, .csv), of - voor de standaardinvoer',
    de: 'die Kundentabelle (.xlsx, .xls, .ods, .csv) oder - für die Standardeingabe',
  },
  'print the version': { fr: 'affiche la version', nl: 'toont de versie', de: 'zeigt die Version' },
  'show this help': { fr: 'affiche cette aide', nl: 'toont deze hulp', de: 'zeigt diese Hilfe' },
  'read-only: for each row of the sheet, what Banqup holds now (not found, inactive, active)': {
    fr: 'lecture seule : pour chaque ligne du tableau, ce que Banqup contient (introuvable, inactif, actif)',
    nl: 'alleen lezen: voor elke rij van het blad, wat Banqup nu bevat (niet gevonden, inactief, actief)',
    de: 'nur lesend: für jede Zeile der Tabelle, was Banqup jetzt enthält (nicht gefunden, inaktiv, aktiv)',
  },
  "read-only: write every client of the space in the template's format (.xlsx, .csv, .json), to edit and import back with --update": {
    fr: 'lecture seule : écrit tous les clients de l’espace au format du modèle (.xlsx, .csv, .json), à modifier puis réimporter avec --update',
    nl: 'alleen lezen: schrijft alle klanten van de ruimte in het formaat van het sjabloon (.xlsx, .csv, .json), om te bewerken en terug te importeren met --update',
    de: 'nur lesend: schreibt alle Kunden des Bereichs im Format der Vorlage (.xlsx, .csv, .json), zum Bearbeiten und Zurückimportieren mit --update',
  },
  'write the blank client template (.xlsx) with its Instructions sheet': {
    fr: 'écrit le modèle client vierge (.xlsx) avec sa feuille d’instructions',
    nl: 'schrijft het lege klantensjabloon (.xlsx) met zijn blad met instructies',
    de: 'schreibt die leere Kundenvorlage (.xlsx) mit ihrem Blatt mit Anleitungen',
  },
  'run the local sandbox API (banqup-api.md, in memory, demo credentials) until Ctrl-C': {
    fr: 'lance l’API locale de test (banqup-api.md, en mémoire, identifiants de démonstration) jusqu’à Ctrl-C',
    nl: 'start de lokale test-API (banqup-api.md, in het geheugen, demotoegangsgegevens) tot Ctrl-C',
    de: 'startet die lokale Test-API (banqup-api.md, im Speicher, Demo-Zugangsdaten) bis Strg-C',
  },
  // add, activate and status without a sheet (issue 13).
  'add one client from flags, checked like a row of the sheet, then activate it (its two links are printed)': {
    fr: 'ajoute un client à partir des options, vérifié comme une ligne du tableau, puis l’active (ses deux liens sont affichés)',
    nl: 'voegt één klant toe vanuit de opties, gecontroleerd als een rij van het blad, en activeert hem (zijn twee links worden getoond)',
    de: 'legt einen Kunden aus den Optionen an, geprüft wie eine Zeile der Tabelle, und aktiviert ihn (seine zwei Links werden ausgegeben)',
  },
  "activate the space's inactive clients (\"provision all\"), or those of the sheet's rows": {
    fr: 'active les clients inactifs de l’espace (« Approvisionner l’ensemble »), ou ceux des lignes du tableau',
    nl: 'activeert de inactieve klanten van de ruimte ("alles activeren"), of die van de rijen van het blad',
    de: 'aktiviert die inaktiven Kunden des Bereichs („alle aktivieren“) oder die der Zeilen der Tabelle',
  },
  'a client sheet: only the clients of its rows (default: every inactive client of the space)': {
    fr: 'un tableau de clients : seulement les clients de ses lignes (par défaut : tous les clients inactifs de l’espace)',
    nl: 'een klantenblad: alleen de klanten van zijn rijen (standaard: alle inactieve klanten van de ruimte)',
    de: 'eine Kundentabelle: nur die Kunden ihrer Zeilen (Standard: alle inaktiven Kunden des Bereichs)',
  },
};

/** The option table's descriptions (config/options.ts). */
const OPTIONS: Readonly<Record<string, Translations>> = {
  'check everything and send nothing': { fr: 'vérifie tout et n’envoie rien', nl: 'controleert alles en verstuurt niets', de: 'prüft alles und sendet nichts' },
  'the sheet to read (default: the one whose header row matches the template, else the first visible one)': {
    fr: 'la feuille à lire (par défaut : celle dont les en-têtes sont ceux du modèle, sinon la première visible)',
    nl: 'het werkblad om te lezen (standaard: het blad waarvan de kopregel bij het sjabloon past, anders het eerste zichtbare)',
    de: 'das zu lesende Tabellenblatt (Standard: das Blatt, dessen Kopfzeile zur Vorlage passt, sonst das erste sichtbare)',
  },
  'print one JSON document on stdout instead of the table': {
    fr: 'écrit un document JSON sur la sortie standard au lieu du tableau',
    nl: 'schrijft één JSON-document naar de standaarduitvoer in plaats van de tabel',
    de: 'schreibt ein JSON-Dokument auf die Standardausgabe statt der Tabelle',
  },
  'print one JSON line per row, then a summary line': {
    fr: 'écrit une ligne JSON par ligne du tableau, puis une ligne de synthèse',
    nl: 'schrijft één JSON-regel per rij, dan een regel met het overzicht',
    de: 'schreibt eine JSON-Zeile pro Zeile, dann eine Zeile mit der Übersicht',
  },
  'also write the problems to a file: .xlsx (your sheet with Errors and Warnings columns), .csv or .json': {
    fr: 'écrit aussi les problèmes dans un fichier : .xlsx (votre tableau avec les colonnes Erreurs et Avertissements), .csv ou .json',
    nl: 'schrijft de problemen ook naar een bestand: .xlsx (uw blad met de kolommen Fouten en Waarschuwingen), .csv of .json',
    de: 'schreibt die Probleme auch in eine Datei: .xlsx (Ihre Tabelle mit den Spalten Fehler und Warnungen), .csv oder .json',
  },
  'language of the messages and of this help: en, fr, nl, de, or a locale such as fr_LU (default: from LC_ALL/LC_MESSAGES/LANG)': {
    fr: 'langue des messages et de cette aide : en, fr, nl, de, ou une locale comme fr_LU (par défaut : d’après LC_ALL/LC_MESSAGES/LANG)',
    nl: 'taal van de meldingen en van deze hulp: en, fr, nl, de, of een locale zoals nl_BE (standaard: volgens LC_ALL/LC_MESSAGES/LANG)',
    de: 'Sprache der Meldungen und dieser Hilfe: en, fr, nl, de oder ein Gebietsschema wie de_LU (Standard: nach LC_ALL/LC_MESSAGES/LANG)',
  },
  'refuse sheets with more data rows than this': {
    fr: 'refuse les tableaux qui ont plus de lignes de données',
    nl: 'weigert bladen met meer gegevensrijen dan dit',
    de: 'lehnt Tabellen mit mehr Datenzeilen ab',
  },
  'Banqup Partner space id (default: the only Partner space of the app)': {
    fr: 'id de l’espace Partner de Banqup (par défaut : le seul espace Partner de l’application)',
    nl: 'id van de Partner-omgeving in Banqup (standaard: de enige Partner-omgeving van de app)',
    de: 'ID des Partner-Bereichs in Banqup (Standard: der einzige Partner-Bereich der App)',
  },
  'Banqup environment': { fr: 'environnement Banqup', nl: 'Banqup-omgeving', de: 'Banqup-Umgebung' },
  'Banqup region (fr for firms registered in France)': {
    fr: 'région Banqup (fr pour les cabinets inscrits en France)',
    nl: 'Banqup-regio (fr voor kantoren ingeschreven in Frankrijk)',
    de: 'Banqup-Region (fr für in Frankreich eingetragene Kanzleien)',
  },
  'API base URL, overrides --env and --region (also BANQUP_API_URL)': {
    fr: 'adresse de base de l’API, prime sur --env et --region (aussi BANQUP_API_URL)',
    nl: 'basisadres van de API, gaat boven --env en --region (ook BANQUP_API_URL)',
    de: 'Basisadresse der API, hat Vorrang vor --env und --region (auch BANQUP_API_URL)',
  },
  "requests per second at most: pacing starts at 5/s and finds the server's limit under this": {
    fr: 'requêtes par seconde au plus : le rythme part de 5/s et trouve la limite du serveur sous ce plafond',
    nl: 'hoogstens zoveel verzoeken per seconde: het tempo begint bij 5/s en zoekt de limiet van de server onder dit plafond',
    de: 'höchstens so viele Anfragen pro Sekunde: das Tempo beginnt bei 5/s und findet die Grenze des Servers unter dieser Obergrenze',
  },
  'send at --rate exactly, without adapting (a firm told to keep to one rate)': {
    fr: 'envoie exactement à --rate, sans s’adapter (pour un cabinet tenu à un rythme fixe)',
    nl: 'verstuurt precies aan --rate, zonder aan te passen (voor een kantoor dat één tempo moet aanhouden)',
    de: 'sendet genau mit --rate, ohne Anpassung (für eine Kanzlei, die ein festes Tempo einhalten muss)',
  },
  'requests in flight at most (pacing sizes them from the latency under this)': {
    fr: 'requêtes en cours au plus (le rythme les dimensionne selon la latence, sous ce plafond)',
    nl: 'hoogstens zoveel lopende verzoeken (het tempo bepaalt ze uit de wachttijd, onder dit plafond)',
    de: 'höchstens so viele laufende Anfragen (das Tempo bemisst sie nach der Antwortzeit, unter dieser Obergrenze)',
  },
  'clients per provisioning call': { fr: 'clients par appel d’activation', nl: 'klanten per activeringsoproep', de: 'Kunden pro Aktivierungsaufruf' },
  'time limit of one API request': { fr: 'délai maximal d’une requête API', nl: 'tijdslimiet van één API-verzoek', de: 'Zeitlimit einer API-Anfrage' },
  "share every client's documents with the firm, delivered to this e-mail (the firm's Banqup Files login); a row's own columns P–R win": {
    fr: 'partage les documents de chaque client avec le cabinet, livrés à cet e-mail (l’identifiant Banqup Files du cabinet) ; les colonnes P–R d’une ligne priment',
    nl: 'deelt de documenten van elke klant met het kantoor, bezorgd op dit e-mailadres (de Banqup Files-login van het kantoor); de kolommen P–R van een rij gaan voor',
    de: 'teilt die Dokumente jedes Kunden mit der Kanzlei, zugestellt an diese E-Mail (die Banqup-Files-Anmeldung der Kanzlei); die Spalten P–R einer Zeile haben Vorrang',
  },
  'how shared documents reach the firm: banqup-files (default) or email': {
    fr: 'comment les documents partagés parviennent au cabinet : banqup-files (par défaut) ou email',
    nl: 'hoe gedeelde documenten het kantoor bereiken: banqup-files (standaard) of email',
    de: 'wie geteilte Dokumente die Kanzlei erreichen: banqup-files (Standard) oder email',
  },
  'import the valid rows, report the others (exit 5 at the end)': {
    fr: 'importe les lignes valides, signale les autres (code de sortie 5 à la fin)',
    nl: 'importeert de geldige rijen, meldt de andere (afsluitcode 5 op het einde)',
    de: 'importiert die gültigen Zeilen, meldet die anderen (Exit-Code 5 am Ende)',
  },
  "write row → client id → status → the client's two links to a .csv, .xlsx or .json file": {
    fr: 'écrit ligne → id client → statut → les deux liens du client dans un fichier .csv, .xlsx ou .json',
    nl: 'schrijft rij → klant-id → status → de twee links van de klant naar een .csv-, .xlsx- of .json-bestand',
    de: 'schreibt Zeile → Kunden-ID → Status → die zwei Links des Kunden in eine .csv-, .xlsx- oder .json-Datei',
  },
  "folder of the journal that makes a run resumable (default: banqup-import's state folder)": {
    fr: 'dossier du journal qui permet de reprendre un import (par défaut : le dossier d’état de banqup-import)',
    nl: 'map van het journaal waarmee een import kan hervatten (standaard: de statusmap van banqup-import)',
    de: 'Ordner des Journals, mit dem ein Import fortgesetzt werden kann (Standard: der Zustandsordner von banqup-import)',
  },
  'ignore the journal of earlier runs': { fr: 'ignore le journal des imports précédents', nl: 'negeert het journaal van eerdere imports', de: 'ignoriert das Journal früherer Importe' },
  'no progress on stderr': { fr: 'pas de progression sur la sortie d’erreur', nl: 'geen voortgang op de foutuitvoer', de: 'kein Fortschritt auf der Fehlerausgabe' },
  'force colour': { fr: 'force la couleur', nl: 'forceert kleur', de: 'erzwingt Farbe' },
  'no colour': { fr: 'sans couleur', nl: 'geen kleur', de: 'keine Farbe' },
  'where to write it; - for standard output': {
    fr: 'où l’écrire ; - pour la sortie standard',
    nl: 'waar het te schrijven; - voor de standaarduitvoer',
    de: 'wohin sie geschrieben wird; - für die Standardausgabe',
  },
  'update clients that Banqup holds with other values: exactly the fields that differ (safe against edits made meanwhile)': {
    fr: 'modifie les clients que Banqup a avec d’autres valeurs : exactement les champs qui diffèrent (sans écraser les modifications faites entre-temps)',
    nl: 'werkt klanten bij die Banqup met andere waarden heeft: precies de velden die verschillen (veilig tegen wijzigingen die intussen gebeurden)',
    de: 'aktualisiert Kunden, die Banqup mit anderen Werten führt: genau die abweichenden Felder (sicher gegen zwischenzeitliche Änderungen)',
  },
  'where to write the clients: .xlsx, .csv or .json; - for CSV on standard output (default: banqup-clients.xlsx)': {
    fr: 'où écrire les clients : .xlsx, .csv ou .json ; - pour du CSV sur la sortie standard (par défaut : banqup-clients.xlsx)',
    nl: 'waar de klanten te schrijven: .xlsx, .csv of .json; - voor CSV op de standaarduitvoer (standaard: banqup-clients.xlsx)',
    de: 'wohin die Kunden geschrieben werden: .xlsx, .csv oder .json; - für CSV auf der Standardausgabe (Standard: banqup-clients.xlsx)',
  },
  'replace the file if it exists': { fr: 'remplace le fichier s’il existe', nl: 'vervangt het bestand als het bestaat', de: 'ersetzt die Datei, wenn sie existiert' },
  'port to listen on; 0 picks a free one (default 8787)': {
    fr: 'port d’écoute ; 0 en choisit un libre (par défaut 8787)',
    nl: 'poort om op te luisteren; 0 kiest een vrije (standaard 8787)',
    de: 'Port zum Lauschen; 0 wählt einen freien (Standard 8787)',
  },
  'loopback address to listen on: 127.0.0.1 (default), ::1 or localhost': {
    fr: 'adresse locale d’écoute : 127.0.0.1 (par défaut), ::1 ou localhost',
    nl: 'lokaal adres om op te luisteren: 127.0.0.1 (standaard), ::1 of localhost',
    de: 'lokale Adresse zum Lauschen: 127.0.0.1 (Standard), ::1 oder localhost',
  },
  'lifetime of access tokens (default 300)': {
    fr: 'durée de vie des jetons d’accès (par défaut 300)',
    nl: 'levensduur van de toegangstokens (standaard 300)',
    de: 'Lebensdauer der Zugriffstoken (Standard 300)',
  },
  'spaces of the app: one Partner space, none, or several': {
    fr: 'espaces de l’application : un espace Partner, aucun, ou plusieurs',
    nl: 'omgevingen van de app: één Partner-omgeving, geen, of meerdere',
    de: 'Bereiche der App: ein Partner-Bereich, keiner oder mehrere',
  },
  'requests per second per credential set, with an optional burst (default: no limit)': {
    fr: 'requêtes par seconde par jeu d’identifiants, avec une rafale en option (par défaut : sans limite)',
    nl: 'verzoeken per seconde per set toegangsgegevens, eventueel met een piek (standaard: geen limiet)',
    de: 'Anfragen pro Sekunde je Zugangsdaten, optional mit Spitze (Standard: keine Grenze)',
  },
  'send Retry-After as an HTTP date instead of seconds': {
    fr: 'envoie Retry-After en date HTTP plutôt qu’en secondes',
    nl: 'stuurt Retry-After als HTTP-datum in plaats van seconden',
    de: 'sendet Retry-After als HTTP-Datum statt in Sekunden',
  },
  'added to every answer (default 0)': { fr: 'ajoutée à chaque réponse (par défaut 0)', nl: 'toegevoegd aan elk antwoord (standaard 0)', de: 'zu jeder Antwort addiert (Standard 0)' },
  'random extra latency, 0 to this (default 0)': {
    fr: 'latence aléatoire en plus, de 0 à cette valeur (par défaut 0)',
    nl: 'willekeurige extra vertraging, van 0 tot dit (standaard 0)',
    de: 'zufällige zusätzliche Latenz, 0 bis zu diesem Wert (Standard 0)',
  },
  'share of requests that fail, 0 to 1 (default 0; 0.1 with --faults)': {
    fr: 'part des requêtes qui échouent, de 0 à 1 (par défaut 0 ; 0.1 avec --faults)',
    nl: 'aandeel verzoeken dat mislukt, 0 tot 1 (standaard 0; 0.1 met --faults)',
    de: 'Anteil fehlschlagender Anfragen, 0 bis 1 (Standard 0; 0.1 mit --faults)',
  },
  'seed of the fault draws: the same seed, the same faults (default 1)': {
    fr: 'graine du tirage des pannes : même graine, mêmes pannes (par défaut 1)',
    nl: 'startwaarde van de storingstrekking: zelfde waarde, zelfde storingen (standaard 1)',
    de: 'Startwert der Störungsauswahl: gleicher Wert, gleiche Störungen (Standard 1)',
  },
  "share of PATCHes beaten by another user's edit of the client (412), 0 to 1, seeded by --fault-seed (default 0)": {
    fr: 'part des PATCH devancés par la modification d’un autre utilisateur (412), de 0 à 1, tirée par --fault-seed (par défaut 0)',
    nl: 'aandeel PATCH-verzoeken dat een andere gebruiker vóór is (412), 0 tot 1, getrokken met --fault-seed (standaard 0)',
    de: 'Anteil der PATCH-Anfragen, denen ein anderer Benutzer zuvorkommt (412), 0 bis 1, gezogen mit --fault-seed (Standard 0)',
  },
  'comma-separated fault kinds to draw from (default: all but slow)': {
    fr: 'types de pannes à tirer, séparés par des virgules (par défaut : tous sauf slow)',
    nl: 'soorten storingen om uit te trekken, gescheiden door komma’s (standaard: alle behalve slow)',
    de: 'kommagetrennte Störungsarten zur Auswahl (Standard: alle außer slow)',
  },
  'a scripted fault, kind[@nth][:METHOD[:path]]; repeatable': {
    fr: 'une panne programmée, type[@n][:MÉTHODE[:chemin]] ; répétable',
    nl: 'een geplande storing, soort[@n][:METHODE[:pad]]; herhaalbaar',
    de: 'eine geplante Störung, Art[@n][:METHODE[:Pfad]]; wiederholbar',
  },
  'how late a "slow" answer comes (default 35000)': {
    fr: 'retard d’une réponse « slow » (par défaut 35000)',
    nl: 'hoe laat een “slow”-antwoord komt (standaard 35000)',
    de: 'wie spät eine „slow“-Antwort kommt (Standard 35000)',
  },
  'register numbers the register does not know (trn.invalid)': {
    fr: 'numéros que le registre ne connaît pas (trn.invalid)',
    nl: 'nummers die het register niet kent (trn.invalid)',
    de: 'Nummern, die das Register nicht kennt (trn.invalid)',
  },
  'the register look-up answers 503 REGISTRY_UNAVAILABLE': {
    fr: 'la consultation du registre répond 503 REGISTRY_UNAVAILABLE',
    nl: 'het opzoeken in het register antwoordt 503 REGISTRY_UNAVAILABLE',
    de: 'die Registerabfrage antwortet 503 REGISTRY_UNAVAILABLE',
  },
  'serve https with a certificate made at start; its file is printed as NODE_EXTRA_CA_CERTS': {
    fr: 'sert en https avec un certificat créé au démarrage ; son fichier est affiché comme NODE_EXTRA_CA_CERTS',
    nl: 'bedient https met een certificaat gemaakt bij de start; het bestand wordt getoond als NODE_EXTRA_CA_CERTS',
    de: 'bedient https mit einem beim Start erstellten Zertifikat; seine Datei wird als NODE_EXTRA_CA_CERTS ausgegeben',
  },
  'where to write that certificate (PEM; implies --tls)': {
    fr: 'où écrire ce certificat (PEM ; implique --tls)',
    nl: 'waar dat certificaat te schrijven (PEM; impliceert --tls)',
    de: 'wohin dieses Zertifikat geschrieben wird (PEM; setzt --tls voraus)',
  },
  'keep spaces and clients in this JSON file across restarts': {
    fr: 'garde espaces et clients dans ce fichier JSON d’un démarrage à l’autre',
    nl: 'bewaart omgevingen en klanten in dit JSON-bestand over herstarts heen',
    de: 'behält Bereiche und Kunden in dieser JSON-Datei über Neustarts hinweg',
  },
  'no line per request on stderr': {
    fr: 'pas de ligne par requête sur la sortie d’erreur',
    nl: 'geen regel per verzoek op de foutuitvoer',
    de: 'keine Zeile pro Anfrage auf der Fehlerausgabe',
  },
  'read the column with this header as a template column: its letter (A–R) or API field, or - to leave it out; repeatable': {
    fr: 'lit la colonne de cet en-tête comme une colonne du modèle : sa lettre (A–R) ou son champ d’API, ou - pour l’écarter ; répétable',
    nl: 'leest de kolom met deze kop als een kolom van het sjabloon: haar letter (A–R) of API-veld, of - om ze weg te laten; herhaalbaar',
    de: 'liest die Spalte mit dieser Überschrift als Spalte der Vorlage: ihr Buchstabe (A–R) oder API-Feld, oder - zum Weglassen; wiederholbar',
  },
  'read column mappings from a JSON file {"<header>": "<letter or field>"}; --map wins': {
    fr: 'lit les correspondances de colonnes dans un fichier JSON {"<en-tête>": "<lettre ou champ>"} ; --map l’emporte',
    nl: 'leest kolomkoppelingen uit een JSON-bestand {"<kop>": "<letter of veld>"}; --map gaat voor',
    de: 'liest Spaltenzuordnungen aus einer JSON-Datei {"<Überschrift>": "<Buchstabe oder Feld>"}; --map hat Vorrang',
  },
  'write the column mapping this run used (usual names and mapped ones), for --mapping next time': {
    fr: 'écrit la correspondance de colonnes utilisée (noms usuels et colonnes associées), pour --mapping la prochaine fois',
    nl: 'schrijft de gebruikte kolomkoppeling (gangbare namen en gekoppelde kolommen), voor --mapping de volgende keer',
    de: 'schreibt die verwendete Spaltenzuordnung (übliche Namen und zugeordnete Spalten), für --mapping beim nächsten Mal',
  },
  // The options of add and activate (config/options.ts).
  "the client's legal name (column A)": { fr: 'la raison sociale du client (colonne A)', nl: 'de officiële naam van de klant (kolom A)', de: 'der Firmenname des Kunden (Spalte A)' },
  'street and number (B)': { fr: 'rue et numéro (B)', nl: 'straat en huisnummer (B)', de: 'Straße und Hausnummer (B)' },
  'postal code (C)': { fr: 'code postal (C)', nl: 'postcode (C)', de: 'Postleitzahl (C)' },
  'city (D)': { fr: 'localité (D)', nl: 'plaats (D)', de: 'Ort (D)' },
  'country: name or code, e.g. Luxembourg, LU (E)': { fr: 'pays : nom ou code, p. ex. Luxembourg, LU (E)', nl: 'land: naam of code, bv. Luxemburg, LU (E)', de: 'Land: Name oder Code, z. B. Luxemburg, LU (E)' },
  'register number, e.g. B123456 (F); --rcs or --vat, or both': {
    fr: 'numéro d’immatriculation, p. ex. B123456 (F) ; --rcs ou --vat, ou les deux',
    nl: 'registratienummer, bv. B123456 (F); --rcs of --vat, of beide',
    de: 'Registernummer, z. B. B123456 (F); --rcs oder --vat oder beide',
  },
  'VAT number, e.g. LU15027442 (G)': { fr: 'numéro de TVA, p. ex. LU15027442 (G)', nl: 'btw-nummer, bv. LU15027442 (G)', de: 'USt-IdNr., z. B. LU15027442 (G)' },
  'IBAN (H)': { fr: 'IBAN du client (H)', nl: 'IBAN van de klant (H)', de: 'IBAN des Kunden (H)' },
  'BIC, optional (I)': { fr: 'BIC, facultatif (I)', nl: 'BIC, optioneel (I)', de: 'BIC, freiwillig (I)' },
  "the client's language: fr, en, nl, de or its name (J)": {
    fr: 'la langue du client : fr, en, nl, de ou son nom (J)',
    nl: 'de taal van de klant: fr, en, nl, de of haar naam (J)',
    de: 'die Sprache des Kunden: fr, en, nl, de oder ihr Name (J)',
  },
  'contact person (K)': { fr: 'personne de contact (K)', nl: 'contactpersoon (K)', de: 'Ansprechperson (K)' },
  "the contact's language (L)": { fr: 'la langue du contact (L)', nl: 'de taal van de contactpersoon (L)', de: 'die Sprache der Ansprechperson (L)' },
  "the contact's e-mail (M)": { fr: 'l’e-mail du contact (M)', nl: 'het e-mailadres van de contactpersoon (M)', de: 'die E-Mail-Adresse der Ansprechperson (M)' },
  "e-mails of the firm's people in charge, separated by ; or , (N)": {
    fr: 'e-mails des responsables au cabinet, séparés par ; ou , (N)',
    nl: 'e-mailadressen van de verantwoordelijken op het kantoor, gescheiden door ; of , (N)',
    de: 'E-Mail-Adressen der Zuständigen in der Kanzlei, getrennt durch ; oder , (N)',
  },
  'your own reference for the client, optional (O); makes a second add find it at once': {
    fr: 'votre propre référence du client, facultative (O) ; un second add le retrouve aussitôt',
    nl: 'uw eigen referentie voor de klant, optioneel (O); een tweede add vindt hem meteen',
    de: 'Ihre eigene Referenz für den Kunden, optional (O); ein zweites add findet ihn sofort',
  },
  "share the client's documents with the firm, delivered to this e-mail (the firm's Banqup Files login)": {
    fr: 'partage les documents du client avec le cabinet, livrés à cet e-mail (l’identifiant Banqup Files du cabinet)',
    nl: 'deelt de documenten van de klant met het kantoor, bezorgd op dit e-mailadres (de Banqup Files-login van het kantoor)',
    de: 'teilt die Dokumente des Kunden mit der Kanzlei, zugestellt an diese E-Mail-Adresse (das Banqup-Files-Login der Kanzlei)',
  },
  "print the client's row object of the import's JSON on stdout": {
    fr: 'écrit l’objet ligne du client du JSON de l’import sur la sortie standard',
    nl: 'schrijft het rij-object van de klant uit de JSON van de import naar de standaarduitvoer',
    de: 'schreibt das Zeilenobjekt des Kunden aus dem JSON des Imports auf die Standardausgabe',
  },
  'create the client and leave it inactive (default: activate it)': {
    fr: 'crée le client et le laisse inactif (par défaut : l’active)',
    nl: 'maakt de klant aan en laat hem inactief (standaard: activeert hem)',
    de: 'legt den Kunden an und lässt ihn inaktiv (Standard: aktiviert ihn)',
  },
  'activate without asking (needed when not in a terminal)': {
    fr: 'active sans demander (nécessaire hors d’un terminal)',
    nl: 'activeert zonder te vragen (nodig buiten een terminal)',
    de: 'aktiviert ohne Rückfrage (nötig außerhalb eines Terminals)',
  },
};

/** The examples and notes after each command's options (helpText.ts). */
const EXAMPLES: Readonly<Record<string, Translations>> = {
  [MAIN_EXAMPLES]: {
    fr: `
Exemples :
  banqup-import template                        écrit le modèle vierge dans clients.xlsx
  banqup-import clients.xlsx --dry-run          vérifie le tableau, n’envoie rien
  banqup-import clients.xlsx --dry-run --report clients.erreurs.xlsx
                                                vérifie, et réécrit votre tableau avec une colonne Erreurs
  banqup-import clients.csv --dry-run --json    un document JSON sur la sortie standard, pour les scripts
  cat clients.csv | banqup-import - --dry-run   lit le tableau sur l’entrée standard
  banqup-import clients.xlsx                    vérifie, puis importe dans Banqup et active
                                                (demande BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET)
  banqup-import clients.xlsx --results fait.csv importe, et écrit ligne → id client → statut
  banqup-import status clients.xlsx             ce que Banqup contient pour chaque ligne (lecture seule)

Aller-retour : corriger des clients dans un tableau et modifier exactement ce qui a changé
  banqup-import export -o clients.xlsx          tous les clients de l’espace, au format du modèle
  (modifiez des cellules de clients.xlsx : une adresse, un e-mail, un IBAN …)
  banqup-import clients.xlsx --update --dry-run montre chaque modification, ancien → nouveau ; n’envoie rien
  banqup-import clients.xlsx --update           modifie exactement ces champs ; une deuxième fois ne change rien
  banqup-import sandbox                         lance l’API locale de test (identifiants de démonstration)

Codes de sortie :
  0 aucune erreur   2 problème d’utilisation ou de fichier   3 lignes en erreur (rien d’envoyé)
  4 accès refusé   5 des lignes ont échoué chez Banqup   6 API indisponible   130 interrompu
  1 erreur interne (un défaut)

Environnement :
  BANQUP_CLIENT_ID, BANQUP_CLIENT_SECRET   identifiants API (jamais en option)
  BANQUP_API_URL                           adresse de base de l’API (pour l’API locale de test)
  NO_COLOR, FORCE_COLOR                    couleur désactivée / forcée
  COLUMNS                                  largeur du tableau quand le terminal n’en donne pas (100 par défaut)
  XDG_STATE_HOME                           où les journaux sont gardés (par défaut ~/.local/state/banqup-import)
  LC_ALL, LC_MESSAGES, LANG                langue sans --lang (nl* néerlandais, de* allemand, fr* français)
`,
    nl: `
Voorbeelden:
  banqup-import template                        schrijft het lege sjabloon naar clients.xlsx
  banqup-import klanten.xlsx --dry-run          controleert het blad, verstuurt niets
  banqup-import klanten.xlsx --dry-run --report klanten.fouten.xlsx
                                                controleert, en schrijft uw blad terug met een kolom Fouten
  banqup-import klanten.csv --dry-run --json    één JSON-document op de standaarduitvoer, voor scripts
  cat klanten.csv | banqup-import - --dry-run   leest het blad van de standaardinvoer
  banqup-import klanten.xlsx                    controleert, importeert dan in Banqup en activeert
                                                (vraagt BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET)
  banqup-import klanten.xlsx --results klaar.csv
                                                importeert, en schrijft rij → klant-id → status
  banqup-import status klanten.xlsx             wat Banqup nu voor elke rij bevat (alleen lezen)

Heen en terug: klanten in een blad corrigeren en precies bijwerken wat u wijzigde
  banqup-import export -o klanten.xlsx          alle klanten van de ruimte, in het formaat van het sjabloon
  (bewerk cellen in klanten.xlsx: een adres, een e-mail, een IBAN …)
  banqup-import klanten.xlsx --update --dry-run toont elke wijziging, oud → nieuw; verstuurt niets
  banqup-import klanten.xlsx --update           werkt precies die velden bij; een tweede keer wijzigt niets
  banqup-import sandbox                         start de lokale test-API (demotoegangsgegevens)

Afsluitcodes:
  0 geen fouten   2 probleem met gebruik of invoer   3 rijen met fouten (niets verstuurd)
  4 toegang geweigerd   5 rijen mislukt bij Banqup   6 API onbereikbaar   130 onderbroken
  1 interne fout (een bug)

Omgeving:
  BANQUP_CLIENT_ID, BANQUP_CLIENT_SECRET   API-toegangsgegevens (nooit als optie)
  BANQUP_API_URL                           basisadres van de API (voor de lokale test-API)
  NO_COLOR, FORCE_COLOR                    kleur uit / aan
  COLUMNS                                  breedte van de tabel als de terminal er geen geeft (standaard 100)
  XDG_STATE_HOME                           waar de journalen bewaard worden (standaard ~/.local/state/banqup-import)
  LC_ALL, LC_MESSAGES, LANG                taal zonder --lang (nl* Nederlands, de* Duits, fr* Frans)
`,
    de: `
Beispiele:
  banqup-import template                        schreibt die leere Vorlage nach clients.xlsx
  banqup-import kunden.xlsx --dry-run           prüft die Tabelle, sendet nichts
  banqup-import kunden.xlsx --dry-run --report kunden.fehler.xlsx
                                                prüft und schreibt Ihre Tabelle mit einer Spalte Fehler zurück
  banqup-import kunden.csv --dry-run --json     ein JSON-Dokument auf der Standardausgabe, für Skripte
  cat kunden.csv | banqup-import - --dry-run    liest die Tabelle von der Standardeingabe
  banqup-import kunden.xlsx                     prüft, importiert dann in Banqup und aktiviert
                                                (braucht BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET)
  banqup-import kunden.xlsx --results fertig.csv
                                                importiert und schreibt Zeile → Kunden-ID → Status
  banqup-import status kunden.xlsx              was Banqup jetzt für jede Zeile enthält (nur lesend)

Hin und zurück: Kunden in einer Tabelle korrigieren und genau das Geänderte aktualisieren
  banqup-import export -o kunden.xlsx           alle Kunden des Bereichs, im Format der Vorlage
  (bearbeiten Sie Zellen in kunden.xlsx: eine Adresse, eine E-Mail, eine IBAN …)
  banqup-import kunden.xlsx --update --dry-run  zeigt jede Änderung, alt → neu; sendet nichts
  banqup-import kunden.xlsx --update            ändert genau diese Felder; ein zweiter Lauf ändert nichts
  banqup-import sandbox                         startet die lokale Test-API (Demo-Zugangsdaten)

Exit-Codes:
  0 keine Fehler   2 Problem bei Aufruf oder Eingabe   3 Zeilen mit Fehlern (nichts gesendet)
  4 Zugriff verweigert   5 Zeilen bei Banqup fehlgeschlagen   6 API nicht erreichbar   130 abgebrochen
  1 interner Fehler (ein Programmfehler)

Umgebung:
  BANQUP_CLIENT_ID, BANQUP_CLIENT_SECRET   API-Zugangsdaten (nie als Option)
  BANQUP_API_URL                           Basisadresse der API (für die lokale Test-API)
  NO_COLOR, FORCE_COLOR                    Farbe aus / an
  COLUMNS                                  Tabellenbreite, wenn das Terminal keine angibt (Standard 100)
  XDG_STATE_HOME                           wo die Journale liegen (Standard ~/.local/state/banqup-import)
  LC_ALL, LC_MESSAGES, LANG                Sprache ohne --lang (nl* Niederländisch, de* Deutsch, fr* Französisch)
`,
  },
  [EXPORT_EXAMPLES]: {
    fr: `
Exemples :
  banqup-import export                          écrit banqup-clients.xlsx (refuse de le remplacer sans --force)
  banqup-import export -o clients.xlsx          les colonnes A-R du modèle, puis id client, statut, liens
  banqup-import export -o clients.csv           la même chose en CSV ; -o clients.json pour les scripts
  banqup-import export -o - > clients.csv       du CSV sur la sortie standard
  banqup-import clients.xlsx --update --dry-run ensuite : chaque modification, ancien → nouveau
  banqup-import clients.xlsx --update           et : exactement ces champs modifiés
  (demande BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET ; n’écrit rien dans Banqup)
`,
    nl: `
Voorbeelden:
  banqup-import export                          schrijft banqup-clients.xlsx (vervangt het niet zonder --force)
  banqup-import export -o klanten.xlsx          de kolommen A-R van het sjabloon, dan klant-id, status, links
  banqup-import export -o klanten.csv           hetzelfde als CSV; -o klanten.json voor scripts
  banqup-import export -o - > klanten.csv       CSV op de standaarduitvoer
  banqup-import klanten.xlsx --update --dry-run daarna: elke wijziging, oud → nieuw
  banqup-import klanten.xlsx --update           en: precies die velden bijgewerkt
  (vraagt BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET; schrijft niets in Banqup)
`,
    de: `
Beispiele:
  banqup-import export                          schreibt banqup-clients.xlsx (ersetzt sie nicht ohne --force)
  banqup-import export -o kunden.xlsx           die Spalten A-R der Vorlage, dann Kunden-ID, Status, Links
  banqup-import export -o kunden.csv            dasselbe als CSV; -o kunden.json für Skripte
  banqup-import export -o - > kunden.csv        CSV auf der Standardausgabe
  banqup-import kunden.xlsx --update --dry-run  danach: jede Änderung, alt → neu
  banqup-import kunden.xlsx --update            und: genau diese Felder aktualisiert
  (braucht BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET; schreibt nichts in Banqup)
`,
  },
  [TEMPLATE_EXAMPLES]: {
    fr: `
Exemples :
  banqup-import template                     écrit clients.xlsx dans le dossier courant
  banqup-import template -o acme.xlsx        écrit acme.xlsx
  banqup-import template -o acme.xlsx --force
                                             remplace un acme.xlsx existant
  banqup-import template -o - > vierge.xlsx  écrit sur la sortie standard (pas dans un terminal)
`,
    nl: `
Voorbeelden:
  banqup-import template                     schrijft clients.xlsx in de huidige map
  banqup-import template -o acme.xlsx        schrijft acme.xlsx
  banqup-import template -o acme.xlsx --force
                                             vervangt een bestaand acme.xlsx
  banqup-import template -o - > leeg.xlsx    schrijft naar de standaarduitvoer (niet naar een terminal)
`,
    de: `
Beispiele:
  banqup-import template                     schreibt clients.xlsx in den aktuellen Ordner
  banqup-import template -o acme.xlsx        schreibt acme.xlsx
  banqup-import template -o acme.xlsx --force
                                             ersetzt eine vorhandene acme.xlsx
  banqup-import template -o - > leer.xlsx    schreibt auf die Standardausgabe (nicht in ein Terminal)
`,
  },
  [STATUS_EXAMPLES]: {
    fr: `
Exemples :
  banqup-import status clients.xlsx                ce que Banqup contient pour chaque ligne : introuvable, inactif, actif
  banqup-import status clients.xlsx --json         la même chose en un document JSON
  banqup-import status clients.xlsx --results maintenant.csv
                                                   écrit aussi ligne → id client → état dans un fichier
  (demande BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET ; n’écrit rien dans Banqup)
`,
    nl: `
Voorbeelden:
  banqup-import status klanten.xlsx                wat Banqup voor elke rij bevat: niet gevonden, inactief, actief
  banqup-import status klanten.xlsx --json         hetzelfde als één JSON-document
  banqup-import status klanten.xlsx --results nu.csv
                                                   schrijft ook rij → klant-id → toestand naar een bestand
  (vraagt BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET; schrijft niets in Banqup)
`,
    de: `
Beispiele:
  banqup-import status kunden.xlsx                 was Banqup für jede Zeile enthält: nicht gefunden, inaktiv, aktiv
  banqup-import status kunden.xlsx --json          dasselbe als ein JSON-Dokument
  banqup-import status kunden.xlsx --results jetzt.csv
                                                   schreibt auch Zeile → Kunden-ID → Zustand in eine Datei
  (braucht BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET; schreibt nichts in Banqup)
`,
  },
  [SANDBOX_EXAMPLES]: {
    fr: `
Exemples :
  banqup-import sandbox                      sur http://127.0.0.1:8787, identifiants de démonstration
  banqup-import sandbox > sandbox.env &      puis ". ./sandbox.env" définit BANQUP_API_URL et les identifiants
  banqup-import sandbox --port 0             n’importe quel port libre (affiché)
  banqup-import sandbox --latency 50 --jitter 20 --rate-limit 5:10
                                             50 à 70 ms par réponse, 5 requêtes/s, rafales de 10
  banqup-import sandbox --fault-rate 0.1 --fault-seed 7
                                             une requête sur dix échoue, de la même façon à chaque fois
  banqup-import sandbox --faults http503,dropAfter --fault-rate 0.2
  banqup-import sandbox --fault 'dropAfter@3:POST:/partner/v1/spaces/*/clients'
                                             la 3e création est faite, puis sa connexion coupée
  banqup-import sandbox --concurrent-edits 0.3 --fault-seed 7
                                             3 PATCH sur 10 trouvent d’abord la modification d’un autre : 412
  banqup-import sandbox --invalid-rcs B123456,B654321 --state-file sandbox-state.json
Pannes : http500 http502html http503 http504 http429 dropBefore dropAfter slow revokeToken truncated
concurrentEdit (PATCH seulement : un autre utilisateur modifie d’abord le client, p. ex.
'concurrentEdit@2:PATCH:/partner/v1/spaces/*/clients/*').
Points d’accès propres à l’API de test (sans jeton) : GET /_sandbox/clients, /_sandbox/stats, /_sandbox/requests,
/_sandbox/patches, /_sandbox/spaces ; POST /_sandbox/faults avec une panne en JSON, p. ex.
{"kind": "dropAfter", "nth": 1, "method": "POST", "path": "/partner/v1/spaces/*/clients"}.
`,
    nl: `
Voorbeelden:
  banqup-import sandbox                      op http://127.0.0.1:8787, demotoegangsgegevens
  banqup-import sandbox > sandbox.env &      daarna stelt ". ./sandbox.env" BANQUP_API_URL en de gegevens in
  banqup-import sandbox --port 0             een willekeurige vrije poort (getoond)
  banqup-import sandbox --latency 50 --jitter 20 --rate-limit 5:10
                                             50-70 ms per antwoord, 5 verzoeken/s, pieken van 10
  banqup-import sandbox --fault-rate 0.1 --fault-seed 7
                                             één verzoek op tien mislukt, elke keer op dezelfde manier
  banqup-import sandbox --faults http503,dropAfter --fault-rate 0.2
  banqup-import sandbox --fault 'dropAfter@3:POST:/partner/v1/spaces/*/clients'
                                             de 3e aanmaak gebeurt, daarna valt de verbinding weg
  banqup-import sandbox --concurrent-edits 0.3 --fault-seed 7
                                             3 PATCH-verzoeken op 10 botsen eerst op de wijziging van een ander: 412
  banqup-import sandbox --invalid-rcs B123456,B654321 --state-file sandbox-state.json
Storingen: http500 http502html http503 http504 http429 dropBefore dropAfter slow revokeToken truncated
concurrentEdit (alleen PATCH: een andere gebruiker wijzigt eerst de klant, bv.
'concurrentEdit@2:PATCH:/partner/v1/spaces/*/clients/*').
Eindpunten alleen van de test-API (zonder token): GET /_sandbox/clients, /_sandbox/stats, /_sandbox/requests,
/_sandbox/patches, /_sandbox/spaces; POST /_sandbox/faults met een storing in JSON, bv.
{"kind": "dropAfter", "nth": 1, "method": "POST", "path": "/partner/v1/spaces/*/clients"}.
`,
    de: `
Beispiele:
  banqup-import sandbox                      auf http://127.0.0.1:8787, Demo-Zugangsdaten
  banqup-import sandbox > sandbox.env &      dann setzt ". ./sandbox.env" BANQUP_API_URL und die Zugangsdaten
  banqup-import sandbox --port 0             ein beliebiger freier Port (wird ausgegeben)
  banqup-import sandbox --latency 50 --jitter 20 --rate-limit 5:10
                                             50-70 ms pro Antwort, 5 Anfragen/s, Spitzen von 10
  banqup-import sandbox --fault-rate 0.1 --fault-seed 7
                                             eine Anfrage von zehn schlägt fehl, jedes Mal gleich
  banqup-import sandbox --faults http503,dropAfter --fault-rate 0.2
  banqup-import sandbox --fault 'dropAfter@3:POST:/partner/v1/spaces/*/clients'
                                             die 3. Anlage wird ausgeführt, dann bricht ihre Verbindung ab
  banqup-import sandbox --concurrent-edits 0.3 --fault-seed 7
                                             3 von 10 PATCH-Anfragen treffen zuerst auf die Änderung eines anderen: 412
  banqup-import sandbox --invalid-rcs B123456,B654321 --state-file sandbox-state.json
Störungen: http500 http502html http503 http504 http429 dropBefore dropAfter slow revokeToken truncated
concurrentEdit (nur PATCH: ein anderer Benutzer ändert zuerst den Kunden, z. B.
'concurrentEdit@2:PATCH:/partner/v1/spaces/*/clients/*').
Endpunkte nur der Test-API (ohne Token): GET /_sandbox/clients, /_sandbox/stats, /_sandbox/requests,
/_sandbox/patches, /_sandbox/spaces; POST /_sandbox/faults mit einer Störung als JSON, z. B.
{"kind": "dropAfter", "nth": 1, "method": "POST", "path": "/partner/v1/spaces/*/clients"}.
`,
  },
  [ADD_EXAMPLES]: {
    fr: `
Exemples :
  banqup-import add --name "Boulangerie Schmit S.à r.l." --street "12 rue de la Gare" --zip 1611 \\
    --city Luxembourg --country LU --rcs B123456 --iban "LU28 0019 4006 4475 0000" --language fr \\
    --contact-name "Anne Schmit" --contact-language fr --contact-email anne@schmit.lu --ref CLI-0042
                                             crée le client et l’active ; affiche ses deux liens
  banqup-import add … --dry-run              vérifie les valeurs (et, avec les identifiants, ce que Banqup contient)
  banqup-import add … --no-activate          le crée et le laisse inactif
  banqup-import add … --share-documents docs@fidu.lu
                                             partage ses documents avec le cabinet (Banqup Files)
  banqup-import add … --json                 l’objet ligne du JSON de l’import, pour les scripts
Dans un terminal, les valeurs omises sont demandées ; dans un script, elles sont une erreur (code 2).
Relancer le même add ne crée pas de second client : il dit que le client est déjà là (code 0).
(demande BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET, sauf avec --dry-run)
`,
    nl: `
Voorbeelden:
  banqup-import add --name "Boulangerie Schmit S.à r.l." --street "12 rue de la Gare" --zip 1611 \\
    --city Luxembourg --country LU --rcs B123456 --iban "LU28 0019 4006 4475 0000" --language fr \\
    --contact-name "Anne Schmit" --contact-language fr --contact-email anne@schmit.lu --ref CLI-0042
                                             maakt de klant aan en activeert hem; toont zijn twee links
  banqup-import add … --dry-run              controleert de waarden (en, met toegangsgegevens, wat Banqup bevat)
  banqup-import add … --no-activate          maakt hem aan en laat hem inactief
  banqup-import add … --share-documents docs@fidu.lu
                                             deelt zijn documenten met het kantoor (Banqup Files)
  banqup-import add … --json                 het rij-object van de JSON van de import, voor scripts
In een terminal wordt naar weggelaten waarden gevraagd; in een script zijn ze een fout (code 2).
Dezelfde add opnieuw starten maakt geen tweede klant: hij meldt dat de klant er al is (code 0).
(vraagt BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET, behalve met --dry-run)
`,
    de: `
Beispiele:
  banqup-import add --name "Boulangerie Schmit S.à r.l." --street "12 rue de la Gare" --zip 1611 \\
    --city Luxembourg --country LU --rcs B123456 --iban "LU28 0019 4006 4475 0000" --language fr \\
    --contact-name "Anne Schmit" --contact-language fr --contact-email anne@schmit.lu --ref CLI-0042
                                             legt den Kunden an und aktiviert ihn; gibt seine zwei Links aus
  banqup-import add … --dry-run              prüft die Werte (und, mit Zugangsdaten, was Banqup enthält)
  banqup-import add … --no-activate          legt ihn an und lässt ihn inaktiv
  banqup-import add … --share-documents docs@fidu.lu
                                             teilt seine Dokumente mit der Kanzlei (Banqup Files)
  banqup-import add … --json                 das Zeilenobjekt des Import-JSON, für Skripte
Im Terminal wird nach fehlenden Werten gefragt; in einem Skript sind sie ein Fehler (Code 2).
Derselbe add noch einmal legt keinen zweiten Kunden an: Er meldet, dass der Kunde schon da ist (Code 0).
(braucht BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET, außer mit --dry-run)
`,
  },
  [ACTIVATE_EXAMPLES]: {
    fr: `
Exemples :
  banqup-import activate --dry-run           liste les clients inactifs de l’espace, n’active rien
  banqup-import activate                     les active tous, après confirmation de leur nombre
  banqup-import activate --yes               la même chose dans un script (sans question)
  banqup-import activate clients.xlsx --yes  seulement les clients des lignes du tableau
  banqup-import activate --yes --results actives.xlsx
                                             écrit aussi client → état → ses deux liens dans un fichier
Interrompu, relancez-le : il reprend avec les clients encore inactifs (aucun n’est activé deux fois).
(demande BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET)
`,
    nl: `
Voorbeelden:
  banqup-import activate --dry-run           somt de inactieve klanten van de ruimte op, activeert niets
  banqup-import activate                     activeert ze allemaal, nadat u hun aantal bevestigt
  banqup-import activate --yes               hetzelfde in een script (zonder vraag)
  banqup-import activate klanten.xlsx --yes  alleen de klanten van de rijen van het blad
  banqup-import activate --yes --results geactiveerd.xlsx
                                             schrijft ook klant → toestand → zijn twee links naar een bestand
Onderbroken? Start het opnieuw: het gaat verder met de klanten die nog inactief zijn (geen enkele twee keer).
(vraagt BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET)
`,
    de: `
Beispiele:
  banqup-import activate --dry-run           listet die inaktiven Kunden des Bereichs auf, aktiviert nichts
  banqup-import activate                     aktiviert alle, nachdem Sie ihre Anzahl bestätigt haben
  banqup-import activate --yes               dasselbe in einem Skript (ohne Rückfrage)
  banqup-import activate kunden.xlsx --yes   nur die Kunden der Zeilen der Tabelle
  banqup-import activate --yes --results aktiviert.xlsx
                                             schreibt auch Kunde → Zustand → seine zwei Links in eine Datei
Abgebrochen? Starten Sie es erneut: Es macht mit den noch inaktiven Kunden weiter (keiner wird zweimal aktiviert).
(braucht BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET)
`,
  },
  [STATUS_SPACE_EXAMPLES]: {
    fr: `Sans tableau, tous les clients de l’espace :
  banqup-import status                             chaque client avec son état et ses liens, les totaux
  banqup-import status --ndjson                    la même chose, une ligne JSON par client
`,
    nl: `Zonder blad, alle klanten van de ruimte:
  banqup-import status                             elke klant met zijn toestand en links, de totalen
  banqup-import status --ndjson                    hetzelfde, één JSON-regel per klant
`,
    de: `Ohne Tabelle alle Kunden des Bereichs:
  banqup-import status                             jeder Kunde mit Zustand und Links, die Summen
  banqup-import status --ndjson                    dasselbe, eine JSON-Zeile pro Kunde
`,
  },
};

const ALL: ReadonlyMap<string, Translations> = new Map(Object.entries({ ...COMMANDER, ...COMMANDS, ...OPTIONS, ...EXAMPLES }));

/** `--help`'s text in `lang`; English, and any text without a translation yet, as it is. */
export function helpTranslator(lang: Lang): (english: string) => string {
  if (lang === 'en') return (english) => english;
  return (english) => ALL.get(english)?.[lang] ?? english;
}

/** Whether `english` has its French, Dutch and German (for the test that keeps `--help` whole). */
export function hasHelpTranslation(english: string): boolean {
  return ALL.has(english);
}
