import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, idempotencyKey, identityKeys, rowIdentity } from '../../src/engine/rowIdentity.js';
import { draft } from '../helpers/clientDraft.js';

describe('rowIdentity', () => {
  it.each([
    ['external reference first', draft(), 'ref:CLI-0042'],
    ['VAT when no reference', draft({ externalReference: null }), 'vat:LU15027442'],
    ['country + register number last', draft({ externalReference: null, vatNumber: null }), 'trn:LU:B123456'],
    [
      'Belgian enterprise number',
      draft({ externalReference: null, vatNumber: null, companyNumber: '0456789133', address: { street: 'Rue X 1', postalCode: '4000', city: 'Liège', country: 'BE' } }),
      'trn:BE:0456789133',
    ],
  ])('%s', (_name, d, expected) => {
    expect(rowIdentity(d)).toBe(expected);
  });

  it('does not depend on the other fields (a corrected address is still the same row)', () => {
    expect(rowIdentity(draft({ legalName: 'Autre nom' }))).toBe(rowIdentity(draft()));
  });

  it('lists every identifier a 409 could match on', () => {
    expect(identityKeys(draft())).toEqual(['ref:CLI-0042', 'vat:LU15027442', 'trn:LU:B123456']);
  });
});

describe('contentHash and idempotencyKey', () => {
  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}');
  });

  it.each([
    ['undefined fields left out, undefined in a list as null', { b: undefined, a: [undefined, 1], c: null }, '{"a":[null,1],"c":null}'],
    ['keys and text that JSON escapes', { 'k"\n': 'a\u2028"b', ä: 'é' }, '{"k\\"\\n":"a\u2028\\"b","ä":"é"}'],
    ['empty objects and lists', { x: {}, y: [], z: [{}] }, '{"x":{},"y":[],"z":[{}]}'],
  ])('canonical JSON, written as every earlier version wrote it (journals compare it): %s', (_name, value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('is the same for the same content whatever the key order or extra fields', () => {
    const d = draft();
    const reordered = JSON.parse(JSON.stringify({ ...d, extra: 'not sent', legalName: d.legalName })) as typeof d;
    expect(contentHash(reordered)).toBe(contentHash(d));
    expect(contentHash(d)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['legal name', { legalName: 'Boulangerie Schmit SA' }],
    ['IBAN', { iban: 'LU120010001234567891' }],
    ['assignees', { assigneeEmails: [] as string[] }],
  ])('changes when the %s changes', (_name, change) => {
    expect(contentHash(draft(change))).not.toBe(contentHash(draft()));
  });

  it('gives a key stable across runs, different per space, valid as an Idempotency-Key', () => {
    const hash = contentHash(draft());
    const key = idempotencyKey('space-1', hash);
    expect(idempotencyKey('space-1', hash)).toBe(key);
    expect(idempotencyKey('space-2', hash)).not.toBe(key);
    expect(key).toMatch(/^[\x21-\x7E]{1,255}$/);
  });
});
