import type { MessageCatalogue } from './types.js';

/** Messages of the row layer: required values, lengths, duplicates across rows. */
export const rowMessages: MessageCatalogue = {
  'value.required': {
    en: (p) => `${p.header} is required: fill in this cell.`,
    fr: (p) => `${p.header} est obligatoire : remplissez cette cellule.`,
  },
  'text.too_long': {
    en: (p) => `Too long (${p.length} characters): Banqup accepts at most ${p.max}. Shorten it.`,
    fr: (p) => `Trop long (${p.length} caractères) : Banqup en accepte ${p.max} au plus. Raccourcissez-le.`,
  },
  'duplicate.vat': {
    en: (p) => `Same VAT number as row ${p.row}: each client once. Remove one of the two rows.`,
    fr: (p) => `Même numéro de TVA qu’à la ligne ${p.row} : un client une seule fois. Supprimez l’une des deux lignes.`,
  },
  'duplicate.company_number': {
    en: (p) => `Same register number as row ${p.row}: each client once. Remove one of the two rows.`,
    fr: (p) => `Même numéro d’immatriculation qu’à la ligne ${p.row} : un client une seule fois. Supprimez l’une des deux lignes.`,
  },
  'duplicate.external_reference': {
    en: (p) => `Same external reference as row ${p.row}: references must be unique. Change one of them.`,
    fr: (p) => `Même référence externe qu’à la ligne ${p.row} : elles doivent être uniques. Modifiez l’une des deux.`,
  },
};
