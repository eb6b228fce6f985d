import { afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import type { BanqupApi, BanqupApiConfig, CreateResult } from '../../src/api/types.js';
import type { ClientDraft } from '../../src/domain/types.js';
import type { FaultKind, SandboxOptions } from '../../src/sandbox/sandboxOptions.js';
import { CLIENTS_GLOB, startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';
import { virtualClock } from '../helpers/virtualClock.js';

// The real adapter (createBanqupApi) against the real sandbox with faults. Whatever goes wrong,
// every test ends with exactly one client per row in the sandbox.
let t: TestSandbox | undefined;
let api: BanqupApi | undefined;
afterEach(async () => {
  await api?.close();
  await t?.close();
  api = undefined;
  t = undefined;
});

/** Backoff waits shortened to a few ms: the retries are what is tested, not their patience. */
const fastSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5)));

async function setup(options: SandboxOptions = {}, config: Partial<BanqupApiConfig> = {}) {
  t = await startTestSandbox(options);
  const s = t;
  api = createBanqupApi({
    baseUrl: s.url,
    clientId: s.sandbox.clientId,
    clientSecret: s.sandbox.clientSecret,
    version: 'test',
    rate: 1000,
    concurrency: 4,
    timeoutMs: 2_000,
    sleep: fastSleep,
    random: () => 0.5,
    ...config,
  });
  const spaceId = (await api.listSpaces())[0]!.id;
  return { s, api, spaceId };
}

function row(i: number): ClientDraft {
  return draft({ legalName: `Row ${i} S.à r.l.`, externalReference: `ROW-${i}`, vatNumber: null, companyNumber: `B${300 + i}` });
}

/** Creates rows 1..n (concurrently, within the adapter's limits) with one idempotency key per row. */
function createRows(a: BanqupApi, spaceId: string, n: number): Promise<CreateResult[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => a.createClient(spaceId, row(i + 1), `sheet-1:row-${i + 2}`)));
}

function expectOnePerRow(s: TestSandbox, n: number): void {
  const clients = s.clients();
  expect(clients).toHaveLength(n);
  expect(new Set(clients.map((c) => c.externalReference))).toEqual(new Set(Array.from({ length: n }, (_, i) => `ROW-${i + 1}`)));
}

describe('createBanqupApi against the sandbox: tokens', () => {
  it('a token expired on the server before the client expected: one 401, one refresh, the calls go through', async () => {
    const { s, api: a, spaceId } = await setup();
    await createRows(a, spaceId, 2);
    s.sandbox.advanceClock(301_000); // the server's clock only: the client still trusts its token
    const later = await Promise.all([3, 4].map((i) => a.createClient(spaceId, row(i), `k${i}`)));
    expect(later.map((r) => r.outcome)).toEqual(['created', 'created']);
    expect(s.sandbox.requests().filter((r) => r.status === 401).length).toBeGreaterThanOrEqual(1);
    expect(s.sandbox.stats().tokensIssued).toBe(2);
    expectOnePerRow(s, 4);
  });

  it('a short-lived token is refreshed before it expires, without a 401', async () => {
    const clock = virtualClock();
    const { s, api: a, spaceId } = await setup({ now: clock.now, tokenLifetimeSeconds: 60 }, { now: clock.now, sleep: clock.sleep });
    await createRows(a, spaceId, 1);
    await clock.sleep(50_000); // past the refresh point (a quarter of the lifetime before expiry)
    await a.createClient(spaceId, row(2), 'k2');
    expect(s.sandbox.stats().tokensIssued).toBe(2);
    expect(s.sandbox.requests().some((r) => r.status === 401)).toBe(false);
    expectOnePerRow(s, 2);
  });

  it('a revoked token (401 with WWW-Authenticate) is replaced once, and the create is not duplicated', async () => {
    const { s, api: a, spaceId } = await setup({ faults: { scripted: [{ kind: 'revokeToken', method: 'POST', path: CLIENTS_GLOB, nth: 2 }] } });
    const results = await createRows(a, spaceId, 4);
    expect(results.every((r) => r.outcome === 'created')).toBe(true);
    expect(s.sandbox.faultsInjected().revokeToken).toBe(1);
    expect(s.sandbox.stats().tokensIssued).toBe(2);
    expectOnePerRow(s, 4);
  });
});

describe('createBanqupApi against the sandbox: rate limit', () => {
  it.each(['seconds', 'http-date'] as const)('waits out 429s with Retry-After as %s, then creates every row', async (retryAfter) => {
    const clock = virtualClock();
    const { s, api: a, spaceId } = await setup(
      { now: clock.now, rateLimit: { perSecond: 2, burst: 2, retryAfter } },
      { now: clock.now, sleep: clock.sleep },
    );
    await createRows(a, spaceId, 6);
    expect(s.sandbox.stats().rateLimited).toBeGreaterThan(0);
    expect(a.stats().rateLimited).toBe(s.sandbox.stats().rateLimited);
    expect(clock.slept.some((ms) => ms >= 500)).toBe(true); // it did wait for the Retry-After
    expectOnePerRow(s, 6);
  });
});

