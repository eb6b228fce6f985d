import { describe, expect, it, vi } from 'vitest';
import { languageMessages, resolveLanguage } from '../../src/domain/language.js';
import { lookupLanguageName } from '../../src/domain/languageIndex.js';
import { LANGS } from '../../src/domain/types.js';
import { expectMessage } from '../helpers/expectCatalogue.js';

const ok = (value: string) => ({ value, findings: [] });

describe('resolveLanguage', () => {
  it('resolves codes without building the name index', async () => {
    vi.resetModules();
    const fresh = await import('../../src/domain/language.js');
    const index = await import('../../src/domain/languageIndex.js');
    for (const input of ['fr', 'FR-be', 'fr_BE', 'ger', 'dut', 'it', 'lb', '']) fresh.resolveLanguage(input);
    expect(index.isLanguageIndexBuilt()).toBe(false);
    expect(fresh.resolveLanguage('Nederlands').value).toBe('nl');
    expect(index.isLanguageIndexBuilt()).toBe(true);
  });

  it.each([
    ['fr', 'fr'],
    ['fR', 'fr'],
    ['Fr', 'fr'],
    ['FR', 'fr'],
    ['Fr.', 'fr'],
    ['EN', 'en'],
    ['eN', 'en'],
    ['fr_BE', 'fr'],
    ['fr-BE', 'fr'],
    ['FR-be', 'fr'],
    ['nl-BE', 'nl'],
    ['de_LU', 'de'],
    ['en-GB', 'en'],
    ['fra', 'fr'],
    ['fre', 'fr'],
    ['eng', 'en'],
    ['nld', 'nl'],
    ['dut', 'nl'],
    ['deu', 'de'],
    ['ger', 'de'],
  ])('code %s → %s', (input, value) => {
    expect(resolveLanguage(input)).toEqual(ok(value));
  });

  it.each([
    ['Français', 'fr'],
    ['français', 'fr'],
    ['francais', 'fr'],
    ['FRANÇAIS', 'fr'],
    ['French', 'fr'],
    ['Französisch', 'fr'],
    ['Frans', 'fr'],
    ['フランス語', 'fr'],
    ['французский', 'fr'],
    ['Swiss French', 'fr'],
    ['Belgian French', 'fr'],
    ['English', 'en'],
    ['anglais', 'en'],
    ['Anglais', 'en'],
    ['Engels', 'en'],
    ['Englisch', 'en'],
    ['Nederlands', 'nl'],
    ['néerlandais', 'nl'],
    ['Dutch', 'nl'],
    ['Niederländisch', 'nl'],
    ['Vlaams', 'nl'],
    ['Flemish', 'nl'],
    ['flamand', 'nl'],
    ['Deutsch', 'de'],
    ['allemand', 'de'],
    ['German', 'de'],
    ['Duits', 'de'],
  ])('name %s → %s', (input, value) => {
    expect(resolveLanguage(input)).toEqual(ok(value));
  });

  it.each([
    ['Italiano', 'it', 'Italian', 'italien', 'Italiaans', 'Italienisch'],
    ['it', 'it', 'Italian', 'italien', 'Italiaans', 'Italienisch'],
    ['ita', 'it', 'Italian', 'italien', 'Italiaans', 'Italienisch'],
    ['Lëtzebuergesch', 'lb', 'Luxembourgish', 'luxembourgeois', 'Luxemburgs', 'Luxemburgisch'],
    ['Letzebuergesch', 'lb', 'Luxembourgish', 'luxembourgeois', 'Luxemburgs', 'Luxemburgisch'],
    ['Luxembourgish', 'lb', 'Luxembourgish', 'luxembourgeois', 'Luxemburgs', 'Luxemburgisch'],
    ['luxembourgeois', 'lb', 'Luxembourgish', 'luxembourgeois', 'Luxemburgs', 'Luxemburgisch'],
    ['Luxemburgisch', 'lb', 'Luxembourgish', 'luxembourgeois', 'Luxemburgs', 'Luxemburgisch'],
    ['lb', 'lb', 'Luxembourgish', 'luxembourgeois', 'Luxemburgs', 'Luxemburgisch'],
    ['ltz', 'lb', 'Luxembourgish', 'luxembourgeois', 'Luxemburgs', 'Luxemburgisch'],
    ['Español', 'es', 'Spanish', 'espagnol', 'Spaans', 'Spanisch'],
    ['Português', 'pt', 'Portuguese', 'portugais', 'Portugees', 'Portugiesisch'],
    ['portugais', 'pt', 'Portuguese', 'portugais', 'Portugees', 'Portugiesisch'],
    ['iw', 'he', 'Hebrew', 'hébreu', 'Hebreeuws', 'Hebräisch'],
  ])('%s is a language Banqup does not offer (%s)', (input, code, name, nameFr, nameNl, nameDe) => {
    expect(resolveLanguage(input)).toEqual({
      value: null,
      findings: [{ code: 'language.unsupported', severity: 'error', params: { name, nameFr, nameNl, nameDe, code } }],
    });
  });

  it.each(['F', 'xx', 'XX', 'Klingonish', 'fr/nl', '123', 'Frenchh'])('%s is not a language', (input) => {
    expect(resolveLanguage(input)).toEqual({ value: null, findings: [{ code: 'language.unknown', severity: 'error' }] });
  });

  it('gives nothing for an empty value (the row reports "required")', () => {
    expect(resolveLanguage('')).toEqual({ value: null, findings: [] });
  });

  it('never mixes a Banqup language with another one under the same name', () => {
    for (const name of ['Français', 'English', 'Nederlands', 'Deutsch', 'Vlaams', 'Flemish']) {
      expect(lookupLanguageName(name)).toHaveLength(1);
    }
  });
});

describe('languageMessages', () => {
  const samples = ['Klingonish', 'Italiano'].flatMap((input) => resolveLanguage(input).findings);

  it('has a message in both languages for every code resolveLanguage emits', () => {
    expect(new Set(samples.map((f) => f.code))).toEqual(new Set(Object.keys(languageMessages)));
  });

  it.each(samples.map((f) => [f.code, f] as const))('%s stays short and complete', (code, finding) => {
    for (const lang of LANGS) {
      const text = languageMessages[code]?.[lang](finding.params ?? {}) ?? '';
      expectMessage(text, lang, { minLength: 20, maxLength: 140 });
      expect(text).not.toContain("'"); // English included: these quote no word
    }
  });

  it('names the recognised language and the accepted ones', () => {
    const [finding] = resolveLanguage('Italiano').findings;
    expect(languageMessages['language.unsupported']?.en(finding?.params ?? {})).toBe(
      'Banqup does not offer Italian (it): it accepts French, English, Dutch or German.',
    );
    expect(languageMessages['language.unsupported']?.fr(finding?.params ?? {})).toBe(
      'Langue non disponible dans Banqup (italien, it) : il accepte français, anglais, néerlandais ou allemand.',
    );
  });
});
