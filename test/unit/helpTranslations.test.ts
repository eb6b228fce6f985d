import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/config/options.js';
import { LANGS } from '../../src/domain/types.js';
import { hasHelpTranslation, helpTranslator } from '../../src/helpTranslations.js';
import { ACTIVATE_EXAMPLES, ADD_EXAMPLES, EXPORT_EXAMPLES, MAIN_EXAMPLES, SANDBOX_EXAMPLES, STATUS_EXAMPLES, STATUS_SPACE_EXAMPLES, TEMPLATE_EXAMPLES } from '../../src/helpText.js';

// `--help` is read in four languages: an option added, or an English text changed, without its
// French, Dutch and German fails here, naming it (helpTranslations.ts is keyed by the English).
const TEXTS = [
  ...new Set(OPTIONS.map((o) => o.description)),
  MAIN_EXAMPLES,
  STATUS_EXAMPLES,
  TEMPLATE_EXAMPLES,
  SANDBOX_EXAMPLES,
  ADD_EXAMPLES,
  ACTIVATE_EXAMPLES,
  STATUS_SPACE_EXAMPLES,
  EXPORT_EXAMPLES,
  "read-only: write every client of the space in the template's format (.xlsx, .csv, .json), to edit and import back with --update",
  'Usage:',
  'Options:',
  'Commands:',
  'Arguments:',
  'display help for command',
];
const OTHERS = LANGS.filter((lang) => lang !== 'en');

describe('--help translations', () => {
  it.each(TEXTS.map((text) => [text.trim().split('\n')[0] ?? text, text]))('%s: French, Dutch and German', (_first, text) => {
    expect(hasHelpTranslation(text)).toBe(true);
    for (const lang of OTHERS) expect(helpTranslator(lang)(text), lang).not.toBe(text);
  });

  it('keeps English as it is, and an unknown text in English in every language', () => {
    for (const lang of LANGS) expect(helpTranslator(lang)('no such text')).toBe('no such text');
    expect(helpTranslator('en')(MAIN_EXAMPLES)).toBe(MAIN_EXAMPLES);
  });

  it.each(OTHERS)('%s: examples keep every command line of the English, and French puts a space before its colons', (lang) => {
    for (const block of [MAIN_EXAMPLES, STATUS_EXAMPLES, TEMPLATE_EXAMPLES, SANDBOX_EXAMPLES, ADD_EXAMPLES, ACTIVATE_EXAMPLES, STATUS_SPACE_EXAMPLES, EXPORT_EXAMPLES]) {
      const translated = helpTranslator(lang)(block);
      const commands = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('banqup-import') || line.trimStart().startsWith('cat ')).length;
      expect(commands(translated)).toBe(commands(block));
      const headings = translated.split('\n').filter((line) => /^\S.*:$/.test(line));
      for (const heading of headings) expect(heading.endsWith(' :')).toBe(lang === 'fr');
    }
  });
});
