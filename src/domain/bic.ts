import { isValidBIC } from 'ibantools';
import type { Finding, MessageCatalogue, Normalised, ValueSpan } from './types.js';
import { mapSpan, withSpan } from './valueSpan.js';
import { nfkc } from './unicodeForms.js';

/** The BIC's parts: bank (4 letters), country (2 letters), place (2), branch (3, optional). */
const BIC_SHAPE = [/[A-Z]/, /[A-Z]/, /[A-Z]/, /[A-Z]/, /[A-Z]/, /[A-Z]/, /[A-Z0-9]/, /[A-Z0-9]/, /[A-Z0-9]/, /[A-Z0-9]/, /[A-Z0-9]/];

/** Where a refused BIC goes wrong, in the input: a character out of place, else the country code. */
function bicSpan(input: string, bic: string): ValueSpan | undefined {
  const at = [...bic].findIndex((ch, i) => !(BIC_SHAPE[i]?.test(ch) ?? false));
  if (at >= 0 && at < BIC_SHAPE.length) return mapSpan(input, bic, { start: at, end: at + 1 });
  if (bic.length === 8 || bic.length === 11) return mapSpan(input, bic, { start: 4, end: 6 });
  return undefined;
}

/**
 * Column I (optional): compacts a BIC and checks its shape and country with ibantools, which needs
 * the compact form (`BCEE LU LL` would be read as country " L"). 8 and 11 characters are both kept as
 * typed: `BCEELULL` and `BCEELULLXXX` name the same office.
 */
export function normaliseBic(input: string, ibanCountry: string | null): Normalised<string> {
  // The label needs a separator: BICVNENI and BICCKMKM are real BICs.
  const bic = nfkc(input).toUpperCase().replace(/^(?:BIC|SWIFT)(?:\s*:\s*|\s+)/, '').replace(/\s/g, '');
  if (bic === '') return { value: null, findings: [] };
  if (!isValidBIC(bic)) return { value: null, findings: [withSpan({ code: 'bic.format', severity: 'error' }, bicSpan(input, bic))] };
  const findings: Finding[] = [];
  const bicCountry = bic.slice(4, 6);
  // Legitimate for some accounts (a foreign bank's branch), so a warning, as Symfony's Bic constraint does.
  if (ibanCountry !== null && bicCountry !== ibanCountry) {
    findings.push({ code: 'bic.country_mismatch', severity: 'warning', params: { bicCountry, ibanCountry } });
  }
  return { value: bic, findings };
}

/** Messages for column I (BIC). */
export const bicMessages: MessageCatalogue = {
  'bic.format': {
    en: () => 'A BIC has 8 or 11 letters and digits, the bank’s country in 5th–6th place, e.g. BCEELULL.',
    fr: () => 'Un BIC compte 8 ou 11 caractères, le pays de la banque en 5e–6e position, p. ex. BCEELULL.',
    nl: () => 'Een BIC heeft 8 of 11 letters en cijfers, het land van de bank op plaats 5–6, bv. BCEELULL.',
    de: () => 'Ein BIC hat 8 oder 11 Zeichen, das Land der Bank an 5.–6. Stelle, z. B. BCEELULL.',
  },
  'bic.country_mismatch': {
    en: (p) => `BIC from ${p.bicCountry} but IBAN from ${p.ibanCountry}: check that both belong to the same account.`,
    fr: (p) => `BIC de ${p.bicCountry} mais IBAN de ${p.ibanCountry} : vérifiez qu’ils désignent le même compte.`,
    nl: (p) => `BIC uit ${p.bicCountry} maar IBAN uit ${p.ibanCountry}: controleer of beide bij dezelfde rekening horen.`,
    de: (p) => `BIC aus ${p.bicCountry}, aber IBAN aus ${p.ibanCountry}: Prüfen Sie, ob beide zum selben Konto gehören.`,
  },
};
