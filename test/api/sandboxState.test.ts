import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/sandbox/runningSandbox.js';
import { startSandbox } from '../../src/sandbox/startSandbox.js';
import { call, tokenFor } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';

// The state file across restarts, the inspection endpoints, and what startSandbox refuses.
const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});
async function start(options: Parameters<typeof startSandbox>[0] = {}): Promise<RunningSandbox> {
  const s = await startSandbox(options);
  running.push(s);
  return s;
}
const tempDir = () => mkdtempSync(join(tmpdir(), 'banqup-sandbox-'));

async function createAndProvision(s: RunningSandbox, key: string) {
  const token = await tokenFor(s.url);
  const base = `/partner/v1/spaces/${s.spaceId}/clients`;
  const created = await call(s.url, 'POST', base, { token, json: draft(), headers: { 'idempotency-key': key } });
  await call(s.url, 'POST', `${base}/provisioning`, { token, json: { clientIds: [created.raw?.id] } });
  return created;
}

describe('sandbox: state file', () => {
  it('keeps spaces, clients and idempotency keys across a restart; tokens are not kept', async () => {
    const file = join(tempDir(), 'state.json');
    const first = await start({ stateFile: file });
    const created = await createAndProvision(first, 'row-2');
    const oldToken = await tokenFor(first.url);
    await first.close();

    const second = await start({ stateFile: file, spaces: 'several' });
    expect(second.spaceId).toBe(first.spaceId);
    expect(second.spaceIds).toEqual(first.spaceIds); // the file's spaces win over the option
    expect(second.clients()).toEqual([expect.objectContaining({ id: created.raw?.id, status: 'ACTIVE' })]);
    expect((await call(second.url, 'GET', '/entitystore/v1/spaces', { token: oldToken })).status).toBe(401);
    const replay = await call(second.url, 'POST', `/partner/v1/spaces/${second.spaceId}/clients`, {
      token: await tokenFor(second.url),
      json: draft(),
      headers: { 'idempotency-key': 'row-2' },
    });
    expect([replay.status, replay.json?.id]).toEqual([201, created.raw?.id]);
    expect(readFileSync(file, 'utf8')).not.toMatch(/demo-secret|sbx_/);
  });

  it('writes the file atomically: no temp file left beside it', async () => {
    const dir = tempDir();
    const s = await start({ stateFile: join(dir, 'state.json') });
    await createAndProvision(s, 'k');
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'))).toMatchObject({ version: 1, clients: [expect.anything()] });
  });

  it.each([
    ['not JSON', '{"version": 1, "spa'],
    ['not a state file', '{"clients": 3}'],
  ])('refuses a state file that is %s (UsageError sandbox.state_unreadable)', async (_label, text) => {
    const file = join(tempDir(), 'state.json');
    writeFileSync(file, text);
    await expect(startSandbox({ stateFile: file })).rejects.toMatchObject({ code: 'sandbox.state_unreadable', exitCode: 2 });
  });

  it('refuses a state file in a folder that does not exist (sandbox.state_unwritable)', async () => {
    await expect(startSandbox({ stateFile: join(tempDir(), 'no', 'state.json') })).rejects.toMatchObject({ code: 'sandbox.state_unwritable' });
  });
});

