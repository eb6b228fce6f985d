import type { ColumnKey } from '../domain/types.js';

/** One column of the Banqup client template. This spec drives the reader, the template and the report. */
export interface ColumnSpec {
  readonly key: ColumnKey;
  /** Letter in the template (the user's sheet may order columns differently). */
  readonly letter: string;
  /** API field, dotted (banqup-api.md §7). */
  readonly field: string;
  /** Header written in the template, and its French form. */
  readonly label: { readonly en: string; readonly fr: string; readonly nl?: string; readonly de?: string };
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
  readonly help: { readonly en: string; readonly fr: string; readonly nl?: string; readonly de?: string };
}

export const COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'legalName', letter: 'A', field: 'legalName',
    label: { en: 'Client name', fr: 'Nom du client' },
    aliases: ['Legal name', 'Company name', 'Name', 'Client', 'Raison sociale', 'Nom', 'Dénomination', 'Nom de la société', 'Klantnaam', 'Naam', 'Bedrijfsnaam', 'Kundenname', 'Firmenname', 'Name des Kunden'],
    required: true, mustBePresent: true, identifier: false, example: 'Boulangerie Schmit S.à r.l.',
    help: { en: 'Legal name of the client company, 1–255 characters.', fr: 'Raison sociale du client, 1 à 255 caractères.' },
  },
  {
    key: 'street', letter: 'B', field: 'address.street',
    label: { en: 'Address', fr: 'Adresse' },
    aliases: ['Street', 'Street and number', 'Rue', 'Adresse postale', 'Adres', 'Straat', 'Anschrift', 'Straße', 'Strasse'],
    required: true, mustBePresent: true, identifier: false, example: '12 rue de la Gare',
    help: { en: 'Street and house number.', fr: 'Rue et numéro.' },
  },
  {
    key: 'postalCode', letter: 'C', field: 'address.postalCode',
    label: { en: 'ZIP', fr: 'Code postal' },
    aliases: ['Postal code', 'Postcode', 'Zip code', 'CP', 'NPA', 'Postleitzahl', 'PLZ'],
    required: true, mustBePresent: true, identifier: true, example: '1611',
    help: {
      en: 'Postal code. LU 4 digits (an "L-" prefix is removed), BE 4 digits, FR 5 digits, NL "1234 AB". Format the column as Text.',
      fr: 'Code postal. LU 4 chiffres (le préfixe « L- » est retiré), BE 4 chiffres, FR 5 chiffres, NL « 1234 AB ». Mettez la colonne au format Texte.',
    },
  },
  {
    key: 'city', letter: 'D', field: 'address.city',
    label: { en: 'City', fr: 'Ville' },
    aliases: ['Town', 'Localité', 'Commune', 'Plaats', 'Stad', 'Gemeente', 'Ort', 'Stadt'],
    required: true, mustBePresent: true, identifier: false, example: 'Luxembourg',
    help: { en: 'City or town.', fr: 'Localité.' },
  },
  {
    key: 'country', letter: 'E', field: 'address.country',
    label: { en: 'Country', fr: 'Pays' },
    aliases: ['Country code', 'Code pays', 'Land', 'Landcode'],
    required: true, mustBePresent: true, identifier: false, example: 'Luxembourg',
    help: {
      en: 'Country name in any language (Luxembourg, Belgique, België, Frankreich …) or 2-letter code (LU, BE, FR).',
      fr: 'Nom du pays dans n’importe quelle langue (Luxembourg, Belgique, België …) ou code à 2 lettres (LU, BE, FR).',
    },
  },
  {
    key: 'companyNumber', letter: 'F', field: 'companyNumber',
    label: { en: 'RCS', fr: 'RCS' },
    aliases: ['Company number', 'Register number', 'Registration number', 'RCS number', 'Trade register', 'Numéro RCS', "Numéro d'entreprise", 'Numéro BCE', 'SIREN', 'Ondernemingsnummer', 'KBO', 'KvK', 'KvK-nummer', 'Handelsregisternummer', 'Handelsregister', 'Unternehmensnummer'],
    required: false, mustBePresent: false, identifier: true, example: 'B123456',
    help: {
      en: 'Register number, checked by country: LU RCS letter + digits ("R.C.S. Luxembourg B 123.456" is accepted); BE enterprise number (10 digits); FR SIREN (9 digits); NL KVK (8 digits). For LU, either RCS or VAT is required.',
      fr: 'Numéro d’immatriculation, vérifié selon le pays : RCS LU lettre + chiffres (« R.C.S. Luxembourg B 123.456 » accepté) ; numéro d’entreprise BE (10 chiffres) ; SIREN FR (9 chiffres) ; KVK NL (8 chiffres). Pour le Luxembourg, le RCS ou la TVA est obligatoire.',
    },
  },
  {
    key: 'vatNumber', letter: 'G', field: 'vatNumber',
    label: { en: 'VAT', fr: 'TVA' },
    aliases: ['VAT number', 'VAT ID', 'Numéro de TVA', 'N° TVA', 'TVA intracommunautaire', 'BTW', 'BTW-nummer', 'Btw-nummer', 'USt-IdNr', 'USt-IdNr.', 'Umsatzsteuer-ID', 'MwSt-Nummer'],
    required: false, mustBePresent: false, identifier: true, example: 'LU15027442',
    help: {
      en: 'EU VAT number with its country prefix (LU15027442); a missing prefix is added from the country. Check digits are verified for every EU country, XI and GB. Required for LU when there is no RCS.',
      fr: 'Numéro de TVA intracommunautaire avec son préfixe pays (LU15027442) ; un préfixe manquant est ajouté d’après le pays. Clés de contrôle vérifiées pour tous les pays de l’UE, XI et GB. Obligatoire au Luxembourg sans RCS.',
    },
  },
  {
    key: 'iban', letter: 'H', field: 'iban',
    label: { en: 'IBAN', fr: 'IBAN' },
    aliases: ['Bank account', 'Account number', 'Compte bancaire', 'Rekeningnummer', 'Bankrekening', 'Kontonummer', 'Bankverbindung'],
    required: true, mustBePresent: true, identifier: true, example: 'LU28 0019 4006 4475 0000',
    help: { en: 'IBAN; spaces are allowed and removed. The check digits are verified.', fr: 'IBAN ; les espaces sont acceptés et retirés. Les chiffres de contrôle sont vérifiés.' },
  },
  {
    key: 'bic', letter: 'I', field: 'bic',
    label: { en: 'BIC', fr: 'BIC' },
    aliases: ['BIC code', 'SWIFT', 'SWIFT code', 'BIC/SWIFT', 'Code BIC'],
    required: false, mustBePresent: false, identifier: true, example: 'BCEELULL',
    help: { en: 'Optional. 8 or 11 characters (BCEELULL).', fr: 'Facultatif. 8 ou 11 caractères (BCEELULL).' },
  },
  {
    key: 'language', letter: 'J', field: 'language',
    label: { en: 'Language', fr: 'Langue' },
    aliases: ['Client language', 'Company language', 'Langue du client', 'Taal', 'Sprache'],
    required: true, mustBePresent: true, identifier: false, example: 'fr',
    help: { en: 'fr, en, nl or de, as a code (FR, fr-BE) or a name in any language (Français, English, Nederlands, Deutsch).', fr: 'fr, en, nl ou de, en code (FR, fr-BE) ou en toutes lettres dans n’importe quelle langue (Français, Anglais, Néerlandais, Allemand).' },
  },
  {
    key: 'contactName', letter: 'K', field: 'contact.name',
    label: { en: 'Contact name', fr: 'Nom du contact' },
    aliases: ['Contact', 'Contact person', 'Personne de contact', 'Contactpersoon', 'Naam contactpersoon', 'Ansprechpartner', 'Kontaktperson'],
    required: true, mustBePresent: true, identifier: false, example: 'Anne Schmit',
    help: { en: 'Full name of the person at the client who receives the invitation.', fr: 'Nom complet de la personne qui recevra l’invitation.' },
  },
  {
    key: 'contactLanguage', letter: 'L', field: 'contact.language',
    label: { en: 'Contact language', fr: 'Langue du contact' },
    aliases: ['Contact person language', 'Taal contactpersoon', 'Taal contact', 'Sprache Kontakt', 'Sprache des Ansprechpartners'],
    required: true, mustBePresent: true, identifier: false, example: 'Français',
    help: { en: 'Language of the contact: as column J.', fr: 'Langue du contact : comme la colonne J.' },
  },
  {
    key: 'contactEmail', letter: 'M', field: 'contact.email',
    label: { en: 'Contact email', fr: 'E-mail du contact' },
    aliases: ['Contact e-mail', 'Email', 'E-mail', 'Email address', 'Adresse e-mail', 'Courriel', 'E-mailadres', 'E-Mail-Adresse', 'E-Mail'],
    required: true, mustBePresent: true, identifier: false, example: 'anne@schmit.lu',
    help: { en: 'One e-mail address; international domains are accepted.', fr: 'Une adresse e-mail ; les domaines internationaux sont acceptés.' },
  },
  {
    key: 'assigneeEmails', letter: 'N', field: 'assigneeEmails',
    label: { en: 'Assignee emails', fr: 'E-mails des responsables' },
    aliases: ['Assignees', 'Assignee email', 'Assigned users', 'Responsables', 'E-mails responsables', 'Toegewezen', 'Verantwoordelijken', 'Zuständige', 'Zugewiesene'],
    required: false, mustBePresent: false, identifier: false, example: 'comptable@fiduciaire.lu; paie@fiduciaire.lu',
    help: { en: 'Optional. Addresses of the firm’s staff who follow this client, separated by ; , spaces or line breaks (at most 20).', fr: 'Facultatif. Adresses des collaborateurs du cabinet qui suivent ce client, séparées par ; , espaces ou retours à la ligne (20 au plus).' },
  },
  {
    key: 'externalReference', letter: 'O', field: 'externalReference',
    label: { en: 'External reference', fr: 'Référence externe' },
    aliases: ['External ref', 'Reference', 'Client code', 'Client number', 'Référence', 'Code client', 'Numéro client', 'Externe referentie', 'Referentie', 'Klantcode', 'Externe Referenz', 'Kundennummer'],
    required: false, mustBePresent: false, identifier: true, example: 'CLI-0042',
    help: { en: 'Optional. A stable key of your own (1–100 characters, unique); it lets the import recognise the client again.', fr: 'Facultatif. Une clé stable de votre choix (1 à 100 caractères, unique) ; elle permet à l’import de reconnaître le client.' },
  },
  {
    key: 'shareDocuments', letter: 'P', field: 'documentSharing.enabled',
    label: { en: 'Share documents', fr: 'Partager les documents' },
    aliases: ['Share documents with the firm', 'Document sharing', 'Partage des documents', 'Partager les documents avec votre cabinet comptable', 'Documenten delen', 'Dokumente teilen'],
    required: false, mustBePresent: false, identifier: false, example: 'yes',
    help: {
      en: 'Optional. yes to share the client’s documents with the firm (also oui, ja, 1), no to keep them unshared; empty: as --share-documents says.',
      fr: 'Facultatif. oui pour partager les documents du client avec le cabinet (aussi yes, ja, 1), non pour ne pas les partager ; vide : selon --share-documents.',
    },
  },
  {
    key: 'deliveryChannel', letter: 'Q', field: 'documentSharing.deliveryChannel',
    label: { en: 'Delivery channel', fr: 'Canal de livraison' },
    aliases: ['Channel', 'Canal', 'Leveringskanaal', 'Kanaal', 'Zustellkanal', 'Kanal'],
    required: false, mustBePresent: false, identifier: false, example: 'Banqup Files',
    help: { en: 'Optional. Banqup Files (the default) or e-mail.', fr: 'Facultatif. Banqup Files (par défaut) ou e-mail.' },
  },
  {
    key: 'sharingEmail', letter: 'R', field: 'documentSharing.email',
    label: { en: 'Sharing e-mail', fr: 'E-mail de partage' },
    aliases: ['Sharing email', 'Banqup Files email', 'Banqup Files e-mail', 'E-mail Banqup Files', 'E-mail voor delen', 'E-Mail für Freigabe'],
    required: false, mustBePresent: false, identifier: false, example: 'docs@fiduciaire.lu',
    help: {
      en: 'Needed when documents are shared: the e-mail the firm uses to log in to Banqup Files.',
      fr: 'Nécessaire quand les documents sont partagés : l’e-mail de connexion du cabinet à Banqup Files.',
    },
  },
];

/** The column whose header the error report adds; ignored on reading so the report can be fed back. */
export const ERRORS_COLUMN_LABEL = { en: 'Errors', fr: 'Erreurs' } as const;

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
      for (const name of [spec.label.en, spec.label.fr, ...spec.aliases]) {
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

/** True when the header is the report's own "Errors" column. */
export function isErrorsColumn(label: string): boolean {
  const n = normaliseHeader(label);
  return n === normaliseHeader(ERRORS_COLUMN_LABEL.en) || n === normaliseHeader(ERRORS_COLUMN_LABEL.fr);
}
