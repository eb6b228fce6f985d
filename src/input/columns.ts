import type { ColumnKey } from '../domain/types.js';

/** The languages of the template (Banqup's own four): `template --lang`, headers, help, report columns. */
export const TEMPLATE_LANGS = ['en', 'fr', 'nl', 'de'] as const;
export type TemplateLang = (typeof TEMPLATE_LANGS)[number];
/** A text of the template in each of its languages. */
export type Localised = Readonly<Record<TemplateLang, string>>;

/** One column of the Banqup client template. This spec drives the reader, the template and the report. */
export interface ColumnSpec {
  readonly key: ColumnKey;
  /** Letter in the template (the user's sheet may order columns differently). */
  readonly letter: string;
  /** API field, dotted (banqup-api.md §7). */
  readonly field: string;
  /** Header written in the template of each language; the reader knows all four. */
  readonly label: Localised;
  /** Other labels people use: French, Dutch, German forms and Banqup's Partner-space template. */
  readonly aliases: readonly string[];
  /** The value is required on every row. */
  readonly required: boolean;
  /** The column must be present in the sheet for the run to start. */
  readonly mustBePresent: boolean;
  /** An identifier: digits matter, so numbers, dates and formulas are read with care (§7). */
  readonly identifier: boolean;
  /** One realistic example value. */
  readonly example: string;
  /** What the column accepts, for the template's Instructions sheet and the README. */
  readonly help: Localised;
}

