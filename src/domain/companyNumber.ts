import { luhnValid } from './checkDigits.js';
import { registerChecksumValid } from './registerChecksumValid.js';
import type { Finding, MessageCatalogue, Normalised } from './types.js';
import { firstRun, mapSpan, withSpan } from './valueSpan.js';
import { beEnterpriseValid, siretValid } from './vatChecksums.js';
import { nfkc } from './unicodeForms.js';

type Result = Normalised<string>;

const fail = (code: string, params?: Finding['params']): Result => ({
  value: null,
  findings: [params ? { code, severity: 'error', params } : { code, severity: 'error' }],
});

// "R.C.S. Luxembourg", "RCS Luxembourg", "RCSL", "R. C. Luxembourg" (Mémorial C), "RCS:" …
const LU_RCS_PREFIX = /^R\s*\.?\s*C\s*\.?\s*(?:S\s*\.?\s*)?(?:(?:LUXEMBOURG|LUX\.?|L\.?)\s*)?(?:[:-]\s*)?/;
const FR_RCS_PREFIX = /^R\s*\.?\s*C\s*\.?\s*S\s*\.?\s*/;

/** True for a French SIREN (9 digits) or SIRET (14), possibly behind "RCS Paris B", by its Luhn digit. */
function looksFrench(compact: string): boolean {
  const digits = /^[A-Z]*(\d{9})(\d{5})?$/.exec(compact);
  return digits?.[1] !== undefined && !/^0+$/.test(digits[1]) && luhnValid(digits[1]);
}

/**
 * Luxembourg RCS: one section letter and a serial of up to 7 digits, no check digit
 * (validation-rules.md §1.1). Look-alikes get their own message so that the fix is obvious.
 */
function normaliseRcs(upper: string): Result {
  const compact = upper.replace(LU_RCS_PREFIX, '').replace(/[\s.\-/]/g, '');
  if (/^LU\d{8}$/.test(compact)) return fail('rcs.looks_like_vat');
  if (/^(BE)?[01]\d{9}$/.test(compact)) return fail('rcs.looks_like_be');
  if (looksFrench(compact)) return fail('rcs.looks_like_fr');
  if (/^\d+$/.test(compact)) {
    if (compact.length === 11 || compact.length === 13) return fail('rcs.looks_like_matricule');
    const serial = compact.replace(/^0+/, '');
    if (/^[1-9]\d{0,6}$/.test(serial)) return fail('rcs.missing_letter', { suggestion: `B${serial}` });
    return fail('rcs.format');
  }
  const parts = /^([A-Z])(\d+)$/.exec(compact);
  if (!parts?.[1] || !parts[2]) return fail('rcs.format');
  const letter = parts[1];
  const serial = parts[2].replace(/^0+/, '');
  if (!/^[1-9]\d{0,6}$/.test(serial)) return fail('rcs.format');
  const value = letter + serial;
  const findings: Finding[] = [];
  if (serial !== parts[2]) findings.push({ code: 'rcs.leading_zeros', severity: 'warning', params: { to: value } });
  if (letter > 'J') findings.push({ code: 'rcs.unusual_letter', severity: 'warning', params: { letter } });
  return { value, findings };
}

/** Belgian enterprise number (KBO/BCE): 10 digits starting with 0 or 1, mod 97 (§1.2). */
function normaliseBeEnterprise(upper: string): Result {
  let digits = upper
    .replace(/^(?:N°\s*)?(?:BCE|KBO|CBE)\s*:?\s*/, '')
    .replace(/[\s.\-/]/g, '')
    .replace(/^BE/, '')
    .replace(/^\(0\)/, '0');
  const findings: Finding[] = [];
  if (/^\d{9}$/.test(digits)) {
    digits = `0${digits}`;
    findings.push({ code: 'be_enterprise.leading_zero', severity: 'warning', params: { to: digits } });
  }
  if (!/^[01]\d{9}$/.test(digits) || /^0+$/.test(digits)) return fail('be_enterprise.format');
  if (!beEnterpriseValid(digits)) return fail('be_enterprise.checksum');
  return { value: digits, findings };
}

