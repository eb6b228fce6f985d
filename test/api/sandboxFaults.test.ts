import { afterEach, describe, expect, it } from 'vitest';
import { call, CLIENTS_GLOB, startTestSandbox, tokenFor, type TestSandbox } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';
import { settlesBefore, startTimer } from '../helpers/timerRace.js';
import type { FaultKind } from '../../src/sandbox/sandboxOptions.js';

// Faults, rate limit and latency of the sandbox, seen from a raw HTTP client (no retries).
let t: TestSandbox | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function setup(options: Parameters<typeof startTestSandbox>[0] = {}) {
  t = await startTestSandbox(options);
  const s = t;
  const token = await tokenFor(s.url);
  const path = `/partner/v1/spaces/${s.spaceId}/clients`;
  const create = (over: Parameters<typeof draft>[0] = {}, tok = token) => call(s.url, 'POST', path, { token: tok, json: draft(over) });
  return { s, token, path, create };
}

describe('sandbox: each fault kind on a create', () => {
  it.each<[FaultKind, boolean, number, string]>([
    ['http500', false, 500, 'INTERNAL_SERVER_ERROR'],
    ['http503', false, 503, 'SERVICE_UNAVAILABLE'],
    ['http504', false, 504, 'GATEWAY_TIMEOUT'],
    ['http500', true, 500, 'INTERNAL_SERVER_ERROR'],
    ['http504', true, 504, 'GATEWAY_TIMEOUT'],
  ])('%s (after the work: %s) answers %i %s', async (kind, afterWork, status, error) => {
    const { s, create } = await setup({ faults: { scripted: [{ kind, method: 'POST', path: CLIENTS_GLOB, afterWork }] } });
    const answer = await create();
    expect([answer.status, answer.json?.error]).toEqual([status, error]);
    expect(s.clients()).toHaveLength(afterWork ? 1 : 0);
    expect(s.sandbox.faultsInjected()[kind]).toBe(1);
  });

  it('http502html answers a gateway HTML page, not JSON', async () => {
    const { s, create } = await setup({ faults: { scripted: [{ kind: 'http502html', method: 'POST', path: CLIENTS_GLOB }] } });
    const answer = await create();
    expect(answer.status).toBe(502);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.json).toBeUndefined();
    expect(answer.headers['x-request-id']).toBeDefined();
    expect(s.clients()).toHaveLength(0);
  });

  it('http429 answers Retry-After in seconds', async () => {
    const { create } = await setup({ faultRetryAfterSeconds: 3, faults: { scripted: [{ kind: 'http429', method: 'POST', path: CLIENTS_GLOB }] } });
    const answer = await create();
    expect([answer.status, answer.headers['retry-after'], answer.json?.error]).toEqual([429, '3', 'TOO_MANY_REQUESTS']);
  });

  it.each<[FaultKind, number]>([
    ['dropBefore', 0],
    ['dropAfter', 1],
  ])('%s drops the connection; clients held: %i', async (kind, held) => {
    const { s, create } = await setup({ faults: { scripted: [{ kind, method: 'POST', path: CLIENTS_GLOB }] } });
    await expect(create()).rejects.toThrow();
    expect(s.clients()).toHaveLength(held);
    expect(s.sandbox.requests().at(-1)).toMatchObject({ method: 'POST', fault: kind });
    expect(s.sandbox.requests().at(-1)?.status).toBeUndefined();
  });

  it('truncated sends half the JSON with a matching Content-Length, after the work', async () => {
    const { s, create } = await setup({ faults: { scripted: [{ kind: 'truncated', method: 'POST', path: CLIENTS_GLOB }] } });
    const answer = await create();
    expect(answer.status).toBe(201);
    expect(answer.json).toBeUndefined();
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(answer.text)));
    expect(answer.text.startsWith('{"id":"')).toBe(true);
    expect(s.clients()).toHaveLength(1);
  });

  it('slow does the work at once and answers after slowMs', async () => {
    const { s, create } = await setup({ slowMs: 300, faults: { scripted: [{ kind: 'slow', method: 'POST', path: CLIENTS_GLOB }] } });
    const timer = startTimer(250);
    const pending = create();
    await new Promise((r) => setTimeout(r, 100));
    expect(s.clients()).toHaveLength(1);
    expect(await settlesBefore(pending, timer)).toBe(false);
    expect((await pending).status).toBe(201);
  });

  it('revokeToken answers 401 with WWW-Authenticate: Bearer; the token stays revoked; a new one works', async () => {
    const { s, token, create } = await setup({ faults: { scripted: [{ kind: 'revokeToken', method: 'POST', path: CLIENTS_GLOB }] } });
    const refused = await create();
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await call(s.url, 'GET', '/entitystore/v1/spaces', { token })).status).toBe(401);
    expect((await create({}, await tokenFor(s.url))).status).toBe(201);
  });

  it('revokeToken does not fire on the token request, which bears no token', async () => {
    t = await startTestSandbox({ faults: { scripted: [{ kind: 'revokeToken' }] } });
    const token = await tokenFor(t.url);
    expect(t.sandbox.faultsInjected().revokeToken).toBe(0);
    expect((await call(t.url, 'GET', '/entitystore/v1/spaces', { token })).status).toBe(401);
  });
});

