import { describe, expect, it, vi } from 'vitest';
import { cleanText } from '../../src/domain/cleanText.js';
import { countryMessages, countryName, resolveCountry } from '../../src/domain/country.js';
import { COUNTRY_CODE_ALIASES, COUNTRY_NAME_ALIASES } from '../../src/domain/countryAliases.js';
import { editDistance } from '../../src/domain/editDistance.js';
import { LANGS } from '../../src/domain/types.js';
import { expectMessage } from '../helpers/expectCatalogue.js';
import {
  buildCountryIndex,
  COUNTRY_CODES,
  countryIndex,
  hasFullIcu,
  icuLocales,
  SHORT_FORM_CODES,
} from '../../src/domain/countryIndex.js';
import { foldKey, lookupName, nameKey } from '../../src/domain/nameIndex.js';

const ok = (value: string) => ({ value, findings: [] });
const codes = (input: string) => resolveCountry(input).findings.map((f) => f.code);

describe('resolveCountry: codes', () => {
  it('resolves codes without building the name index', async () => {
    vi.resetModules();
    const fresh = await import('../../src/domain/country.js');
    const index = await import('../../src/domain/countryIndex.js');
    for (const input of ['LU', 'be', 'fR', 'XK', 'UK', 'EL', 'EU', 'LUX', 'bel', 'Holland', 'USA', '']) fresh.resolveCountry(input);
    expect(index.isCountryIndexBuilt()).toBe(false);
    expect(fresh.resolveCountry('Belgique').value).toBe('BE');
    expect(index.isCountryIndexBuilt()).toBe(true);
  });

  it.each([
    ['LU', 'LU'],
    ['lu', 'LU'],
    ['fR', 'FR'],
    ['rO', 'RO'],
    ['GB', 'GB'],
    ['XK', 'XK'],
    ['xk', 'XK'],
    ['UK', 'GB'],
    ['uk', 'GB'],
    ['EL', 'GR'],
  ])('%s → %s', (input, value) => {
    expect(resolveCountry(input)).toEqual(ok(value));
  });

  it.each(['EU', 'XX', 'UN', 'EZ', 'QO', 'ZZ', 'L', 'AA'])('rejects %s: not a country', (input) => {
    expect(resolveCountry(input)).toEqual({ value: null, findings: [{ code: 'country.unknown', severity: 'error' }] });
  });

  it.each([
    ['LUX', 'LU', 'Luxembourg', 'Luxembourg', 'Luxemburg', 'Luxemburg'],
    ['lux', 'LU', 'Luxembourg', 'Luxembourg', 'Luxemburg', 'Luxemburg'],
    ['BEL', 'BE', 'Belgium', 'Belgique', 'België', 'Belgien'],
    ['FRA', 'FR', 'France', 'France', 'Frankrijk', 'Frankreich'],
    ['deu', 'DE', 'Germany', 'Allemagne', 'Duitsland', 'Deutschland'],
    ['NLD', 'NL', 'Netherlands', 'Pays-Bas', 'Nederland', 'Niederlande'],
  ])('reads the alpha-3 code %s as %s, with a warning', (input, code, name, nameFr, nameNl, nameDe) => {
    expect(resolveCountry(input)).toEqual({
      value: code,
      findings: [{ code: 'country.alpha3', severity: 'warning', params: { alpha3: input.toUpperCase(), code, name, nameFr, nameNl, nameDe } }],
    });
  });

  it('gives nothing for an empty value (the row reports "required")', () => {
    expect(resolveCountry('')).toEqual({ value: null, findings: [] });
  });
});