/** French SIREN: 9 digits, Luhn; a SIRET gives its first 9 digits; "RCS Paris B 323 159 715" is read too (§1.3). */
function normaliseSiren(upper: string): Result {
  let text = upper.replace(/^SIRE[NT]\s*:?\s*/, '');
  if (FR_RCS_PREFIX.test(text)) text = text.replace(FR_RCS_PREFIX, '').replace(/^\D+/, '');
  const digits = text.replace(/[\s.-]/g, '');
  if (/^\d{14}$/.test(digits)) {
    if (!siretValid(digits)) return fail('fr_siret.checksum');
    const siren = digits.slice(0, 9);
    return { value: siren, findings: [{ code: 'fr_siren.from_siret', severity: 'warning', params: { siren } }] };
  }
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return fail('fr_siren.format');
  if (!luhnValid(digits)) return fail('fr_siren.checksum');
  return { value: digits, findings: [] };
}

/** Dutch KVK number: 8 digits, no check digit. */
function normaliseKvk(upper: string): Result {
  const digits = upper.replace(/^KVK(?:-?NUMMER|-?NR\.?)?\s*:?\s*/, '').replace(/[\s.-]/g, '');
  return /^\d{8}$/.test(digits) ? { value: digits, findings: [] } : fail('nl_kvk.format');
}

/**
 * Column F: the register number, checked by the client's country (LU RCS, BE KBO, FR SIREN, NL KVK;
 * elsewhere the check digits of a number shared with the VAT number, see registerChecksumValid.ts).
 */
export function normaliseCompanyNumber(input: string, country: string | null): Normalised<string> {
  const upper = nfkc(input).toUpperCase().trim();
  if (upper === '') return { value: null, findings: [] };
  const result = checkByCountry(upper, country);
  const shape = result.findings.find((f) => f.code.endsWith('.format'));
  if (!shape) return result;
  // Among the digits of the number, a character that is none (O for 0, a stray letter) is the mistake.
  const firstDigit = upper.search(/\d/);
  const odd = firstDigit < 0 ? undefined : firstRun(upper, (ch) => !/[\d\s.\-/]/.test(ch), firstDigit);
  const span = odd && mapSpan(input, upper, odd);
  return span ? { value: result.value, findings: result.findings.map((f) => (f === shape ? withSpan(f, span) : f)) } : result;
}

function checkByCountry(upper: string, country: string | null): Normalised<string> {
  switch (country) {
    case 'LU':
      return normaliseRcs(upper);
    case 'BE':
      return normaliseBeEnterprise(upper);
    case 'FR':
      return normaliseSiren(upper);
    case 'NL':
      return normaliseKvk(upper);
    default: {
      // Elsewhere only numbers shared with the VAT number have a rule; keep the rest, minus the spacing.
      const compact = upper.replace(/[\s.]/g, '');
      if (compact === '') return fail('company_number.empty');
      if (country !== null && registerChecksumValid(compact, country) === false) {
        return fail('company_number.checksum', { country });
      }
      return { value: compact, findings: [] };
    }
  }
}

