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
  await call(s.url, 'POST', `${base}/provisioning`, { token, json: { clientIds: [created.json?.id] } });
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
    expect(second.clients()).toEqual([expect.objectContaining({ id: created.json?.id, status: 'ACTIVE' })]);
    expect((await call(second.url, 'GET', '/entitystore/v1/spaces', { token: oldToken })).status).toBe(401);
    const replay = await call(second.url, 'POST', `/partner/v1/spaces/${second.spaceId}/clients`, {
      token: await tokenFor(second.url),
      json: draft(),
      headers: { 'idempotency-key': 'row-2' },
    });
    expect([replay.status, replay.json?.id]).toEqual([201, created.json?.id]);
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

describe('sandbox: inspection endpoints', () => {
  it('serves clients (all spaces), spaces, stats and requests without a token', async () => {
    const s = await start();
    await createAndProvision(s, 'k');
    const clients = await call(s.url, 'GET', '/_sandbox/clients');
    expect(clients.json?.clients).toEqual([expect.objectContaining({ spaceId: s.spaceId, status: 'ACTIVE' })]);
    const spaces = await call(s.url, 'GET', '/_sandbox/spaces');
    expect(spaces.json?.spaces?.map((x) => x.owned)).toEqual([true, false]);
    const stats = await call(s.url, 'GET', '/_sandbox/stats');
    expect(stats.json).toMatchObject({ requests: 3, byStatus: { 200: 2, 201: 1 }, tokensIssued: 1, clients: 1, rateLimited: 0 });
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
