import type { Normalised } from './types.js';
import { nfkc } from './unicodeForms.js';

/** Longest free text the API takes (banqup-api.md §4, legalName); used for every free-text column. */
export const MAX_TEXT_LENGTH = 255;
export const MAX_EXTERNAL_REFERENCE_LENGTH = 100;

/**
 * Free text (names, street, city): NFKC folds full-width and compatibility characters that a copy
 * from a PDF or a Japanese IME leaves behind; the reader has already removed invisible characters.
 */
export function normaliseFreeText(input: string, maxLength = MAX_TEXT_LENGTH): Normalised<string> {
  const folded = nfkc(input);
  // Only when some whitespace is not a lone space: the replace would copy every name with a space.
  const value = (/[^\S ]|\s\s/.test(folded) ? folded.replace(/\s+/g, ' ') : folded).trim();
  if (value === '') return { value: null, findings: [] };
  if (value.length > maxLength) {
    return { value: null, findings: [{ code: 'text.too_long', severity: 'error', params: { max: maxLength, length: value.length } }] };
  }
  return { value, findings: [] };
}

/** External reference: the firm's own key, kept as typed apart from surrounding spaces. */
export function normaliseExternalReference(input: string): Normalised<string> {
  return normaliseFreeText(input, MAX_EXTERNAL_REFERENCE_LENGTH);
}
