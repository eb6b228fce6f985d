import { describe, expect, it } from 'vitest';
import { apiMessages, violationMessageCode } from '../../src/api/apiMessages.js';
import { LANGS, type Lang } from '../../src/domain/types.js';
import { itRendersEveryMessage } from '../helpers/expectCatalogue.js';

const RID = '5f0c2d1e-8b7a-4c3d-9e2f-1a2b3c4d5e6f';
const PARAMS = {
  status: 503,
  code: 'TOO_MANY_REQUESTS',
  fields: 'companyNumber, address.postalCode',
  count: 2,
  id: 'c0ffee00-0000-4000-8000-000000000000',
  spaces: '  a1  Fiduciaire A (PARTNER)\n  b2  Fiduciaire B (PARTNER)',
  url: 'http://10.0.0.5:8080',
  method: 'GET',
  path: '/entitystore/v1/spaces',
  reason: 'CERT_HAS_EXPIRED',
};
const codes = Object.keys(apiMessages);
const cases = codes.flatMap((code) => LANGS.map((lang) => [code, lang] as const));
/** How each language hands the request id to the user. */
const GIVE_IT_TO_SUPPORT: Readonly<Record<Lang, string>> = {
  en: 'give it to Banqup support',
  fr: 'donnez-le au support Banqup',
  nl: 'geef het aan de support van Banqup',
  de: 'geben Sie sie dem Banqup-Support',
};

describe('apiMessages', () => {
  // The first line is what a terminal shows first; a list of spaces may follow it.
  itRendersEveryMessage(apiMessages, PARAMS, { maxLength: 140, measured: (text) => text.split('\n')[0] ?? '' });

  it.each(cases.filter(([code]) => code.startsWith('api.') || code === 'trn.invalid'))(
    '%s (%s) ends with the request id for Banqup support when there is one',
    (code, lang) => {
      const text = apiMessages[code]![lang]({ ...PARAMS, requestId: RID });
      expect(text).toContain(RID);
      expect(text).toContain(GIVE_IT_TO_SUPPORT[lang]);
      expect(apiMessages[code]![lang](PARAMS)).not.toMatch(/support Banqup|Banqup support|support van Banqup|Banqup-Support/);
    },
  );

  it('tells the user where the app is allowed in when no space is open to it', () => {
    expect(apiMessages['space.none']!.en({})).toContain('Settings → External applications');
    expect(apiMessages['space.none']!.fr({})).toContain('Paramètres → Applications externes');
  });
});

describe('violationMessageCode', () => {
  it.each([
    ['trn.invalid', 'trn.invalid'],
    ['required', 'api.violation.required'],
    ['format', 'api.violation.format'],
    ['length', 'api.violation.length'],
    ['checksum', 'api.violation.checksum'],
    ['unsupported', 'api.violation.unsupported'],
    ['brand.new', 'api.violation.other'],
  ])('%s → %s', (code, key) => {
    expect(violationMessageCode(code)).toBe(key);
    expect(apiMessages[key]).toBeDefined();
  });
});