/** Messages for column F (register number). */
export const companyNumberMessages: MessageCatalogue = {
  'rcs.format': {
    en: () => 'RCS number must be a letter and up to 7 digits, e.g. B123456.',
    fr: () => 'Le numéro RCS doit être une lettre suivie de 1 à 7 chiffres, p. ex. B123456.',
    nl: () => 'Een RCS-nummer is een letter en tot 7 cijfers, bv. B123456.',
    de: () => 'Eine RCS-Nummer besteht aus einem Buchstaben und bis zu 7 Ziffern, z. B. B123456.',
  },
  'rcs.leading_zeros': {
    en: (p) => `Zeros after the letter removed: ${p.to}. Check that this is the right RCS number.`,
    fr: (p) => `Zéros après la lettre retirés : ${p.to}. Vérifiez que c’est le bon numéro RCS.`,
    nl: (p) => `Nullen na de letter verwijderd: ${p.to}. Controleer of dit het juiste RCS-nummer is.`,
    de: (p) => `Nullen nach dem Buchstaben entfernt: ${p.to}. Prüfen Sie, ob die RCS-Nummer stimmt.`,
  },
  'rcs.unusual_letter': {
    en: (p) => `RCS letters usually run from A to J (B for companies): check the letter ${p.letter}.`,
    fr: (p) => `La lettre RCS va d’habitude de A à J (B pour les sociétés) : vérifiez la lettre ${p.letter}.`,
    nl: (p) => `RCS-letters lopen meestal van A tot J (B voor vennootschappen): controleer de letter ${p.letter}.`,
    de: (p) => `RCS-Buchstaben reichen meist von A bis J (B für Gesellschaften): Prüfen Sie den Buchstaben ${p.letter}.`,
  },
  'rcs.missing_letter': {
    en: (p) => `The RCS section letter is missing: add it, usually B (e.g. ${p.suggestion}).`,
    fr: (p) => `Il manque la lettre de section du RCS : ajoutez-la, en général B (p. ex. ${p.suggestion}).`,
    nl: (p) => `De sectieletter van het RCS ontbreekt: voeg ze toe, meestal B (bv. ${p.suggestion}).`,
    de: (p) => `Der Abteilungsbuchstabe des RCS fehlt: Ergänzen Sie ihn, meist B (z. B. ${p.suggestion}).`,
  },
  'rcs.looks_like_vat': {
    en: () => 'This is a VAT number, not an RCS number: move it to the VAT column and type the RCS (B123456).',
    fr: () => 'C’est un numéro de TVA, pas un RCS : mettez-le en colonne TVA et saisissez le RCS (B123456).',
    nl: () => 'Dit is een btw-nummer, geen RCS-nummer: zet het in de btw-kolom en typ het RCS (B123456).',
    de: () => 'MwSt.-Nummer statt RCS: Verschieben Sie sie in die MwSt.-Spalte und geben Sie die RCS ein (B123456).',
  },
  'rcs.looks_like_matricule': {
    en: () => 'This looks like a national ID number (matricule), not an RCS: type the RCS, e.g. B123456.',
    fr: () => 'Ceci ressemble à un matricule national, pas à un RCS : saisissez le numéro RCS, p. ex. B123456.',
    nl: () => 'Dit lijkt een nationaal identificatienummer (matricule), geen RCS: typ het RCS, bv. B123456.',
    de: () => 'Wohl eine nationale Kennnummer (Matrikel), keine RCS: Geben Sie die RCS ein, z. B. B123456.',
  },
  'rcs.looks_like_be': {
    en: () => 'This looks like a Belgian enterprise number: if the client is Belgian, set the country to BE.',
    fr: () => 'Ceci ressemble à un numéro d’entreprise belge : si le client est belge, indiquez le pays BE.',
    nl: () => 'Dit lijkt een Belgisch ondernemingsnummer: is de klant Belgisch, zet het land dan op BE.',
    de: () => 'Das sieht nach einer belgischen Unternehmensnummer aus: Ist der Kunde belgisch, geben Sie als Land BE an.',
  },
  'rcs.looks_like_fr': {
    en: () => 'This looks like a French SIREN/RCS number: if the client is French, set the country to FR.',
    fr: () => 'Ceci ressemble à un numéro SIREN/RCS français : si le client est français, indiquez le pays FR.',
    nl: () => 'Dit lijkt een Frans SIREN/RCS-nummer: is de klant Frans, zet het land dan op FR.',
    de: () => 'Das sieht nach einer französischen SIREN/RCS-Nummer aus: Ist der Kunde französisch, Land FR angeben.',
  },
  'be_enterprise.format': {
    en: () => 'A Belgian enterprise number has 10 digits starting with 0 or 1, e.g. 0403.019.261.',
    fr: () => 'Un numéro d’entreprise belge compte 10 chiffres et commence par 0 ou 1, p. ex. 0403.019.261.',
    nl: () => 'Een Belgisch ondernemingsnummer heeft 10 cijfers en begint met 0 of 1, bv. 0403.019.261.',
    de: () => 'Eine belgische Unternehmensnummer hat 10 Ziffern und beginnt mit 0 oder 1, z. B. 0403.019.261.',
  },
  'be_enterprise.leading_zero': {
    en: (p) => `Old 9-digit enterprise number: a leading 0 was added (${p.to}).`,
    fr: (p) => `Ancien numéro d’entreprise à 9 chiffres : un 0 a été ajouté devant (${p.to}).`,
    nl: (p) => `Oud ondernemingsnummer van 9 cijfers: er werd een 0 vooraan toegevoegd (${p.to}).`,
    de: (p) => `Alte 9-stellige Unternehmensnummer: Eine 0 wurde vorangestellt (${p.to}).`,
  },
  'be_enterprise.checksum': {
    en: () => 'Check digits do not match: a digit is probably mistyped. Check the number at the KBO/BCE.',
    fr: () => 'Chiffres de contrôle incorrects : un chiffre est sans doute mal saisi. Vérifiez le numéro à la BCE.',
    nl: () => 'De controlecijfers kloppen niet: wellicht is een cijfer verkeerd getypt. Controleer het nummer in de KBO.',
    de: () => 'Die Prüfziffern stimmen nicht: Wohl ein Tippfehler. Prüfen Sie die Nummer in der KBO/BCE.',
  },
  'fr_siren.format': {
    en: () => 'A SIREN has 9 digits (a SIRET 14), e.g. 732 829 320.',
    fr: () => 'Un SIREN compte 9 chiffres (un SIRET 14), p. ex. 732 829 320.',
    nl: () => 'Een SIREN heeft 9 cijfers (een SIRET 14), bv. 732 829 320.',
    de: () => 'Eine SIREN hat 9 Ziffern (eine SIRET 14), z. B. 732 829 320.',
  },
  'fr_siren.checksum': {
    en: () => 'SIREN check digit does not match: a digit is probably mistyped. Check the number.',
    fr: () => 'La clé du SIREN est incorrecte : un chiffre est sans doute mal saisi. Vérifiez le numéro.',
    nl: () => 'Het controlecijfer van het SIREN klopt niet: wellicht is een cijfer verkeerd getypt. Controleer het nummer.',
    de: () => 'Die Prüfziffer der SIREN stimmt nicht: Wohl ein Tippfehler. Prüfen Sie die Nummer.',
  },
  'fr_siret.checksum': {
    en: () => 'SIRET check digit does not match: a digit is probably mistyped. Or type the 9-digit SIREN.',
    fr: () => 'Clé du SIRET incorrecte : un chiffre est sans doute mal saisi. Ou saisissez le SIREN (9 chiffres).',
    nl: () => 'Het controlecijfer van het SIRET klopt niet: wellicht een tikfout. Of typ het SIREN van 9 cijfers.',
    de: () => 'Die Prüfziffer der SIRET stimmt nicht: Wohl ein Tippfehler. Oder geben Sie die 9-stellige SIREN ein.',
  },
  'fr_siren.from_siret': {
    en: (p) => `SIRET given: its SIREN (first 9 digits) ${p.siren} is used.`,
    fr: (p) => `SIRET saisi : son SIREN (9 premiers chiffres) ${p.siren} est retenu.`,
    nl: (p) => `SIRET opgegeven: zijn SIREN (eerste 9 cijfers) ${p.siren} wordt gebruikt.`,
    de: (p) => `SIRET angegeben: Ihre SIREN (erste 9 Ziffern) ${p.siren} wird verwendet.`,
  },
  'nl_kvk.format': {
    en: () => 'A KVK number has 8 digits, e.g. 12345678.',
    fr: () => 'Un numéro KVK compte 8 chiffres, p. ex. 12345678.',
    nl: () => 'Een KVK-nummer heeft 8 cijfers, bv. 12345678.',
    de: () => 'Eine KVK-Nummer hat 8 Ziffern, z. B. 12345678.',
  },
  'company_number.checksum': {
    en: (p) => `${p.country} register number check digits do not match: a digit is probably mistyped.`,
    fr: (p) => `Chiffres de contrôle du numéro d’immatriculation ${p.country} incorrects : un chiffre est sans doute mal saisi.`,
    nl: (p) => `De controlecijfers van het ondernemingsnummer (${p.country}) kloppen niet: wellicht een tikfout.`,
    de: (p) => `Die Prüfziffern der Registernummer (${p.country}) stimmen nicht: Wohl ein Tippfehler.`,
  },
  'company_number.empty': {
    en: () => 'No register number in this cell: type the number, or leave the cell empty.',
    fr: () => 'Pas de numéro d’immatriculation dans cette cellule : saisissez-le, ou laissez la cellule vide.',
    nl: () => 'Geen ondernemingsnummer in deze cel: typ het nummer, of laat de cel leeg.',
    de: () => 'Keine Registernummer in dieser Zelle: Geben Sie die Nummer ein oder lassen Sie die Zelle leer.',
  },
};
