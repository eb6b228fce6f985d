import { normaliseBic } from '../domain/bic.js';
import { resolveCountry } from '../domain/country.js';
import { normaliseAssignees, normaliseEmail } from '../domain/email.js';
import { normaliseIban } from '../domain/iban.js';
import { resolveLanguage } from '../domain/language.js';
import type { ColumnKey } from '../domain/types.js';
import { normaliseVat } from '../domain/vat.js';

/** What a column's cells were recognised as, by the same validators the rows go through. */
export type ValueKind = 'iban' | 'vat' | 'bic' | 'email' | 'emails' | 'country' | 'language';

/** Share of a column's sampled cells that must be of one kind: a typo or two does not hide a column of IBANs. */
const SHARE = 0.8;

const looksLike: Readonly<Record<ValueKind, (value: string) => boolean>> = {
  iban: (v) => normaliseIban(v).value !== null,
  // With its country prefix only: without one, a VAT number is just digits.
  vat: (v) => /^\s*[A-Za-z]{2}/.test(v) && normaliseVat(v, null).value !== null,
  // Written in capitals only: any 8-letter word ("virement") has a BIC's shape.
  bic: (v) => /^[A-Z0-9 ]+$/.test(v.trim()) && normaliseBic(v, null).value !== null,
  email: (v) => normaliseEmail(v).value !== null,
  emails: (v) => {
    const { value, findings } = normaliseAssignees(v);
    return value !== null && value.length > 1 && findings.every((f) => f.severity !== 'error');
  },
  // Codes only (LU, fr-BE): a name would build the name indexes (hundreds of ms) for any column of words.
  country: (v) => /^[A-Za-z]{2,3}$/.test(v.trim()) && resolveCountry(v).value !== null,
  language: (v) => /^[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?$/.test(v.trim()) && resolveLanguage(v).value !== null,
};

/** Which template columns each kind of value fills, in the order they are suggested. */
const COLUMNS_FOR: Readonly<Record<ValueKind, readonly ColumnKey[]>> = {
  iban: ['iban'],
  vat: ['vatNumber'],
  bic: ['bic'],
  emails: ['assigneeEmails'],
  email: ['contactEmail', 'assigneeEmails', 'sharingEmail'],
  country: ['country'],
  language: ['language', 'contactLanguage'],
};

/** The kinds a column's sampled values are, most specific first (an IBAN column is not checked for e-mails). */
export function valueKinds(samples: readonly string[]): ValueKind[] {
  if (samples.length === 0) return [];
  const fits = (kind: ValueKind) => samples.filter(looksLike[kind]).length >= SHARE * samples.length;
  const kinds = (['iban', 'vat', 'bic'] as const).filter(fits);
  if (kinds.length > 0) return kinds.slice(0, 1);
  // One column of several addresses a cell is assignees, even if some cells hold only one.
  const multi = samples.some((s) => looksLike.emails(s));
  if (multi && samples.every((s) => looksLike.email(s) || looksLike.emails(s))) return ['emails'];
  if (fits('email')) return ['email'];
  return (['country', 'language'] as const).filter(fits);
}

/**
 * The missing column a column's values stand for: the first that kind of value fills among those the
 * sheet lacks. "fr, nl, de" are both languages and country codes: suggested only when one of the two
 * kinds has a missing column to fill.
 */
export function suggestByValues(samples: readonly string[], missing: ReadonlySet<ColumnKey>): { key: ColumnKey; kind: ValueKind } | undefined {
  const options = valueKinds(samples).flatMap((kind) => {
    const key = COLUMNS_FOR[kind].find((k) => missing.has(k));
    return key === undefined ? [] : [{ key, kind }];
  });
  return options.length === 1 ? options[0] : undefined;
}