export const COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'legalName', letter: 'A', field: 'legalName',
    label: { en: 'Client name', fr: 'Nom du client', nl: 'Naam klant', de: 'Kundenname' },
    aliases: ['Legal name', 'Company name', 'Name', 'Client', 'Raison sociale', 'Nom', 'Dénomination', 'Nom de la société', 'Klantnaam', 'Naam', 'Bedrijfsnaam', 'Kundenname', 'Firmenname', 'Name des Kunden'],
    required: true, mustBePresent: true, identifier: false, example: 'Boulangerie Schmit S.à r.l.',
    help: {
      en: 'Legal name of the client company, 1–255 characters.',
      fr: 'Raison sociale du client, 1 à 255 caractères.',
      nl: 'Officiële naam van de klant (vennootschap), 1 tot 255 tekens.',
      de: 'Offizieller Name des Kundenunternehmens, 1 bis 255 Zeichen.',
    },
  },
  {
    key: 'street', letter: 'B', field: 'address.street',
    label: { en: 'Address', fr: 'Adresse', nl: 'Adres', de: 'Adresse' },
    aliases: ['Street', 'Street and number', 'Rue', 'Adresse postale', 'Adres', 'Straat', 'Anschrift', 'Straße', 'Strasse'],
    required: true, mustBePresent: true, identifier: false, example: '12 rue de la Gare',
    help: {
      en: 'Street and house number.',
      fr: 'Rue et numéro.',
      nl: 'Straat en huisnummer.',
      de: 'Straße und Hausnummer.',
    },
  },
  {
    key: 'postalCode', letter: 'C', field: 'address.postalCode',
    label: { en: 'ZIP', fr: 'Code postal', nl: 'Postcode', de: 'Postleitzahl' },
    aliases: ['Postal code', 'Postcode', 'Zip code', 'CP', 'NPA', 'Postleitzahl', 'PLZ'],
    required: true, mustBePresent: true, identifier: true, example: '1611',
    help: {
      en: 'Postal code. LU 4 digits (an "L-" prefix is removed), BE 4 digits, FR 5 digits, NL "1234 AB". Format the column as Text.',
      fr: 'Code postal. LU 4 chiffres (le préfixe « L- » est retiré), BE 4 chiffres, FR 5 chiffres, NL « 1234 AB ». Mettez la colonne au format Texte.',
      nl: 'Postcode. LU 4 cijfers (een voorvoegsel „L-” wordt verwijderd), BE 4 cijfers, FR 5 cijfers, NL „1234 AB”. Zet de kolom op de opmaak Tekst.',
      de: 'Postleitzahl. LU 4 Ziffern (ein vorangestelltes „L-“ wird entfernt), BE 4 Ziffern, FR 5 Ziffern, NL „1234 AB“. Formatieren Sie die Spalte als Text.',
    },
  },
  {
    key: 'city', letter: 'D', field: 'address.city',
    label: { en: 'City', fr: 'Ville', nl: 'Plaats', de: 'Ort' },
    aliases: ['Town', 'Localité', 'Commune', 'Plaats', 'Stad', 'Gemeente', 'Ort', 'Stadt'],
    required: true, mustBePresent: true, identifier: false, example: 'Luxembourg',
    help: {
      en: 'City or town.',
      fr: 'Localité.',
      nl: 'Plaats of gemeente.',
      de: 'Ort oder Gemeinde.',
    },
  },
  {
    key: 'country', letter: 'E', field: 'address.country',
    label: { en: 'Country', fr: 'Pays', nl: 'Land', de: 'Land' },
    aliases: ['Country code', 'Code pays', 'Land', 'Landcode'],
    required: true, mustBePresent: true, identifier: false, example: 'Luxembourg',
    help: {
      en: 'Country name in any language (Luxembourg, Belgique, België, Frankreich …) or 2-letter code (LU, BE, FR).',
      fr: 'Nom du pays dans n’importe quelle langue (Luxembourg, Belgique, België …) ou code à 2 lettres (LU, BE, FR).',
      nl: 'Naam van het land in om het even welke taal (Luxembourg, Belgique, België, Frankreich …) of code van 2 letters (LU, BE, FR).',
      de: 'Name des Landes in beliebiger Sprache (Luxembourg, Belgique, België, Frankreich …) oder 2-Buchstaben-Code (LU, BE, FR).',
    },
  },
  {
    key: 'companyNumber', letter: 'F', field: 'companyNumber',
    label: { en: 'RCS', fr: 'RCS', nl: 'Ondernemingsnummer', de: 'Handelsregister (RCS)' },
    aliases: ['Company number', 'Register number', 'Registration number', 'RCS number', 'Trade register', 'Numéro RCS', "Numéro d'entreprise", 'Numéro BCE', 'SIREN', 'Ondernemingsnummer', 'KBO', 'KvK', 'KvK-nummer', 'Handelsregisternummer', 'Handelsregister', 'Unternehmensnummer'],
    required: false, mustBePresent: false, identifier: true, example: 'B123456',
    help: {
      en: 'Register number, checked by country: LU RCS letter + digits ("R.C.S. Luxembourg B 123.456" is accepted); BE enterprise number (10 digits); FR SIREN (9 digits); NL KVK (8 digits). For LU, either RCS or VAT is required.',
      fr: 'Numéro d’immatriculation, vérifié selon le pays : RCS LU lettre + chiffres (« R.C.S. Luxembourg B 123.456 » accepté) ; numéro d’entreprise BE (10 chiffres) ; SIREN FR (9 chiffres) ; KVK NL (8 chiffres). Pour le Luxembourg, le RCS ou la TVA est obligatoire.',
      nl: 'Registratienummer, gecontroleerd per land: LU RCS-letter + cijfers („R.C.S. Luxembourg B 123.456” wordt aanvaard); BE ondernemingsnummer (10 cijfers); FR SIREN (9 cijfers); NL KVK (8 cijfers). Voor Luxemburg is het RCS of het btw-nummer verplicht.',
      de: 'Registernummer, je nach Land geprüft: LU RCS-Buchstabe + Ziffern („R.C.S. Luxembourg B 123.456“ wird akzeptiert); BE Unternehmensnummer (10 Ziffern); FR SIREN (9 Ziffern); NL KVK (8 Ziffern). Für Luxemburg ist die RCS- oder die MwSt.-Nummer Pflicht.',
    },
  },
  {
    key: 'vatNumber', letter: 'G', field: 'vatNumber',
    label: { en: 'VAT', fr: 'TVA', nl: 'Btw-nummer', de: 'MwSt.-Nummer' },
    aliases: ['VAT number', 'VAT ID', 'Numéro de TVA', 'N° TVA', 'TVA intracommunautaire', 'BTW', 'BTW-nummer', 'Btw-nummer', 'USt-IdNr', 'USt-IdNr.', 'Umsatzsteuer-ID', 'MwSt-Nummer'],
    required: false, mustBePresent: false, identifier: true, example: 'LU15027442',
    help: {
      en: 'EU VAT number with its country prefix (LU15027442); a missing prefix is added from the country. Check digits are verified for every EU country, XI and GB. Required for LU when there is no RCS.',
      fr: 'Numéro de TVA intracommunautaire avec son préfixe pays (LU15027442) ; un préfixe manquant est ajouté d’après le pays. Clés de contrôle vérifiées pour tous les pays de l’UE, XI et GB. Obligatoire au Luxembourg sans RCS.',
      nl: 'Europees btw-nummer met het landvoorvoegsel (LU15027442); een ontbrekend voorvoegsel wordt aangevuld volgens het land. De controlecijfers worden nagekeken voor elk EU-land, XI en GB. Verplicht voor Luxemburg zonder RCS.',
      de: 'EU-Umsatzsteuer-Identifikationsnummer mit Länderpräfix (LU15027442); ein fehlendes Präfix wird nach dem Land ergänzt. Die Prüfziffern werden für jedes EU-Land, XI und GB geprüft. Für Luxemburg ohne RCS Pflicht.',
    },
  },
  {
    key: 'iban', letter: 'H', field: 'iban',
    label: { en: 'IBAN', fr: 'IBAN', nl: 'IBAN', de: 'IBAN' },
    aliases: ['Bank account', 'Account number', 'Compte bancaire', 'Rekeningnummer', 'Bankrekening', 'Kontonummer', 'Bankverbindung'],
    required: true, mustBePresent: true, identifier: true, example: 'LU28 0019 4006 4475 0000',
    help: {
      en: 'IBAN; spaces are allowed and removed. The check digits are verified.',
      fr: 'IBAN ; les espaces sont acceptés et retirés. Les chiffres de contrôle sont vérifiés.',
      nl: 'IBAN; spaties zijn toegestaan en worden verwijderd. De controlecijfers worden nagekeken.',
      de: 'IBAN; Leerzeichen sind erlaubt und werden entfernt. Die Prüfziffern werden geprüft.',
    },
  },
  {
    key: 'bic', letter: 'I', field: 'bic',
    label: { en: 'BIC', fr: 'BIC', nl: 'BIC', de: 'BIC' },
    aliases: ['BIC code', 'SWIFT', 'SWIFT code', 'BIC/SWIFT', 'Code BIC'],
    required: false, mustBePresent: false, identifier: true, example: 'BCEELULL',
    help: {
      en: 'Optional. 8 or 11 characters (BCEELULL).',
      fr: 'Facultatif. 8 ou 11 caractères (BCEELULL).',
      nl: 'Facultatief. 8 of 11 tekens (BCEELULL).',
      de: 'Optional. 8 oder 11 Zeichen (BCEELULL).',
    },
  },
  {
    key: 'language', letter: 'J', field: 'language',
    label: { en: 'Language', fr: 'Langue', nl: 'Taal', de: 'Sprache' },
    aliases: ['Client language', 'Company language', 'Langue du client', 'Taal', 'Sprache'],
    required: true, mustBePresent: true, identifier: false, example: 'fr',
    help: {
      en: 'fr, en, nl or de, as a code (FR, fr-BE) or a name in any language (Français, English, Nederlands, Deutsch).',
      fr: 'fr, en, nl ou de, en code (FR, fr-BE) ou en toutes lettres dans n’importe quelle langue (Français, Anglais, Néerlandais, Allemand).',
      nl: 'fr, en, nl of de, als code (FR, fr-BE) of voluit in om het even welke taal (Français, English, Nederlands, Deutsch).',
      de: 'fr, en, nl oder de, als Code (FR, fr-BE) oder ausgeschrieben in beliebiger Sprache (Français, English, Nederlands, Deutsch).',
    },
  },
  {
    key: 'contactName', letter: 'K', field: 'contact.name',
    label: { en: 'Contact name', fr: 'Nom du contact', nl: 'Naam contactpersoon', de: 'Name des Ansprechpartners' },
    aliases: ['Contact', 'Contact person', 'Personne de contact', 'Contactpersoon', 'Naam contactpersoon', 'Ansprechpartner', 'Kontaktperson'],
    required: true, mustBePresent: true, identifier: false, example: 'Anne Schmit',
    help: {
      en: 'Full name of the person at the client who receives the invitation.',
      fr: 'Nom complet de la personne qui recevra l’invitation.',
      nl: 'Volledige naam van de persoon bij de klant die de uitnodiging ontvangt.',
      de: 'Vollständiger Name der Person beim Kunden, die die Einladung erhält.',
    },
  },
  {
    key: 'contactLanguage', letter: 'L', field: 'contact.language',
    label: { en: 'Contact language', fr: 'Langue du contact', nl: 'Taal contactpersoon', de: 'Sprache des Ansprechpartners' },
    aliases: ['Contact person language', 'Taal contactpersoon', 'Taal contact', 'Sprache Kontakt', 'Sprache des Ansprechpartners'],
    required: true, mustBePresent: true, identifier: false, example: 'Français',
    help: {
      en: 'Language of the contact: as column J.',
      fr: 'Langue du contact : comme la colonne J.',
      nl: 'Taal van de contactpersoon: zoals kolom J.',
      de: 'Sprache des Ansprechpartners: wie Spalte J.',
    },
  },
  {
    key: 'contactEmail', letter: 'M', field: 'contact.email',
    label: { en: 'Contact email', fr: 'E-mail du contact', nl: 'E-mail contactpersoon', de: 'E-Mail des Ansprechpartners' },
    aliases: ['Contact e-mail', 'Email', 'E-mail', 'Email address', 'Adresse e-mail', 'Courriel', 'E-mailadres', 'E-Mail-Adresse', 'E-Mail'],
    required: true, mustBePresent: true, identifier: false, example: 'anne@schmit.lu',
    help: {
      en: 'One e-mail address; international domains are accepted.',
      fr: 'Une adresse e-mail ; les domaines internationaux sont acceptés.',
      nl: 'Eén e-mailadres; internationale domeinnamen worden aanvaard.',
      de: 'Eine E-Mail-Adresse; internationale Domains werden akzeptiert.',
    },
  },
  {
    key: 'assigneeEmails', letter: 'N', field: 'assigneeEmails',
    label: { en: 'Assignee emails', fr: 'E-mails des responsables', nl: 'E-mails verantwoordelijken', de: 'E-Mails der Zuständigen' },
    aliases: ['Assignees', 'Assignee email', 'Assigned users', 'Responsables', 'E-mails responsables', 'Toegewezen', 'Verantwoordelijken', 'Zuständige', 'Zugewiesene'],
    required: false, mustBePresent: false, identifier: false, example: 'comptable@fiduciaire.lu; paie@fiduciaire.lu',
    help: {
      en: 'Optional. Addresses of the firm’s staff who follow this client, separated by ; , spaces or line breaks (at most 20).',
      fr: 'Facultatif. Adresses des collaborateurs du cabinet qui suivent ce client, séparées par ; , espaces ou retours à la ligne (20 au plus).',
      nl: 'Facultatief. Adressen van de medewerkers van het kantoor die deze klant opvolgen, gescheiden door ; , spaties of regeleinden (hoogstens 20).',
      de: 'Optional. Adressen der Mitarbeiter der Kanzlei, die diesen Kunden betreuen, getrennt durch ; , Leerzeichen oder Zeilenumbrüche (höchstens 20).',
    },
  },
  {
    key: 'externalReference', letter: 'O', field: 'externalReference',
    label: { en: 'External reference', fr: 'Référence externe', nl: 'Externe referentie', de: 'Externe Referenz' },
    aliases: ['External ref', 'Reference', 'Client code', 'Client number', 'Référence', 'Code client', 'Numéro client', 'Externe referentie', 'Referentie', 'Klantcode', 'Externe Referenz', 'Kundennummer'],
    required: false, mustBePresent: false, identifier: true, example: 'CLI-0042',
    help: {
      en: 'Optional. A stable key of your own (1–100 characters, unique); it lets the import recognise the client again.',
      fr: 'Facultatif. Une clé stable de votre choix (1 à 100 caractères, unique) ; elle permet à l’import de reconnaître le client.',
      nl: 'Facultatief. Een vaste sleutel naar keuze (1 tot 100 tekens, uniek); daarmee herkent de import de klant opnieuw.',
      de: 'Optional. Ein fester Schlüssel Ihrer Wahl (1 bis 100 Zeichen, eindeutig); daran erkennt der Import den Kunden wieder.',
    },
  },
  {
    key: 'shareDocuments', letter: 'P', field: 'documentSharing.enabled',
    label: { en: 'Share documents', fr: 'Partager les documents', nl: 'Documenten delen', de: 'Dokumente teilen' },
    aliases: ['Share documents with the firm', 'Document sharing', 'Partage des documents', 'Partager les documents avec votre cabinet comptable', 'Documenten delen', 'Dokumente teilen'],
    required: false, mustBePresent: false, identifier: false, example: 'yes',
    help: {
      en: 'Optional. yes to share the client’s documents with the firm (also oui, ja, 1), no to keep them unshared; empty: as --share-documents says.',
      fr: 'Facultatif. oui pour partager les documents du client avec le cabinet (aussi yes, ja, 1), non pour ne pas les partager ; vide : selon --share-documents.',
      nl: 'Facultatief. ja om de documenten van de klant met het kantoor te delen (ook yes, oui, 1), nee om ze niet te delen; leeg: zoals --share-documents zegt.',
      de: 'Optional. ja, um die Dokumente des Kunden mit der Kanzlei zu teilen (auch yes, oui, 1), nein, um sie nicht zu teilen; leer: wie --share-documents angibt.',
    },
  },
  {
    key: 'deliveryChannel', letter: 'Q', field: 'documentSharing.deliveryChannel',
    label: { en: 'Delivery channel', fr: 'Canal de livraison', nl: 'Leveringskanaal', de: 'Zustellkanal' },
    aliases: ['Channel', 'Canal', 'Leveringskanaal', 'Kanaal', 'Zustellkanal', 'Kanal'],
    required: false, mustBePresent: false, identifier: false, example: 'Banqup Files',
    help: {
      en: 'Optional. Banqup Files (the default) or e-mail.',
      fr: 'Facultatif. Banqup Files (par défaut) ou e-mail.',
      nl: 'Facultatief. Banqup Files (standaard) of e-mail.',
      de: 'Optional. Banqup Files (Standard) oder E-Mail.',
    },
  },
  {
    key: 'sharingEmail', letter: 'R', field: 'documentSharing.email',
    label: { en: 'Sharing e-mail', fr: 'E-mail de partage', nl: 'E-mail voor delen', de: 'E-Mail für Freigabe' },
    aliases: ['Sharing email', 'Banqup Files email', 'Banqup Files e-mail', 'E-mail Banqup Files', 'E-mail voor delen', 'E-Mail für Freigabe'],
    required: false, mustBePresent: false, identifier: false, example: 'docs@fiduciaire.lu',
    help: {
      en: 'Needed when documents are shared: the e-mail the firm uses to log in to Banqup Files.',
      fr: 'Nécessaire quand les documents sont partagés : l’e-mail de connexion du cabinet à Banqup Files.',
      nl: 'Nodig wanneer documenten gedeeld worden: het e-mailadres waarmee het kantoor inlogt op Banqup Files.',
      de: 'Nötig, wenn Dokumente geteilt werden: die E-Mail-Adresse, mit der sich die Kanzlei bei Banqup Files anmeldet.',
    },
  },
];

