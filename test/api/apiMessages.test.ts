import { describe, expect, it } from 'vitest';
import { apiMessages, violationMessageCode } from '../../src/api/apiMessages.js';
import type { Lang } from '../../src/domain/types.js';

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
const cases = codes.flatMap((code) => (['en', 'fr'] as Lang[]).map((lang) => [code, lang] as const));

describe('apiMessages', () => {
  it.each(cases)('%s (%s) is short, complete and free of placeholders', (code, lang) => {
    const text = apiMessages[code]![lang](PARAMS);
    const firstLine = text.split('\n')[0]!;
    expect(firstLine.length).toBeLessThanOrEqual(140);
    expect(text).not.toMatch(/undefined|\$\{|\[object/);
    if (lang === 'fr') expect(text).not.toContain("'"); // typographic apostrophes in French
  });

  it.each(cases.filter(([code]) => code.startsWith('api.') || code === 'trn.invalid'))(
    '%s (%s) ends with the request id for Banqup support when there is one',
    (code, lang) => {
      const text = apiMessages[code]![lang]({ ...PARAMS, requestId: RID });
      expect(text).toContain(RID);
      expect(text).toContain(lang === 'en' ? 'give it to Banqup support' : 'donnez-le au support Banqup');
      expect(apiMessages[code]![lang](PARAMS)).not.toMatch(/support Banqup|Banqup support/);
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
