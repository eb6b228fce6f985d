import { ACTIVATE_EXAMPLES, ADD_EXAMPLES, STATUS_SPACE_EXAMPLES } from './helpText.js';

// `--help` of `add`, `activate` and `status` without a sheet in French, Dutch and German, keyed by
// the English text like helpTranslations.ts, which takes these in; kept apart so that the
// translations of issue 13 merge without touching the others.

type Translations = Readonly<Record<'fr' | 'nl' | 'de', string>>;

export const ADD_ACTIVATE_HELP: Readonly<Record<string, Translations>> = {
  // Placeholders of the option terms.
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
  // The commands and their argument.
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