describe('sandbox: state file and contract version 2', () => {
  const MERGE = 'application/merge-patch+json';
  const SHARED = { enabled: true, deliveryChannel: 'EMAIL', email: 'docs@fiduciaire.lu' };

  it('keeps documentSharing, links and the ETag across a restart: a GET before it still matches a PATCH after it', async () => {
    const file = join(tempDir(), 'state.json');
    const first = await start({ stateFile: file });
    const token = await tokenFor(first.url);
    const base = `/partner/v1/spaces/${first.spaceId}/clients`;
    const created = await call(first.url, 'POST', base, { token, json: { ...draft(), documentSharing: SHARED } });
    await call(first.url, 'POST', `${base}/provisioning`, { token, json: { clientIds: [created.raw.id] } });
    const patched = await call(first.url, 'PATCH', `${base}/${created.raw.id}`, {
      token,
      json: { contact: { name: 'Paul Schmit' } },
      contentType: MERGE,
      headers: { 'if-match': first.etag(first.spaceId!, created.raw.id)! },
    });
    expect(patched.status).toBe(200);
    const before = await call(first.url, 'GET', `${base}/${created.raw.id}`, { token });
    await first.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).clients[0]).toMatchObject({ client: { documentSharing: SHARED }, version: 3 });

    const second = await start({ stateFile: file });
    const token2 = await tokenFor(second.url);
    const after = await call(second.url, 'GET', `${base}/${created.raw.id}`, { token: token2 });
    expect(after.json).toEqual(before.json);
    expect(after.json).toMatchObject({ documentSharing: SHARED, contact: { name: 'Paul Schmit' }, links: { banqupFiles: expect.stringMatching(/^https:/) } });
    expect(after.headers.etag).toBe(before.headers.etag);
    const again = await call(second.url, 'PATCH', `${base}/${created.raw.id}`, {
      token: token2,
      json: { bic: null },
      contentType: MERGE,
      headers: { 'if-match': before.headers.etag as string },
    });
    expect(again.status).toBe(200);
    expect(again.headers.etag).not.toBe(before.headers.etag);
  });

  it('reads a state file written before version 2: no sharing, links derived, an ETag, PATCH works', async () => {
    const file = join(tempDir(), 'state.json');
    const spaces = [{ id: 'space-1', name: 'Fiduciaire', type: 'PARTNER', segment: 'ACCOUNTING', owned: true }];
    const at = '2026-01-01T00:00:00.000Z';
    const v1 = (id: string, active: boolean) => ({
      spaceId: 'space-1',
      client: { id, ...draft({ externalReference: id, vatNumber: null, companyNumber: `B${id.length}${id}` }), status: active ? 'ACTIVE' : 'INACTIVE', banqupSpaceId: active ? `bq-${id}` : null, createdAt: at, updatedAt: at },
    });
    writeFileSync(file, JSON.stringify({ version: 1, spaces, clients: [v1('c1', true), v1('c2', false)], idempotency: [] }));
    const s = await start({ stateFile: file });
    const token = await tokenFor(s.url);
    const base = '/partner/v1/spaces/space-1/clients';
    const listed = (await call(s.url, 'GET', base, { token })).raw.results;
    expect(listed.map((c: { documentSharing: unknown; links: unknown }) => [c.documentSharing, c.links])).toEqual([
      [null, { banqup: expect.stringContaining('bq-c1'), banqupFiles: null }],
      [null, null],
    ]);
    const read = await call(s.url, 'GET', `${base}/c1`, { token });
    expect(read.headers.etag).toMatch(/^"[^"]+"$/);
    const patched = await call(s.url, 'PATCH', `${base}/c1`, { token, json: { documentSharing: SHARED }, contentType: MERGE, headers: { 'if-match': read.headers.etag as string } });
    expect(patched.status).toBe(200);
    expect(patched.raw.links.banqupFiles).toMatch(/^https:/);
    await s.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).clients.map((c: { version: number }) => c.version)).toEqual([2, 1]);
  });
});

describe('sandbox: inspection endpoints', () => {
  it('serves clients (all spaces), spaces, stats and requests without a token', async () => {
    const s = await start();
    await createAndProvision(s, 'k');
    const clients = await call(s.url, 'GET', '/_sandbox/clients');
    expect(clients.json?.clients).toEqual([expect.objectContaining({ spaceId: s.spaceId, status: 'ACTIVE' })]);
    const spaces = await call(s.url, 'GET', '/_sandbox/spaces');
    expect(spaces.json?.spaces?.map((x) => x.owned)).toEqual([true, false]);
    const stats = await call(s.url, 'GET', '/_sandbox/stats');
    expect(stats.json).toMatchObject({ requests: 3, byStatus: { 200: 2, 201: 1 }, tokensIssued: 1, clients: 1, rateLimited: 0, patchesApplied: 0, preconditionFailed: 0, concurrentEdits: 0 });
    expect((await call(s.url, 'GET', '/_sandbox/patches')).json).toEqual({ patches: [], byClient: {} });
    expect(stats.json?.faultsInjected).toMatchObject({ http500: 0, dropAfter: 0 });
    const requests = await call(s.url, 'GET', '/_sandbox/requests');
    expect(requests.json?.requests?.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200', 'POST 201', 'POST 200']);
    expect(s.requests()).toHaveLength(3); // the inspection calls are not logged
    const [token] = s.issuedTokens();
    expect(token).toMatch(/^sbx_/);
    expect(JSON.stringify([clients.json, spaces.json, stats.json, requests.json])).not.toContain(token);
    expect((await call(s.url, 'GET', '/_sandbox/nothing')).status).toBe(404);
  });
});

describe('startSandbox: refusals', () => {
  it.each(['0.0.0.0', '192.168.1.10', 'example.com'])('refuses to listen on %s', async (host) => {
    await expect(startSandbox({ host })).rejects.toMatchObject({ code: 'sandbox.host_not_loopback', exitCode: 2 });
  });

  it('says the port is in use', async () => {
    const s = await start();
    await expect(startSandbox({ port: s.port })).rejects.toMatchObject({ code: 'sandbox.port_in_use', params: { port: s.port } });
  });

  it.each([
    [{ port: 70_000 }],
    [{ latencyMs: -1 }],
    [{ tokenLifetimeSeconds: 0 }],
    [{ rateLimit: { perSecond: 0 } }],
    [{ faults: { random: { rate: 2 } } }],
    [{ faults: { scripted: [{ kind: 'meteor' as never }] } }],
  ])('refuses %j with a RangeError', async (options) => {
    await expect(startSandbox(options)).rejects.toBeInstanceOf(RangeError);
  });

  it('closes cleanly, twice, with a request still waiting', async () => {
    const s = await startSandbox({ latencyMs: 5_000 });
    const pending = call(s.url, 'GET', '/nowhere').catch((error: unknown) => error);
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all([s.close(), s.close()]);
    expect(await pending).toBeInstanceOf(Error);
  });
});
