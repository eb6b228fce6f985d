import type { ColumnFinding, MessageCatalogue } from './types.js';

/** What the identifier rules need: normalised values (null if empty or invalid) and whether the cell had text. */
export interface IdentifierInput {
  readonly country: string | null;
  readonly companyNumber: string | null;
  readonly vatNumber: string | null;
  readonly companyNumberTyped: boolean;
  readonly vatTyped: boolean;
}

/**
 * Rules between columns E, F and G (validation-rules.md §0, "Cross-field"): a client needs a
 * register or VAT number, and a Belgian or French VAT number embeds the register number, so the two
 * must agree. Invalid values arrive as null and were reported by their own column already.
 */
export function checkIdentifiers(input: IdentifierInput): ColumnFinding[] {
  const { country, companyNumber, vatNumber } = input;
  if (!input.companyNumberTyped && !input.vatTyped) {
    // Banqup's own rule for Luxembourg, worded as its help article does.
    const code = country === 'LU' ? 'vat.required_without_rcs' : 'identifiers.missing';
    return [{ column: 'vatNumber', code, severity: 'error' }];
  }
  if (companyNumber === null || vatNumber === null) return [];

  if (country === 'BE' && vatNumber.startsWith('BE') && vatNumber.slice(2) !== companyNumber) {
    return [{ column: 'vatNumber', code: 'vat.be_mismatch', severity: 'error', params: { expected: `BE${companyNumber}` } }];
  }
  if (country === 'FR' && vatNumber.startsWith('FR')) {
    const siren = vatNumber.slice(4);
    // Monaco companies have French VAT numbers without a SIREN (FRxx000…).
    if (!siren.startsWith('000') && siren !== companyNumber) {
      return [{ column: 'vatNumber', code: 'vat.fr_mismatch', severity: 'error', params: { siren: companyNumber } }];
    }
  }
  return [];
}

/** Messages for the rules between columns. */
export const crossFieldMessages: MessageCatalogue = {
  'identifiers.missing': {
    en: () => 'Give the VAT number or the company register number: at least one is required.',
    fr: () => 'Indiquez le numéro de TVA ou le numéro d’immatriculation : l’un des deux est obligatoire.',
    nl: () => 'Geef het btw-nummer of het ondernemingsnummer: minstens één van beide is verplicht.',
    de: () => 'Geben Sie die MwSt.-Nummer oder die Registernummer an: Mindestens eine ist Pflicht.',
  },
  'vat.required_without_rcs': {
    en: () => 'For a Luxembourg client, the VAT number is mandatory when there is no RCS number: fill in one.',
    fr: () => 'Pour un client luxembourgeois, la TVA est obligatoire sans numéro RCS : indiquez l’un des deux.',
    nl: () => 'Voor een Luxemburgse klant is het btw-nummer verplicht zonder RCS-nummer: vul een van beide in.',
    de: () => 'Für einen luxemburgischen Kunden ist ohne RCS-Nummer die MwSt.-Nummer Pflicht: Füllen Sie eine aus.',
  },
  'vat.be_mismatch': {
    en: (p) => `A Belgian VAT number is BE + the enterprise number (${p.expected}): correct one of the two.`,
    fr: (p) => `La TVA belge est BE + le numéro d’entreprise (${p.expected}) : corrigez l’un des deux.`,
    nl: (p) => `Een Belgisch btw-nummer is BE + het ondernemingsnummer (${p.expected}): verbeter een van beide.`,
    de: (p) => `Eine belgische MwSt.-Nummer ist BE + die Unternehmensnummer (${p.expected}): Korrigieren Sie eine.`,
  },
  'vat.fr_mismatch': {
    en: (p) => `A French VAT number ends with the SIREN (${p.siren}): correct the VAT or the SIREN.`,
    fr: (p) => `La TVA française se termine par le SIREN (${p.siren}) : corrigez la TVA ou le SIREN.`,
    nl: (p) => `Een Frans btw-nummer eindigt op het SIREN (${p.siren}): verbeter het btw-nummer of het SIREN.`,
    de: (p) => `Eine französische MwSt.-Nummer endet mit der SIREN (${p.siren}): Korrigieren Sie eine der beiden.`,
  },
};