describe('createBanqupApi against the sandbox: the first calls', () => {
  it('calls made before there is a token go out paced once it comes, not in one burst the server refuses', async () => {
    // A slow token (300 ms) and a strict limit: calls that took their pacing slots while the token
    // was on its way would all be sent the moment it came.
    t = await startTestSandbox({ latencyMs: 300, rateLimit: { perSecond: 5, burst: 2 } });
    api = createBanqupApi({ baseUrl: t.url, clientId: t.sandbox.clientId, clientSecret: t.sandbox.clientSecret, version: 'test', adaptive: true, rate: 200, concurrency: 8 });
    const a = api;
    const answers = await Promise.all(['B1', 'B2', 'B3', 'B4'].map((companyNumber) => a.registryLookup({ country: 'LU', companyNumber })));
    expect(answers).toHaveLength(4);
    expect(t.sandbox.stats().rateLimited).toBe(0);
  });
});

describe('createBanqupApi against the sandbox: server errors, cut-short and lost answers', () => {
  it.each<[FaultKind, boolean, 'created' | 'adopted']>([
    ['http500', false, 'created'],
    ['http500', true, 'adopted'],
    ['http502html', false, 'created'],
    ['http502html', true, 'adopted'],
    ['http503', false, 'created'],
    ['http503', true, 'adopted'],
    ['http504', false, 'created'],
    ['http504', true, 'adopted'],
    ['truncated', true, 'adopted'],
    ['dropBefore', false, 'created'],
    ['dropAfter', true, 'adopted'],
  ])('%s on a create (work done: %s): looked up first, the row is %s, once', async (kind, afterWork, outcome) => {
    const { s, api: a, spaceId } = await setup({ faults: { scripted: [{ kind, method: 'POST', path: CLIENTS_GLOB, nth: 2, afterWork }] } });
    const results = await createRows(a, spaceId, 3);
    const faulted = s.sandbox.requests().find((r) => r.fault === kind);
    expect(faulted).toBeDefined();
    expect(results.filter((r) => r.outcome === 'adopted')).toHaveLength(outcome === 'adopted' ? 1 : 0);
    expectOnePerRow(s, 3);
  });

  it('an answer slower than the time limit (the create done): the client gives up waiting, looks up, adopts', async () => {
    const { s, api: a, spaceId } = await setup(
      { slowMs: 800, faults: { scripted: [{ kind: 'slow', method: 'POST', path: CLIENTS_GLOB, nth: 1 }] } },
      { timeoutMs: 300 },
    );
    const results = await createRows(a, spaceId, 2);
    expect(results.map((r) => r.outcome).sort()).toEqual(['adopted', 'created']);
    expectOnePerRow(s, 2);
  });

  it.each<[FaultKind]>([['http503'], ['truncated'], ['http502html'], ['dropAfter']])('%s on the listing is retried', async (kind) => {
    const { s, api: a, spaceId } = await setup();
    await createRows(a, spaceId, 3);
    s.sandbox.scriptFault({ kind, method: 'GET', path: CLIENTS_GLOB, times: 2 });
    expect(await a.findClients(spaceId, {})).toHaveLength(3);
    expectOnePerRow(s, 3);
  });

  it.each<[FaultKind, boolean]>([['http503', false], ['http500', true], ['dropAfter', true], ['truncated', true]])(
    '%s on provisioning (work done: %s) is retried: every client ends ACTIVE',
    async (kind, afterWork) => {
      const { s, api: a, spaceId } = await setup();
      const ids = (await createRows(a, spaceId, 3)).map((r) => r.client.id);
      s.sandbox.scriptFault({ kind, method: 'POST', path: '/partner/v1/spaces/*/clients/provisioning', afterWork });
      const results = await a.provision(spaceId, ids);
      expect(results.map((r) => r.status).sort()).toEqual(afterWork ? ['ALREADY_PROVISIONED', 'ALREADY_PROVISIONED', 'ALREADY_PROVISIONED'] : ['PROVISIONED', 'PROVISIONED', 'PROVISIONED']);
      expect(s.clients().every((c) => c.status === 'ACTIVE')).toBe(true);
      expectOnePerRow(s, 3);
    },
  );
});

describe('createBanqupApi against the sandbox: chaos', () => {
  it('with a fault on 30% of requests (seeded), re-running the failed rows ends with one active client per row', async () => {
    const { s, api: a, spaceId } = await setup({ faultRetryAfterSeconds: 0, faults: { random: { rate: 0.3, seed: 42 } } }, { concurrency: 2, timeoutMs: 1_000 });
    const n = 10;
    const ids = new Map<number, string>();
    // A row whose outcome stayed unknown is simply tried again, as a re-run of the import would.
    for (let pass = 0; pass < 5 && ids.size < n; pass++) {
      const todo = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !ids.has(i));
      const settled = await Promise.allSettled(todo.map((i) => a.createClient(spaceId, row(i), `sheet-1:row-${i + 1}`)));
      settled.forEach((result, j) => {
        if (result.status === 'fulfilled') ids.set(todo[j]!, result.value.client.id);
      });
    }
    for (let pass = 0; pass < 5 && s.clients().some((c) => c.status !== 'ACTIVE'); pass++) {
      await a.provision(spaceId, [...ids.values()]).catch(() => undefined);
    }
    expect(ids.size).toBe(n);
    expect(Object.values(s.sandbox.faultsInjected()).reduce((x, y) => x + y, 0)).toBeGreaterThan(3);
    expectOnePerRow(s, n);
    expect(s.clients().every((c) => c.status === 'ACTIVE')).toBe(true);
  });
});
