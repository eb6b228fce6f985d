import { expect, it } from 'vitest';
import { LANGS, type Lang, type MessageCatalogue, type MessageParams, type MessageTemplate } from '../../src/domain/types.js';

/**
 * The checks every message catalogue gets, in every language of LANGS (src/domain/types.ts): a
 * language added there is checked in every catalogue test at once.
 */

/** Values for every placeholder of the field catalogues (register numbers, VAT, IBAN, BIC, e-mails, ZIP, cross-field rules). */
export const FIELD_PARAMS: MessageParams = {
  prefix: 'LU', from: 'GR', to: 'B12345', country: 'LU', example: 'LU15027442', vatCountry: 'LU', letter: 'K',
  suggestion: 'jean@example.lu', siren: '732829320', expected: 16, actual: 20, bicCountry: 'LU', ibanCountry: 'BE',
  length: 256, max: 254, position: 2, total: 3, address: 'jean@example', count: 21,
};

/** What a placeholder without a value leaves in a rendered message. */
const UNFILLED = /undefined|NaN|\[object|\$\{/;

/** The languages whose messages may use the straight apostrophe; the others use ’ (French: "l’IBAN"). */
const STRAIGHT_APOSTROPHE_LANGS: readonly Lang[] = ['en'];
/** The languages that put no space before a colon (French does: "Pays inconnu : …"). */
const TIGHT_COLON_LANGS: readonly Lang[] = ['en', 'nl', 'de'];

export interface MessageRules {
  /** The text, trimmed, must be longer than this (characters); default 0: not blank. */
  readonly minLength?: number;
  /** Nor longer than this; default: no limit. */
  readonly maxLength?: number;
  /** The part of the text the lengths apply to (its first line, the text without a long path …); default: all of it. */
  readonly measured?: (text: string) => string;
}

/** One rendered message in `lang`: long enough, short enough, every placeholder filled, typographic apostrophes, the language's colons. */
export function expectMessage(text: string, lang: Lang, rules: MessageRules = {}): void {
  const measured = (rules.measured ?? ((t: string) => t))(text);
  expect(measured.trim().length, text).toBeGreaterThan(rules.minLength ?? 0);
  if (rules.maxLength !== undefined) expect(measured.length, text).toBeLessThanOrEqual(rules.maxLength);
  expect(text).not.toMatch(UNFILLED);
  if (!STRAIGHT_APOSTROPHE_LANGS.includes(lang)) expect(text, `${lang}: straight apostrophe`).not.toContain("'");
  if (TIGHT_COLON_LANGS.includes(lang)) expect(text, `${lang}: a space before a colon`).not.toMatch(/[\p{L}\d)”“»] :(?!\S)/u);
}

/** A value unlike `value`, of the same type, to see whether a template shows it. */
const changed = (value: string | number): string | number => (typeof value === 'number' ? value + 7 : `${value}Q`);

/** The names of the params that `render` shows: changing one changes the text. */
function shownParams(render: (p: MessageParams) => string, params: MessageParams): string[] {
  const base = render(params);
  return Object.keys(params).filter((name) => render({ ...params, [name]: changed(params[name] ?? '') }) !== base);
}

/** Every language shows the same params as English: a translation does not drop or add a value. */
export function expectSamePlaceholders(template: MessageTemplate, params: MessageParams): void {
  const english = shownParams(template.en, params);
  for (const lang of LANGS) expect(shownParams(template[lang], params), `params shown in ${lang}`).toEqual(english);
}

/**
 * One test per code of `catalogue`: a template in every language of LANGS, each rendering `params`
 * as `expectMessage` wants it, all of them showing the same params.
 */
export function itRendersEveryMessage(catalogue: MessageCatalogue, params: MessageParams, rules: MessageRules = {}): void {
  it.each(Object.keys(catalogue))(`%s: complete in ${LANGS.join(', ')}, same values in each, typographic apostrophes`, (code) => {
    const template = catalogue[code];
    if (template === undefined) throw new Error(`${code}: no template`);
    for (const lang of LANGS) {
      expect(typeof template[lang], `${code} in ${lang}`).toBe('function');
      expectMessage(template[lang](params), lang, rules);
    }
    expectSamePlaceholders(template, params);
  });
}