describe('resolveCountry: names (validation-rules.md §4, tricky inputs)', () => {
  it.each([
    ['fRaNce', 'FR'],
    ['francE', 'FR'],
    ['Luxembourg', 'LU'],
    ['Luxemburg', 'LU'],
    ['Lëtzebuerg', 'LU'],
    ['Letzebuerg', 'LU'],
    ['ルクセンブルク', 'LU'],
    ['Люксембург', 'LU'],
    ['卢森堡', 'LU'],
    ['Lussemburgo', 'LU'],
    ['Belgique', 'BE'],
    ['België', 'BE'],
    ['Belgie', 'BE'],
    ['BELGIË', 'BE'],
    ['Belgie\u0308', 'BE'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['Frankreich', 'FR'],
    ['Frankrijk', 'FR'],
    ['Royaume-Uni', 'GB'],
    ['Royaume Uni', 'GB'],
    ['Great Britain', 'GB'],
    ['Angleterre', 'GB'],
    ['The Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['Pays-Bas', 'NL'],
    ['Nederland', 'NL'],
    ['Niederlande', 'NL'],
    ["Côte d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
    ['Cote d Ivoire', 'CI'],
    ['Congo - Kinshasa', 'CD'],
    ['Congo (Kinshasa)', 'CD'],
    ['USA', 'US'],
    ['Grand-Duché de Luxembourg', 'LU'],
    ['Kosovo', 'XK'],
  ])('%s → %s', (input, value) => {
    expect(resolveCountry(input)).toEqual(ok(value));
  });

  it.each([
    ['  Luxembourg ', 'LU'],
    ['Luxembourg\u00A0', 'LU'],
    ['Lux\u200Bembourg', 'LU'],
  ])('%j, once cleaned by cleanText → %s', (input, value) => {
    expect(resolveCountry(cleanText(input))).toEqual(ok(value));
  });

  it.each([
    ['Belgium (BE)', 'BE'],
    ['BE (Belgium)', 'BE'],
    ['Luxembourg (Grand-Duché)', 'LU'],
    ['Congo (CD)', 'CD'],
    ['Pays inconnu (FR)', 'FR'],
  ])('last resort, a trailing parenthetical: %s → %s', (input, value) => {
    expect(resolveCountry(input)).toEqual(ok(value));
  });

  it.each([
    ['Congo', 'CG (Congo - Brazzaville), CD (Congo - Kinshasa)', 'CG (Congo-Brazzaville), CD (Congo-Kinshasa)', 'CG (Congo-Brazzaville), CD (Congo-Kinshasa)', 'CG (Kongo-Brazzaville), CD (Kongo-Kinshasa)'],
    ['Korea', 'KR (South Korea), KP (North Korea)', 'KR (Corée du Sud), KP (Corée du Nord)', 'KR (Zuid-Korea), KP (Noord-Korea)', 'KR (Südkorea), KP (Nordkorea)'],
    ['Belgium (LU)', 'BE (Belgium), LU (Luxembourg)', 'BE (Belgique), LU (Luxembourg)', 'BE (België), LU (Luxemburg)', 'BE (Belgien), LU (Luxemburg)'],
  ])('%s is ambiguous: the user must choose', (input, options, optionsFr, optionsNl, optionsDe) => {
    expect(resolveCountry(input)).toEqual({
      value: null,
      findings: [{ code: 'country.ambiguous', severity: 'error', params: { options, optionsFr, optionsNl, optionsDe } }],
    });
  });

  it.each([
    ['Luxembrug', 'LU'],
    ['Frnace', 'FR'],
    ['Belgiqe', 'BE'],
    ['Allemange', 'DE'],
    ['Deutchland', 'DE'],
    ['Pays Baas', 'NL'],
  ])('suggests a close name for the typo %s (%s)', (input, code) => {
    const [finding] = resolveCountry(input).findings;
    expect(finding?.code).toBe('country.unknown');
    expect(finding?.params?.code).toBe(code);
  });

  it.each(['Xyzland', 'Atlantis', '12345', 'European Union', 'United Nations', 'Eurozone', '-'])(
    'rejects %s without a suggestion',
    (input) => {
      expect(resolveCountry(input)).toEqual({ value: null, findings: [{ code: 'country.unknown', severity: 'error' }] });
    },
  );
});

describe('country name index', () => {
  it('runs on full ICU here (the CI and user Node builds)', () => {
    expect(hasFullIcu()).toBe(true);
  });

  it('holds real countries only', () => {
    const index = countryIndex();
    const all = new Set([...index.exact.values(), ...index.folded.values()].flatMap((v) => v.split(' ')));
    expect([...all].filter((code) => !COUNTRY_CODES.has(code))).toEqual([]);
    expect(COUNTRY_CODES.size).toBe(250);
  });

  it('asks ICU for short forms ("UK", "Hong Kong") of every code that has one', () => {
    const withShortForm = new Set<string>();
    for (const locale of icuLocales()) {
      const long = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      const short = new Intl.DisplayNames([locale], { type: 'region', style: 'short', fallback: 'none' });
      for (const code of COUNTRY_CODES) if (short.of(code) !== long.of(code)) withShortForm.add(code);
    }
    expect([...withShortForm].sort()).toEqual([...SHORT_FORM_CODES].sort());
    expect(resolveCountry('Hong Kong')).toEqual(ok('HK'));
  });

  it('agrees with every explicit alias it also knows', () => {
    const index = countryIndex();
    const disagreements = COUNTRY_NAME_ALIASES.filter(([name, aliasCodes]) => {
      const found = lookupName(index, name);
      return found.length > 0 && [...found].sort().join() !== [...aliasCodes].sort().join();
    });
    expect(disagreements).toEqual([]);
    expect(Object.values(COUNTRY_CODE_ALIASES).every((code) => COUNTRY_CODES.has(code))).toBe(true);
  });

  it.each([
    ['Belgique', 'BE'],
    ['Deutschland', 'DE'],
    ['Luxemburg', 'LU'],
    ['Great Britain', 'GB'],
    ['Люксембург', 'LU'],
  ])('falls back to i18n-iso-countries alone without full ICU: %s → %s', (name, code) => {
    expect(lookupName(buildCountryIndex(false), name)).toEqual([code]);
  });

  it.each([
    ['Royaume-Uni', 'royaume uni'],
    ['Côte d’Ivoire', "côte d ivoire"],
    ['  ST. LUCIA ', 'st lucia'],
    ['Belgie\u0308', 'belgië'],
  ])('key of %j is %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it.each([
    ['belgië', 'belgie'],
    ['côte d ivoire', 'cote d ivoire'],
    ['großbritannien', 'grossbritannien'],
    ['lëtzebuerg', 'letzebuerg'],
    // Indic vowel signs are combining marks: folding them would merge unrelated names.
    ['लक्ज़मबर्ग', 'लक्ज़मबर्ग'],
    ['ルクセンブルク', 'ルクセンブルク'],
  ])('folds Latin accents only: %s → %s', (key, folded) => {
    expect(foldKey(key)).toBe(folded);
  });

  it.each([
    ['frnace', 'france', 1],
    ['luxembrug', 'luxembourg', 2],
    ['belgique', 'belgique', 0],
    ['xyzland', 'ireland', 3],
  ])('edit distance %s → %s is %i (capped at 2 + 1)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });
});

describe('countryName', () => {
  it.each([
    ['LU', 'fr', 'Luxembourg'],
    ['DE', 'fr', 'Allemagne'],
    ['DE', 'en', 'Germany'],
    ['GB', 'fr', 'Royaume-Uni'],
    ['be', 'en', 'Belgium'],
    ['XX', 'en', 'XX'],
    ['ABC', 'fr', 'ABC'],
  ] as const)('%s in %s is %s', (code, lang, name) => {
    expect(countryName(code, lang)).toBe(name);
  });
});

describe('countryMessages', () => {
  const emitted = [
    ...codes('Xyzland'),
    ...codes('Frnace'),
    ...codes('Congo'),
    ...codes('LUX'),
  ];
  const samples = ['Xyzland', 'Frnace', 'Congo', 'LUX'].flatMap((input) => resolveCountry(input).findings);

  it('has a message in both languages for every code resolveCountry emits', () => {
    expect(new Set(emitted)).toEqual(new Set(Object.keys(countryMessages)));
  });

  it.each(samples.map((f) => [f.code, f] as const))('%s reads well in English and French', (code, finding) => {
    const template = countryMessages[code];
    expect(template).toBeDefined();
    for (const lang of LANGS) {
      const text = template?.[lang](finding.params ?? {}) ?? '';
      expectMessage(text, lang, { maxLength: 140 });
      expect(text).not.toContain("'"); // English included: these quote no word
    }
    expect(template?.fr(finding.params ?? {})).toMatch(/pays|Pays|code/);
  });

  it('says how to fix an unknown country, with the suggestion when there is one', () => {
    expect(countryMessages['country.unknown']?.en({})).toBe(
      'Country not recognised: type its name (Luxembourg, Belgique) or its 2-letter code (LU, BE).',
    );
    expect(countryMessages['country.unknown']?.fr({ suggestion: 'France', code: 'FR' })).toBe(
      'Pays non reconnu : vouliez-vous dire France (FR) ? Sinon, indiquez son nom ou son code à 2 lettres.',
    );
  });
});