/**
 * The columns the `.xlsx` report adds after the user's own: each row's errors, and its warnings. The
 * reader skips them (in any of the four languages), so a report can be fixed and fed back as it is,
 * and the next report replaces them.
 */
export const REPORT_COLUMN_LABELS = {
  errors: { en: 'Errors', fr: 'Erreurs', nl: 'Fouten', de: 'Fehler' },
  warnings: { en: 'Warnings', fr: 'Avertissements', nl: 'Waarschuwingen', de: 'Warnungen' },
} as const satisfies Readonly<Record<string, Localised>>;
export type ReportColumnKind = keyof typeof REPORT_COLUMN_LABELS;
/** The report's errors column, by language. */
export const ERRORS_COLUMN_LABEL = REPORT_COLUMN_LABELS.errors;

const BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

/** The spec of one column; every key has one. */
export function columnSpec(key: ColumnKey): ColumnSpec {
  const spec = BY_KEY.get(key);
  if (!spec) throw new Error(`no column spec for ${key}`);
  return spec;
}

/** Normalises a header for matching: case, accents, spaces, punctuation and `*` marks do not count. */
export function normaliseHeader(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[*()[\]:.'’\-_/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let headerIndex: Map<string, ColumnKey> | undefined;

/** Which column a header names, or undefined. */
export function columnForHeader(label: string): ColumnKey | undefined {
  if (!headerIndex) {
    headerIndex = new Map();
    for (const spec of COLUMNS) {
      for (const name of [...TEMPLATE_LANGS.map((lang) => spec.label[lang]), ...spec.aliases]) {
        const key = normaliseHeader(name);
        if (headerIndex.has(key) && headerIndex.get(key) !== spec.key) {
          throw new Error(`header alias "${name}" names two columns`);
        }
        headerIndex.set(key, spec.key);
      }
    }
  }
  return headerIndex.get(normaliseHeader(label));
}

const REPORT_HEADERS = new Map<string, ReportColumnKind>(
  (Object.keys(REPORT_COLUMN_LABELS) as ReportColumnKind[]).flatMap((kind) =>
    TEMPLATE_LANGS.map((lang) => [normaliseHeader(REPORT_COLUMN_LABELS[kind][lang]), kind] as const),
  ),
);

/** Which of the report's own columns a header names (errors or warnings, in any language), or undefined. */
export function reportColumnKind(label: string): ReportColumnKind | undefined {
  return REPORT_HEADERS.get(normaliseHeader(label));
}

/** True when the header is one of the report's own columns: never read as data. */
export function isReportColumn(label: string): boolean {
  return reportColumnKind(label) !== undefined;
}
