import type { MessageCatalogue } from './types.js';

/** Messages of the row layer: required values, lengths, duplicates across rows. */
export const rowMessages: MessageCatalogue = {
  'value.required': {
    en: (p) => `${p.header} is required: fill in this cell.`,
    fr: (p) => `${p.header} est obligatoire : remplissez cette cellule.`,
    nl: (p) => `${p.header} is verplicht: vul deze cel in.`,
    de: (p) => `${p.header} ist ein Pflichtfeld: Füllen Sie diese Zelle aus.`,
  },
  'text.too_long': {
    en: (p) => `Too long (${p.length} characters): Banqup accepts at most ${p.max}. Shorten it.`,
    fr: (p) => `Trop long (${p.length} caractères) : Banqup en accepte ${p.max} au plus. Raccourcissez-le.`,
    nl: (p) => `Te lang (${p.length} tekens): Banqup aanvaardt er hoogstens ${p.max}. Maak het korter.`,
    de: (p) => `Zu lang (${p.length} Zeichen): Banqup akzeptiert höchstens ${p.max}. Kürzen Sie den Text.`,
  },
  'duplicate.vat': {
    en: (p) => `Same VAT number as row ${p.row}: each client once. Remove one of the two rows.`,
    fr: (p) => `Même numéro de TVA qu’à la ligne ${p.row} : un client une seule fois. Supprimez l’une des deux lignes.`,
    nl: (p) => `Hetzelfde btw-nummer als rij ${p.row}: elke klant één keer. Verwijder een van beide rijen.`,
    de: (p) => `Dieselbe MwSt.-Nummer wie in Zeile ${p.row}: jeden Kunden nur einmal. Löschen Sie eine der beiden Zeilen.`,
  },
  'duplicate.company_number': {
    en: (p) => `Same register number as row ${p.row}: each client once. Remove one of the two rows.`,
    fr: (p) => `Même numéro d’immatriculation qu’à la ligne ${p.row} : un client une seule fois. Supprimez l’une des deux lignes.`,
    nl: (p) => `Hetzelfde ondernemingsnummer als rij ${p.row}: elke klant één keer. Verwijder een van beide rijen.`,
    de: (p) => `Dieselbe Registernummer wie in Zeile ${p.row}: jeden Kunden nur einmal. Löschen Sie eine der beiden Zeilen.`,
  },
  'duplicate.external_reference': {
    en: (p) => `Same external reference as row ${p.row}: references must be unique. Change one of them.`,
    fr: (p) => `Même référence externe qu’à la ligne ${p.row} : elles doivent être uniques. Modifiez l’une des deux.`,
    nl: (p) => `Dezelfde externe referentie als rij ${p.row}: referenties moeten uniek zijn. Wijzig er een.`,
    de: (p) => `Dieselbe externe Referenz wie in Zeile ${p.row}: Referenzen müssen eindeutig sein. Ändern Sie eine davon.`,
  },
};