describe('sandbox: scripted and random faults', () => {
  it('fires on the nth request matching method and path, `times` in a row', async () => {
    const { s, create } = await setup({ faults: { scripted: [{ kind: 'http503', method: 'POST', path: CLIENTS_GLOB, nth: 3, times: 2 }] } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await create({ externalReference: `R${i}`, vatNumber: null, companyNumber: `B${i}` })).status);
    expect(statuses).toEqual([201, 201, 503, 503, 201]);
    expect(s.sandbox.requests().filter((r) => r.fault === 'http503').map((r) => r.n)).toEqual([4, 5]); // n 1 was the token
  });

  it('scripts a fault at runtime, also through POST /_sandbox/faults', async () => {
    const { s, token, path, create } = await setup();
    s.sandbox.scriptFault({ kind: 'http500', method: 'GET' });
    expect((await call(s.url, 'GET', path, { token })).status).toBe(500);
    const scripted = await call(s.url, 'POST', '/_sandbox/faults', { json: { kind: 'http504', method: 'POST', path: CLIENTS_GLOB, nth: 2 } });
    expect(scripted.status).toBe(201);
    expect((await create()).status).toBe(201);
    expect((await create({ externalReference: 'X', vatNumber: null, companyNumber: 'B1' })).status).toBe(504);
    expect((await call(s.url, 'POST', '/_sandbox/faults', { json: { kind: 'meteor' } })).status).toBe(400);
  });

  it('draws random faults from the seed: the same seed, the same faults', async () => {
    const run = async (seed: number) => {
      const sandbox = await startTestSandbox({ faults: { random: { rate: 0.5, seed, kinds: ['http500', 'http503', 'http429'] } } });
      for (let i = 0; i < 20; i++) await call(sandbox.url, 'GET', '/nowhere');
      const faults = sandbox.sandbox.requests().map((r) => r.fault ?? '-');
      await sandbox.close();
      return faults;
    };
    const [a, b, c] = [await run(7), await run(7), await run(8)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.filter((f) => f !== '-').length).toBeGreaterThan(3);
    expect(a.filter((f) => f !== '-').length).toBeLessThan(17);
  });

  it('applies random faults only to the matching requests, and can be switched off', async () => {
    t = await startTestSandbox({ faults: { random: { rate: 1, kinds: ['http500'], method: 'POST' } } });
    const token = await tokenFor(t.url).catch(() => undefined);
    expect(token).toBeUndefined(); // the token request is a POST
    expect((await call(t.url, 'GET', '/entitystore/v1/spaces')).status).toBe(401);
    t.sandbox.setRandomFaults(null);
    expect(await tokenFor(t.url)).toMatch(/^sbx_/);
  });
});

describe('sandbox: rate limit, latency', () => {
  it('refuses past the burst with 429, Retry-After in seconds and X-RateLimit-*, until the bucket refills', async () => {
    let now = Date.parse('2026-11-28T10:00:00.000Z');
    t = await startTestSandbox({ now: () => now, rateLimit: { perSecond: 2, burst: 2 } });
    const answers = [await call(t.url, 'GET', '/entitystore/v1/spaces'), await call(t.url, 'GET', '/entitystore/v1/spaces'), await call(t.url, 'GET', '/entitystore/v1/spaces')];
    expect(answers.map((a) => a.status)).toEqual([401, 401, 429]);
    const limited = answers[2]!;
    expect(limited.json).toMatchObject({ status: 429, error: 'TOO_MANY_REQUESTS' });
    expect(limited.headers).toMatchObject({ 'retry-after': '1', 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0' });
    expect(Number(limited.headers['x-ratelimit-reset'])).toBe(Math.ceil((now + 1000) / 1000));
    expect(answers[0]!.headers['x-ratelimit-remaining']).toBe('1');
    now += 500;
    expect((await call(t.url, 'GET', '/entitystore/v1/spaces')).status).toBe(401);
    expect(t.sandbox.stats().rateLimited).toBe(1);
    expect(t.sandbox.requests()[2]).toMatchObject({ status: 429, rateLimited: true });
  });

  it('can send Retry-After as an HTTP date', async () => {
    const now = Date.parse('2026-11-28T10:00:00.250Z');
    t = await startTestSandbox({ now: () => now, rateLimit: { perSecond: 0.5, burst: 1, retryAfter: 'http-date' } });
    await call(t.url, 'GET', '/entitystore/v1/spaces');
    const limited = await call(t.url, 'GET', '/entitystore/v1/spaces');
    expect(limited.headers['retry-after']).toBe('Sat, 28 Nov 2026 10:00:03 GMT');
  });

  it('keeps one bucket per credential set; the token endpoint counts too', async () => {
    t = await startTestSandbox({
      now: () => 0,
      rateLimit: { perSecond: 1, burst: 1 },
      extraCredentials: [{ clientId: 'second-app', clientSecret: 'second-secret' }],
    });
    const first = await tokenFor(t.url);
    expect((await call(t.url, 'GET', '/entitystore/v1/spaces', { token: first })).status).toBe(429);
    const second = await tokenFor(t.url, 'second-app', 'second-secret');
    expect((await call(t.url, 'GET', '/entitystore/v1/spaces', { token: second })).status).toBe(429);
    t.sandbox.setRateLimit(null);
    expect((await call(t.url, 'GET', '/entitystore/v1/spaces', { token: second })).status).toBe(200);
  });

  it('adds latency (and jitter) to every answer, settable while running', async () => {
    t = await startTestSandbox({ latencyMs: 0 });
    t.sandbox.setLatency(150, 20);
    const timer = startTimer(145);
    expect(await settlesBefore(call(t.url, 'GET', '/nowhere'), timer)).toBe(false);
  });
});
