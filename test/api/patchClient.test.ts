import { afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import type { BanqupApi } from '../../src/api/types.js';
import type { FaultKind, SandboxOptions } from '../../src/sandbox/sandboxOptions.js';
import { draft } from '../helpers/clientDraft.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';

// getClientVersion and patchClient of the real adapter against the real sandbox (contract v2 §4.5):
// whatever goes wrong on the way, a change is applied once, never twice, never lost.
let t: TestSandbox | undefined;
let api: BanqupApi | undefined;
afterEach(async () => {
  await api?.close();
  await t?.close();
  api = undefined;
  t = undefined;
});

const fastSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5)));
const PATCH_GLOB = '/partner/v1/spaces/*/clients/*';

async function setup(options: SandboxOptions = {}) {
  t = await startTestSandbox(options);
  api = createBanqupApi({
    baseUrl: t.url,
    clientId: t.sandbox.clientId,
    clientSecret: t.sandbox.clientSecret,
    version: 'test',
    rate: 1000,
    timeoutMs: 2_000,
    sleep: fastSleep,
    random: () => 0.5,
  });
  const spaceId = (await api.listSpaces())[0]!.id;
  const { client } = await api.createClient(spaceId, draft(), 'key-1');
  return { s: t, api, spaceId, clientId: client.id };
}

describe('getClientVersion', () => {
  it('reads one client with its ETag exactly as sent; an unknown id is null', async () => {
    const { s, api: a, spaceId, clientId } = await setup();
    const version = await a.getClientVersion(spaceId, clientId);
    expect(version?.client.id).toBe(clientId);
    expect(version?.etag).toBe(s.sandbox.etag(spaceId, clientId));
    expect(version?.etag).toMatch(/^".+"$/);
    expect(await a.getClientVersion(spaceId, 'no-such-client')).toBeNull();
  });
});

describe('patchClient', () => {
  it('200: the changed fields only, with If-Match; the new client and ETag come back', async () => {
    const { s, api: a, spaceId, clientId } = await setup();
    const before = await a.getClientVersion(spaceId, clientId);
    const result = await a.patchClient(spaceId, clientId, { address: { street: '14 rue de la Gare' } }, before!.etag!);
    expect(result.outcome).toBe('patched');
    if (result.outcome !== 'patched') return;
    expect(result.version.client.address).toEqual({ ...draft().address, street: '14 rue de la Gare' });
    expect(result.version.etag).toBe(s.sandbox.etag(spaceId, clientId));
    expect(result.version.etag).not.toBe(before!.etag);
    expect(s.sandbox.patches().map((p) => p.fields)).toEqual([['address.street']]);
  });

  it('412: an ETag that moved (someone else saved) is "stale", and nothing is applied', async () => {
    const { s, api: a, spaceId, clientId } = await setup();
    const old = (await a.getClientVersion(spaceId, clientId))!.etag!;
    await a.patchClient(spaceId, clientId, { bic: null }, old);
    const result = await a.patchClient(spaceId, clientId, { iban: 'LU120010001234567891' }, old);
    expect(result).toEqual({ outcome: 'stale' });
    expect(s.sandbox.patches()).toHaveLength(1);
    expect(s.clients()[0]?.iban).toBe(draft().iban);
  });

  it('412 from another user\u2019s edit just before the PATCH (the concurrentEdit fault)', async () => {
    const { s, api: a, spaceId, clientId } = await setup();
    const etag = (await a.getClientVersion(spaceId, clientId))!.etag!;
    s.sandbox.scriptFault({ kind: 'concurrentEdit', method: 'PATCH', path: PATCH_GLOB });
    expect(await a.patchClient(spaceId, clientId, { bic: null }, etag)).toEqual({ outcome: 'stale' });
    expect(s.sandbox.patches()).toHaveLength(0);
    expect(s.sandbox.stats().concurrentEdits).toBe(1);
  });

  it.each<[FaultKind, boolean]>([
    ['dropAfter', true],
    ['http503', true],
    ['http500', false],
    ['dropBefore', false],
    ['truncated', true],
  ])('a lost answer (%s, applied: %s) is settled by a fresh read: applied exactly once', async (kind, afterWork) => {
    const { s, api: a, spaceId, clientId } = await setup();
    const etag = (await a.getClientVersion(spaceId, clientId))!.etag!;
    s.sandbox.scriptFault({ kind, method: 'PATCH', path: PATCH_GLOB, afterWork });
    const result = await a.patchClient(spaceId, clientId, { contact: { email: 'a.schmit@schmit.lu' } }, etag);
    // Applied before the answer was lost: the read shows the client moved on. Not applied: sent again.
    expect(result.outcome).toBe(afterWork ? 'moved' : 'patched');
    if (result.outcome === 'moved') expect(result.current?.client.contact.email).toBe('a.schmit@schmit.lu');
    expect(s.sandbox.patches()).toHaveLength(1);
    expect(s.clients()[0]?.contact.email).toBe('a.schmit@schmit.lu');
  });

  it('400 VALIDATION_FAILED: the violations, for the row\u2019s cells', async () => {
    const { api: a, spaceId, clientId } = await setup();
    const etag = (await a.getClientVersion(spaceId, clientId))!.etag!;
    await expect(a.patchClient(spaceId, clientId, { address: { postalCode: null } }, etag)).rejects.toMatchObject({
      kind: 'validation',
      issues: [expect.objectContaining({ field: 'address.postalCode' })],
    });
  });
});
