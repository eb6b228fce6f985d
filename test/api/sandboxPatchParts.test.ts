import { describe, expect, it } from 'vitest';
import { linksOf } from '../../src/sandbox/clientLinks.js';
import { createConcurrentEdits } from '../../src/sandbox/concurrentEdits.js';
import { EDITED_ELSEWHERE, editBySomeoneElse } from '../../src/sandbox/editBySomeoneElse.js';
import { etagOf } from '../../src/sandbox/etag.js';
import { createFaultPlan } from '../../src/sandbox/faultPlan.js';
import { mergePatch } from '../../src/sandbox/mergePatch.js';
import { patchedFields } from '../../src/sandbox/patchLog.js';
import type { SandboxClient } from '../../src/sandbox/sandboxClient.js';
import { draft } from '../helpers/clientDraft.js';

// The pure parts behind contract version 2 in the sandbox: merge patch, ETag, links, the other user's edits.

describe('mergePatch (RFC 7396, the examples of its appendix A)', () => {
  it.each<[unknown, unknown, unknown]>([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j merged with %j is %j', (target, patch, expected) => {
    const before = structuredClone(target);
    expect(mergePatch(target, patch)).toEqual(expected);
    expect(target).toEqual(before); // the target is not changed
  });

  it('keeps a __proto__ key as data, without touching any prototype', () => {
    const merged = mergePatch({ a: 1 }, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(merged)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});

describe('etagOf', () => {
  it('is quoted, opaque, stable for an id and a version, and different for another of either', () => {
    const tag = etagOf('client-1', 1);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(tag).not.toContain('client-1');
    expect(etagOf('client-1', 1)).toBe(tag);
    expect(new Set([tag, etagOf('client-1', 2), etagOf('client-2', 1), etagOf('client-11', 1)]).size).toBe(4);
  });
});

const client = (over: Partial<SandboxClient> = {}): SandboxClient => ({
  id: 'c1',
  ...draft(),
  documentSharing: null,
  status: 'ACTIVE',
  banqupSpaceId: 'bq-1',
  links: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('linksOf', () => {
  const SHARED = { enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fiduciaire.lu' } as const;
  it.each<[string, Partial<SandboxClient>, 'null' | 'banqup only' | 'both']>([
    ['INACTIVE', { status: 'INACTIVE', banqupSpaceId: null, documentSharing: SHARED }, 'null'],
    ['ACTIVE, no sharing', {}, 'banqup only'],
    ['ACTIVE, sharing disabled', { documentSharing: { ...SHARED, enabled: false } }, 'banqup only'],
    ['ACTIVE, sharing to Banqup Files', { documentSharing: SHARED }, 'both'],
    ['ACTIVE, sharing by e-mail', { documentSharing: { ...SHARED, deliveryChannel: 'EMAIL' } }, 'both'],
  ])('%s: %s', (_label, over, expected) => {
    const links = linksOf(client(over));
    if (expected === 'null') return expect(links).toBeNull();
    expect(links?.banqup).toBe('https://app.sandbox.banqup.example/spaces/bq-1');
    expect(links?.banqupFiles).toBe(expected === 'both' ? 'https://files.sandbox.banqup.example/spaces/bq-1/documents' : null);
  });
});

describe('editBySomeoneElse', () => {
  const AT = '2026-02-02T00:00:00.000Z';
  it.each<[string, Record<string, unknown>, string]>([
    ['an empty patch', {}, 'contact.name'],
    ['a patch of another contact field', { contact: { email: 'x@y.lu' } }, 'contact.name'],
    ['a patch of the contact name', { contact: { name: 'Paul' } }, 'address.street'],
    ['a patch replacing the contact', { contact: null }, 'address.street'],
    ['a patch of name and street', { contact: { name: 'Paul' }, address: { street: 'Rue 2' } }, 'legalName'],
  ])('after %s, edits %s', (_label, patch, field) => {
    const before = client();
    const after = editBySomeoneElse(before, patch, AT);
    const get = (c: SandboxClient): string => field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], c) as string;
    expect(get(after)).toBe(get(before) + EDITED_ELSEWHERE);
    expect(after.updatedAt).toBe(AT);
    expect(before.updatedAt).not.toBe(AT); // not changed in place
  });

  it('changes only updatedAt when the patch touches all three', () => {
    const before = client();
    const after = editBySomeoneElse(before, { contact: { name: 'P' }, address: { street: 'S' }, legalName: 'L' }, AT);
    expect(after).toEqual({ ...before, updatedAt: AT });
  });
});

describe('createConcurrentEdits', () => {
  it('repeats for a seed, draws about the share, and never while the share is 0', () => {
    const draws = (share: number, seed: number) => {
      const edits = createConcurrentEdits(share, seed);
      return Array.from({ length: 1000 }, () => edits.due());
    };
    expect(draws(0.3, 5)).toEqual(draws(0.3, 5));
    expect(draws(0.3, 5)).not.toEqual(draws(0.3, 6));
    const hits = draws(0.3, 5).filter(Boolean).length;
    expect(hits).toBeGreaterThan(230);
    expect(hits).toBeLessThan(370);
    expect(draws(0, 5).some(Boolean)).toBe(false);
    expect(draws(1, 5).every(Boolean)).toBe(true);
    expect(() => createConcurrentEdits(1.5, 1)).toThrow(RangeError);
  });
});

describe('the concurrentEdit fault in the plan', () => {
  const PATCH = { method: 'PATCH', path: '/partner/v1/spaces/s/clients/c', authorized: true };
  const GET = { ...PATCH, method: 'GET' };

  it('fires only on a PATCH, before the work, waiting past other requests', () => {
    const plan = createFaultPlan([{ kind: 'concurrentEdit', path: '/partner/v1/spaces/*/clients/*', nth: 2 }], null);
    const decisions = [GET, PATCH, GET, PATCH, PATCH].map((r) => plan.decide(r));
    expect(decisions.map((d) => d?.kind)).toEqual([undefined, undefined, undefined, 'concurrentEdit', undefined]);
    expect(decisions[3]?.afterWork).toBe(false);
  });

  it('is drawn at random only for PATCHes; other requests draw as they did without it', () => {
    const withIt = createFaultPlan([], { rate: 0.5, seed: 4, kinds: ['http500', 'concurrentEdit'] });
    const without = createFaultPlan([], { rate: 0.5, seed: 4, kinds: ['http500'] });
    const gets = Array.from({ length: 50 }, () => [withIt.decide(GET)?.kind, without.decide(GET)?.kind]);
    expect(gets.every(([a, b]) => a === b)).toBe(true);
    const patches = Array.from({ length: 200 }, () => withIt.decide(PATCH)?.kind);
    expect(new Set(patches)).toEqual(new Set([undefined, 'http500', 'concurrentEdit']));
  });
});

describe('patchedFields', () => {
  it('names top-level fields, and the fields inside address, contact and documentSharing', () => {
    expect(patchedFields({ legalName: 'X', contact: { name: 'P', email: null }, documentSharing: null, assigneeEmails: [], address: 'x' })).toEqual([
      'legalName',
      'contact.name',
      'contact.email',
      'documentSharing',
      'assigneeEmails',
      'address',
    ]);
  });
});
