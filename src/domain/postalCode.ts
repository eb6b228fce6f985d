import type { Finding, MessageCatalogue, Normalised } from './types.js';
import { firstRun, mapSpan, withSpan } from './valueSpan.js';
import { nfkc } from './unicodeForms.js';

interface PostalRule {
  /** A country letter prefix people write before the code ("L-1611", "B-1000", "F-75001"). */
  readonly prefix: RegExp;
  readonly pattern: RegExp;
  readonly example: string;
  /** Canonical spelling of a code that matches the pattern. */
  readonly format?: (code: string) => string;
}

const RULES: Readonly<Record<string, PostalRule>> = {
  LU: { prefix: /^LU?\s*-?\s*(?=\d)/, pattern: /^\d{4}$/, example: '1611' },
  BE: { prefix: /^BE?\s*-?\s*(?=\d)/, pattern: /^\d{4}$/, example: '1000' },
  FR: { prefix: /^FR?\s*-?\s*(?=\d)/, pattern: /^\d{5}$/, example: '75001' },
  DE: { prefix: /^DE?\s*-?\s*(?=\d)/, pattern: /^\d{5}$/, example: '10115' },
  NL: {
    prefix: /^NL\s*-?\s*(?=\d)/,
    pattern: /^\d{4}\s?[A-Z]{2}$/,
    example: '1234 AB',
    format: (code) => `${code.slice(0, 4)} ${code.slice(-2)}`,
  },
};

/**
 * Column C, checked against the country. Shape mismatches only warn: the address is still usable and
 * only the user knows whether the code is right.
 */
export function normalisePostalCode(input: string, country: string | null): Normalised<string> {
  const text = nfkc(input).trim();
  if (text === '') return { value: null, findings: [] };
  const rule = country === null ? undefined : RULES[country];
  if (country === null || rule === undefined) return { value: text, findings: [] };

  let code = text.toUpperCase().replace(rule.prefix, '');
  // "75 001" is the same code as "75001"; a digits-only code never holds a meaningful space.
  if (/^[\d\s]+$/.test(code)) code = code.replace(/\s/g, '');
  const findings: Finding[] = [];
  if (country === 'FR' && /^\d{4}$/.test(code)) {
    // Excel stored "01234" as the number 1234 and lost the zero.
    const padded = `0${code}`;
    findings.push({ code: 'postal_code.padded', severity: 'warning', params: { from: code, to: padded } });
    code = padded;
  }
  if (!rule.pattern.test(code)) {
    // Not sure what the user meant, so keep what they typed.
    const odd = country === 'NL' ? undefined : firstRun(code, (ch) => !/\d/.test(ch));
    const span = odd && mapSpan(input, code, odd);
    findings.push(withSpan({ code: 'postal_code.shape', severity: 'warning', params: { country, example: rule.example } }, span));
    return { value: text, findings };
  }
  return { value: rule.format ? rule.format(code) : code, findings };
}

/** Messages for column C (postal code). */
export const postalCodeMessages: MessageCatalogue = {
  'postal_code.shape': {
    en: (p) => `Unusual postal code for ${p.country}: expected the shape ${p.example}. Check it.`,
    fr: (p) => `Code postal inhabituel pour ${p.country} : forme attendue ${p.example}. Vérifiez-le.`,
    nl: (p) => `Ongewone postcode voor ${p.country}: verwachte vorm ${p.example}. Controleer ze.`,
    de: (p) => `Ungewöhnliche Postleitzahl für ${p.country}: erwartete Form ${p.example}. Prüfen Sie sie.`,
  },
  'postal_code.padded': {
    en: (p) => `Leading zero restored: ${p.to} (Excel drops it). Format the column as Text.`,
    fr: (p) => `Zéro initial rétabli : ${p.to} (Excel le supprime). Mettez la colonne au format Texte.`,
    nl: (p) => `Voorloopnul hersteld: ${p.to} (Excel laat ze weg). Zet de kolom op de opmaak Tekst.`,
    de: (p) => `Führende Null ergänzt: ${p.to} (Excel entfernt sie). Formatieren Sie die Spalte als Text.`,
  },
};
