import { COLUMNS, TEMPLATE_LANGS, type TemplateLang } from '../input/columns.js';
import { TEMPLATE_TEXT } from './templateText.js';

/** A help sheet of the template as plain data: text rows plus how to lay them out. */
export interface HelpSheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  /** Column widths, in characters. */
  readonly widths: readonly number[];
  /** 0-based rows shown in bold (titles and table headers). */
  readonly boldRows: readonly number[];
  /** 0-based columns whose long text wraps inside the cell. */
  readonly wrapColumns: readonly number[];
}

/** The "Instructions" sheet, in one language: a short guide, then one row per template column, from COLUMNS. */
export function instructionsSheet(lang: TemplateLang = 'en'): HelpSheet {
  const words = TEMPLATE_TEXT[lang];
  const text = COLUMNS.filter((c) => c.identifier)
    .map((c) => `${c.letter} ${c.label[lang]}`)
    .join(', ');
  const intro: string[][] = [[words.howTo], ...words.steps(text, words.sheets.clients).map((step) => [step]), []];
  const head = words.tableHeader;
  const table = COLUMNS.map((c) => [c.letter, c.label[lang], c.required ? words.yes : words.no, c.example, c.help[lang]]);
  return {
    name: words.sheets.instructions,
    rows: [...intro, [head.column, head.header, head.required, head.example, head.accepts], ...table],
    widths: [10, 30, 14, 28, 90],
    boldRows: [0, intro.length],
    wrapColumns: [4],
  };
}

/** Ways of writing the usual countries, in each language's column order en, fr, nl, de. */
const COUNTRIES: readonly (readonly [string, string, string, string, string])[] = [
  ['LU', 'Luxembourg', 'Luxembourg', 'Luxemburg', 'Luxemburg'],
  ['BE', 'Belgium', 'Belgique', 'België', 'Belgien'],
  ['FR', 'France', 'France', 'Frankrijk', 'Frankreich'],
  ['NL', 'Netherlands', 'Pays-Bas', 'Nederland', 'Niederlande'],
  ['DE', 'Germany', 'Allemagne', 'Duitsland', 'Deutschland'],
];

/** Each language's name in that language. */
const OWN_NAMES: Readonly<Record<TemplateLang, string>> = { en: 'English', fr: 'Français', nl: 'Nederlands', de: 'Deutsch' };

/** The "Lists" sheet, in one language: the accepted languages and a few ways of writing the usual countries. */
export function listsSheet(lang: TemplateLang = 'en'): HelpSheet {
  const words = TEMPLATE_TEXT[lang];
  const head = words.languagesHeader;
  // French first: most of the firms' clients are French-speaking.
  const languages = (['fr', 'en', 'nl', 'de'] as const).map((code) => [code, OWN_NAMES[code], words.languageNames[code]]);
  const countriesAt = languages.length + 3;
  return {
    name: words.sheets.lists,
    rows: [
      [words.languagesTitle],
      [head.code, head.ownName, head.inThisLanguage],
      ...languages,
      [],
      [words.countriesTitle],
      [words.code, ...TEMPLATE_LANGS.map((l) => words.languageNames[l])],
      ...COUNTRIES.map((row) => [...row]),
    ],
    widths: [8, 22, 16, 16, 16],
    boldRows: [0, 1, countriesAt, countriesAt + 1],
    wrapColumns: [],
  };
}
