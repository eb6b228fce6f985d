import { describe, expect, it } from 'vitest';
import { createFaultPlan, globToRegExp } from '../../src/sandbox/faultPlan.js';
import { seededRandom } from '../../src/sandbox/seededRandom.js';
import { createTokenBucket, retryAfterValue } from '../../src/sandbox/tokenBucket.js';
import { validateClientBody } from '../../src/sandbox/validateClient.js';
import { draft } from '../helpers/clientDraft.js';

// The sandbox's pure parts, without a server.
const POST_CLIENTS = { method: 'POST', path: '/partner/v1/spaces/abc/clients', authorized: true };

describe('globToRegExp', () => {
  it.each([
    ['/partner/v1/spaces/*/clients', '/partner/v1/spaces/abc/clients', true],
    ['/partner/v1/spaces/*/clients', '/partner/v1/spaces/abc/clients/provisioning', false],
    ['/partner/v1/spaces/*/clients', '/partner/v1/spaces//clients', false],
    ['/partner/**', '/partner/v1/spaces/abc/clients/provisioning', true],
    ['/registry/v1/companies', '/registry/v1/companies', true],
    ['/a.b', '/axb', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('createFaultPlan', () => {
  it('fires a scripted fault on the nth match only, and counts it', () => {
    const plan = createFaultPlan([{ kind: 'http503', method: 'post', path: '/partner/v1/spaces/*/clients', nth: 2 }], null);
    const kinds = [POST_CLIENTS, { ...POST_CLIENTS, method: 'GET' }, POST_CLIENTS, POST_CLIENTS].map((r) => plan.decide(r)?.kind);
    expect(kinds).toEqual([undefined, undefined, 'http503', undefined]);
    expect(plan.counts().http503).toBe(1);
  });

  it('puts 5xx before the work unless told, drops and cut-short answers always after', () => {
    const plan = createFaultPlan([{ kind: 'http500' }, { kind: 'http500', afterWork: true }, { kind: 'dropAfter' }, { kind: 'http429', afterWork: true }], null);
    const decisions = [1, 2, 3, 4].map(() => plan.decide(POST_CLIENTS));
    expect(decisions.map((d) => d?.afterWork)).toEqual([false, true, true, false]);
  });

  it('never revokes on a request without a valid token; the fault waits for one', () => {
    const plan = createFaultPlan([{ kind: 'revokeToken' }], null);
    expect(plan.decide({ ...POST_CLIENTS, authorized: false })).toBeUndefined();
    expect(plan.decide(POST_CLIENTS)?.kind).toBe('revokeToken');
  });

  it('draws about `rate` of the requests, from the given kinds', () => {
    const plan = createFaultPlan([], { rate: 0.25, seed: 3, kinds: ['http500', 'truncated'] });
    const kinds = Array.from({ length: 2000 }, () => plan.decide(POST_CLIENTS)?.kind).filter((k) => k !== undefined);
    expect(kinds.length).toBeGreaterThan(400);
    expect(kinds.length).toBeLessThan(600);
    expect(new Set(kinds)).toEqual(new Set(['http500', 'truncated']));
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('createTokenBucket', () => {
  it('allows the burst, then refuses with the wait for one token, then refills', () => {
    let now = 0;
    const bucket = createTokenBucket({ perSecond: 4, burst: 2 }, () => now);
    expect([bucket.take().ok, bucket.take().ok]).toEqual([true, true]);
    expect(bucket.take()).toMatchObject({ ok: false, remaining: 0, retryAfterMs: 250, fullAt: 500 });
    now = 250;
    expect(bucket.take().ok).toBe(true);
  });

  it('writes Retry-After as whole seconds rounded up, or as an HTTP date', () => {
    expect(retryAfterValue(250, 'seconds', 0)).toBe('1');
    expect(retryAfterValue(0, 'seconds', 0)).toBe('0');
    expect(retryAfterValue(1500, 'http-date', Date.parse('2026-11-28T10:00:00.000Z'))).toBe('Sat, 28 Nov 2026 10:00:02 GMT');
  });
});

describe('validateClientBody', () => {
  it('accepts the example client and reports every problem of a bad one at once', () => {
    expect(validateClientBody(draft(), new Set())).toEqual([]);
    const fields = validateClientBody({ ...draft(), legalName: '', iban: 'nope', language: 'xx', id: 'x' }, new Set()).map((v) => v.field);
    expect(fields.sort()).toEqual(['iban', 'id', 'language', 'legalName']);
    expect(validateClientBody([], new Set())).toEqual([{ field: '', code: 'format', message: expect.any(String) as string }]);
  });
});
